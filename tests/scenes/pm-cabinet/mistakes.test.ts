import { describe, expect, it } from 'vitest'
import { paramCredit } from '../../../src/engine/score.ts'
import { ERR, STEP, neededMm, rightCord } from '../../../scenes/pm-cabinet/index.ts'
import type { PmSetup } from '../../../scenes/pm-cabinet/index.ts'
import { excessMm, portName } from '../../../scenes/pm-cabinet/rules.ts'
import {
  ALL_DRAWERS,
  DRAWER,
  SIDES,
  guideRoute,
  parsePort,
  portId,
  routeOf,
} from '../../../scenes/pm-cabinet/layout.ts'
import type { DrawerId, PortId } from '../../../scenes/pm-cabinet/layout.ts'
import { expectRefused } from '../sceneModelChecks.ts'
import {
  defOf,
  errorsComponent,
  expectExplained,
  fr,
  frenchMessage,
  missingSteps,
  paramSpec,
  parametersWithOne,
  stepWeight,
  totalStepWeight,
  weightedScore,
} from './findings.ts'
import { pmSim } from './sim.ts'
import type { PmSim } from './sim.ts'

const GUIDED = 'pm-cabinet.guided'
const MESSY = 'pm-cabinet.messy'
const TRAP = 'pm-cabinet.trap'
const EVALUATION = 'pm-cabinet.evaluation'

/** Graded, whatever the exercise's own mode (guided mode is not graded). */
const graded = (id = GUIDED) => pmSim(id, { mode: 'evaluation' })
/** Open, photographed, both drawers of the route out and the subscriber port checked. */
const ready = (id = GUIDED) => graded(id).arrive().prepare()
/** The rest of the textbook job once the cord is in: slack, labels, after photo, closed and locked. */
const wrapUp = (sim: PmSim) => sim.storeSlack().labelBoth().leave().finish()
/** Drawers in, door closed and locked, with no photo. */
const closeUp = (sim: PmSim) => {
  for (const drawer of ALL_DRAWERS) if (sim.state.pulled[drawer]) sim.push(drawer)
  return sim.closeDoor().lock()
}

const occupiedPorts = (setup: PmSetup) => new Set<string>(setup.occupied.flatMap((o) => [o.op, o.dist]))
const isFree = (setup: PmSetup, port: PortId) =>
  !occupiedPorts(setup).has(port) && port !== setup.route.op && port !== setup.route.dist

/** A free port next to `port` on the same drawer: the off-by-one. */
function freeNeighbour(setup: PmSetup, port: PortId): PortId {
  const p = parsePort(port)!
  for (const n of [p.port - 1, p.port + 1]) {
    const id = portId(p.drawer, n)
    if (n >= 1 && n <= DRAWER.ports && isFree(setup, id)) return id
  }
  throw new Error(`no free neighbour of ${port}`)
}

/** The same port number one drawer further down (or up): the wrong drawer. */
function sameSpotOtherDrawer(setup: PmSetup, port: PortId): PortId {
  const p = parsePort(port)!
  for (const row of [p.row + 1, p.row - 1]) {
    if (row < 1 || row > SIDES[p.side].drawers) continue
    const id = portId(`${p.side}-${row}` as DrawerId, p.port)
    if (isFree(setup, id)) return id
  }
  throw new Error(`no free port ${p.port} in a drawer next to ${p.drawer}`)
}

/** Length of the shortest route through the guides between the OT's two ports, boots included, mm. */
const throughGuidesMm = (setup: PmSetup) =>
  neededMm(setup, setup.route.op, guideRoute(setup.route.op, setup.route.dist), setup.route.dist).lengthMm

/** The report's components hang together: the score is their weighted sum (no hint in these runs). */
function expectScoreFromComponents(sim: PmSim) {
  const report = sim.report()
  expect(report.hintsUsed).toBe(0)
  expect(report.score).toBeCloseTo(weightedScore(sim.procedureData, report.components), 12)
  expect(report.components.economy).toBeCloseTo(
    Math.min(1, sim.procedureData.minActions / report.actionCount),
    12,
  )
  return report
}

describe('a cord plugged in the wrong drawer (PM-E01, then PM-E02 at finish)', () => {
  it('the subscriber end in the next drawer down: a wrong port, not an off-by-one; left, the wrong customer is served', () => {
    const sim = ready()
    const { route } = sim
    const wrong = sameSpotOtherDrawer(sim.setup, route.dist)
    expect(parsePort(wrong)!.drawer).not.toBe(parsePort(route.dist)!.drawer)
    sim.pullFor(wrong).uncap(route.op).uncap(wrong).take().plug(route.op).routeGuides(route.op, wrong)
    sim.plug(wrong)
    const detail = { port: portName(wrong), expected: portName(route.dist), offByOne: 0, end: 'b' }
    sim.expectOutcome({ kind: 'error', error: ERR.wrongPort, ref: 'port-dist', detail })
    // The port is not the OT's: no RC-04-06.
    expect(sim.steps(STEP.plugSubscriber)).toEqual([])

    wrapUp(sim)
    const customer = { port: portName(wrong) }
    sim.expectOutcome({ kind: 'error', error: ERR.wrongCustomer, ref: 'customer-b', detail: customer })
    const [e01] = expectExplained(sim, ERR.wrongPort, { detail })
    expect(e01!.level).toBe('error')
    expect(frenchMessage(e01!)).toBe(
      `Jarretière branchée sur ${portName(wrong)} au lieu de ${portName(route.dist)} (OT).`,
    )
    expect(e01!.consequence?.fr).toContain('Mauvais tiroir')
    const [e02] = expectExplained(sim, ERR.wrongCustomer, { detail: customer })
    expect(e02!.level).toBe('critical')
    expect(frenchMessage(e02!)).toBe(
      `Parti avec la jarretière sur ${portName(wrong)}, hors de la route optique de l’OT.`,
    )
    expect(e02!.consequence?.fr).toContain('le mauvais client est servi')

    const report = expectScoreFromComponents(sim)
    expect(missingSteps(report)).toEqual([STEP.plugSubscriber])
    expect(report.components.errors).toBeCloseTo(
      errorsComponent(sim, [{ error: ERR.wrongPort }, { error: ERR.wrongCustomer }]),
      12,
    )
    expect(report.criticalErrors).toBe(1)
    expect(report.success).toBe(false)
  })
})

