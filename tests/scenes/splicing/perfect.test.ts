import { describe, expect, it } from 'vitest'
import { splicingSim } from './sim.ts'

describe('a perfect splice', () => {
  it.each([
    ['left first', ['L', 'R'] as const],
    ['right first', ['R', 'L'] as const],
  ])('%s: every step, a good loss, kept, protected: passes on every component', (_, [first, second]) => {
    const sim = splicingSim('splicing.evaluation')
      .glasses()
      .threadSleeve('L')
      .prepare(first)
      .prepare(second)
      .closeUp()
      .arc()
      .expectOutcome({ kind: 'step', step: 'SP-04' })
    expect(sim.state.splice?.lossDb).toBeLessThanOrEqual(sim.setup.lossThresholdDb)
    sim.accept().openCover().protect().finish().expectNoErrors()
    const report = sim.report()
    expect(report.findings.filter((f) => f.kind !== 'time')).toEqual([])
    expect(report.components.completion).toBe(1)
    expect(report.components.order).toBe(1)
    expect(report.components.errors).toBe(1)
    expect(report.success).toBe(true)
  })
})
