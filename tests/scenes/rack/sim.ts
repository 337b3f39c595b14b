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
  neededNuts,
  plannedRailHole,
  plannedU,
  rackModel,
} from '../../../scenes/rack/index.ts'
import type { RackState } from '../../../scenes/rack/index.ts'
import { scheduledCable } from '../../../scenes/rack/rules.ts'
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

  /** Nuts, rails, lift, slide, ears of one device at its planned U. */
  mount(device: string) {
    const spec = this.setup.devices.find((d) => d.id === device)!
    for (const hole of neededNuts(this.state, device)) this.nut(hole)
    if (spec.kind === 'server') {
      const hole = plannedRailHole(this.state, device)
      this.rail('left', `${hole.u}.${hole.pos}`).rail('right', `${hole.u}.${hole.pos}`)
    }
    if (spec.massKg > this.setup.liftAloneMaxKg && !this.state.colleague) this.callColleague()
    this.checkAirflow(device).lift(device)
    if (spec.kind === 'server') this.slideIn(device)
    else this.place(device, plannedU(this.state, device), 'front')
    return this.screw(device, 'left').screw(device, 'right')
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
}

export function rackSim(exerciseId: string, options: Partial<TestSimOptions> = {}): RackSim {
  return new RackSim(rackModel, exerciseById(exerciseId), procedureFor(exerciseById(exerciseId)), {
    seed: 1,
    ...options,
  })
}
