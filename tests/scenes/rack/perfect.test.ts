import { describe, expect, it } from 'vitest'
import { rackSim } from './sim.ts'

describe('a clean rack job', () => {
  it.each(['rack.guided', 'rack.heavy-top', 'rack.evaluation'])(
    '%s: the textbook run passes on every component',
    (id) => {
      const sim = rackSim(id, { mode: 'evaluation' }).cleanRun().finish()
      sim.expectNoErrors()
      const report = sim.report()
      expect(report.findings).toEqual([])
      expect(report.score).toBeCloseTo(1, 12)
      expect(report.success).toBe(true)
      expect(report.actionCount).toBe(sim.procedureData.minActions)
    },
  )
})
