/**
 * Headless driver for the splice cassette: trade verbs that build the gestures the View and the keyboard
 * overlay send, so tests read like the job (`.secure('dist').storeSpares().placeAll().coil('dist')…`).
 */
import { sceneCatalogue } from '../sceneModelChecks.ts'
import { TestSim } from '../../../src/engine/TestSim.ts'
import type { TestSimOptions } from '../../../src/engine/TestSim.ts'
import type { Procedure } from '../../../src/engine/schema.ts'
import type { Outcome } from '../../../src/engine/types.ts'
import {
  SPLICE_TRAY_EXERCISES,
  SPLICE_TRAY_PROCEDURES,
  hintMessage,
  spliceTrayModel,
} from '../../../scenes/splice-tray/index.ts'
import type { SpliceTrayState } from '../../../scenes/splice-tray/index.ts'
import { bobbinCoil, encodePath, tightCoil } from '../../../scenes/splice-tray/coilPath.ts'
import type { CableId, PointMm } from '../../../scenes/splice-tray/layout.ts'
import { bundleEndZ, expectedSlot } from '../../../scenes/splice-tray/model.ts'

export const { exerciseById, procedureFor } = sceneCatalogue(
  'splice-tray',
  SPLICE_TRAY_EXERCISES,
  SPLICE_TRAY_PROCEDURES,
)

type ErrorOutcome = Extract<Outcome, { kind: 'error' }>
type RecoveredOutcome = Extract<Outcome, { kind: 'recovered' }>
type StepOutcome = Extract<Outcome, { kind: 'step' }>
type ConsequenceOutcome = Extract<Outcome, { kind: 'consequence' }>

export class SpliceTraySim extends TestSim<SpliceTrayState> {
  get setup() {
    return this.state.setup
  }

  get procedureData(): Procedure {
    return this.procedure
  }

  /** Where the bundle of this exercise's fibres reaches the holder: the z the reference lays end at. */
  get endZ(): number {
    return bundleEndZ(this.state)
  }

  /** The distribution fibre spliced to the subscriber's drop fibre (the line the meter reads). */
  get subscriberTubeFibre(): number {
    const splice = this.setup.splices.find((s) => s.dropFibre === this.setup.subscriberDropFibre)
    if (!splice) throw new Error("the subscriber's drop fibre is not spliced")
    return splice.tubeFibre
  }

  /** Catalogue errors raised so far, optionally of one id. */
  errors(error?: string): ErrorOutcome[] {
    return this.outcomes.filter(
      (o): o is ErrorOutcome => o.kind === 'error' && (error === undefined || o.error === error),
    )
  }

  recoveries(error?: string): RecoveredOutcome[] {
    return this.outcomes.filter(
      (o): o is RecoveredOutcome => o.kind === 'recovered' && (error === undefined || o.error === error),
    )
  }

  /** Steps completed so far, optionally of one id. */
  steps(step?: string): StepOutcome[] {
    return this.outcomes.filter(
      (o): o is StepOutcome => o.kind === 'step' && (step === undefined || o.step === step),
    )
  }

  /** Consequences of the last gesture, by key. */
  lastConsequences(): Record<string, number> {
    return Object.fromEntries(
      this.lastOutcomes
        .filter((o): o is ConsequenceOutcome => o.kind === 'consequence')
        .map((o) => [o.key, o.value]),
    )
  }

  route(cable: CableId, depthMm: number = this.setup.tubeDepthMm.target) {
    return this.gesture('route', cable, { depthMm })
  }

  tie(cable: CableId, forceN: number = (this.setup.tie.secureN + this.setup.tie.pinchN) / 2) {
    return this.gesture('tie', cable, { forceN })
  }

  secure(cable: CableId, options: { depthMm?: number; forceN?: number } = {}) {
    return this.route(cable, options.depthMm).tie(cable, options.forceN)
  }

  cut(target: string) {
    return this.gesture('cut', target, undefined, 'side-cutters')
  }