describe('a cord in the port next to the OT’s (PM-E01 offByOne 1)', () => {
  const offByOne = () => {
    const sim = ready()
    const { route } = sim
    const near = freeNeighbour(sim.setup, route.dist)
    sim.uncap(route.op).uncap(near).take().plug(route.op).routeGuides(route.op, near).plug(near)
    return { sim, near }
  }

  it('named as an off-by-one with the port and the expected one', () => {
    const { sim, near } = offByOne()
    expect(Math.abs(parsePort(near)!.port - parsePort(sim.route.dist)!.port)).toBe(1)
    sim.expectOutcome({
      kind: 'error',
      error: ERR.wrongPort,
      ref: 'port-dist',
      detail: { port: portName(near), expected: portName(sim.route.dist), offByOne: 1, end: 'b' },
    })
  })

  it('unplugged, re-capped and plugged into the right port: recovered at the recovered penalty, the job passes', () => {
    const { sim, near } = offByOne()
    const { route } = sim
    // The route step was done with the wrong port in; taking the end out undoes it.
    sim.unplug(near).expectOutcome({ kind: 'undo', step: STEP.route })
    sim.cap(near).uncap(route.dist).routeGuides().plug(route.dist)
    sim.expectOutcome({ kind: 'recovered', error: ERR.wrongPort, ref: 'port-dist' })
    sim.expectOutcome({ kind: 'step', step: STEP.plugSubscriber })
    wrapUp(sim)
    expect(sim.errors().map((e) => e.error)).toEqual([ERR.wrongPort])
    const detail = { port: portName(near), expected: portName(route.dist), offByOne: 1, end: 'b' }
    expectExplained(sim, ERR.wrongPort, { recovered: true, detail })
    const report = expectScoreFromComponents(sim)
    expect(report.components.completion).toBe(1)
    expect(report.components.errors).toBeCloseTo(
      errorsComponent(sim, [{ error: ERR.wrongPort, recovered: true }]),
      12,
    )
    expect(report.success).toBe(true)
  })

  it('left there to the end: the critical PM-E02 "wrong customer" is added and the job fails', () => {
    const { sim, near } = offByOne()
    wrapUp(sim)
    expect(sim.errors(ERR.wrongPort)).toHaveLength(1)
    const [finding] = expectExplained(sim, ERR.wrongCustomer, { detail: { port: portName(near) } })
    expect(finding!.level).toBe('critical')
    expectExplained(sim, ERR.wrongPort)
    const report = expectScoreFromComponents(sim)
    expect(report.criticalErrors).toBe(1)
    expect(missingSteps(report)).toEqual([STEP.plugSubscriber])
    expect(report.success).toBe(false)
  })
})

describe('unplugging another subscriber’s cord (PM-E03 "écrasement")', () => {
  it.each(['dist', 'op'] as const)(
    'a cord taken out at its %s end on a drawer of the route: critical, and the job fails however perfect the rest',
    (side) => {
      const sim = ready()
      const drawer = parsePort(side === 'dist' ? sim.route.dist : sim.route.op)!.drawer
      const index = sim.setup.occupied.findIndex((o) => parsePort(o[side])!.drawer === drawer)
      expect(index).toBeGreaterThanOrEqual(0)
      const victim = sim.setup.occupied[index]!
      const port = victim[side]
      sim.unplug(port)
      const detail = { port: portName(port), ptoRef: victim.ptoRef }
      sim.expectOutcome({ kind: 'error', error: ERR.overwrite, ref: `overwrite-${index}`, detail })
      expect(sim.state.others[index]!.unplugged).toBe(true)

      wrapUp(sim.patch())
      expect(sim.errors().map((e) => e.error)).toEqual([ERR.overwrite])
      const [finding] = expectExplained(sim, ERR.overwrite, { detail })
      expect(finding!.level).toBe('critical')
      expect(frenchMessage(finding!)).toBe(
        `Jarretière d’un autre abonné débranchée en ${portName(port)} (${victim.ptoRef}) : écrasement.`,
      )
      expect(finding!.consequence?.fr).toContain('perd sa connexion')
      const report = expectScoreFromComponents(sim)
      // Everything else is perfect: every step, in order, every parameter in its band.
      expect(report.components.completion).toBe(1)
      expect(report.components.order).toBe(1)
      expect(report.components.parameters).toBe(1)
      expect(report.components.errors).toBeCloseTo(errorsComponent(sim, [{ error: ERR.overwrite }]), 12)
      // The score alone would pass: the critical error fails it.
      expect(report.score).toBeGreaterThanOrEqual(report.passMark)
      expect(report.criticalErrors).toBe(1)
      expect(report.success).toBe(false)
    },
  )
})

