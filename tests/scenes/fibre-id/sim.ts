/**
 * Headless driver of "Repérage des fibres": the trainee's verbs on top of the engine's TestSim, each one
 * building the very gesture the View and the keyboard Overlay dispatch, so a test reads as the work done
 * on the mat: `fibreIdSim('fibre-id.practice-find').openTube(2).take(2, 7).place(7).finish().report()`.
 */
import { sceneCatalogue } from '../sceneModelChecks.ts'
import { TestSim } from '../../../src/engine/TestSim.ts'
import type { TestSimOptions } from '../../../src/engine/TestSim.ts'
import type { Exercise, Procedure } from '../../../src/engine/schema.ts'
import { FIBRE_ID_EXERCISES } from '../../../scenes/fibre-id/exercises.ts'
import { fibreId, fibreIdModel, nextHint, slotId, tubeId, workTube } from '../../../scenes/fibre-id/model.ts'
import type { FibreIdState } from '../../../scenes/fibre-id/model.ts'
import { FIBRE_ID_PROCEDURES } from '../../../scenes/fibre-id/procedures.ts'

/** Seed for exercises that draw a new one per attempt: any fixed value keeps a test reproducible. */
export const DEFAULT_TEST_SEED = 1

export const { exerciseById, procedureFor } = sceneCatalogue(
  'fibre-id',
  FIBRE_ID_EXERCISES,
  FIBRE_ID_PROCEDURES,
)

export class FibreIdSim extends TestSim<FibreIdState> {
  constructor(exercise: Exercise, procedure: Procedure, options: TestSimOptions) {
    super(fibreIdModel, exercise, procedure, options)
  }

  /** Draws the tube cutter along the marked window of tube `tube`; a full stroke is the window's length. */
  openTube(tube: number, { slitMm = 120 }: { slitMm?: number } = {}): this {
    return this.gesture('open-tube', tubeId(tube), { slitMm })
  }

  /** Picks fibre `fibre` of tube `tube` up by its end, wherever it lies. */
  take(tube: number, fibre: number): this {
    return this.gesture('take', fibreId(tube, fibre))
  }

  /** Lets go of the held fibre over slot `slot`, `offsetMm` away from the middle of its groove. */
  place(slot: number, { offsetMm = 0 }: { offsetMm?: number } = {}): this {
    return this.gesture('place', slotId(slot), { offsetMm })
  }

  /** Lets go of the held fibre over the bare mat. */
  drop({ xMm, zMm }: { xMm: number; zMm: number }): this {
    return this.gesture('drop', undefined, { xMm, zMm })
  }

  /** Lays the held fibre back in the fan. */
  putBack(): this {
    return this.gesture('put-back')
  }

  layFibre(tube: number, fibre: number, options?: { offsetMm?: number }): this {
    return this.take(tube, fibre).place(fibre, options)
  }

  /**
   * Lays every fibre the work order asks for, from the work tube, in code order and into its own slot,
   * waiting `secondsPerFibre` before each one (a trainer's own run takes about 6 s per fibre).
   */
  layAllInOrder({ secondsPerFibre = 0 }: { secondsPerFibre?: number } = {}): this {
    for (const number of this.wantedFibres) this.wait(secondsPerFibre).layFibre(this.workTube, number)
    return this
  }

  /** Does what the next hint points at, as a trainee who reads it would; throws when there is none. */
  followHint(): this {
    const hint = nextHint(this.state)
    if (!hint) this.fail('followHint: the task is complete, there is no hint to follow')
    switch (hint.kind) {
      case 'open-tube':
        return this.openTube(hint.tube)
      case 'take':
        return this.gesture('take', hint.fibre)
      case 'place':
        return this.place(hint.slot)
      case 'put-back':
        return this.putBack()
    }
  }

  get workTube(): number {
    return workTube(this.state.setup)
  }

  /** Fibre numbers of the work tube that the work order asks to lay, in code order. */
  get wantedFibres(): number[] {
    const { task, fibresPerTube } = this.state.setup
    return task.kind === 'find' ? [task.fibre] : Array.from({ length: fibresPerTube }, (_, i) => i + 1)
  }

  get procedureData(): Procedure {
    return this.procedure
  }
}

export function fibreIdSim(exerciseId: string, options: Partial<TestSimOptions> = {}): FibreIdSim {
  const exercise = exerciseById(exerciseId)
  return new FibreIdSim(exercise, procedureFor(exercise), {
    ...options,
    seed: options.seed ?? exercise.seed ?? DEFAULT_TEST_SEED,
  })
}
