/**
 * Headless driver for the rack: trade verbs that build the gestures the View and the keyboard overlay
 * send, so tests read like the job (`.lowerFeet().fitStabiliser().clipStrap().nut('fl:3.1')…`).
 */
import { sceneCatalogue } from '../sceneModelChecks.ts'
import { TestSim } from '../../../src/engine/TestSim.ts'
import type { TestSimOptions } from '../../../src/engine/TestSim.ts'
import type { Procedure } from '../../../src/engine/schema.ts'
import type { Outcome } from '../../../src/engine/types.ts'
import {
  RACK_EXERCISES,
  RACK_PROCEDURES,
  expectedLabel,
  hintMessage,
  neededNuts,
  plannedRailHole,
  plannedU,
  rackModel,
} from '../../../scenes/rack/index.ts'
import type { RackState } from '../../../scenes/rack/index.ts'
import { PDU, RAIL_HOLE_POS } from '../../../scenes/rack/layout.ts'
import type { PduId } from '../../../scenes/rack/layout.ts'
import { deviceSpec, scheduledCable } from '../../../scenes/rack/rules.ts'
import type { CableEnd } from '../../../scenes/rack/rules.ts'

export const { exerciseById, procedureFor } = sceneCatalogue('rack', RACK_EXERCISES, RACK_PROCEDURES)

type ErrorOutcome = Extract<Outcome, { kind: 'error' }>
type StepOutcome = Extract<Outcome, { kind: 'step' }>
type ConsequenceOutcome = Extract<Outcome, { kind: 'consequence' }>

export class RackSim extends TestSim<RackState> {
  get setup() {
    return this.state.setup
  }

  get procedureData(): Procedure {
    return this.procedure
  }