describe('a blue UPC cord in the green APC ports (PM-E04)', () => {
  const upcPatch = () => {
    const sim = ready(EVALUATION)
    const upc = sim.setup.cords.find((c) => c.polish === 'upc')!
    expect(upc.id).toBe('u15')
    // The blue cord has the right length: only its polish is wrong.
    expect(upc.lengthM).toBe(rightCord(sim.setup)!.lengthM)
    return sim.uncap(sim.route.op).uncap(sim.route.dist).take('u15')
  }

  it('each of the two connections is a mismatch with its own loss of the exercise’s 3.5 dB', () => {
    const sim = upcPatch()
    const { route, setup } = sim
    // docs/DOMAIN.md: ≈ 3.4–3.7 dB per connection.
    expect(setup.mismatchLossDb).toBe(3.5)
    sim.plug(route.op)
    sim.expectOutcome({
      kind: 'error',
      error: ERR.mismatch,
      ref: `mismatch-${route.op}`,
      detail: { port: portName(route.op) },
    })
    expect(sim.lastOutcomes).toContainEqual(
      expect.objectContaining({ kind: 'consequence', key: `mismatch-${route.op}`, value: 3.5, unit: 'dB' }),
    )
    sim.routeGuides().plug(route.dist)
    sim.expectOutcome({
      kind: 'error',
      error: ERR.mismatch,
      ref: `mismatch-${route.dist}`,
      detail: { port: portName(route.dist) },
    })
    expect(sim.lastOutcomes).toContainEqual(
      expect.objectContaining({ kind: 'consequence', key: `mismatch-${route.dist}`, value: 3.5, unit: 'dB' }),
    )
    const lossDb = sim.consequences().reduce((total, c) => total + c.value, 0)
    expect(lossDb).toBe(2 * setup.mismatchLossDb)

    wrapUp(sim)
    const findings = expectExplained(sim, ERR.mismatch, { count: 2 })
    expect(findings.map((f) => f.detail)).toEqual(
      expect.arrayContaining([{ port: portName(route.op) }, { port: portName(route.dist) }]),
    )
    expect(findings.map(frenchMessage)).toEqual(
      expect.arrayContaining([
        `Connecteur UPC (bleu) dans un port APC (vert) en ${portName(route.op)}.`,
        `Connecteur UPC (bleu) dans un port APC (vert) en ${portName(route.dist)}.`,
      ]),
    )
    expect(findings[0]!.consequence?.fr).toContain('3,5 dB de perte par connexion')
    const report = expectScoreFromComponents(sim)
    expect(report.components.errors).toBeCloseTo(
      errorsComponent(sim, [{ error: ERR.mismatch }, { error: ERR.mismatch }]),
      12,
    )
    // An error, not a critical one: the verdict is the pass mark's.
    expect(report.criticalErrors).toBe(0)
    expect(report.success).toBe(report.score >= report.passMark)
  })

  it.each([
    ['the subscriber end first', 'dist'],
    ['the operator end first', 'op'],
  ] as const)('unplugged (%s) and replaced by the green cord: both mismatches recovered', (_, first) => {
    const sim = upcPatch()
    const { route } = sim
    sim.plug(route.op).routeGuides().plug(route.dist)
    const [one, two] = first === 'dist' ? [route.dist, route.op] : [route.op, route.dist]
    sim.unplug(one).unplug(two)
    expect(sim.state.cord!.ends).toEqual({ a: null, b: null })
    sim.take(rightCord(sim.setup)!.id).plug(route.op).routeGuides().plug(route.dist)
    wrapUp(sim)
    expect(sim.outcomes.filter((o) => o.kind === 'recovered' && o.error === ERR.mismatch)).toHaveLength(2)
    expectExplained(sim, ERR.mismatch, { recovered: true, count: 2 })
    const report = expectScoreFromComponents(sim)
    expect(report.components.errors).toBeCloseTo(
      errorsComponent(sim, [
        { error: ERR.mismatch, recovered: true },
        { error: ERR.mismatch, recovered: true },
      ]),
      12,
    )
    expect(report.success).toBe(true)
  })
})

describe('a cord run outside the guides (PM-E05)', () => {
  const base = (setup: PmSetup) => guideRoute(setup.route.op, setup.route.dist)
  it.each([
    ['straight across (no guide)', () => []],
    ['skipping the operator drawer’s exit', (s: PmSetup) => base(s).slice(1)],
    ['skipping the first ring', (s: PmSetup) => base(s).filter((_, i) => i !== 1)],
    ['missing the subscriber drawer’s exit', (s: PmSetup) => base(s).slice(0, -1)],
  ])('%s: PM-E05, charged in full if left', (_, via) => {
    const sim = ready()
    const { route } = sim
    const guides = via(sim.setup)
    // The premise: this route is not a chain of linked guides from exit to exit.
    expect(routeOf(route.op, guides, route.dist).inGuides).toBe(false)
    sim.uncap(route.op).uncap(route.dist).take().plug(route.op).routeVia(guides).plug(route.dist)
    sim.expectOutcome({ kind: 'error', error: ERR.outsideGuides, ref: 'guides' })
    expect(sim.state.cord!.inGuides).toBe(false)
    // The route cannot be shorter than the guides' and still be called a detour.
    const detour = neededMm(sim.setup, route.op, guides, route.dist).lengthMm - throughGuidesMm(sim.setup)
    expect(sim.measuredNow(STEP.route)?.detourMm).toBe(Math.max(0, Math.round(detour)))
    wrapUp(sim)
    const [finding] = expectExplained(sim, ERR.outsideGuides)
    expect(frenchMessage(finding!)).toBe('Jarretière passée hors des guides.')
    expect(finding!.consequence?.fr).toContain('plat de nouilles')
    const report = expectScoreFromComponents(sim)
    expect(report.components.errors).toBeCloseTo(errorsComponent(sim, [{ error: ERR.outsideGuides }]), 12)
    expect(report.criticalErrors).toBe(0)
    expect(report.success).toBe(report.score >= report.passMark)
  })

  it('unplugged and led again through the guides: recovered', () => {
    const sim = ready()
    const { route } = sim
    sim.uncap(route.op).uncap(route.dist).take().plug(route.op).routeVia([]).plug(route.dist)
    sim.unplug(route.dist).routeGuides().plug(route.dist)
    sim.expectOutcome({ kind: 'recovered', error: ERR.outsideGuides, ref: 'guides' })
    wrapUp(sim)
    expectExplained(sim, ERR.outsideGuides, { recovered: true })
    expect(sim.report().success).toBe(true)
  })

  it('messy cabinet: the 1 m cord reaches the OT’s port only straight across, outside the guides', () => {
    const sim = ready(MESSY)
    const { route, setup } = sim
    const c1 = setup.cords.find((c) => c.id === 'c1')!
    const cordMm = c1.lengthM * 1000
    const through = throughGuidesMm(setup)
    const straight = neededMm(setup, route.op, [], route.dist).lengthMm
    // The premise, from the layout: short enough straight across, too short through the guides.
    expect(straight).toBeLessThanOrEqual(cordMm)
    expect(through).toBeGreaterThan(cordMm)
    sim.uncap(route.op).uncap(route.dist).take('c1').plug(route.op).routeGuides()
    expectRefused(sim, (s) => s.plug(route.dist), 'cord-too-short', {
      missingCm: Math.ceil((through - cordMm) / 10),
      cordM: c1.lengthM,
    })
    sim.routeVia([]).plug(route.dist)
    sim.expectOutcome({ kind: 'error', error: ERR.outsideGuides, ref: 'guides' })
    sim.expectOutcome({ kind: 'step', step: STEP.plugSubscriber })
    expect(sim.state.cord!.ends).toEqual({ a: route.op, b: route.dist })
  })
})

