/**
 * Headless driver for the street cabinet: trade verbs that build the gestures the View and the keyboard
 * overlay send, so tests read like the job (`.unlock().openDoor().photo().pull('dist-3').look(port)…`).
 */
import { sceneCatalogue } from '../sceneModelChecks.ts'
import { TestSim } from '../../../src/engine/TestSim.ts'
import type { TestSimOptions } from '../../../src/engine/TestSim.ts'
import type { Procedure } from '../../../src/engine/schema.ts'
import type { Outcome } from '../../../src/engine/types.ts'
import {
  PM_EXERCISES,
  PM_PROCEDURES,
  expectedLabel,
  hintMessage,
  pmCabinetModel,
  rightCord,
} from '../../../scenes/pm-cabinet/index.ts'
import type { PmState } from '../../../scenes/pm-cabinet/index.ts'
import { guideRoute, parsePort } from '../../../scenes/pm-cabinet/layout.ts'
import type { DrawerId, GuideId, PortId } from '../../../scenes/pm-cabinet/layout.ts'
import { workArea } from '../../../scenes/pm-cabinet/rules.ts'
import { hintTarget } from '../../../scenes/pm-cabinet/progress.ts'

export const { exerciseById, procedureFor } = sceneCatalogue('pm-cabinet', PM_EXERCISES, PM_PROCEDURES)

type ErrorOutcome = Extract<Outcome, { kind: 'error' }>
type StepOutcome = Extract<Outcome, { kind: 'step' }>
type ConsequenceOutcome = Extract<Outcome, { kind: 'consequence' }>

const drawerOf = (port: PortId): DrawerId => parsePort(port)!.drawer

export class PmSim extends TestSim<PmState> {
  get setup() {
    return this.state.setup
  }

  get procedureData(): Procedure {
    return this.procedure
  }

  get route() {
    return this.setup.route
  }

  errors(error?: string): ErrorOutcome[] {
    return this.outcomes.filter(
      (o): o is ErrorOutcome => o.kind === 'error' && (error === undefined || o.error === error),
    )
  }

  steps(step?: string): StepOutcome[] {
    return this.outcomes.filter(
      (o): o is StepOutcome => o.kind === 'step' && (step === undefined || o.step === step),
    )
  }

  consequences(key?: string): ConsequenceOutcome[] {
    return this.outcomes.filter(
      (o): o is ConsequenceOutcome => o.kind === 'consequence' && (key === undefined || o.key === key),
    )
  }

  /** What the last gesture measured for a step (its last `step` outcome of that gesture). */
  measuredNow(step: string): Record<string, number> | undefined {
    const found = this.lastOutcomes.filter((o): o is StepOutcome => o.kind === 'step' && o.step === step)
    return found.at(-1)?.measured
  }

  /** Pulls out the drawer a port sits on. */
  pullFor(port: PortId) {
    return this.pull(drawerOf(port))
  }

  unlock() {
    return this.gesture('unlock', 'lock', undefined, 'triangle-key')
  }

  lock() {
    return this.gesture('lock', 'lock', undefined, 'triangle-key')
  }

  openDoor() {
    return this.gesture('open-door', 'door')
  }

  closeDoor() {
    return this.gesture('close-door', 'door')
  }

  pull(drawer: DrawerId) {
    return this.gesture('pull-drawer', drawer)
  }

  push(drawer: DrawerId) {
    return this.gesture('push-drawer', drawer)
  }

  /** A photo framing `share` of the work area's width (1: all of it, with a margin). */
  photo(share = 1) {
    const area = workArea(this.setup)
    const width = (area.maxX - area.minX) * share
    return this.gesture(
      'photo',
      'cabinet',
      {
        x0: area.minX - 20,
        y0: area.minY - 20,
        x1: area.minX + width + (share >= 1 ? 20 : 0),
        y1: area.maxY + 20,
      },
      'phone',
    )
  }

  look(port: PortId) {
    return this.gesture('look', port)
  }

  uncap(port: PortId) {
    return this.gesture('uncap', port)
  }

  cap(port: PortId) {
    return this.gesture('cap', port)
  }

  take(cordId: string = rightCord(this.setup)!.id) {
    return this.gesture('take-cord', cordId)
  }

  plug(port: PortId, pushMm: number = this.setup.latchMm + 1) {
    return this.gesture('plug', port, { pushMm })
  }

  unplug(port: PortId) {
    return this.gesture('unplug', port)
  }

  routeVia(via: readonly GuideId[]) {
    return this.gesture('route', 'cord', { via: via.join(',') })
  }

