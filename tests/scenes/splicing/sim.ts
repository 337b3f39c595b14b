/**
 * Headless driver for the fusion-splicing station: trade verbs that build the gestures the View and the
 * keyboard overlay send, so tests read like the job (`.glasses().threadSleeve('L').strip('L', …)`).
 */
import { TestSim } from '../../../src/engine/TestSim.ts'
import type { TestSimOptions } from '../../../src/engine/TestSim.ts'
import type { Exercise, Procedure } from '../../../src/engine/schema.ts'
import { SPLICING_EXERCISES, SPLICING_PROCEDURES, splicingModel } from '../../../scenes/splicing/index.ts'
import type { Side, SplicingState } from '../../../scenes/splicing/index.ts'

export function exerciseById(id: string): Exercise {
  const exercise = SPLICING_EXERCISES.find((e) => e.id === id)
  if (!exercise) throw new Error(`No splicing exercise '${id}'`)
  return exercise
}

export function procedureFor(exercise: Exercise): Procedure {
  const procedure = SPLICING_PROCEDURES.find(
    (p) => p.id === exercise.procedure.id && p.version === exercise.procedure.version,
  )
  if (!procedure) throw new Error(`No procedure ${exercise.procedure.id}@${exercise.procedure.version}`)
  return procedure
}

export class SplicingSim extends TestSim<SplicingState> {
  get setup() {
    return this.state.setup
  }

  glasses() {
    return this.gesture('glasses-on')
  }

  threadSleeve(side: Side, lengthMm: number = this.setup.sleeveLengthMm) {
    return this.gesture('thread-sleeve', side, { lengthMm })
  }

  strip(side: Side, { lengthMm = this.setup.stripTargetMm, offAxisDeg = 0, pulls = 2 } = {}) {
    return this.gesture('strip', side, { lengthMm, offAxisDeg, pulls })
  }

  wipe(side: Side, { towardTip = true, fresh = true } = {}) {
    return this.gesture('wipe', side, { towardTip, fresh })
  }

  touch(side: Side) {
    return this.gesture('touch', side)
  }

  cleave(side: Side, { seatOffsetMm = 0, tiltDeg = 0, bladeSpeedMmS = 50 } = {}) {
    return this.gesture('cleave', side, { seatOffsetMm, tiltDeg, bladeSpeedMmS })
  }

  cutEnd(side: Side) {
    return this.gesture('cut-end', side)
  }

  binScrap(side: Side) {
    return this.gesture('bin-scrap', side)
  }

  load(side: Side, tipMm = 1.5) {
    return this.gesture('load', side, { tipMm })
  }

  unload(side: Side) {
    return this.gesture('unload', side)
  }

  /** Strip, wipe, cleave, scrap in the bin, load: one end ready for the arc. */
  prepare(side: Side) {
    return this.strip(side).wipe(side).cleave(side).binScrap(side).load(side)
  }

  closeUp() {
    return this.gesture('close-clamps').gesture('close-cover')
  }

  arc() {
    return this.gesture('arc')
  }

  accept() {
    return this.gesture('accept')
  }

  redo() {
    return this.gesture('redo')
  }

  openCover() {
    return this.gesture('open-cover')
  }

  slideSleeve(centreOffsetMm = 0) {
    return this.gesture('slide-sleeve', undefined, { centreOffsetMm })
  }

  heaterIn() {
    return this.gesture('heater-in')
  }

  heaterOut() {
    return this.gesture('heater-out')
  }

  /** Sleeve centred, heated for the whole cycle and cooled before it is handled. */
  protect() {
    const { heatCycleS, coolS } = this.setup
    return this.slideSleeve(0)
      .heaterIn()
      .wait(heatCycleS + coolS)
      .heaterOut()
  }
}

export function splicingSim(exerciseId: string, options: Partial<TestSimOptions> = {}): SplicingSim {
  const exercise = exerciseById(exerciseId)
  return new SplicingSim(splicingModel, exercise, procedureFor(exercise), {
    seed: exercise.seed ?? 1,
    ...options,
  })
}