describe('the cord’s length: the shortest APC cord that reaches through the guides', () => {
  it.each([GUIDED, MESSY, TRAP, EVALUATION])(
    '%s: rightCord is the shortest green cord covering the guided route',
    (id) => {
      const { setup } = graded(id)
      const need = throughGuidesMm(setup)
      const green = setup.cords.filter((c) => c.polish === 'apc').sort((x, y) => x.lengthM - y.lengthM)
      const right = rightCord(setup)!
      expect(right).toEqual(green.find((c) => c.lengthM * 1000 >= need))
      expect(right.polish).toBe('apc')
      // Every shorter green cord falls short through the guides.
      for (const cord of green.filter((c) => c.lengthM < right.lengthM))
        expect(cord.lengthM * 1000).toBeLessThan(need)
    },
  )

  it.each(['c2', 'c3'])(
    '%s, longer than needed: RC-04-05 measures the extra metres and the parameter loses credit',
    (cordId) => {
      const sim = ready()
      const { setup } = sim
      const cord = setup.cords.find((c) => c.id === cordId)!
      const right = rightCord(setup)!
      const extraM = Math.round((cord.lengthM - right.lengthM) * 10) / 10
      expect(extraM).toBeGreaterThan(0)
      sim.patch(cordId)
      expect(sim.measuredNow(STEP.route)).toEqual({ detourMm: 0, extraM })
      // Under the 3.5 m rule: no PM-E06.
      expect(cord.lengthM).toBeLessThanOrEqual(setup.maxCordM)
      expect(sim.errors(ERR.longCord)).toEqual([])
      // The excess goes into the storage if it fits there; otherwise PM-E07.
      const excess = cord.lengthM * 1000 - throughGuidesMm(setup)
      const overflow = excess > setup.slackCapacityMm
      sim.storeSlack()
      if (overflow)
        sim.expectOutcome({
          kind: 'error',
          error: ERR.slackLoose,
          ref: 'slack',
          detail: { excessMm: Math.round(excess), capacityMm: setup.slackCapacityMm, reason: 'overflow' },
        })
      expect(sim.errors(ERR.slackLoose)).toHaveLength(overflow ? 1 : 0)
      sim.labelBoth().leave().finish()
      const report = sim.report()
      const spec = paramSpec(sim.procedureData, STEP.route, 'extraM')
      const credit = paramCredit(extraM, spec.target, spec.tol, spec.limit)
      if (cordId === 'c2') expect(credit).toBe(0.75)
      expect(report.components.parameters).toBeCloseTo(
        parametersWithOne(sim.procedureData, STEP.route, 'extraM', extraM),
        12,
      )
      expect(report.findings).toContainEqual(
        expect.objectContaining({ kind: 'parameter', step: STEP.route, param: 'extraM', value: extraM }),
      )
    },
  )

  it('c5: over 3.5 m (PM-E06), and its excess overflows the storage (PM-E07)', () => {
    const sim = ready()
    const { setup } = sim
    const cord = setup.cords.find((c) => c.id === 'c5')!
    expect(cord.lengthM).toBeGreaterThan(setup.maxCordM)
    sim.patch('c5')
    const long = { lengthM: cord.lengthM, maxM: setup.maxCordM }
    sim.expectOutcome({ kind: 'error', error: ERR.longCord, ref: 'long-cord', detail: long })
    const extraM = Math.round((cord.lengthM - rightCord(setup)!.lengthM) * 10) / 10
    expect(sim.measuredNow(STEP.route)).toEqual({ detourMm: 0, extraM })
    const excess = Math.round(excessMm(sim.state.cord!))
    expect(excess).toBe(Math.round(cord.lengthM * 1000 - throughGuidesMm(setup)))
    expect(excess).toBeGreaterThan(setup.slackCapacityMm)
    const slack = { excessMm: excess, capacityMm: setup.slackCapacityMm, reason: 'overflow' }
    sim.storeSlack().expectOutcome({ kind: 'error', error: ERR.slackLoose, ref: 'slack', detail: slack })
    sim.expectOutcome({ kind: 'step', step: STEP.slack, measured: { excessMm: excess } })
    sim.labelBoth().leave().finish()

    const [e06] = expectExplained(sim, ERR.longCord, { detail: long })
    expect(e06!.level).toBe('warning')
    expect(frenchMessage(e06!)).toBe(`Jarretière de ${fr(cord.lengthM)} m : plus de ${fr(setup.maxCordM)} m.`)
    expect(frenchMessage(e06!)).toBe('Jarretière de 5 m : plus de 3,5 m.')
    const [e07] = expectExplained(sim, ERR.slackLoose, { detail: slack })
    expect(frenchMessage(e07!)).toBe(`Surlongueur de ${fr(excess)} mm non rangée dans le lovage.`)
    const report = expectScoreFromComponents(sim)
    // 3.5 m too long is past the parameter's limit: no credit, an error-level finding.
    const spec = paramSpec(sim.procedureData, STEP.route, 'extraM')
    expect(Math.abs(extraM - spec.target)).toBeGreaterThanOrEqual(spec.limit)
    expect(report.findings).toContainEqual(
      expect.objectContaining({ kind: 'parameter', param: 'extraM', value: extraM, level: 'error' }),
    )
    expect(report.components.parameters).toBeCloseTo(
      parametersWithOne(sim.procedureData, STEP.route, 'extraM', extraM),
      12,
    )
    expect(report.components.errors).toBeCloseTo(
      errorsComponent(sim, [{ error: ERR.longCord }, { error: ERR.slackLoose }]),
      12,
    )
  })
})

