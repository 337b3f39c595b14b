import { describe, expect, it } from 'vitest'
import { costs, lineReadingDbm, totalCostDb } from '../../../scenes/splice-tray/index.ts'
import { spliceTraySim } from './sim.ts'

describe('a clean cassette', () => {
  it.each(['splice-tray.guided', 'splice-tray.g652', 'splice-tray.evaluation'])(
    '%s: the textbook run passes on every component',
    (id) => {
      const sim = spliceTraySim(id, { mode: 'evaluation' }).cleanRun().finish()
      sim.expectNoErrors()
      const report = sim.report()
      expect(report.findings).toEqual([])
      expect(report.score).toBeCloseTo(1, 12)
      expect(report.success).toBe(true)
      expect(report.actionCount).toBe(sim.procedureData.minActions)
      const reading = sim.state.meter.readingDbm!
      expect(reading).toBeCloseTo(sim.setup.linkBudgetDbm - totalCostDb(costs(sim.state)), 2)
      expect(lineReadingDbm(sim.state, 1490)).toBeGreaterThan(sim.setup.passDbm)
    },
  )
})
