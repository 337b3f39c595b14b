import { describe, expect, it } from 'vitest'
import { expectRefused } from '../sceneModelChecks.ts'
import { MIN_SLIT_SHARE, TUBE_WINDOW_MM } from '../../../scenes/fibre-id/model.ts'
import { fibreIdSim } from './sim.ts'
import type { FibreIdSim } from './sim.ts'

const EVALUATION = 'fibre-id.evaluation-12'
const FIND = 'fibre-id.practice-find'

describe('refused gestures are recorded, never silent', () => {
  it('take while holding a fibre: hand full', () => {
    expectRefused(fibreIdSim(EVALUATION).take(1, 1), (sim) => sim.take(1, 2), 'hand-full', { fibre: 'f1.1' })
  })

  it('place on an occupied slot: slot occupied, and the fibre stays in hand', () => {
    const sim = fibreIdSim(EVALUATION).layFibre(1, 1).take(1, 2)
    expectRefused(sim, (s) => s.place(1), 'slot-occupied', { slot: 1 })
    expect(sim.state.held).toBe('f1.2')
    expect(sim.state.slots[0]).toBe('f1.1')
  })

  it.each([
    ['place', (sim: FibreIdSim) => sim.place(1)],
    ['put-back', (sim: FibreIdSim) => sim.putBack()],
    ['drop', (sim: FibreIdSim) => sim.drop({ xMm: 0, zMm: 0 })],
  ])('%s with nothing in hand: not holding', (_, act) => {
    expectRefused(fibreIdSim(EVALUATION), act, 'not-holding')
  })

  it('take a fibre of a closed tube: tube closed', () => {
    expectRefused(fibreIdSim(FIND), (sim) => sim.take(2, 7), 'tube-closed', { tube: 2 })
  })

  it('a cutter stroke shorter than the required share of the window leaves the tube closed', () => {
    const sim = fibreIdSim(FIND)
    expectRefused(sim, (s) => s.openTube(2, { slitMm: 60 }), 'slit-too-short', { slitMm: 60 })
    expect(sim.state.tubesOpen[1]).toBe(false)
  })

  it('a stroke of exactly the required share opens the tube; one millimetre less does not', () => {
    const shortestMm = TUBE_WINDOW_MM * MIN_SLIT_SHARE
    const sim = fibreIdSim(FIND)
    expectRefused(sim, (s) => s.openTube(2, { slitMm: shortestMm - 1 }), 'slit-too-short', {
      slitMm: shortestMm - 1,
    })
    sim.openTube(2, { slitMm: shortestMm }).expectOutcome({ kind: 'step', step: 'CP-07' })
    expect(sim.state.tubesOpen[1]).toBe(true)
  })

  it('opening an open tube: already open', () => {
    expectRefused(fibreIdSim(FIND).openTube(2), (sim) => sim.openTube(2), 'tube-already-open', { tube: 2 })
  })

  // Each from a state where the gesture would otherwise be allowed, so the only thing wrong is the target.
  it.each([
    ['a tube the cable does not have', () => fibreIdSim(FIND), (sim: FibreIdSim) => sim.openTube(5), 't5'],
    [
      'a fibre the cable does not have',
      () => fibreIdSim(FIND).openTube(2),
      (sim: FibreIdSim) => sim.take(2, 13),
      'f2.13',
    ],
    [
      'a slot the organiser does not have',
      () => fibreIdSim(FIND).openTube(2).take(2, 7),
      (sim: FibreIdSim) => sim.place(13),
      's13',
    ],
  ])('aiming at %s: unknown target', (_, start, act, target) => {
    expectRefused(start(), act, 'unknown-target', { target })
  })

  it('any gesture after finish: attempt finished', () => {
    const sim = fibreIdSim(EVALUATION).layFibre(1, 1).finish()
    expectRefused(sim, (s) => s.take(1, 2), 'attempt-finished')
    expectRefused(sim, (s) => s.hint(), 'attempt-finished')
    expectRefused(sim, (s) => s.finish(), 'attempt-finished')
  })

  it('a gesture type the scene does not know: unknown gesture', () => {
    expectRefused(fibreIdSim(EVALUATION), (sim) => sim.gesture('splice', 'f1.1'), 'unknown-gesture', {
      type: 'splice',
    })
  })

  it('refused gestures cost economy but nothing else', () => {
    const sim = fibreIdSim(EVALUATION).take(1, 1).take(1, 2).place(1)
    for (let n = 2; n <= 12; n++) sim.layFibre(1, n)
    const report = sim.finish().report()
    const { minActions } = sim.procedureData
    expect(report.actionCount).toBe(minActions + 1)
    expect(report.components).toEqual({
      completion: 1,
      order: 1,
      parameters: 1,
      errors: 1,
      time: 1,
      economy: minActions / (minActions + 1),
    })
  })
})