describe('a detour through the guides (RC-04-05 detourMm)', () => {
  it('one ring too far and back: still in the guides, the detour is two row pitches and costs credit', () => {
    const sim = ready()
    const { route, setup } = sim
    const base = guideRoute(route.op, route.dist)
    const rows = base.slice(1, -1).map((g) => Number(g.replace('ring-', '')))
    const last = rows.at(-1)!
    const further = last + (rows.length > 1 ? Math.sign(last - rows[0]!) : 1)
    const detour = [...base.slice(0, -1), `ring-${further}`, `ring-${last}`, base.at(-1)!]
    const detourMm = Math.round(
      routeOf(route.op, detour, route.dist).lengthMm - routeOf(route.op, base, route.dist).lengthMm,
    )
    expect(detourMm).toBe(2 * DRAWER.rowPitchMm)
    expect(routeOf(route.op, detour, route.dist).inGuides).toBe(true)
    sim.uncap(route.op).uncap(route.dist).take().plug(route.op).routeVia(detour).plug(route.dist)
    expect(sim.errors()).toEqual([])
    expect(sim.measuredNow(STEP.route)).toEqual({ detourMm, extraM: 0 })
    expect(sim.state.cord!.routeMm).toBeCloseTo(throughGuidesMm(setup) + detourMm, 0)
    wrapUp(sim)
    sim.expectNoErrors()
    const report = expectScoreFromComponents(sim)
    expect(report.components.parameters).toBeCloseTo(
      parametersWithOne(sim.procedureData, STEP.route, 'detourMm', detourMm),
      12,
    )
    expect(report.components.parameters).toBeLessThan(1)
    expect(report.success).toBe(true)
  })
})

describe('slack left hanging (PM-E07 not stored)', () => {
  it('finished without storing the excess: PM-E07 with the excess, RC-04-07 missing, no "after" photo possible', () => {
    const sim = ready().patch().labelBoth()
    const excess = Math.round(rightCord(sim.setup)!.lengthM * 1000 - throughGuidesMm(sim.setup))
    expectRefused(sim, (s) => s.photo(), 'photo-job-unfinished')
    closeUp(sim).finish()
    const detail = { excessMm: excess, reason: 'not-stored' }
    sim.expectOutcome({ kind: 'error', error: ERR.slackLoose, ref: 'slack', detail })
    const [finding] = expectExplained(sim, ERR.slackLoose, { detail })
    expect(frenchMessage(finding!)).toBe(`Surlongueur de ${fr(excess)} mm non rangée dans le lovage.`)
    expect(finding!.consequence?.fr).toContain('boucles pendent')
    const report = expectScoreFromComponents(sim)
    expect(missingSteps(report)).toEqual([STEP.slack, STEP.photoAfter].sort())
    expect(report.success).toBe(false)
  })
})

describe('a connector not pushed to the click (PM-E08)', () => {
  it('short of the latch travel: PM-E08 with the push, no RC-04-04; pushed again, recovered', () => {
    const sim = ready()
    const { route, setup } = sim
    const pushMm = setup.latchMm - 2
    sim.uncap(route.op).uncap(route.dist).take().plug(route.op, pushMm)
    const detail = { port: portName(route.op), pushMm }
    sim.expectOutcome({ kind: 'error', error: ERR.notLatched, ref: `latch-${route.op}`, detail })
    expect(sim.steps(STEP.plugOperator)).toEqual([])
    expectRefused(sim, (s) => s.plug(route.op, pushMm), 'plug-not-home')
    sim.plug(route.op).expectOutcome({ kind: 'recovered', error: ERR.notLatched, ref: `latch-${route.op}` })
    sim.expectOutcome({ kind: 'step', step: STEP.plugOperator })
    expectRefused(sim, (s) => s.plug(route.op), 'plug-latched')
    wrapUp(sim.routeGuides().plug(route.dist))
    const [finding] = expectExplained(sim, ERR.notLatched, { recovered: true, detail })
    expect(frenchMessage(finding!)).toBe(
      `Connecteur pas enfoncé jusqu’au clic en ${portName(route.op)} (${fr(pushMm)} mm).`,
    )
    expect(sim.report().success).toBe(true)
  })

  it('exactly the latch travel clicks', () => {
    const sim = ready()
    sim.uncap(sim.route.op).take().plug(sim.route.op, sim.setup.latchMm)
    sim.expectOutcome({ kind: 'step', step: STEP.plugOperator })
    expect(sim.errors()).toEqual([])
  })

  it('the subscriber end left unclicked: RC-04-05 and RC-04-06 never done, the job fails', () => {
    const sim = ready()
    const { route, setup } = sim
    sim.uncap(route.op).uncap(route.dist).take().plug(route.op).routeGuides().plug(route.dist, 1)
    sim.expectOutcome({
      kind: 'error',
      error: ERR.notLatched,
      ref: `latch-${route.dist}`,
      detail: { port: portName(route.dist), pushMm: 1 },
    })
    expect(1).toBeLessThan(setup.latchMm)
    wrapUp(sim)
    expectExplained(sim, ERR.notLatched)
    const report = sim.report()
    expect(missingSteps(report)).toEqual([STEP.route, STEP.plugSubscriber].sort())
    expect(report.success).toBe(false)
  })
})

