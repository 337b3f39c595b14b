import { describe, expect, it } from 'vitest'
import { ERR, hintMessage, progress, rightCord } from '../../../scenes/pm-cabinet/index.ts'
import { portName } from '../../../scenes/pm-cabinet/rules.ts'
import { DRAWER, parsePort, portId } from '../../../scenes/pm-cabinet/layout.ts'
import type { PortId } from '../../../scenes/pm-cabinet/layout.ts'
import type { Outcome } from '../../../src/engine/types.ts'
import { pmSim } from './sim.ts'
import type { PmSim } from './sim.ts'

const GUIDED = 'pm-cabinet.guided'
const TRAP = 'pm-cabinet.trap'
const PATCHES = [GUIDED, 'pm-cabinet.messy', 'pm-cabinet.evaluation']

const graded = (id = GUIDED) => pmSim(id, { mode: 'evaluation' })
const keyOf = (sim: PmSim) => hintMessage(sim.state).key.replace(/^pm\.hints\./, '')

/**
 * Follows the hints until they say 'finish', then finishes; a bound turns a hint loop into a failure
 * instead of a hang, and a refused gesture is a wrong hint.
 */
function followToTheEnd(sim: PmSim, bound = 40): string[] {
  const keys: string[] = []
  while (keyOf(sim) !== 'finish') {
    if (keys.length >= bound) throw new Error(`no end after ${bound} hints: ${keys.slice(-8).join(', ')}`)
    keys.push(keyOf(sim))
    sim.followHint()
    const refused = sim.lastOutcomes.find((o) => o.kind === 'rejected')
    if (refused) throw new Error(`the hint '${keys.at(-1)}' was refused: ${JSON.stringify(refused)}`)
  }
  sim.finish()
  return keys
}

/** Catalogue errors raised and never put right. */
function standing(outcomes: readonly Outcome[]): string[] {
  const last = new Map<string, 'raised' | 'recovered'>()
  for (const o of outcomes) {
    if (o.kind === 'error') last.set(`${o.error} ${o.ref ?? ''}`, 'raised')
    if (o.kind === 'recovered') last.set(`${o.error} ${o.ref ?? ''}`, 'recovered')
  }
  return [...last].filter(([, state]) => state === 'raised').map(([key]) => key.split(' ')[0]!)
}

function freeNeighbour(sim: PmSim, port: PortId): PortId {
  const taken = new Set<string>(sim.setup.occupied.flatMap((o) => [o.op, o.dist]))
  const p = parsePort(port)!
  for (const n of [p.port - 1, p.port + 1]) {
    const id = portId(p.drawer, n)
    if (n >= 1 && n <= DRAWER.ports && !taken.has(id)) return id
  }
  throw new Error(`no free neighbour of ${port}`)
}

describe('following the hints from a fresh attempt', () => {
  it.each(PATCHES)(
    '%s: the hints lead to a run that scores 1 with no error, in the procedure’s minimum of gestures',
    (id) => {
      const sim = graded(id)
      const dones = [progress(sim.state).done]
      const keys = followToTheEnd(sim)
      expect(keys[0]).toBe('unlock')
      // Both drawers of the route come in before the door closes.
      expect(keys.slice(-5)).toEqual(['photo-after', 'push-drawers', 'push-drawers', 'close', 'lock'])
      sim.expectNoErrors()
      const report = sim.report()
      expect(report.findings).toEqual([])
      expect(report.score).toBeCloseTo(1, 12)
      expect(report.success).toBe(true)
      // 'route' is two gestures (lead the cord, plug its end): the gestures are the minimum all the same.
      expect(report.actionCount).toBe(sim.procedureData.minActions)
      dones.push(progress(sim.state).done)
      expect(dones.at(-1)).toBe(progress(sim.state).total)
    },
  )

  it('the trap: look, report, never plug; the hints end on a run that scores 1', () => {
    const sim = graded(TRAP)
    const keys = followToTheEnd(sim)
    expect(keys).toContain('report')
    expect(keys).not.toContain('take')
    expect(keys).not.toContain('plug-op')
    sim.expectNoErrors()
    const report = sim.report()
    expect(report.score).toBeCloseTo(1, 12)
    expect(report.success).toBe(true)
    expect(report.actionCount).toBe(sim.procedureData.minActions)
  })

  it('the hint names the right cord, and progress never goes back along the way', () => {
    const sim = graded()
    let done = progress(sim.state).done
    while (keyOf(sim) !== 'finish') {
      const hint = hintMessage(sim.state)
      if (hint.key === 'pm.hints.take')
        expect(hint.values).toEqual({ lengthM: rightCord(sim.setup)!.lengthM })
      if (hint.key === 'pm.hints.look') expect(hint.values).toEqual({ port: portName(sim.route.dist) })
      sim.followHint()
      const now = progress(sim.state).done
      expect(now).toBeGreaterThanOrEqual(done)
      done = now
    }
    expect(done).toBe(progress(sim.state).total)
  })
})