  /** What the last gesture measured for a step (its last `step` outcome of that gesture). */
  measuredNow(step: string): Record<string, number> | undefined {
    const found = this.lastOutcomes.filter((o): o is StepOutcome => o.kind === 'step' && o.step === step)
    return found.at(-1)?.measured
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

  lowerFeet() {
    return this.gesture('lower-feet', 'feet')
  }

  fitStabiliser() {
    return this.gesture('fit-stabiliser', 'stabiliser')
  }

  clipStrap() {
    return this.gesture('clip-strap', 'esd-jack', undefined, 'esd-strap')
  }

  unclipStrap() {
    return this.gesture('unclip-strap', 'esd-jack', undefined, 'esd-strap')
  }

  callColleague() {
    return this.gesture('call-colleague', 'radio')
  }

  flagPlan() {
    return this.gesture('flag-plan', 'plan')
  }

  nut(hole: string, side: 'inside' | 'front' = 'inside') {
    return this.gesture('insert-cage-nut', hole, { side }, 'cage-nut-tool')
  }

  removeNut(hole: string) {
    return this.gesture('remove-cage-nut', hole, undefined, 'cage-nut-tool')
  }

  rail(side: 'left' | 'right', hole: string) {
    return this.gesture('fit-rail', side, { hole })
  }

  removeRail(side: 'left' | 'right') {
    return this.gesture('remove-rail', side)
  }

  lift(device: string) {
    return this.gesture('lift', device)
  }

  putDown(device: string) {
    return this.gesture('put-down', device)
  }

  slideIn(device: string, pushMm = 30) {
    return this.gesture('slide-in', device, { pushMm })
  }

  place(device: string, u: number, facing: 'front' | 'rear' = 'front') {
    return this.gesture('slide-in', device, { u, facing })
  }

  slideOut(device: string) {
    return this.gesture('slide-out', device)
  }

  screw(device: string, side: 'left' | 'right') {
    return this.gesture('screw', `${device}:${side}`)
  }

  unscrew(device: string, side: 'left' | 'right') {
    return this.gesture('unscrew', `${device}:${side}`)
  }

  blank(u: number) {
    return this.gesture('blank', `u-${u}`, { u })
  }

  removeBlank(u: number) {
    return this.gesture('remove-blank', `u-${u}`, { u })
  }

  checkAirflow(device: string) {
    return this.gesture('check-airflow', device)
  }

  power(psu: string, outlet: string) {
    return this.gesture('plug-power', psu, { outlet })
  }

  unpower(psu: string) {
    return this.gesture('unplug-power', psu)
  }

  connect(a: string, b: string) {
    return this.gesture('connect', a, { a, b })
  }

  disconnect(cord: string) {
    return this.gesture('disconnect', cord)
  }

  dress() {
    return this.gesture('dress', 'manager')
  }

  print(text: string) {
    return this.gesture('print-label', 'printer', { text }, 'label-printer')
  }

  /** Attaches the newest unused printed label to a cord's end. */
  label(cord: string, end: CableEnd, distanceMm = 75) {
    const label = this.state.printed.filter((l) => !l.used).at(-1)
    return this.gesture('attach-label', `${cord}:${end}`, { label: label?.id ?? 'none', distanceMm })
  }

  record() {
    return this.gesture('record', 'record')
  }

  /** The anti-tip, strap and (when the plan is unsafe) flag. */
  prepare() {
    this.lowerFeet().fitStabiliser()
    if (this.procedure.steps.some((s) => s.id === 'DC-01')) this.flagPlan()
    return this.clipStrap()
  }

  /** The four cage nuts of a device at its planned U, from the inside. */
  nutsFor(device: string) {
    for (const hole of neededNuts(this.state, device)) this.nut(hole)
    return this
  }

  /** Both slide rails at one hole (`3.2`). */
  railsAt(hole: string) {
    return this.rail('left', hole).rail('right', hole)
  }

  /** Both slide rails at the plan's hole for the server. */
  railsFor(device: string) {
    const hole = plannedRailHole(this.state, device)
    return this.railsAt(`${hole.u}.${hole.pos}`)
  }

  /** The airflow check is part of the textbook mount unless `airflow` is false (DC-08 is free in order). */
  mount(device: string, { airflow = true }: { airflow?: boolean } = {}) {
    const spec = this.setup.devices.find((d) => d.id === device)!
    this.nutsFor(device)
    if (spec.kind === 'server') this.railsFor(device)
    if (spec.massKg > this.setup.liftAloneMaxKg && !this.state.colleague) this.callColleague()
    if (airflow) this.checkAirflow(device)
    this.lift(device)
    if (spec.kind === 'server') this.slideIn(device)
    else this.place(device, plannedU(this.state, device), 'front')
    return this.screw(device, 'left').screw(device, 'right')
  }

  /** Every device mounted the textbook way. */
  mountAll(options: { airflow?: boolean } = {}) {
    for (const d of this.setup.devices) this.mount(d.id, options)
    return this
  }

  /** Reads the airflow label of every device not checked yet. */
  checkAllAirflow() {
    for (const d of this.setup.devices) if (!this.state.devices[d.id]!.airflowChecked) this.checkAirflow(d.id)
    return this
  }

  /** Blanks in every empty U of the work zone. */
  blankZone() {
    const kept = new Set<number>()
    for (const d of this.setup.devices)
      for (let u = plannedU(this.state, d.id); u < plannedU(this.state, d.id) + d.heightU; u++) kept.add(u)
    const used = new Set<number>()
    for (const d of this.setup.installed) for (let u = d.bottomU; u < d.bottomU + d.heightU; u++) used.add(u)
    for (const zone of this.setup.workZone)
      for (let u = zone.fromU; u <= zone.toU; u++) if (!kept.has(u) && !used.has(u)) this.blank(u)
    return this
  }

  powerAll() {
    let outlet = 3
    for (const d of this.setup.devices)
      for (let n = 1; n <= d.psus; n++)
        this.power(`${d.id}:psu${n}`, `${n === 1 ? 'A' : 'B'}:${String(outlet++).padStart(2, '0')}`)
    return this
  }

  /** Patches every cable of the schedule, end a first. */
  patchAll() {
    for (const c of this.setup.cables) this.connect(c.a, c.b)
    return this
  }

  /** Prints and attaches both labels of every scheduled cable, near end first, at the ideal distance. */
  labelAll() {
    for (const cord of this.state.cords) {
      const cable = scheduledCable(this.setup, cord.a, cord.b)!
      for (const end of ['a', 'b'] as const) {
        this.print(expectedLabel(this.state, cable.id, cord[end] === cable.a ? 'a' : 'b')).label(cord.id, end)
      }
    }
    return this
  }

  /** The textbook job, up to (not including) finish. */
  cleanRun() {
    this.prepare()
    for (const d of this.setup.devices) this.mount(d.id)
    return this.blankZone().powerAll().patchAll().dress().labelAll().record()
  }

  /** The first free outlet of a PDU. */
  freeOutlet(pdu: PduId): string {
    const taken = new Set(Object.values(this.state.power))
    for (let n = 1; n <= PDU.outlets; n++) {
      const outlet = `${pdu}:${String(n).padStart(2, '0')}`
      if (!taken.has(outlet)) return outlet
    }
    return this.fail(`no free outlet on PDU ${pdu}`)
  }

  /**
   * Does what the HUD hint asks, with the values it names and at the part its arrow points at, the way
   * a trainee reads it. Asks for no hint (no 'hint' gesture: a test adds those). Throws on 'finish'.
   */
  followHint() {
    const { key, values = {}, target = '' } = hintMessage(this.state)
    const name = key.replace(/^rack\.hints\./, '')
    const aimed = (prefix: string) => {
      if (!target.startsWith(prefix))
        this.fail(`followHint: '${key}' points at '${target}', not a ${prefix}target`)
      return target.slice(prefix.length)
    }
    const value = (field: string) => {
      const v = values[field]
      if (v === undefined) this.fail(`followHint: '${key}' names no ${field}`)
      return v
    }
    switch (name) {
      case 'feet':
        return this.lowerFeet()
      case 'stabiliser':
        return this.fitStabiliser()
      case 'flag':
        return this.flagPlan()
      case 'strap':
        return this.clipStrap()
      case 'remove-nut':
        return this.removeNut(aimed('hole-'))
      case 'nut': {
        const hole = aimed('hole-')
        if (!hole.endsWith(`:${value('u')}.${value('pos')}`))
          this.fail(`followHint: '${key}' says ${JSON.stringify(values)} but points at ${hole}`)
        return this.nut(hole)
      }
      case 'remove-rail':
        return this.removeRail(aimed('rail-') as 'left' | 'right')
      case 'rail-left':
      case 'rail-right':
        // "au trou du milieu": the middle hole of the U the hint names.
        return this.rail(aimed('rail-') as 'left' | 'right', `${value('u')}.${RAIL_HOLE_POS}`)
      case 'colleague':
        return this.callColleague()
      case 'airflow':
        return this.checkAirflow(aimed('airflow-'))
      case 'lift':
        return this.lift(aimed('device-'))
      case 'slide':
      case 'push':
        return this.slideIn(aimed('device-'), this.setup.latchMm)
      case 'place': {
        const id = aimed('device-')
        // "ports côté allée froide si l'air entre par les ports": only an exhaust at the ports faces the rear.
        const facing = deviceSpec(this.setup, id)!.airflow === 'port-side-exhaust' ? 'rear' : 'front'
        return this.place(id, Number(value('u')), facing)
      }
      case 'screw': {
        const match = /^ear-(.+)-(left|right)$/.exec(target)
        if (!match) return this.fail(`followHint: '${key}' points at '${target}', not an ear`)
        return this.screw(match[1]!, match[2] as 'left' | 'right')
      }
      case 'unscrew': {
        const match = /^ear-(.+)-(left|right)$/.exec(target)
        if (!match) return this.fail(`followHint: '${key}' points at '${target}', not an ear`)
        return this.unscrew(match[1]!, match[2] as 'left' | 'right')
      }
      case 'slide-out':
        return this.slideOut(aimed('device-'))
      case 'feed':
        return this.unpower(aimed('psu-'))
      case 'blank':
        return this.blank(Number(value('u')))
      case 'power':
        return this.power(aimed('psu-'), this.freeOutlet(value('pdu') as PduId))
      case 'patch': {
        const cable = this.setup.cables.find((c) => c.id === value('cable'))!
        if (target !== `port-${cable.a}`)
          this.fail(`followHint: '${key}' points at '${target}', not ${cable.a}`)
        return this.connect(cable.a, cable.b)
      }
      case 'disconnect':
        return this.disconnect(aimed('cord-'))
      case 'dress':
        return this.dress()
      case 'print':
        return this.print(String(value('text')))
      case 'label': {
        const match = /^end-(C\d+)-(a|b)$/.exec(target)
        if (!match) return this.fail(`followHint: '${key}' points at '${target}', not a cord end`)
        const label = this.state.printed.find((l) => !l.used && l.text === value('text'))
        return this.gesture('attach-label', `${match[1]}:${match[2]}`, {
          label: label?.id ?? 'none',
          distanceMm: this.setup.label.targetMm,
        })
      }
      case 'record':
        return this.record()
      case 'finish':
        return this.fail('followHint: the hint says to finish, there is nothing left to follow')
      default:
        return this.fail(`followHint: no gesture known for hint '${key}'`)
    }
  }
}

export function rackSim(exerciseId: string, options: Partial<TestSimOptions> = {}): RackSim {
  return new RackSim(rackModel, exerciseById(exerciseId), procedureFor(exerciseById(exerciseId)), {
    seed: 1,
    ...options,
  })
}