describe('labels (PM-E09 wrong text, PM-E10 on the boot, distance credit)', () => {
  it('a label with the wrong text: no LB-02 for it, PM-E09 at the end it is put on', () => {
    const sim = ready().patch().storeSlack()
    const expected = sim.setup.workOrder.ptoRef
    const typo = `${expected.slice(0, -1)}${expected.endsWith('X') ? 'Y' : 'X'}`
    sim.print(typo)
    expect(sim.steps(STEP.print)).toEqual([])
    sim.attach('a')
    const detail = { text: typo, expected }
    sim.expectOutcome({ kind: 'error', error: ERR.wrongLabel, ref: 'label-op', detail })
    sim.print().attach('b').leave().finish()
    const [finding] = expectExplained(sim, ERR.wrongLabel, { detail })
    expect(frenchMessage(finding!)).toBe(`Étiquette « ${typo} » au lieu de « ${expected} ».`)
    const report = expectScoreFromComponents(sim)
    expect(report.components.errors).toBeCloseTo(errorsComponent(sim, [{ error: ERR.wrongLabel }]), 12)
    expect(report.success).toBe(report.score >= report.passMark)
  })

  it('the wrong label replaced by a right one on the same end: recovered', () => {
    const sim = ready().patch().storeSlack()
    sim.print('FI-0000-0000').attach('a').print().attach('a')
    sim.expectOutcome({ kind: 'recovered', error: ERR.wrongLabel, ref: 'label-op' })
    sim.print().attach('b').leave().finish()
    expectExplained(sim, ERR.wrongLabel, { recovered: true })
    expect(sim.report().success).toBe(true)
  })

  it('typed in lower case: the printer prints upper case, the label is right', () => {
    const sim = ready().patch().storeSlack()
    sim
      .print(`  ${sim.setup.workOrder.ptoRef.toLowerCase()} `)
      .expectOutcome({ kind: 'step', step: STEP.print })
    sim.attach('a').print().attach('b').leave().finish()
    sim.expectNoErrors()
  })

  it('a label closer than the boot length: PM-E10 and a distance credit from the band', () => {
    const sim = ready().patch().storeSlack()
    const { label } = sim.setup
    const distanceMm = label.bootMm - 15
    sim.print().attach('a', distanceMm)
    sim.expectOutcome({ kind: 'error', error: ERR.labelOnBoot, ref: 'boot-op', detail: { distanceMm } })
    sim.expectOutcome({ kind: 'step', step: STEP.labelOperator, measured: { distanceMm } })
    sim.print().attach('b').leave().finish()
    const [finding] = expectExplained(sim, ERR.labelOnBoot, { detail: { distanceMm } })
    expect(finding!.level).toBe('warning')
    expect(frenchMessage(finding!)).toBe(`Étiquette à ${fr(distanceMm)} mm du connecteur : sur le manchon.`)
    expect(sim.report().components.parameters).toBeCloseTo(
      parametersWithOne(sim.procedureData, STEP.labelOperator, 'distanceMm', distanceMm),
      12,
    )
  })

  it('at exactly the boot length the label is off the boot', () => {
    const sim = ready().patch().storeSlack()
    sim.print().attach('b', sim.setup.label.bootMm)
    expect(sim.errors()).toEqual([])
  })

  it('200 mm from the connector: no error, partial credit on LB-04’s distance', () => {
    const sim = ready().patch().storeSlack()
    sim.print().attach('a').print().attach('b', 200).leave().finish()
    sim.expectNoErrors()
    const spec = paramSpec(sim.procedureData, STEP.labelSubscriber, 'distanceMm')
    const credit = paramCredit(200, spec.target, spec.tol, spec.limit)
    // The band of the exercise (75 ± 25, limit 225): 200 mm is "acceptable", half way to nothing.
    expect(credit).toBeGreaterThan(0)
    expect(credit).toBeLessThan(1)
    const report = sim.report()
    expect(report.components.parameters).toBeCloseTo(
      parametersWithOne(sim.procedureData, STEP.labelSubscriber, 'distanceMm', 200),
      12,
    )
    expect(report.findings).toContainEqual(
      expect.objectContaining({
        kind: 'parameter',
        step: STEP.labelSubscriber,
        param: 'distanceMm',
        value: 200,
        level: 'warning',
      }),
    )
  })
})

describe('missing labels and photos', () => {
  it('no label at all: LB-02, LB-03, LB-04 missing, and the "after" photo cannot be taken', () => {
    const sim = ready().patch().storeSlack()
    expectRefused(sim, (s) => s.photo(), 'photo-job-unfinished')
    closeUp(sim).finish()
    const report = expectScoreFromComponents(sim)
    const missing = [STEP.print, STEP.labelOperator, STEP.labelSubscriber, STEP.photoAfter]
    expect(missingSteps(report)).toEqual([...missing].sort())
    const p = sim.procedureData
    expect(report.components.completion).toBeCloseTo(1 - stepWeight(p, missing) / totalStepWeight(p), 12)
    expect(sim.errors()).toEqual([])
    expect(report.success).toBe(false)
  })

  it('only the operator end labelled: LB-04 missing', () => {
    const sim = ready().patch().storeSlack().print().attach('a')
    closeUp(sim).finish()
    expect(missingSteps(sim.report())).toEqual([STEP.labelSubscriber, STEP.photoAfter].sort())
  })

  it('no photo, before or after: RC-04-02 and RC-04-09 missing', () => {
    const sim = graded().unlock().openDoor().prepare().patch().storeSlack().labelBoth()
    closeUp(sim).finish()
    const report = expectScoreFromComponents(sim)
    expect(missingSteps(report)).toEqual([STEP.photoBefore, STEP.photoAfter].sort())
    expect(sim.errors()).toEqual([])
    expect(report.success).toBe(false)
  })

  it('a "before" photo framing half the work area: coverage 50 %, partial credit', () => {
    const sim = graded().unlock().openDoor().photo(0.5)
    // The frame covers half the area's width and all its height.
    sim.expectOutcome({ kind: 'step', step: STEP.photoBefore, measured: { coveragePct: 50 } })
    wrapUp(sim.prepare().patch())
    sim.expectNoErrors()
    const report = sim.report()
    expect(report.components.parameters).toBeCloseTo(
      parametersWithOne(sim.procedureData, STEP.photoBefore, 'coveragePct', 50),
      12,
    )
    expect(report.components.parameters).toBeLessThan(1)
  })
})

