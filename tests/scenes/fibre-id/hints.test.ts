import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { FIBRE_ID_EXERCISES } from '../../../scenes/fibre-id/exercises.ts'
import { nextHint, taskComplete } from '../../../scenes/fibre-id/model.ts'
import { hintMessage, progress } from '../../../scenes/fibre-id/progress.ts'
import { fibreIdSim } from './sim.ts'
import type { FibreIdSim } from './sim.ts'

const GUIDED = 'fibre-id.guided-12'
const FIND = 'fibre-id.practice-find'

/** Follows hints until there is none; a bound catches a hint loop instead of hanging the test. */
function followHintsToTheEnd(sim: FibreIdSim): FibreIdSim {
  const bound = 4 * sim.state.slots.length + 4 * Object.keys(sim.state.fibres).length + 10
  for (let i = 0; i < bound && !taskComplete(sim.state); i++) sim.followHint()
  if (!taskComplete(sim.state))
    throw new Error(`still no end after ${bound} hints: ${JSON.stringify(nextHint(sim.state))}`)
  return sim
}

describe('following the hints', () => {
  it('guided: take, place, take, place… in code order, the shortest possible run without a single error', () => {
    const sim = fibreIdSim(GUIDED)
    const seen: { done: number; total: number }[] = [progress(sim.state)]
    expect(nextHint(sim.state)).toEqual({ kind: 'take', fibre: 'f1.1' })
    while (!taskComplete(sim.state)) {
      sim.followHint()
      seen.push(progress(sim.state))
    }
    sim.expectNoErrors()
    expect(sim.gestures.map((g) => g.type)).toEqual(
      Array.from({ length: 12 }, () => ['take', 'place']).flat(),
    )
    expect(sim.gestures.filter((g) => g.type === 'place').map((g) => g.target)).toEqual(
      Array.from({ length: 12 }, (_, i) => `s${i + 1}`),
    )
    // Progress counts a fibre once it sits in its own slot, never before.
    expect(seen.map((p) => p.done)).toEqual([0, ...Array.from({ length: 12 }, (_, i) => [i, i + 1]).flat()])
    expect(progress(sim.state)).toEqual({ done: 12, total: 12 })
    expect(hintMessage(sim.state)).toEqual({ key: 'player.hints.done' })
    const report = sim.finish().report()
    expect(report.graded).toBe(false)
    expect(report.components.completion).toBe(1)
    expect(report.components.order).toBe(1)
  })

  it('find: open tube 2, take fibre 7, lay it in slot 7', () => {
    const sim = fibreIdSim(FIND)
    expect(hintMessage(sim.state)).toEqual({ key: 'player.hints.open-tube', values: { tube: 2 } })
    followHintsToTheEnd(sim).expectNoErrors()
    expect(sim.gestures.map(({ type, target }) => ({ type, target }))).toEqual([
      { type: 'open-tube', target: 't2' },
      { type: 'take', target: 'f2.7' },
      { type: 'place', target: 's7' },
    ])
    expect(progress(sim.state)).toEqual({ done: 1, total: 1 })
  })

  it.each(FIBRE_ID_EXERCISES.map((exercise) => exercise.id))(
    '%s: following the hints from the start succeeds with a perfect score',
    (exerciseId) => {
      const report = followHintsToTheEnd(fibreIdSim(exerciseId)).finish().expectNoErrors().report()
      expect(report.success).toBe(true)
      expect(report.score).toBeCloseTo(1, 12)
    },
  )

  it('while holding the wrong fibre, the hint says to put it back', () => {
    const sim = fibreIdSim(GUIDED).take(1, 5)
    expect(nextHint(sim.state)).toEqual({ kind: 'put-back', fibre: 'f1.5' })
    expect(hintMessage(sim.state)).toEqual({ key: 'player.hints.put-back' })
    sim.putBack()
    expect(nextHint(sim.state)).toEqual({ kind: 'take', fibre: 'f1.1' })
    expect(hintMessage(sim.state)).toEqual({ key: 'player.hints.take' })
    sim.take(1, 1)
    expect(hintMessage(sim.state)).toEqual({ key: 'player.hints.place', values: { slot: 1 } })
  })

  it('a wrong fibre sitting in the next slot is taken out first', () => {
    const sim = fibreIdSim(GUIDED).take(1, 5).place(1)
    expect(nextHint(sim.state)).toEqual({ kind: 'take', fibre: 'f1.5' })
    sim.followHint()
    expect(nextHint(sim.state)).toEqual({ kind: 'put-back', fibre: 'f1.5' })
  })

  it('a wrong fibre left in the organiser after the work order is done is still pointed at', () => {
    const sim = fibreIdSim(FIND).openTube(2).take(2, 3).place(3).layFibre(2, 7)
    expect(progress(sim.state)).toEqual({ done: 1, total: 1 })
    expect(taskComplete(sim.state)).toBe(false)
    expect(nextHint(sim.state)).toEqual({ kind: 'take', fibre: 'f2.3' })
  })

  it('the task is not done while another customer’s fibre is still in hand', () => {
    const sim = fibreIdSim(FIND).openTube(2).take(2, 3).place(3).layFibre(2, 7).take(2, 3)
    expect(sim.state.held).toBe('f2.3')
    expect(taskComplete(sim.state)).toBe(false)
    expect(hintMessage(sim.state)).toEqual({ key: 'player.hints.put-back' })
    sim.followHint()
    expect(taskComplete(sim.state)).toBe(true)
    expect(hintMessage(sim.state)).toEqual({ key: 'player.hints.done' })
  })
})

