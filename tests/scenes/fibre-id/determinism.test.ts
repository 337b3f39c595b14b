import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { expectPureAndReplayable, expectReportFromLogAlone } from '../sceneModelChecks.ts'
import { replay, scoreAttempt } from '../../../src/engine/replay.ts'
import { fibreIdModel } from '../../../scenes/fibre-id/model.ts'
import type { FibreIdState } from '../../../scenes/fibre-id/model.ts'
import { exerciseById, fibreIdSim, procedureFor } from './sim.ts'

const EVALUATION = 'fibre-id.evaluation-12'
const FIND = 'fibre-id.practice-find'

const fanOrder = (state: FibreIdState) =>
  Object.fromEntries(Object.values(state.fibres).map((fibre) => [fibre.id, fibre.fanIndex]))

/** A run with a bit of everything: refusals, a wrong slot put right, a drop, an undo, a hint. */
const messyRun = () =>
  fibreIdSim(EVALUATION)
    .layFibre(1, 1)
    .wait(3)
    .take(1, 3)
    .place(2)
    .take(1, 2)
    .wait(2)
    .hint()
    .take(1, 4)
    .drop({ xMm: -60, zMm: 30 })
    .take(1, 3)
    .place(3, { offsetMm: 5 })
    .wait(4)
    .layFibre(1, 2)
    .take(1, 1)
    .putBack()
    .layAllInOrder({ secondsPerFibre: 2 })
    .finish()

describe('the fan is shuffled by the seed alone', () => {
  it('the same seed fans the fibres out in the same order', () => {
    const seed = exerciseById(EVALUATION).seed
    expect(fanOrder(fibreIdSim(EVALUATION, { seed }).state)).toEqual(fanOrder(fibreIdSim(EVALUATION).state))
  })

  it('another seed fans them out in another order', () => {
    const a = fanOrder(fibreIdSim(EVALUATION, { seed: 2026 }).state)
    const b = fanOrder(fibreIdSim(EVALUATION, { seed: 2027 }).state)
    expect(Object.keys(a)).toHaveLength(12)
    expect(a).not.toEqual(b)
  })

  it('every tube’s fan is a permutation of its places, for any seed', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const state = fibreIdModel.init(exerciseById(FIND), seed)
        const { tubeCount, fibresPerTube } = state.setup
        for (let tube = 1; tube <= tubeCount; tube++) {
          const places = Object.values(state.fibres)
            .filter((fibre) => fibre.tube === tube)
            .map((fibre) => fibre.fanIndex)
            .sort((x, y) => x - y)
          expect(places).toEqual(Array.from({ length: fibresPerTube }, (_, i) => i))
        }
        expect(fibreIdModel.init(exerciseById(FIND), seed)).toEqual(state)
      }),
      { numRuns: 50 },
    )
  })
})

describe('the log is the truth', () => {
  it('re-applying the log gives the same state and the same outcomes', () => {
    const sim = messyRun()
    const exercise = exerciseById(EVALUATION)
    const replayed = replay(fibreIdModel, exercise, sim.attempt.seed, sim.gestures)
    expect(replayed.state).toEqual(sim.state)
    expect(replayed.outcomes).toEqual(sim.outcomes)
  })

  it('the report depends only on the log, whatever order it arrived in', () => {
    const sim = messyRun()
    const exercise = exerciseById(EVALUATION)
    const procedure = procedureFor(exercise)
    const report = expectReportFromLogAlone(fibreIdModel, exercise, procedure, sim)
    expect(scoreAttempt(fibreIdModel, exercise, procedure, sim.attempt)).toEqual(report)
  })

  it('apply never mutates its input, and a replay up to any point gives the state seen there', () => {
    expectPureAndReplayable(fibreIdModel, exerciseById(EVALUATION), messyRun())
  })
})
