import { describe, expect, it } from 'vitest'
import { cordAccount, neededMm, rightCord } from '../../../scenes/pm-cabinet/index.ts'
import { guideRoute } from '../../../scenes/pm-cabinet/layout.ts'
import { pmSim } from './sim.ts'

const line = (panel: ReturnType<typeof cordAccount>, key: string) =>
  panel.lines.find((l) => l.key === key)?.value

describe('the patch cord’s account on the results page', () => {
  it('a clean patch: the route the OT needs, the right cord, the one taken, the excess stored', () => {
    const sim = pmSim('pm-cabinet.guided').cleanRun().finish()
    const { setup } = sim
    const { op, dist } = setup.route
    const needMm = neededMm(setup, op, guideRoute(op, dist), dist).lengthMm
    const panel = cordAccount(sim.state)
    expect(line(panel, 'pm.panel.route')).toBeCloseTo(needMm / 1000, 2)
    expect(line(panel, 'pm.panel.right')).toBe(rightCord(setup)!.lengthM)
    expect(line(panel, 'pm.panel.chosen')).toBe(rightCord(setup)!.lengthM)
    // Led along the shortest route, the cord's excess is its length less that route.
    expect(line(panel, 'pm.panel.led')).toBeCloseTo(needMm / 1000, 2)
    expect(line(panel, 'pm.panel.excess')).toBeCloseTo(rightCord(setup)!.lengthM - needMm / 1000, 2)
    expect(panel.notes).toEqual([])
  })

  it('a blue UPC cord and an outside route are said in plain words', () => {
    const sim = pmSim('pm-cabinet.evaluation').arrive().prepare()
    const { op, dist } = sim.route
    sim.uncap(op).uncap(dist).take('u15').plug(op).routeVia([]).plug(dist).finish()
    const keys = cordAccount(sim.state).notes.map((n) => n.key)
    expect(keys).toContain('pm.panel.mismatch')
    expect(keys).toContain('pm.panel.outside')
  })

  it('the trap: the other customer unplugged is named, and the missing report said', () => {
    const sim = pmSim('pm-cabinet.trap').arrive().prepare()
    const other = sim.setup.occupied.find((o) => o.dist === sim.route.dist)!
    sim.unplug(sim.route.dist).finish()
    const panel = cordAccount(sim.state)
    expect(panel.notes).toContainEqual({ key: 'pm.panel.overwritten', values: { refs: other.ptoRef } })
    expect(panel.notes.map((n) => n.key)).toContain('pm.panel.notReported')
  })
})