describe('looking into a port (PM-E11)', () => {
  it('an open operator port: critical, once per look; the job fails', () => {
    const sim = ready()
    const { route } = sim
    sim.uncap(route.op).look(route.op)
    const detail = { port: portName(route.op) }
    sim.expectOutcome({ kind: 'error', error: ERR.lookedIntoLaser, detail })
    wrapUp(sim.uncap(route.dist).take().plug(route.op).routeGuides().plug(route.dist))
    const [finding] = expectExplained(sim, ERR.lookedIntoLaser, { detail })
    expect(finding!.level).toBe('critical')
    expect(frenchMessage(finding!)).toBe(`Regard dans le port opérateur ouvert ${portName(route.op)}.`)
    expect(finding!.consequence?.fr).toContain('1490 nm')
    const report = sim.report()
    expect(report.criticalErrors).toBe(1)
    expect(report.success).toBe(false)
  })

  it('looking twice is two breaches', () => {
    const sim = ready()
    sim.uncap(sim.route.op).look(sim.route.op).look(sim.route.op)
    expect(sim.errors(ERR.lookedIntoLaser)).toHaveLength(2)
  })

  it('a capped operator port, an operator port in use, an open subscriber port: harmless', () => {
    const sim = ready()
    const { route, setup } = sim
    const inUse = setup.occupied.find((o) => parsePort(o.op)!.drawer === parsePort(route.op)!.drawer)!.op
    sim.look(route.op).look(inUse).uncap(route.dist).look(route.dist)
    const spare = freeNeighbour(setup, route.dist)
    sim.uncap(spare).look(spare).cap(spare)
    expect(sim.errors()).toEqual([])
    // The subscriber's own cord in its port: the operator end is plugged, nothing shines out.
    sim.uncap(route.op).take().plug(route.op).look(route.op)
    expect(sim.errors()).toEqual([])
  })
})

describe('leaving the cabinet (PM-E12 open, PM-E13 unlocked)', () => {
  const done = () => ready().patch().storeSlack().labelBoth().photo()
  const drawersIn = (sim: PmSim) => {
    for (const drawer of ALL_DRAWERS) if (sim.state.pulled[drawer]) sim.push(drawer)
    return sim
  }

  it('door left open: critical, RC-04-10 and RC-04-11 missing', () => {
    const sim = drawersIn(done()).finish()
    sim.expectOutcome({ kind: 'error', error: ERR.doorOpen, ref: 'door' })
    const [finding] = expectExplained(sim, ERR.doorOpen)
    expect(finding!.level).toBe('critical')
    expect(frenchMessage(finding!)).toBe('Armoire laissée ouverte.')
    const report = sim.report()
    expect(missingSteps(report)).toEqual([STEP.close, STEP.lock].sort())
    expect(report.success).toBe(false)
  })

  it('closed but not locked: critical, RC-04-11 missing', () => {
    const sim = drawersIn(done()).closeDoor().finish()
    sim.expectOutcome({ kind: 'error', error: ERR.doorUnlocked, ref: 'door' })
    expect(sim.errors(ERR.doorOpen)).toEqual([])
    const [finding] = expectExplained(sim, ERR.doorUnlocked)
    expect(finding!.level).toBe('critical')
    expect(frenchMessage(finding!)).toBe('Armoire fermée mais pas verrouillée.')
    const report = sim.report()
    expect(missingSteps(report)).toEqual([STEP.lock])
    expect(report.success).toBe(false)
  })

  it('the door does not close on a pulled drawer', () => {
    const sim = done()
    const out = ALL_DRAWERS.find((d) => sim.state.pulled[d])!
    expectRefused(sim, (s) => s.closeDoor(), 'drawer-out', { drawer: out })
  })
})

describe('an anomaly reported though the port is free (PM-E14)', () => {
  it('a warning; the patch still done passes', () => {
    const sim = ready().reportAnomaly()
    sim.expectOutcome({ kind: 'error', error: ERR.falseReport, ref: 'report' })
    expect(sim.steps(STEP.report)).toEqual([])
    wrapUp(sim.patch())
    const [finding] = expectExplained(sim, ERR.falseReport)
    expect(finding!.level).toBe('warning')
    expect(frenchMessage(finding!)).toBe('Anomalie signalée alors que le port de l’OT est libre.')
    const report = expectScoreFromComponents(sim)
    expect(report.components.errors).toBeCloseTo(errorsComponent(sim, [{ error: ERR.falseReport }]), 12)
    expect(report.success).toBe(true)
  })
})

describe('a cord left plugged at one end (PM-E15)', () => {
  it('the operator end in, the other end hanging at finish', () => {
    const sim = ready()
    const { route } = sim
    sim.uncap(route.op).take().plug(route.op)
    closeUp(sim).finish()
    const detail = { port: portName(route.op) }
    sim.expectOutcome({ kind: 'error', error: ERR.dangling, ref: 'dangling', detail })
    const [finding] = expectExplained(sim, ERR.dangling, { detail })
    expect(frenchMessage(finding!)).toBe(
      `Jarretière laissée branchée d’un seul côté (${portName(route.op)}).`,
    )
    // The plugged port is not open, and no other fault is raised.
    expect(sim.errors().map((e) => e.error)).toEqual([ERR.dangling])
    expect(sim.report().success).toBe(false)
  })
})