  /** The shortest route through the guides from the OT's operator port to its subscriber port. */
  routeGuides(from: PortId = this.route.op, to: PortId = this.route.dist) {
    return this.routeVia(guideRoute(from, to))
  }

  storeSlack() {
    return this.gesture('store-slack', 'storage')
  }

  print(text: string = expectedLabel(this.state)) {
    return this.gesture('print-label', 'printer', { text }, 'label-printer')
  }

  /** Attaches the latest unused printed label to a cord end. */
  attach(end: 'a' | 'b', distanceMm: number = this.setup.label.targetMm) {
    const label = [...this.state.printed].reverse().find((l) => !l.used)
    return this.gesture('attach-label', `end-${end}`, { label: label?.id ?? 'none', distanceMm })
  }

  /** "Signaler une anomalie" on the work order. */
  reportAnomaly() {
    return this.gesture('report', 'work-order')
  }

  /** Unlock, open, the "before" photo. */
  arrive() {
    return this.unlock().openDoor().photo()
  }

  /** Both drawers of the route out, the subscriber port checked. */
  prepare() {
    return this.pull(drawerOf(this.route.dist)).look(this.route.dist).pull(drawerOf(this.route.op))
  }

  /** Operator end in, led through the guides, subscriber end in. */
  patch(cordId?: string) {
    return this.uncap(this.route.op)
      .uncap(this.route.dist)
      .take(cordId)
      .plug(this.route.op)
      .routeGuides()
      .plug(this.route.dist)
  }

  /** One label printed per end, attached in the ideal band. */
  labelBoth() {
    return this.print().attach('a').print().attach('b')
  }

  /** The "after" photo, drawers in, door closed and locked. */
  leave() {
    this.photo()
    for (const [drawer, pulled] of Object.entries(this.state.pulled))
      if (pulled) this.push(drawer as DrawerId)
    return this.closeDoor().lock()
  }

  /** The textbook patch, up to (not including) finish. */
  cleanRun() {
    return this.arrive().prepare().patch().storeSlack().labelBoth().leave()
  }

  /** The textbook answer to a taken port: look, leave it, report, photograph, close. */
  trapRun() {
    return this.arrive().pull(drawerOf(this.route.dist)).look(this.route.dist).reportAnomaly().leave()
  }

  /** Does what the HUD hint asks, with the values it names. Throws on 'finish'. */
  followHint() {
    const { key } = hintMessage(this.state)
    const { route } = this
    const cord = this.state.cord
    // The part the hint's arrow points at, as a trainee follows the arrow.
    const aimed = (prefix: string) => {
      const target = hintTarget(this.state)
      if (!target?.startsWith(prefix))
        this.fail(`followHint: '${key}' points at ${target}, not a ${prefix}target`)
      return target.slice(prefix.length)
    }
    switch (key.replace(/^pm\.hints\./, '')) {
      case 'unlock':
        return this.unlock()
      case 'open':
        return this.openDoor()
      case 'photo-before':
      case 'photo-after':
        return this.photo()
      case 'pull':
        return this.pull(aimed('drawer-') as DrawerId)
      case 'look':
        return this.look(route.dist)
      case 'report':
        return this.reportAnomaly()
      case 'uncap':
        return this.uncap(aimed('port-') as PortId)
      case 'cap':
        return this.cap(aimed('port-') as PortId)
      case 'take':
        return this.take()
      case 'plug-op':
        return this.plug(route.op)
      case 'push':
        return this.plug(aimed('port-') as PortId)
      case 'route': {
        const to = cord!.ends.a === route.dist ? route.op : route.dist
        return this.routeGuides(cord!.ends.a!, to).plug(to)
      }
      case 'unplug-wrong':
        return this.unplug(aimed('port-') as PortId)
      case 'slack':
        return this.storeSlack()
      case 'print':
        return this.print()
      case 'label':
        return this.attach(cord!.labels.a ? 'b' : 'a')
      case 'push-drawers': {
        const out = Object.entries(this.state.pulled).find(([, pulled]) => pulled)!
        return this.push(out[0] as DrawerId)
      }
      case 'close':
        return this.closeDoor()
      case 'lock':
        return this.lock()
      case 'finish':
        return this.fail('followHint: the hint says to finish, there is nothing left to follow')
      default:
        return this.fail(`followHint: no gesture known for hint '${key}'`)
    }
  }
}

export function pmSim(exerciseId: string, options: Partial<TestSimOptions> = {}): PmSim {
  const exercise = exerciseById(exerciseId)
  return new PmSim(pmCabinetModel, exercise, procedureFor(exercise), { seed: options.seed ?? 1, ...options })
}
