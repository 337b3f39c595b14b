/**
 * Headless driver for the splice cassette: trade verbs that build the gestures the View and the keyboard
 * overlay send, so tests read like the job (`.secure('dist').storeSpares().placeAll().coil('dist')…`).
 */
import { TestSim } from '../../../src/engine/TestSim.ts'
import type { TestSimOptions } from '../../../src/engine/TestSim.ts'
import type { Exercise, Procedure } from '../../../src/engine/schema.ts'
import {
  SPLICE_TRAY_EXERCISES,
  SPLICE_TRAY_PROCEDURES,
  spliceTrayModel,
} from '../../../scenes/splice-tray/index.ts'
import type { SpliceTrayState } from '../../../scenes/splice-tray/index.ts'
import { bobbinCoil, encodePath, tightCoil } from '../../../scenes/splice-tray/coilPath.ts'
import type { CableId, PointMm } from '../../../scenes/splice-tray/layout.ts'
import { bundleEndZ, expectedSlot } from '../../../scenes/splice-tray/model.ts'

export function exerciseById(id: string): Exercise {
  const exercise = SPLICE_TRAY_EXERCISES.find((e) => e.id === id)
  if (!exercise) throw new Error(`No splice-tray exercise '${id}'`)
  return exercise
}

export function procedureFor(exercise: Exercise): Procedure {
  const procedure = SPLICE_TRAY_PROCEDURES.find(
    (p) => p.id === exercise.procedure.id && p.version === exercise.procedure.version,
  )
  if (!procedure) throw new Error(`No procedure ${exercise.procedure.id}@${exercise.procedure.version}`)
  return procedure
}

export class SpliceTraySim extends TestSim<SpliceTrayState> {
  get setup() {
    return this.state.setup
  }

  get procedureData(): Procedure {
    return this.procedure
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