/** Any trade gesture a trainee might make on the find exercise's mat, aimed anywhere. */
const tradeGestureArb = fc.oneof(
  fc.record({ verb: fc.constant('open' as const), tube: fc.integer({ min: 1, max: 4 }) }),
  fc.record({
    verb: fc.constant('take' as const),
    tube: fc.integer({ min: 1, max: 4 }),
    fibre: fc.integer({ min: 1, max: 12 }),
  }),
  fc.record({
    verb: fc.constant('place' as const),
    slot: fc.integer({ min: 1, max: 12 }),
    offsetMm: fc.integer({ min: -12, max: 12 }),
  }),
  fc.record({ verb: fc.constant('put-back' as const) }),
  fc.record({
    verb: fc.constant('drop' as const),
    xMm: fc.integer({ min: -300, max: 300 }),
    zMm: fc.integer({ min: -200, max: 200 }),
  }),
)
type TradeGesture = typeof tradeGestureArb extends fc.Arbitrary<infer T> ? T : never

function perform(sim: FibreIdSim, g: TradeGesture): void {
  switch (g.verb) {
    case 'open':
      sim.openTube(g.tube)
      return
    case 'take':
      sim.take(g.tube, g.fibre)
      return
    case 'place':
      sim.place(g.slot, { offsetMm: g.offsetMm })
      return
    case 'put-back':
      sim.putBack()
      return
    case 'drop':
      sim.drop({ xMm: g.xMm, zMm: g.zMm })
  }
}

describe('hints recover from any mess', () => {
  it.each([FIND, GUIDED])(
    '%s: after any gestures, following the hints ends the work order with empty hands and no new error',
    (exerciseId) => {
      fc.assert(
        fc.property(fc.array(tradeGestureArb, { maxLength: 40 }), (mess) => {
          const sim = fibreIdSim(exerciseId)
          for (const g of mess) perform(sim, g)
          const errorsBefore = sim.outcomes.filter((o) => o.kind === 'error').length
          followHintsToTheEnd(sim)
          expect(sim.outcomes.filter((o) => o.kind === 'error')).toHaveLength(errorsBefore)
          const { done, total } = progress(sim.state)
          expect(done).toBe(total)
          expect(sim.state.held).toBeNull()
          expect(sim.state.misplaced).toEqual({})
          expect(sim.finish().report().components.completion).toBe(1)
        }),
        { numRuns: 200 },
      )
    },
  )
})