describe('hints after a mistake lead to putting it right', () => {
  it('the subscriber end in the next port: the hint says to unplug it, and following on ends clean', () => {
    const sim = graded().arrive().prepare()
    const { route } = sim
    const near = freeNeighbour(sim, route.dist)
    sim.uncap(route.op).uncap(near).take().plug(route.op).routeGuides(route.op, near).plug(near)
    expect(hintMessage(sim.state)).toEqual({ key: 'pm.hints.unplug-wrong', values: { port: portName(near) } })
    const keys = followToTheEnd(sim)
    expect(keys[0]).toBe('unplug-wrong')
    expect(sim.outcomes).toContainEqual(
      expect.objectContaining({ kind: 'recovered', error: ERR.wrongPort, ref: 'port-dist' }),
    )
    // Everything raised was put right: the hints leave no fault behind (an open port included).
    expect(standing(sim.outcomes)).toEqual([])
    expect(sim.report().success).toBe(true)
  })

  it('the operator end in the next splitter output: the hint says to unplug it, and following on ends clean', () => {
    const sim = graded().arrive().prepare()
    const { route } = sim
    const near = freeNeighbour(sim, route.op)
    sim.uncap(near).uncap(route.dist).take().plug(near).routeGuides(near, route.dist).plug(route.dist)
    expect(sim.errors(ERR.wrongPort)).toEqual([expect.objectContaining({ ref: 'port-op' })])
    expect(hintMessage(sim.state)).toEqual({ key: 'pm.hints.unplug-wrong', values: { port: portName(near) } })
    const keys = followToTheEnd(sim)
    expect(keys[0]).toBe('unplug-wrong')
    expect(sim.outcomes).toContainEqual(
      expect.objectContaining({ kind: 'recovered', error: ERR.wrongPort, ref: 'port-op' }),
    )
    expect(standing(sim.outcomes)).toEqual([])
    expect(sim.report().success).toBe(true)
  })

  it('a connector short of the click: the hint says to push it home, which recovers PM-E08', () => {
    const sim = graded().arrive().prepare()
    const { route } = sim
    sim
      .uncap(route.op)
      .take()
      .plug(route.op, sim.setup.latchMm / 2)
    expect(hintMessage(sim.state)).toEqual({ key: 'pm.hints.push', values: { port: portName(route.op) } })
    sim.followHint().expectOutcome({ kind: 'recovered', error: ERR.notLatched, ref: `latch-${route.op}` })
    followToTheEnd(sim)
    expect(standing(sim.outcomes)).toEqual([])
    expect(sim.report().success).toBe(true)
  })

  it('the hints pick up a job half done in another order (subscriber end first)', () => {
    const sim = graded().arrive().prepare()
    const { route } = sim
    sim.uncap(route.op).uncap(route.dist).take().plug(route.dist)
    followToTheEnd(sim)
    // Neither end is astray: nothing to unplug, and the job is finished by the hints.
    expect(sim.state.cord!.ends).toEqual(expect.objectContaining({ a: route.dist, b: route.op }))
    expect(standing(sim.outcomes)).toEqual([])
  })
})