  storeSpares() {
    return this.gesture('store-spares', 'spares')
  }

  place(fibre: number, slot: number = expectedSlot(fibre)) {
    return this.gesture('place-sleeve', `sleeve-${fibre}`, { slot })
  }

  /** Every sleeve in its colour-order slot, in the order of the splices. */
  placeAll() {
    for (const { tubeFibre } of this.setup.splices) this.place(tubeFibre)
    return this
  }

  coilPath(cable: CableId, points: readonly PointMm[]) {
    return this.gesture('coil', cable, { path: encodePath(points) })
  }

  /** A lay round both bobbins using the whole slack, into the bundle's slots. */
  coil(cable: CableId, lengthMm: number = this.setup.slackMm[cable] - 10) {
    return this.coilPath(cable, bobbinCoil(cable, lengthMm, bundleEndZ(this.state)))
  }

  tightCoil(cable: CableId, radiusMm: number, lengthMm: number = this.setup.slackMm[cable] - 10) {
    return this.coilPath(cable, tightCoil(cable, lengthMm, radiusMm, bundleEndZ(this.state)))
  }

  close() {
    return this.gesture('close-cover', 'cover')
  }

  open() {
    return this.gesture('open-cover', 'cover')
  }

  /** Sticks the printed label whose text is right (or the first wrong one) on the cassette. */
  label(options: { correct?: boolean; offsetMm?: number } = {}) {
    const choice = this.state.labels.find((l) => l.correct === (options.correct ?? true))!
    return this.gesture('label', 'cassette', { label: choice.id, offsetMm: options.offsetMm ?? 0 })
  }

  connect() {
    return this.gesture('meter-connect', 'pto')
  }

  wavelength(nm: number) {
    return this.gesture('meter-wavelength', 'meter', { nm })
  }

  measure() {
    return this.gesture('measure', 'meter')
  }

  /** Plug in at the PTO, set 1490 nm, read. */
  measureLine() {
    return this.connect().wavelength(1490).measure()
  }

  /**
   * Does what the HUD hint asks, as a trainee who reads it would, with the numbers it names (depth,
   * force in the middle of its band, slot, radius). Throws on 'finish': nothing is left to do.
   */
  followHint() {
    const { key, values = {} } = hintMessage(this.state)
    const cable: CableId = values.context === 'drop' ? 'drop' : 'dist'
    switch (key.replace(/^spliceTray\.hints\./, '')) {
      case 'cut-tie':
        return this.cut(`tie-${cable}`)
      case 'route':
        return this.route(cable, Number(values.mm))
      case 'tie':
        return this.tie(cable, (Number(values.min) + Number(values.max)) / 2)
      case 'spares':
        return this.storeSpares()
      case 'sleeve':
        return this.place(Number(values.fibre), Number(values.slot))
      case 'sleeve-out':
        return this.place(Number(values.fibre), 0)
      case 'open':
        return this.open()
      case 'coil':
        return this.coil(cable)
      case 'close':
        return this.close()
      case 'label':
        return this.label()
      case 'connect':
        return this.connect()
      case 'wavelength':
        return this.wavelength(1490)
      case 'measure':
        return this.measure()
      case 'finish':
        return this.fail('followHint: the hint says to finish, there is nothing left to follow')
      default:
        return this.fail(`followHint: no gesture known for hint '${key}'`)
    }
  }

  /** The textbook clean run, up to (not including) finish. */
  cleanRun() {
    return this.secure('dist')
      .secure('drop')
      .storeSpares()
      .placeAll()
      .coil('dist')
      .coil('drop')
      .close()
      .label()
      .measureLine()
  }
}

export function spliceTraySim(exerciseId: string, options: Partial<TestSimOptions> = {}): SpliceTraySim {
  const exercise = exerciseById(exerciseId)
  return new SpliceTraySim(spliceTrayModel, exercise, procedureFor(exercise), {
    seed: options.seed ?? exercise.seed ?? 1,
    ...(options.mode ? { mode: options.mode } : {}),
  })
}
