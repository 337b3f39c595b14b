import { describe, expect, it } from 'vitest'
import { STEP } from '../../../scenes/pm-cabinet/index.ts'
import { pmSim } from './sim.ts'

describe('a clean patch', () => {
  it.each(['pm-cabinet.guided', 'pm-cabinet.messy', 'pm-cabinet.evaluation'])(
    '%s: the textbook run passes on every component',
    (id) => {
      const sim = pmSim(id, { mode: 'evaluation' }).cleanRun().finish()
      sim.expectNoErrors()
      const report = sim.report()
      expect(report.findings).toEqual([])
      expect(report.score).toBeCloseTo(1, 12)
      expect(report.success).toBe(true)
      expect(report.actionCount).toBe(sim.procedureData.minActions)
      expect(sim.state.door).toBe('locked')
    },
  )

  it('the trap: looking, leaving the cord and reporting passes on every component', () => {
    const sim = pmSim('pm-cabinet.trap', { mode: 'evaluation' }).trapRun().finish()
    sim.expectNoErrors()
    const report = sim.report()
    expect(report.findings).toEqual([])
    expect(report.score).toBeCloseTo(1, 12)
    expect(report.success).toBe(true)
    expect(report.actionCount).toBe(sim.procedureData.minActions)
    expect(sim.steps(STEP.report)).toHaveLength(1)
  })
})
