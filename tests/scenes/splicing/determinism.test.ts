import { describe, expect, it } from 'vitest'
import { expectPureAndReplayable, expectReportFromLogAlone } from '../sceneModelChecks.ts'
import { replay } from '../../../src/engine/replay.ts'
import { splicingModel } from '../../../scenes/splicing/index.ts'
import type { SplicingState } from '../../../scenes/splicing/index.ts'
import { exerciseById, procedureFor, splicingSim } from './sim.ts'

const EVALUATION = 'splicing.evaluation'

/** A run with a bit of everything: a break, a touch, a refusal put right, a redo, a hot sleeve, a hint. */
const messyRun = () =>
  splicingSim(EVALUATION)
    .glasses()
    .wait(2)
    .threadSleeve('L')
    .strip('L', { pulls: 1 })
    .strip('L')
    .wipe('L')
    .cleave('L')
    .touch('L')
    .binScrap('L')
    .load('L')
    .wait(5)
    .hint()
    .prepare('R', { cleave: { tiltDeg: 0.8 } })
    .closeUp()
    .arc()
    .openCover()
    .unload('L')
    .cutEnd('L')
    .prepare('L')
    .closeUp()
    .arc()
    .redo()
    .prepare('L')
    .prepare('R')
    .closeUp()
    .arc()
    .accept()
    .openCover()
    .slideSleeve(3)
    .heaterIn()
    .wait(30)
    .heaterOut()
    .finish()

describe('the log is the truth', () => {
  it('re-applying the log gives the same state and the same outcomes', () => {
    const sim = messyRun()
    const replayed = replay(splicingModel, exerciseById(EVALUATION), sim.attempt.seed, sim.gestures)
    expect(replayed.state).toEqual(sim.state)
    expect(replayed.outcomes).toEqual(sim.outcomes)
  })

  it('the report depends only on the log, whatever order it arrived in', () => {
    const sim = messyRun()
    const exercise = exerciseById(EVALUATION)
    const procedure = procedureFor(exercise)
    expectReportFromLogAlone(splicingModel, exercise, procedure, sim)
  })

  it('another seed draws other cleave angles and another core offset', () => {
    const a = splicingSim(EVALUATION, { seed: 7 }).spliceBoth().state
    const b = splicingSim(EVALUATION, { seed: 8 }).spliceBoth().state
    const drawn = (s: SplicingState) => [s.ends.L.cleave?.angleDeg, s.ends.R.cleave?.angleDeg, s.rng]
    expect(drawn(a)).not.toEqual(drawn(b))
  })

  it('apply never mutates its input, and a replay up to any point gives the state seen there', () => {
    expectPureAndReplayable(splicingModel, exerciseById(EVALUATION), messyRun())
  })
})