describe('a port left without its dust cap (PM-E16)', () => {
  it('a spare port opened and left open: PM-E16 names it', () => {
    const sim = ready()
    const spare = freeNeighbour(sim.setup, sim.route.dist)
    wrapUp(sim.uncap(spare).patch())
    const detail = { ports: portName(spare) }
    sim.expectOutcome({ kind: 'error', error: ERR.capOff, ref: 'caps', detail })
    const [finding] = expectExplained(sim, ERR.capOff, { detail })
    expect(finding!.level).toBe('warning')
    expect(frenchMessage(finding!)).toBe(`Ports laissés sans bouchon : ${portName(spare)}.`)
    expect(sim.report().success).toBe(true)
  })

  it('two left open: one finding listing both', () => {
    const sim = ready()
    const spare = freeNeighbour(sim.setup, sim.route.dist)
    const other = sameSpotOtherDrawer(sim.setup, sim.route.op)
    wrapUp(sim.pullFor(other).uncap(spare).uncap(other).patch())
    const listed = sim.errors(ERR.capOff)[0]?.detail?.ports
    expect(String(listed).split(', ').sort()).toEqual([portName(spare), portName(other)].sort())
    expectExplained(sim, ERR.capOff)
  })

  it('re-capped before leaving: no PM-E16, the job is clean', () => {
    const sim = ready()
    const spare = freeNeighbour(sim.setup, sim.route.dist)
    wrapUp(sim.uncap(spare).cap(spare).patch())
    sim.expectNoErrors()
    const report = sim.report()
    expect(report.success).toBe(true)
    expect(report.components.errors).toBe(1)
  })
})

describe('the trap: the OT’s subscriber port already serves someone', () => {
  const trapReady = () => {
    const sim = graded(TRAP)
    const { route } = sim
    sim.arrive().pullFor(route.dist).look(route.dist)
    return sim
  }
  const occupantOf = (sim: PmSim) => {
    const index = sim.setup.occupied.findIndex((o) => o.dist === sim.route.dist)
    return { index, cord: sim.setup.occupied[index]! }
  }

  it('the exercise is a trap: its OT’s subscriber port is in use', () => {
    const sim = graded(TRAP)
    expect(occupantOf(sim).index).toBeGreaterThanOrEqual(0)
  })

  it('unplugging the occupant: PM-E03 critical, the job fails', () => {
    const sim = trapReady()
    const { index, cord } = occupantOf(sim)
    sim.unplug(sim.route.dist)
    const detail = { port: portName(sim.route.dist), ptoRef: cord.ptoRef }
    sim.expectOutcome({ kind: 'error', error: ERR.overwrite, ref: `overwrite-${index}`, detail })
    closeUp(sim).finish()
    const [finding] = expectExplained(sim, ERR.overwrite, { detail })
    expect(finding!.level).toBe('critical')
    const report = sim.report()
    expect(report.criticalErrors).toBe(1)
    expect(missingSteps(report)).toEqual([STEP.report, STEP.photoAfter].sort())
    expect(report.success).toBe(false)
  })

  it('unplugging the occupant to patch the OT’s port: PM-E03, and the attempt is still scored', () => {
    const sim = trapReady()
    const { route } = sim
    sim.unplug(route.dist).pullFor(route.op).uncap(route.op).uncap(route.dist).take().plug(route.op)
    sim.routeGuides().plug(route.dist)
    expect(sim.state.cord!.ends).toEqual({ a: route.op, b: route.dist })
    wrapUp(sim)
    expect(sim.errors(ERR.overwrite)).toHaveLength(1)
    // The report of an attempt must be computable whatever the trainee did (score.ts throws only on
    // programming errors).
    const report = sim.report()
    expect(report.criticalErrors).toBe(1)
    expect(report.success).toBe(false)
  })

  it('patching the free neighbour port instead: PM-E01 (off by one), then PM-E02 at finish', () => {
    const sim = trapReady()
    const { route } = sim
    const near = freeNeighbour(sim.setup, route.dist)
    sim.pullFor(route.op).uncap(route.op).uncap(near).take().plug(route.op).routeGuides(route.op, near)
    sim.plug(near)
    const detail = { port: portName(near), expected: portName(route.dist), offByOne: 1, end: 'b' }
    sim.expectOutcome({ kind: 'error', error: ERR.wrongPort, ref: 'port-dist', detail })
    wrapUp(sim)
    sim.expectOutcome({
      kind: 'error',
      error: ERR.wrongCustomer,
      ref: 'customer-b',
      detail: { port: portName(near) },
    })
    expect(sim.errors().map((e) => e.error)).toEqual([ERR.wrongPort, ERR.wrongCustomer])
    expectExplained(sim, ERR.wrongPort, { detail })
    expectExplained(sim, ERR.wrongCustomer, { detail: { port: portName(near) } })
    const report = sim.report()
    expect(missingSteps(report)).toEqual([STEP.report])
    expect(report.criticalErrors).toBe(1)
    expect(report.success).toBe(false)
  })
})

describe('the catalogue these tests rely on', () => {
  it('every PM error id is in the procedures with a French and an English message', () => {
    const sim = graded()
    for (const error of Object.values(ERR)) {
      const def = defOf(sim, error)
      expect(def.message.fr).toBeTruthy()
      expect(def.message.en).toBeTruthy()
      expect(def.consequence?.fr).toBeTruthy()
    }
    // The breaches that fail a job whatever the score.
    const critical = Object.values(ERR).filter((e) => defOf(sim, e).level === 'critical')
    expect(critical.sort()).toEqual(
      [ERR.wrongCustomer, ERR.overwrite, ERR.lookedIntoLaser, ERR.doorOpen, ERR.doorUnlocked].sort(),
    )
  })
})
