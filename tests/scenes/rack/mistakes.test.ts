import { describe, expect, it } from 'vitest'
import { paramCredit } from '../../../src/engine/score.ts'
import type { Exercise } from '../../../src/engine/schema.ts'
import { ERR, STEP, cableStep, deviceStep, expectedLabel, rackModel } from '../../../scenes/rack/index.ts'
import type { RackSetup } from '../../../scenes/rack/index.ts'
import { U_MM, holeOffsetMm, parseHole } from '../../../scenes/rack/layout.ts'
import { holeName, portIdentifier } from '../../../scenes/rack/rules.ts'
import { expectRefused } from '../sceneModelChecks.ts'
import {
  defOf,
  errorsComponent,
  expectExplained,
  expectRefusalSaid,
  expectScoreFromComponents,
  fr,
  frenchMessage,
  missingSteps,
  pairCount,
  paramSpec,
  parametersWithOne,
} from './findings.ts'
import { RackSim, exerciseById, procedureFor, rackSim } from './sim.ts'

const GUIDED = 'rack.guided'
const HEAVY_TOP = 'rack.heavy-top'
const EVALUATION = 'rack.evaluation'

const SRV = 'SRV-WEB-01'
const SW = 'SW-C03-01'

/** Graded, whatever the exercise's own mode (guided mode is not graded). */
const graded = (id = GUIDED) => rackSim(id, { mode: 'evaluation' })
/** Feet, stabiliser, strap (and the flag when the plan is unsafe). */
const ready = (id = GUIDED) => graded(id).prepare()
/** Every device in, screwed. */
const mounted = (id = GUIDED) => ready(id).mountAll()
/** The textbook rest of the job once the devices are in, and finish. */
const wrapUp = (sim: RackSim) => sim.blankZone().powerAll().patchAll().dress().labelAll().record().finish()
/** The server lifted with a colleague onto its rails (nuts and rails as planned), not yet slid in. */
const serverHeld = (sim: RackSim) =>
  sim.nutsFor('srv').railsFor('srv').callColleague().checkAirflow('srv').lift('srv')

/** The TIA-606 identifier of a port in the sim's rack. */
const id = (sim: RackSim, port: string) => portIdentifier(sim.state, port)

describe('equipment slid in without the anti-tip (RK-E01)', () => {
  it.each([
    ['feet up, no stabiliser', (s: RackSim) => s, { feet: 0, stabiliser: 0 }],
    ['feet down, no stabiliser', (s: RackSim) => s.lowerFeet(), { feet: 1, stabiliser: 0 }],
    ['stabiliser, feet up', (s: RackSim) => s.fitStabiliser(), { feet: 0, stabiliser: 1 }],
  ] as const)(
    '%s: critical when the server goes in; made safe afterwards it still fails',
    (_, start, detail) => {
      const sim = start(graded()).clipStrap()
      serverHeld(sim).slideIn('srv')
      sim.expectOutcome({ kind: 'error', error: ERR.noAntiTip, ref: 'anti-tip', detail })
      if (!sim.state.feetLowered) sim.lowerFeet()
      if (!sim.state.stabiliser) sim.fitStabiliser()
      sim.expectOutcome({ kind: 'recovered', error: ERR.noAntiTip, ref: 'anti-tip' })
      sim.expectOutcome({ kind: 'step', step: STEP.antiTip })
      wrapUp(sim.screw('srv', 'left').screw('srv', 'right'))
      expect(sim.errors().map((e) => e.error)).toEqual([ERR.noAntiTip])
      const [finding] = expectExplained(sim, ERR.noAntiTip, { recovered: true, detail })
      expect(finding!.level).toBe('critical')
      expect(frenchMessage(finding!)).toBe(
        'Équipement glissé dans la baie sans pieds descendus et stabilisateur posé.',
      )
      expect(finding!.consequence?.fr).toContain('500 kg sur le technicien')
      // A critical error costs the same recovered or not, and fails the job however good the score.
      const def = defOf(sim, ERR.noAntiTip)
      expect(def.recoveredPenalty).toBe(def.penalty)
      const report = expectScoreFromComponents(sim)
      expect(report.components.completion).toBe(1)
      // DC-00 came after the cage nuts: one broken pair.
      expect(report.findings).toContainEqual(
        expect.objectContaining({ kind: 'order', step: deviceStep('DC-03', 'srv'), before: STEP.antiTip }),
      )
      expect(report.components.errors).toBeCloseTo(
        errorsComponent(sim, [{ error: ERR.noAntiTip, recovered: true }]),
        12,
      )
      expect(report.criticalErrors).toBe(1)
      expect(report.success).toBe(false)
    },
  )

  it('one breach for the whole rack: the switch slid in after the server adds none', () => {
    const sim = graded(EVALUATION).clipStrap()
    serverHeld(sim).slideIn('srv').screw('srv', 'left').screw('srv', 'right')
    sim.nutsFor('sw').lift('sw').place('sw', 38)
    expect(sim.errors(ERR.noAntiTip)).toHaveLength(1)
  })

  it('nothing raised while nothing goes into the rack: nuts and rails on a free-standing rack are no breach', () => {
    const sim = graded().clipStrap().nutsFor('srv').railsFor('srv')
    expect(sim.errors()).toEqual([])
  })
})

describe('lifting alone over the limit (RK-E02)', () => {
  it('the 25 kg server alone: critical with its mass and the limit; the job fails whatever the score', () => {
    const sim = ready().nutsFor('srv').railsFor('srv').checkAirflow('srv').lift('srv')
    const detail = { massKg: 25, maxKg: 18 }
    sim.expectOutcome({ kind: 'error', error: ERR.liftAlone, ref: 'lift-srv', detail })
    sim.expectOutcome({ kind: 'step', step: deviceStep('DC-05', 'srv') })
    wrapUp(sim.slideIn('srv').screw('srv', 'left').screw('srv', 'right'))
    const [finding] = expectExplained(sim, ERR.liftAlone, { detail })
    expect(finding!.level).toBe('critical')
    expect(frenchMessage(finding!)).toBe('Équipement de 25 kg soulevé seul (plus de 18 kg).')
    expect(finding!.consequence?.fr).toContain('IEC 61010')
    const report = expectScoreFromComponents(sim)
    // One fewer gesture than the textbook (no radio call), every step done: the score alone passes.
    expect(report.components.completion).toBe(1)
    expect(report.score).toBeGreaterThanOrEqual(report.passMark)
    expect(report.criticalErrors).toBe(1)
    expect(report.success).toBe(false)
  })

  it('put down and lifted again with the colleague: still one breach, still a fail', () => {
    const sim = ready().nutsFor('srv').railsFor('srv').lift('srv').putDown('srv')
    sim.expectOutcome({ kind: 'undo', step: deviceStep('DC-05', 'srv') })
    sim.callColleague().lift('srv')
    expect(sim.lastOutcomes.filter((o) => o.kind === 'error')).toEqual([])
    expect(sim.errors(ERR.liftAlone)).toHaveLength(1)
  })

  it('the 3.5 kg switch lifted alone is fine', () => {
    const sim = ready(EVALUATION).nutsFor('sw').lift('sw')
    expect(sim.state.colleague).toBe(false)
    sim.expectOutcome({ kind: 'step', step: deviceStep('DC-05', 'sw') })
    expect(sim.errors()).toEqual([])
  })

  it.each([
    [18, false],
    [18.5, true],
  ])('a %s kg server lifted alone, the limit at 18 kg: RK-E02 raised = %s', (massKg, twoPeople) => {
    const exercise = structuredClone(exerciseById(GUIDED)) as Exercise
    ;(exercise.setup as RackSetup).devices[0]!.massKg = massKg
    const sim = new RackSim(rackModel, exercise, procedureFor(exercise), { seed: 1, mode: 'evaluation' })
    sim.prepare().nutsFor('srv').railsFor('srv').lift('srv')
    expect(sim.errors(ERR.liftAlone)).toHaveLength(twoPeople ? 1 : 0)
  })
})

describe('handling equipment without the ESD strap (RK-E03)', () => {
  it('the server lifted with no strap: an error, not put right by clipping the strap afterwards', () => {
    const sim = graded().lowerFeet().fitStabiliser().nutsFor('srv').railsFor('srv').callColleague()
    sim.checkAirflow('srv').lift('srv').expectOutcome({ kind: 'error', error: ERR.noEsd, ref: 'esd' })
    sim.clipStrap().slideIn('srv').screw('srv', 'left').screw('srv', 'right')
    wrapUp(sim)
    expect(sim.outcomes.filter((o) => o.kind === 'recovered')).toEqual([])
    const [finding] = expectExplained(sim, ERR.noEsd)
    expect(finding!.level).toBe('error')
    expect(frenchMessage(finding!)).toBe('Équipement manipulé sans bracelet antistatique.')
    expect(finding!.consequence?.fr).toContain('des semaines plus tard')
    const report = expectScoreFromComponents(sim)
    // The strap came after the lift: DC-02 → DC-05 broken.
    expect(report.findings).toContainEqual(
      expect.objectContaining({ kind: 'order', step: deviceStep('DC-05', 'srv'), before: STEP.esd }),
    )
    expect(report.components.errors).toBeCloseTo(errorsComponent(sim, [{ error: ERR.noEsd }]), 12)
    expect(report.success).toBe(report.score >= report.passMark)
  })

  it('the strap unclipped before lifting counts as no strap', () => {
    const sim = ready().unclipStrap().nutsFor('srv').railsFor('srv').callColleague().lift('srv')
    sim.expectOutcome({ kind: 'error', error: ERR.noEsd, ref: 'esd' })
  })

  it('with the strap on, lifting raises nothing', () => {
    const sim = ready().nutsFor('srv').railsFor('srv').callColleague().lift('srv')
    expect(sim.errors()).toEqual([])
  })
})

describe('a cage nut in the wrong hole (RK-E04)', () => {
  // Needed for the server at U3 (2U): U3 bottom hole and U4 top hole, on both front posts.
  it.each([
    ['the middle hole of the planned U', 'fl:3.2', 'fl:3.1', 15.875, 1],
    ['the top hole of the U below', 'fl:2.3', 'fl:3.1', -12.7, 1],
    ['the middle hole for the top one', 'fr:4.2', 'fr:4.3', -15.875, 1],
    ['the bottom hole of the U above', 'fr:5.1', 'fr:4.3', 12.7, 1],
    ['a whole U low', 'fl:2.1', 'fl:3.1', -U_MM, 1],
    ['two holes off', 'fl:4.1', 'fl:4.3', -31.75, 0],
  ] as const)('%s (%s): the hole, the one meant and the offset', (_, hole, meant, offsetMm, offByOne) => {
    const sim = ready().nut(hole)
    // The offset is the EIA-310 geometry's (15.875 / 15.875 / 12.7 mm), not a rounding of it.
    expect(holeOffsetMm(parseHole(hole)!, parseHole(meant)!)).toBeCloseTo(offsetMm, 9)
    const detail = { hole: holeName(hole), expected: holeName(meant), offsetMm, offByOne }
    sim.expectOutcome({ kind: 'error', error: ERR.wrongHole, ref: `hole-${hole}`, detail })
    expect(sim.errors(ERR.frontNut)).toEqual([])
    sim.finish()
    const [finding] = expectExplained(sim, ERR.wrongHole, { detail })
    expect(frenchMessage(finding!)).toBe(
      `Trou ${holeName(hole)} au lieu de ${holeName(meant)} (${fr(offsetMm)} mm).`,
    )
    expect(finding!.consequence?.fr).toContain('Un trou ou un U de décalage')
  })

  it('a nut on a rear post, where no ear screws: a wrong hole with nothing to compare it to', () => {
    const sim = ready().nut('rl:3.1')
    const detail = { hole: 'U3.1 RL', expected: '—', offsetMm: 0, offByOne: 0 }
    sim.expectOutcome({ kind: 'error', error: ERR.wrongHole, ref: 'hole-rl:3.1', detail })
    expect(frenchMessage(expectExplained(sim.finish(), ERR.wrongHole, { detail })[0]!)).not.toMatch(/\{\{/)
  })

  it('taken out and put in the planned hole: recovered, the job passes', () => {
    const sim = ready().nut('fl:3.2').removeNut('fl:3.2')
    sim.expectOutcome({ kind: 'recovered', error: ERR.wrongHole, ref: 'hole-fl:3.2' })
    wrapUp(sim.mountAll())
    expectExplained(sim, ERR.wrongHole, {
      recovered: true,
      detail: { hole: 'U3.2 FL', expected: 'U3.1 FL', offsetMm: 15.875, offByOne: 1 },
    })
    const report = expectScoreFromComponents(sim)
    expect(report.components.errors).toBeCloseTo(
      errorsComponent(sim, [{ error: ERR.wrongHole, recovered: true }]),
      12,
    )
    expect(report.success).toBe(true)
  })

  it('a nut in the hole a rail pin needs keeps the rail out', () => {
    const sim = ready().nut('fl:3.2').nutsFor('srv')
    expectRefused(sim, (s) => s.rail('left', '3.2'), 'hole-taken')
  })

  it('left in, beside the right ones: charged in full, the job still passes', () => {
    const sim = ready().nut('fl:2.3')
    wrapUp(sim.mountAll())
    expectExplained(sim, ERR.wrongHole)
    const report = expectScoreFromComponents(sim)
    expect(report.components.errors).toBeCloseTo(errorsComponent(sim, [{ error: ERR.wrongHole }]), 12)
    expect(report.components.completion).toBe(1)
    expect(report.success).toBe(true)
  })
})

describe('a cage nut from the front (RK-E05)', () => {
  it('named by its hole; DC-03 stays undone while it is there', () => {
    const sim = ready().nut('fl:3.1', 'front')
    sim.expectOutcome({
      kind: 'error',
      error: ERR.frontNut,
      ref: 'front-fl:3.1',
      detail: { hole: 'U3.1 FL' },
    })
    expect(sim.errors(ERR.wrongHole)).toEqual([])
    sim.nut('fl:4.3').nut('fr:3.1').nut('fr:4.3')
    expect(sim.steps(deviceStep('DC-03', 'srv'))).toEqual([])
  })

  it('taken out and put in from the inside: recovered, DC-03 done', () => {
    const sim = ready().nut('fl:3.1', 'front').nut('fl:4.3').nut('fr:3.1').nut('fr:4.3')
    sim.removeNut('fl:3.1').expectOutcome({ kind: 'recovered', error: ERR.frontNut, ref: 'front-fl:3.1' })
    sim.nut('fl:3.1').expectOutcome({ kind: 'step', step: deviceStep('DC-03', 'srv') })
    sim.railsFor('srv').callColleague().checkAirflow('srv').lift('srv').slideIn('srv')
    wrapUp(sim.screw('srv', 'left').screw('srv', 'right'))
    const [finding] = expectExplained(sim, ERR.frontNut, { recovered: true, detail: { hole: 'U3.1 FL' } })
    expect(frenchMessage(finding!)).toBe('Écrou cage posé par l’avant en U3.1 FL.')
    expect(finding!.consequence?.fr).toContain('peut tomber')
    expect(expectScoreFromComponents(sim).success).toBe(true)
  })

  it('left there: the ear still screws into it, but DC-03 is missing and the job fails', () => {
    const sim = ready().nut('fl:3.1', 'front').nut('fl:4.3').nut('fr:3.1').nut('fr:4.3')
    sim.railsFor('srv').callColleague().checkAirflow('srv').lift('srv').slideIn('srv')
    wrapUp(sim.screw('srv', 'left').screw('srv', 'right'))
    expectExplained(sim, ERR.frontNut, { detail: { hole: 'U3.1 FL' } })
    const report = expectScoreFromComponents(sim)
    expect(missingSteps(report)).toEqual([deviceStep('DC-03', 'srv')])
    expect(report.success).toBe(false)
  })
})

describe('slide rails not level (RK-E06) and rails in the wrong hole (RK-E04)', () => {
  it('right rail one hole higher: not level, that rail one hole off; the server is refused', () => {
    const sim = ready().nutsFor('srv').rail('left', '3.2').rail('right', '3.3')
    sim.expectOutcome({ kind: 'error', error: ERR.notLevel, ref: 'level', detail: { levelMm: 15.875 } })
    const railDetail = { hole: 'U3.3 FR', expected: 'U3.2 FR', offsetMm: 15.875, offByOne: 1 }
    sim.expectOutcome({ kind: 'error', error: ERR.wrongHole, ref: 'rail-right', detail: railDetail })
    expect(sim.steps(deviceStep('DC-04', 'srv'))).toEqual([])
    sim.callColleague().checkAirflow('srv').lift('srv')
    expectRefused(sim, (s) => s.slideIn('srv'), 'rails-not-level')
    // Put right: the right rail off and back at the plan's hole.
    sim.putDown('srv').removeRail('right')
    sim.expectOutcome({ kind: 'recovered', error: ERR.wrongHole, ref: 'rail-right' })
    sim.expectOutcome({ kind: 'recovered', error: ERR.notLevel, ref: 'level' })
    sim
      .rail('right', '3.2')
      .expectOutcome({ kind: 'step', step: deviceStep('DC-04', 'srv'), measured: { offsetMm: 0 } })
    sim.lift('srv').slideIn('srv').screw('srv', 'left').screw('srv', 'right')
    wrapUp(sim)
    const [level] = expectExplained(sim, ERR.notLevel, { recovered: true, detail: { levelMm: 15.875 } })
    expect(frenchMessage(level!)).toBe(`Rails pas au même trou à gauche et à droite (${fr(15.875)} mm).`)
    expect(level!.consequence?.fr).toContain('coince')
    const [hole] = expectExplained(sim, ERR.wrongHole, { recovered: true, detail: railDetail })
    expect(frenchMessage(hole!)).toBe(`Trou U3.3 FR au lieu de U3.2 FR (${fr(15.875)} mm).`)
    const report = expectScoreFromComponents(sim)
    expect(report.components.errors).toBeCloseTo(
      errorsComponent(sim, [
        { error: ERR.notLevel, recovered: true },
        { error: ERR.wrongHole, recovered: true },
      ]),
      12,
    )
    expect(report.components.parameters).toBe(1)
    expect(report.success).toBe(true)
  })

  it('a whole U apart (left at U3, right at U4): 44.45 mm out of level', () => {
    const sim = ready().nutsFor('srv').rail('left', '3.2').rail('right', '4.2')
    sim.expectOutcome({ kind: 'error', error: ERR.notLevel, ref: 'level', detail: { levelMm: U_MM } })
    sim.expectOutcome({
      kind: 'error',
      error: ERR.wrongHole,
      ref: 'rail-right',
      detail: { hole: 'U4.2 FR', expected: 'U3.2 FR', offsetMm: U_MM, offByOne: 1 },
    })
  })
})

describe('equipment at the wrong U (RK-E07)', () => {
  it('both rails one U up: two wrong holes, DC-04 graded 44.45 mm off, the server a U high, its ears miss the nuts', () => {
    const sim = ready().nutsFor('srv').railsAt('4.2')
    for (const [side, post] of [
      ['left', 'FL'],
      ['right', 'FR'],
    ] as const)
      expect(sim.errors(ERR.wrongHole)).toContainEqual(
        expect.objectContaining({
          ref: `rail-${side}`,
          detail: { hole: `U4.2 ${post}`, expected: `U3.2 ${post}`, offsetMm: U_MM, offByOne: 1 },
        }),
      )
    // Level, so DC-04 is done, with the offset from the plan's hole measured.
    sim.expectOutcome({ kind: 'step', step: deviceStep('DC-04', 'srv'), measured: { offsetMm: U_MM } })
    sim.callColleague().checkAirflow('srv').lift('srv').slideIn('srv')
    const detail = { device: SRV, u: 4, expected: 3, offsetMm: U_MM, offByOne: 1 }
    sim.expectOutcome({ kind: 'error', error: ERR.wrongU, ref: 'u-srv', detail })
    expectRefused(sim, (s) => s.screw('srv', 'left'), 'no-cage-nut', { hole: 'U4.1 FL' })
    expect(expectRefusalSaid(sim)).toBe('Pas d’écrou cage en face de la vis (U4.1 FL).')
    sim.finish()
    const [finding] = expectExplained(sim, ERR.wrongU, { detail })
    expect(frenchMessage(finding!)).toBe(`${SRV} monté en U4 au lieu de U3.`)
    expect(finding!.consequence?.fr).toContain('plan d’implantation est faux')
    expectExplained(sim, ERR.wrongHole, { count: 2 })
    const report = sim.report()
    // 44.45 mm is the parameter's limit: no credit for DC-04's offset.
    const spec = paramSpec(sim.procedureData, deviceStep('DC-04', 'srv'), 'offsetMm')
    expect(paramCredit(U_MM, spec.target, spec.tol, spec.limit)).toBe(0)
    expect(report.findings).toContainEqual(
      expect.objectContaining({ kind: 'parameter', param: 'offsetMm', value: U_MM, level: 'error' }),
    )
    expect(report.success).toBe(false)
  })

  it('slid out, rails moved down a U, slid in again: the three errors recovered, DC-04 re-measured at 0', () => {
    const sim = ready()
      .nutsFor('srv')
      .railsAt('4.2')
      .callColleague()
      .checkAirflow('srv')
      .lift('srv')
      .slideIn('srv')
    sim.slideOut('srv').expectOutcome({ kind: 'recovered', error: ERR.wrongU, ref: 'u-srv' })
    sim.putDown('srv').removeRail('left').removeRail('right').railsFor('srv')
    sim.expectOutcome({ kind: 'step', step: deviceStep('DC-04', 'srv'), measured: { offsetMm: 0 } })
    sim.lift('srv').slideIn('srv').screw('srv', 'left').screw('srv', 'right')
    wrapUp(sim)
    expectExplained(sim, ERR.wrongU, { recovered: true })
    expectExplained(sim, ERR.wrongHole, { recovered: true, count: 2 })
    const report = expectScoreFromComponents(sim)
    // The last measure counts: the rails ended at the plan's hole.
    expect(report.components.parameters).toBe(1)
    expect(report.components.completion).toBe(1)
    expect(report.success).toBe(true)
  })

  it.each([
    [37, -44.45, 1],
    [39, 44.45, 1],
    [35, -133.35, 0],
  ])(
    'the switch offered at U%s instead of U38: offset %s mm, offByOne %s; its ears cannot be screwed',
    (u, offsetMm, offByOne) => {
      const sim = ready(EVALUATION).mount('srv').nutsFor('sw').checkAirflow('sw').lift('sw').place('sw', u)
      expect(offsetMm).toBeCloseTo((u - 38) * U_MM, 9)
      const detail = { device: SW, u, expected: 38, offsetMm, offByOne }
      sim.expectOutcome({ kind: 'error', error: ERR.wrongU, ref: 'u-sw', detail })
      expectRefused(sim, (s) => s.screw('sw', 'left'), 'no-cage-nut', { hole: `U${u}.1 FL` })
      // Slid out and offered at the plan's U: recovered.
      sim.slideOut('sw').expectOutcome({ kind: 'recovered', error: ERR.wrongU, ref: 'u-sw' })
      sim.place('sw', 38).screw('sw', 'left').screw('sw', 'right')
      wrapUp(sim)
      const [finding] = expectExplained(sim, ERR.wrongU, { recovered: true, detail })
      expect(frenchMessage(finding!)).toBe(`${SW} monté en U${u} au lieu de U38.`)
      expect(expectScoreFromComponents(sim).success).toBe(true)
    },
  )

  it('the switch left a U low: not screwed either, DC-07 missing, the job fails', () => {
    const sim = ready(EVALUATION).mount('srv').nutsFor('sw').checkAirflow('sw').lift('sw').place('sw', 37)
    sim.blankZone().powerAll().patchAll().dress().labelAll().record().finish()
    expectExplained(sim, ERR.wrongU)
    expectExplained(sim, ERR.notSecured, { detail: { device: SW } })
    const report = sim.report()
    expect(missingSteps(report)).toContain(deviceStep('DC-07', 'sw'))
    expect(report.success).toBe(false)
  })
})

describe('heavy equipment high in the rack (RK-E08)', () => {
  it('the plan followed at U38 without flagging it: critical, DC-01 missing, the job fails', () => {
    const sim = graded(HEAVY_TOP).lowerFeet().fitStabiliser().clipStrap()
    expect(sim.state.planFlagged).toBe(false)
    // The plan as it stands: nuts at U38/U39, rails at U38.
    expect(sim.setup.devices[0]!.plannedU).toBe(38)
    sim.nutsFor('srv').railsFor('srv').callColleague().checkAirflow('srv').lift('srv').slideIn('srv')
    const detail = { device: SRV, u: 38, massKg: 25 }
    sim.expectOutcome({ kind: 'error', error: ERR.heavyHigh, ref: 'high-srv', detail })
    // Where the plan said: not a wrong U.
    expect(sim.errors(ERR.wrongU)).toEqual([])
    wrapUp(sim.screw('srv', 'left').screw('srv', 'right'))
    expect(sim.errors().map((e) => e.error)).toEqual([ERR.heavyHigh])
    const [finding] = expectExplained(sim, ERR.heavyHigh, { detail })
    expect(finding!.level).toBe('critical')
    expect(frenchMessage(finding!)).toBe(`${SRV} (25 kg) monté en haut de baie, en U38.`)
    expect(finding!.consequence?.fr).toContain('on remplit par le bas')
    const report = expectScoreFromComponents(sim)
    expect(missingSteps(report)).toEqual([STEP.plan])
    expect(report.criticalErrors).toBe(1)
    expect(report.success).toBe(false)
  })

  it('flagged, then mounted at U38 all the same: heavy high and at the wrong U', () => {
    const sim = graded(HEAVY_TOP).lowerFeet().fitStabiliser().flagPlan()
    sim.expectOutcome({ kind: 'step', step: STEP.plan })
    sim.clipStrap()
    sim.nut('fl:38.1').nut('fl:39.3').nut('fr:38.1').nut('fr:39.3').railsAt('38.2')
    sim.callColleague().lift('srv').slideIn('srv')
    sim.expectOutcome({ kind: 'error', error: ERR.heavyHigh, detail: { device: SRV, u: 38, massKg: 25 } })
    sim.expectOutcome({
      kind: 'error',
      error: ERR.wrongU,
      detail: { device: SRV, u: 38, expected: 3, offsetMm: 1555.75, offByOne: 0 },
    })
  })

  it('slid back out: recovered, yet a critical error still fails the job', () => {
    const sim = graded(HEAVY_TOP).lowerFeet().fitStabiliser().clipStrap()
    sim.nutsFor('srv').railsFor('srv').callColleague().lift('srv').slideIn('srv').slideOut('srv')
    sim.expectOutcome({ kind: 'recovered', error: ERR.heavyHigh, ref: 'high-srv' })
    sim.finish()
    expectExplained(sim, ERR.heavyHigh, { recovered: true, detail: { device: SRV, u: 38, massKg: 25 } })
    expect(sim.report().success).toBe(false)
  })
})

describe('both power supplies on one PDU (RK-E09)', () => {
  it.each(['A', 'B'] as const)(
    'both on PDU %s: critical, the lost feed as a consequence, DC-09 not done',
    (pdu) => {
      const sim = mounted().power('srv:psu1', `${pdu}:03`).power('srv:psu2', `${pdu}:04`)
      const detail = { device: SRV, pdu }
      sim.expectOutcome({ kind: 'error', error: ERR.samePdu, ref: 'feed-srv', detail })
      sim.expectOutcome({ kind: 'consequence', key: 'feed-lost-srv', value: 100, unit: '%' })
      expect(sim.steps(STEP.power)).toEqual([])
      sim.blankZone().patchAll().dress().labelAll().record().finish()
      const [finding] = expectExplained(sim, ERR.samePdu, { detail })
      expect(finding!.level).toBe('critical')
      expect(frenchMessage(finding!)).toBe(`Les deux alimentations de ${SRV} sur le PDU ${pdu}.`)
      expect(finding!.consequence?.fr).toContain('le serveur s’éteint')
      const report = expectScoreFromComponents(sim)
      expect(missingSteps(report)).toEqual([STEP.power])
      expect(report.criticalErrors).toBe(1)
      expect(report.success).toBe(false)
    },
  )

  it('PSU2 unplugged and re-plugged on B: recovered (at a critical’s recovered penalty, the full one), DC-09 done, still a fail', () => {
    const sim = mounted().power('srv:psu1', 'A:03').power('srv:psu2', 'A:04')
    sim.unpower('srv:psu2').expectOutcome({ kind: 'recovered', error: ERR.samePdu, ref: 'feed-srv' })
    sim.power('srv:psu2', 'B:04').expectOutcome({ kind: 'step', step: STEP.power })
    expect(sim.lastOutcomes.filter((o) => o.kind === 'error')).toEqual([])
    sim.blankZone().patchAll().dress().labelAll().record().finish()
    const detail = { device: SRV, pdu: 'A' }
    const [finding] = expectExplained(sim, ERR.samePdu, { recovered: true, detail })
    const def = defOf(sim, ERR.samePdu)
    expect(def.recoveredPenalty).toBe(def.penalty)
    expect(finding!.pointsLost).toBeCloseTo(100 * sim.procedureData.weights.errors * def.penalty, 9)
    const report = expectScoreFromComponents(sim)
    expect(report.components.completion).toBe(1)
    expect(report.score).toBeGreaterThanOrEqual(report.passMark)
    expect(report.criticalErrors).toBe(1)
    expect(report.success).toBe(false)
  })

  it('one supply only: no error, DC-09 not done', () => {
    const sim = mounted().power('srv:psu1', 'A:03')
    expect(sim.errors()).toEqual([])
    expect(sim.steps(STEP.power)).toEqual([])
  })
})

describe('empty U left without a blanking panel (RK-E10)', () => {
  it('none fitted: the count and the units, DC-07-BL missing', () => {
    const sim = mounted().powerAll().patchAll().dress().labelAll().record().finish()
    const detail = { count: 2, units: 'U5, U6' }
    sim.expectOutcome({ kind: 'error', error: ERR.missingBlank, ref: 'blanks', detail })
    const [finding] = expectExplained(sim, ERR.missingBlank, { detail })
    expect(frenchMessage(finding!)).toBe('2 U vide(s) sans obturateur : U5, U6.')
    expect(finding!.consequence?.fr).toContain('air chaud')
    const report = expectScoreFromComponents(sim)
    expect(missingSteps(report)).toEqual([STEP.blanks])
    expect(report.success).toBe(false)
  })

  it('the evaluation zone with one panel of four: the three others named', () => {
    const sim = mounted(EVALUATION).blank(5).powerAll().patchAll().dress().labelAll().record().finish()
    expectExplained(sim, ERR.missingBlank, { detail: { count: 3, units: 'U6, U37, U39' } })
  })

  it('every U of the zone blanked: none raised; a panel taken out again undoes DC-07-BL', () => {
    const sim = mounted().blankZone().expectOutcome({ kind: 'step', step: STEP.blanks })
    sim.removeBlank(6).expectOutcome({ kind: 'undo', step: STEP.blanks })
    sim.powerAll().patchAll().dress().labelAll().record().finish()
    expectExplained(sim, ERR.missingBlank, { detail: { count: 1, units: 'U6' } })
  })
})

describe('a device mounted against the airflow (RK-E11)', () => {
  it('the port-side-intake switch with its ports to the rear: drawing from the hot aisle', () => {
    const sim = ready(EVALUATION)
      .mount('srv')
      .nutsFor('sw')
      .checkAirflow('sw')
      .lift('sw')
      .place('sw', 38, 'rear')
    sim.expectOutcome({ kind: 'error', error: ERR.airflow, ref: 'airflow-sw', detail: { device: SW } })
    expect(sim.errors(ERR.wrongU)).toEqual([])
    wrapUp(sim.screw('sw', 'left').screw('sw', 'right'))
    const [finding] = expectExplained(sim, ERR.airflow, { detail: { device: SW } })
    expect(frenchMessage(finding!)).toBe(`${SW} monté à l’envers pour l’air.`)
    expect(finding!.consequence?.fr).toContain('allée chaude')
    const report = expectScoreFromComponents(sim)
    expect(report.components.errors).toBeCloseTo(errorsComponent(sim, [{ error: ERR.airflow }]), 12)
    expect(report.success).toBe(report.score >= report.passMark)
  })

  it('slid out and turned round: recovered', () => {
    const sim = ready(EVALUATION)
      .mount('srv')
      .nutsFor('sw')
      .checkAirflow('sw')
      .lift('sw')
      .place('sw', 38, 'rear')
    sim.slideOut('sw').expectOutcome({ kind: 'recovered', error: ERR.airflow, ref: 'airflow-sw' })
    wrapUp(sim.place('sw', 38, 'front').screw('sw', 'left').screw('sw', 'right'))
    expectExplained(sim, ERR.airflow, { recovered: true, detail: { device: SW } })
    expect(expectScoreFromComponents(sim).success).toBe(true)
  })

  it.each([
    ['front', 1],
    ['rear', 0],
  ] as const)('a port-side-exhaust switch with its ports to the %s: %s airflow error(s)', (facing, count) => {
    const exercise = structuredClone(exerciseById(EVALUATION)) as Exercise
    ;(exercise.setup as RackSetup).devices[1]!.airflow = 'port-side-exhaust'
    const sim = new RackSim(rackModel, exercise, procedureFor(exercise), { seed: 1, mode: 'evaluation' })
    sim.prepare().mount('srv').nutsFor('sw').lift('sw').place('sw', 38, facing)
    expect(sim.errors(ERR.airflow)).toHaveLength(count)
  })
})

describe('labels that do not match the schedule (RK-E12)', () => {
  const patched = () => mounted().blankZone().powerAll().patchAll().dress()

  it('the far end first at end a: the text and the one expected', () => {
    const sim = patched()
    const near = id(sim, 'srv:nic1')
    const far = id(sim, 'pp:r4')
    expect([near, far]).toEqual(['DC.C03-03:01', 'DC.C03-40:04'])
    sim.print(`${far}/${near}`).label('C1', 'a')
    const detail = { text: `${far}/${near}`, expected: `${near}/${far}` }
    sim.expectOutcome({ kind: 'error', error: ERR.wrongLabel, ref: 'label-C1-a', detail })
    // The end is labelled (LB-03 done), with the wrong text.
    sim.expectOutcome({ kind: 'step', step: cableStep('LB-03', 'P1') })
    sim.print(`${far}/${near}`).label('C1', 'b').record().finish()
    expect(sim.errors().map((e) => e.error)).toEqual([ERR.wrongLabel])
    const [finding] = expectExplained(sim, ERR.wrongLabel, { detail })
    expect(frenchMessage(finding!)).toBe(`Étiquette « ${far}/${near} » au lieu de « ${near}/${far} ».`)
    expect(finding!.consequence?.fr).toContain('mauvais câble')
    const report = expectScoreFromComponents(sim)
    expect(report.components.completion).toBe(1)
    expect(report.components.errors).toBeCloseTo(errorsComponent(sim, [{ error: ERR.wrongLabel }]), 12)
    expect(report.success).toBe(true)
  })

  it('the wrong port number at end b', () => {
    const sim = patched()
    sim
      .print(expectedLabel(sim.state, 'P1', 'a'))
      .label('C1', 'a')
      .print('DC.C03-40:05/DC.C03-03:01')
      .label('C1', 'b')
    sim.expectOutcome({
      kind: 'error',
      error: ERR.wrongLabel,
      ref: 'label-C1-b',
      detail: { text: 'DC.C03-40:05/DC.C03-03:01', expected: 'DC.C03-40:04/DC.C03-03:01' },
    })
  })

  it('the cord taken out and patched again with the right labels: recovered', () => {
    const sim = patched()
    sim.print(expectedLabel(sim.state, 'P1', 'b')).label('C1', 'a')
    sim.disconnect('C1')
    sim.expectOutcome({ kind: 'recovered', error: ERR.wrongLabel, ref: 'label-C1-a' })
    sim.expectOutcome({ kind: 'undo', step: cableStep('DC-10', 'P1') })
    sim.expectOutcome({ kind: 'undo', step: cableStep('LB-03', 'P1') })
    sim.expectOutcome({ kind: 'undo', step: STEP.dress })
    sim.patchAll().dress().labelAll().record().finish()
    expectExplained(sim, ERR.wrongLabel, { recovered: true })
    const report = expectScoreFromComponents(sim)
    expect(report.components.completion).toBe(1)
    expect(report.success).toBe(true)
  })
})

describe('a cable labelled at one end only (RK-E13)', () => {
  it('end a only: the record is refused; at finish RK-E13 with one end of two, LB-04 and LB-05 missing', () => {
    const sim = mounted().blankZone().powerAll().patchAll().dress()
    sim.print(expectedLabel(sim.state, 'P1', 'a')).label('C1', 'a')
    expectRefused(sim, (s) => s.record(), 'not-labelled', { cable: 'P1' })
    expect(expectRefusalSaid(sim)).toBe('Le câble P1 n’est pas étiqueté aux deux bouts.')
    sim.finish()
    const detail = { ports: 'DC.C03-03:01 ↔ DC.C03-40:04', labelled: 1 }
    sim.expectOutcome({ kind: 'error', error: ERR.oneEndLabel, ref: 'ends-C1', detail })
    const [finding] = expectExplained(sim, ERR.oneEndLabel, { detail })
    expect(frenchMessage(finding!)).toBe('Câble DC.C03-03:01 ↔ DC.C03-40:04 étiqueté à 1 bout(s) sur 2.')
    expect(finding!.consequence?.fr).toContain('sans le suivre')
    const report = expectScoreFromComponents(sim)
    expect(missingSteps(report)).toEqual([cableStep('LB-04', 'P1'), STEP.record].sort())
    expect(report.success).toBe(false)
  })

  it('no label at all: RK-E13 with no end of two, every labelling step missing', () => {
    const sim = mounted().blankZone().powerAll().patchAll().dress().finish()
    const detail = { ports: 'DC.C03-03:01 ↔ DC.C03-40:04', labelled: 0 }
    expectExplained(sim, ERR.oneEndLabel, { detail })
    expect(missingSteps(sim.report())).toEqual(
      [STEP.identify, STEP.print, cableStep('LB-03', 'P1'), cableStep('LB-04', 'P1'), STEP.record].sort(),
    )
  })

  it('the evaluation’s two cables, one fully labelled: only the other is named', () => {
    const sim = mounted(EVALUATION).blankZone().powerAll().patchAll().dress()
    sim
      .print(expectedLabel(sim.state, 'P1', 'a'))
      .label('C1', 'a')
      .print(expectedLabel(sim.state, 'P1', 'b'))
    sim.label('C1', 'b').finish()
    expectExplained(sim, ERR.oneEndLabel, { detail: { ports: 'DC.C03-40:04 ↔ DC.C03-38:04', labelled: 0 } })
  })
})

describe('a server not pushed to the latch click (RK-E14)', () => {
  it('short of the latch travel: RK-E14 with the push, no DC-06; pushed again, recovered', () => {
    const sim = serverHeld(ready())
    const pushMm = sim.setup.latchMm - 8
    sim.slideIn('srv', pushMm)
    const detail = { device: SRV, pushMm }
    sim.expectOutcome({ kind: 'error', error: ERR.notLatched, ref: 'latch-srv', detail })
    expect(sim.steps(deviceStep('DC-06', 'srv'))).toEqual([])
    expectRefused(sim, (s) => s.slideIn('srv', pushMm), 'not-home')
    expect(expectRefusalSaid(sim)).toBe('Pas encore au clic : poussez plus loin.')
    sim.slideIn('srv', sim.setup.latchMm)
    sim.expectOutcome({ kind: 'recovered', error: ERR.notLatched, ref: 'latch-srv' })
    sim.expectOutcome({ kind: 'step', step: deviceStep('DC-06', 'srv') })
    expectRefused(sim, (s) => s.slideIn('srv'), 'latched')
    wrapUp(sim.screw('srv', 'left').screw('srv', 'right'))
    const [finding] = expectExplained(sim, ERR.notLatched, { recovered: true, detail })
    expect(frenchMessage(finding!)).toBe(`${SRV} pas poussé jusqu’au clic des verrous.`)
    expect(finding!.consequence?.fr).toContain('ressortir')
    const report = expectScoreFromComponents(sim)
    expect(report.components.errors).toBeCloseTo(
      errorsComponent(sim, [{ error: ERR.notLatched, recovered: true }]),
      12,
    )
    expect(report.success).toBe(true)
  })

  it('exactly the latch travel clicks', () => {
    const sim = serverHeld(ready()).slideIn('srv', 20)
    expect(sim.setup.latchMm).toBe(20)
    sim.expectOutcome({ kind: 'step', step: deviceStep('DC-06', 'srv') })
    expect(sim.errors()).toEqual([])
  })

  it('left short of the click: DC-06 missing, the job fails', () => {
    const sim = serverHeld(ready()).slideIn('srv', 5).screw('srv', 'left').screw('srv', 'right')
    wrapUp(sim)
    expectExplained(sim, ERR.notLatched, { detail: { device: SRV, pushMm: 5 } })
    const report = expectScoreFromComponents(sim)
    expect(missingSteps(report)).toEqual([deviceStep('DC-06', 'srv')])
    expect(report.success).toBe(false)
  })
})

describe('a cord patched to the wrong port (RK-E15)', () => {
  it.each([
    ['the panel port next to the planned one', 'srv:nic1', 'pp:r5', 'DC.C03-03:01 ↔ DC.C03-40:05', 1],
    ['the server’s second NIC', 'srv:nic2', 'pp:r4', 'DC.C03-03:02 ↔ DC.C03-40:04', 1],
    ['the other way round, next port', 'pp:r3', 'srv:nic1', 'DC.C03-40:03 ↔ DC.C03-03:01', 1],
    ['far from the planned port', 'srv:nic1', 'pp:r12', 'DC.C03-03:01 ↔ DC.C03-40:12', 0],
  ] as const)(
    '%s: the ports, the schedule’s and whether one port is off by one',
    (_, a, b, ports, offByOne) => {
      const sim = mounted().connect(a, b)
      const detail = { cable: 'P1', ports, expected: 'DC.C03-03:01 ↔ DC.C03-40:04', offByOne }
      sim.expectOutcome({ kind: 'error', error: ERR.wrongPort, ref: 'cord-C1', detail })
      expect(sim.steps(cableStep('DC-10', 'P1'))).toEqual([])
      sim.finish()
      const [finding] = expectExplained(sim, ERR.wrongPort, { detail })
      expect(frenchMessage(finding!)).toBe(`Câble ${ports} : le plan dit DC.C03-03:01 ↔ DC.C03-40:04.`)
      expect(finding!.consequence?.fr).toContain('mauvais port')
    },
  )

  it('taken out and patched per the schedule: recovered, the job passes', () => {
    const sim = mounted().blankZone().powerAll().connect('srv:nic1', 'pp:r5')
    sim.disconnect('C1').expectOutcome({ kind: 'recovered', error: ERR.wrongPort, ref: 'cord-C1' })
    // A cord off the schedule undoes no step.
    expect(sim.lastOutcomes.filter((o) => o.kind === 'undo')).toEqual([])
    sim.patchAll().expectOutcome({ kind: 'step', step: cableStep('DC-10', 'P1') })
    expect(sim.state.cords.map((c) => c.id)).toEqual(['C2'])
    sim.dress().labelAll().record().finish()
    expectExplained(sim, ERR.wrongPort, { recovered: true })
    const report = expectScoreFromComponents(sim)
    expect(report.components.completion).toBe(1)
    expect(report.success).toBe(true)
  })

  it('left in place: DC-10-P1 never done; the cord’s own labels read as its ports, no label error', () => {
    const sim = mounted().blankZone().powerAll().connect('srv:nic1', 'pp:r5').dress()
    sim
      .print('DC.C03-03:01/DC.C03-40:05')
      .label('C1', 'a')
      .print('DC.C03-40:05/DC.C03-03:01')
      .label('C1', 'b')
    expectRefused(sim, (s) => s.record(), 'not-labelled', { cable: 'P1' })
    sim.finish()
    expect(sim.errors().map((e) => e.error)).toEqual([ERR.wrongPort])
    const report = sim.report()
    expect(missingSteps(report)).toEqual(
      [
        cableStep('DC-10', 'P1'),
        cableStep('LB-03', 'P1'),
        cableStep('LB-04', 'P1'),
        STEP.identify,
        STEP.print,
        STEP.record,
      ].sort(),
    )
    expect(report.success).toBe(false)
  })
})

describe('a sound plan flagged (RK-E16)', () => {
  it('a warning; the plan stays as it was and the job passes', () => {
    const sim = graded().lowerFeet().fitStabiliser().flagPlan()
    sim.expectOutcome({ kind: 'error', error: ERR.falseFlag, ref: 'flag' })
    expect(sim.lastOutcomes.filter((o) => o.kind === 'step')).toEqual([])
    expectRefused(sim, (s) => s.flagPlan(), 'plan-flagged')
    sim.clipStrap().mountAll()
    expect(sim.state.devices.srv!.bottomU).toBe(3)
    wrapUp(sim)
    const [finding] = expectExplained(sim, ERR.falseFlag)
    expect(finding!.level).toBe('warning')
    expect(frenchMessage(finding!)).toBe('Plan signalé alors qu’il était correct.')
    expect(finding!.consequence?.fr).toContain('bureau d’études')
    const report = expectScoreFromComponents(sim)
    expect(report.components.errors).toBeCloseTo(errorsComponent(sim, [{ error: ERR.falseFlag }]), 12)
    expect(report.success).toBe(true)
  })
})

describe('a device left unscrewed (RK-E17)', () => {
  it.each([
    ['no ear screwed', (s: RackSim) => s],
    ['the left ear only', (s: RackSim) => s.screw('srv', 'left')],
  ])('%s: RK-E17 at finish, DC-07 missing', (_, screws) => {
    const sim = screws(serverHeld(ready()).slideIn('srv'))
    wrapUp(sim)
    const detail = { device: SRV }
    sim.expectOutcome({ kind: 'error', error: ERR.notSecured, ref: 'secured-srv', detail })
    const [finding] = expectExplained(sim, ERR.notSecured, { detail })
    expect(frenchMessage(finding!)).toBe(`${SRV} laissé sans ses vis d’oreilles.`)
    expect(finding!.consequence?.fr).toContain('chute')
    const report = expectScoreFromComponents(sim)
    expect(missingSteps(report)).toEqual([deviceStep('DC-07', 'srv')])
    expect(report.success).toBe(false)
  })

  it('an ear unscrewed after the job undoes DC-07 and is charged at finish', () => {
    const sim = mounted()
      .unscrew('srv', 'right')
      .expectOutcome({ kind: 'undo', step: deviceStep('DC-07', 'srv') })
    wrapUp(sim)
    expectExplained(sim, ERR.notSecured, { detail: { device: SRV } })
  })
})

describe('a label on the connector’s boot (RK-E18)', () => {
  it('10 mm from the connector: a warning, and the distance graded in the band', () => {
    const sim = mounted().blankZone().powerAll().patchAll().dress()
    const { label } = sim.setup
    const distanceMm = label.bootMm - 15
    sim.print(expectedLabel(sim.state, 'P1', 'a')).label('C1', 'a', distanceMm)
    sim.expectOutcome({ kind: 'error', error: ERR.labelOnBoot, ref: 'boot-C1-a', detail: { distanceMm } })
    sim.expectOutcome({ kind: 'step', step: cableStep('LB-03', 'P1'), measured: { distanceMm } })
    sim
      .print(expectedLabel(sim.state, 'P1', 'b'))
      .label('C1', 'b')
      .record()
      .finish()
    const [finding] = expectExplained(sim, ERR.labelOnBoot, { detail: { distanceMm } })
    expect(finding!.level).toBe('warning')
    expect(frenchMessage(finding!)).toBe(`Étiquette à ${fr(distanceMm)} mm du connecteur : sur le manchon.`)
    const report = expectScoreFromComponents(sim)
    expect(report.components.parameters).toBeCloseTo(
      parametersWithOne(sim.procedureData, cableStep('LB-03', 'P1'), 'distanceMm', distanceMm),
      12,
    )
    expect(report.components.parameters).toBeLessThan(1)
    expect(report.success).toBe(true)
  })

  it('at exactly the boot length the label is off the boot', () => {
    const sim = mounted().patchAll()
    sim.print(expectedLabel(sim.state, 'P1', 'b')).label('C1', 'b', sim.setup.label.bootMm)
    expect(sim.errors()).toEqual([])
  })
})

describe('refusals that keep the physics honest', () => {
  it('an ear screwed with no cage nut behind it', () => {
    const sim = graded().prepare().railsFor('srv').callColleague().lift('srv').slideIn('srv')
    expectRefused(sim, (s) => s.screw('srv', 'left'), 'no-cage-nut', { hole: 'U3.1 FL' })
    expectRefused(sim, (s) => s.screw('srv', 'right'), 'no-cage-nut', { hole: 'U3.1 FR' })
    expect(expectRefusalSaid(sim)).toBe('Pas d’écrou cage en face de la vis (U3.1 FR).')
  })

  it('an ear with its bottom nut but not its top one', () => {
    const sim = graded().prepare().nut('fl:3.1').railsFor('srv').callColleague().lift('srv').slideIn('srv')
    expectRefused(sim, (s) => s.screw('srv', 'left'), 'no-cage-nut', { hole: 'U4.3 FL' })
  })

  it('the server onto rails that are not level, or not both there', () => {
    const notLevel = serverHeld(ready().rail('left', '3.2').rail('right', '3.1'))
    expectRefused(notLevel, (s) => s.slideIn('srv'), 'rails-not-level')
    expectRefusalSaid(notLevel)
    const none = ready().callColleague().lift('srv')
    expectRefused(none, (s) => s.slideIn('srv'), 'no-rails')
    const one = ready().rail('left', '3.2').callColleague().lift('srv')
    expectRefused(one, (s) => s.slideIn('srv'), 'no-rails')
  })

  it('two devices in the hands at once', () => {
    const sim = ready(EVALUATION).callColleague().lift('srv')
    expectRefused(sim, (s) => s.lift('sw'), 'hands-full')
    expect(expectRefusalSaid(sim)).toBe('Vous portez déjà un équipement.')
  })

  it.each([
    ['the installed server at U1', (s: RackSim) => s, 1],
    ['the patch panel at U40', (s: RackSim) => s, 40],
    ['the server just mounted at U3', (s: RackSim) => s.mountAll(), 3],
    ['the upper U of the 2U server', (s: RackSim) => s.mountAll(), 4],
    ['a blank already there', (s: RackSim) => s.blank(5), 5],
  ])('a blanking panel on %s', (_, build, u) => {
    const sim = build(ready())
    expectRefused(sim, (s) => s.blank(u), 'u-taken', { u })
    expect(expectRefusalSaid(sim)).toBe(`U${u} est déjà occupé.`)
  })

  it('the record before every cable is labelled at both ends', () => {
    const sim = mounted().patchAll()
    expectRefused(sim, (s) => s.record(), 'not-labelled', { cable: 'P1' })
  })

  it('rails one hole low on both sides: two wrong holes, the server goes in 15.875 mm low and its ears miss', () => {
    const sim = ready().railsAt('3.1')
    for (const [side, post] of [
      ['left', 'FL'],
      ['right', 'FR'],
    ] as const)
      expect(sim.errors(ERR.wrongHole)).toContainEqual(
        expect.objectContaining({
          ref: `rail-${side}`,
          detail: { hole: `U3.1 ${post}`, expected: `U3.2 ${post}`, offsetMm: -15.875, offByOne: 1 },
        }),
      )
    sim.expectOutcome({ kind: 'step', step: deviceStep('DC-04', 'srv'), measured: { offsetMm: 15.875 } })
    // The rails' pins fill the holes the ears' nuts need.
    expectRefused(sim, (s) => s.nut('fl:3.1'), 'hole-taken')
    sim.nut('fl:4.3').nut('fr:4.3').callColleague().lift('srv').slideIn('srv')
    expect(sim.state.devices.srv).toEqual(
      expect.objectContaining({ where: 'mounted', bottomU: 3, offsetMm: -15.875 }),
    )
    // At the plan's U: no RK-E07.
    expect(sim.errors(ERR.wrongU)).toEqual([])
    expectRefused(sim, (s) => s.screw('srv', 'left'), 'ears-misaligned', { offsetMm: -15.875 })
    expect(expectRefusalSaid(sim)).toBe(
      `Les oreilles ne tombent pas en face des trous (${fr(-15.875)} mm) : les rails sont au mauvais trou.`,
    )
    sim.finish()
    // DC-04 is done (the rails are level) and graded on the offset from the plan's hole.
    const spec = paramSpec(sim.procedureData, deviceStep('DC-04', 'srv'), 'offsetMm')
    const credit = paramCredit(15.875, spec.target, spec.tol, spec.limit)
    expect(credit).toBeCloseTo((U_MM - 15.875) / U_MM, 12)
    expect(sim.report().findings).toContainEqual(
      expect.objectContaining({ kind: 'parameter', param: 'offsetMm', value: 15.875, level: 'warning' }),
    )
  })

  const fresh = () => graded()
  type Case = [string, () => RackSim, (sim: RackSim) => void, string, Record<string, string | number>?]
  const CASES: Case[] = [
    ['feet lowered twice', () => fresh().lowerFeet(), (s) => s.lowerFeet(), 'feet-lowered'],
    ['the stabiliser twice', () => fresh().fitStabiliser(), (s) => s.fitStabiliser(), 'stabiliser-fitted'],
    ['the strap clipped twice', () => fresh().clipStrap(), (s) => s.clipStrap(), 'strap-on'],
    ['the strap unclipped when off', fresh, (s) => s.unclipStrap(), 'strap-off'],
    ['the colleague called twice', () => fresh().callColleague(), (s) => s.callColleague(), 'colleague-here'],
    ['a nut in a hole with one', () => ready().nut('fl:3.1'), (s) => s.nut('fl:3.1'), 'hole-taken'],
    ['a nut in no hole', ready, (s) => s.nut('fl:43.1'), 'unknown-target', { target: 'fl:43.1' }],
    [
      'a nut from nowhere',
      ready,
      (s) => s.gesture('insert-cage-nut', 'fl:3.1', { side: 'rear' }),
      'unknown-side',
      { side: 'rear' },
    ],
    [
      'removing a nut that is not there',
      ready,
      (s) => s.removeNut('fl:3.1'),
      'unknown-target',
      { target: 'fl:3.1' },
    ],
    ['removing a nut a screw holds', mounted, (s) => s.removeNut('fl:3.1'), 'screw-in-nut'],
    ['a rail over a cage nut', () => ready().nut('fl:3.2'), (s) => s.rail('left', '3.2'), 'hole-taken'],
    ['a rail fitted twice', () => ready().rail('left', '3.2'), (s) => s.rail('left', '3.2'), 'rail-fitted'],
    ['a rail at no hole', ready, (s) => s.rail('left', '3.4'), 'unknown-hole', { hole: '3.4' }],
    [
      'a rail on no side',
      ready,
      (s) => s.gesture('fit-rail', 'middle', { hole: '3.2' }),
      'unknown-target',
      { target: 'middle' },
    ],
    ['removing a rail not there', ready, (s) => s.removeRail('left'), 'no-rail'],
    ['removing a rail under the mounted server', mounted, (s) => s.removeRail('left'), 'device-on-rails'],
    ['lifting an unknown device', ready, (s) => s.lift('ups'), 'unknown-target', { target: 'ups' }],
    ['lifting the mounted server', mounted, (s) => s.lift('srv'), 'not-on-trolley'],
    ['putting down what is not held', ready, (s) => s.putDown('srv'), 'not-held'],
    ['sliding in what is not held', ready, (s) => s.slideIn('srv'), 'not-held'],
    [
      'the switch offered at no U',
      () => ready(EVALUATION).lift('sw'),
      (s) => s.gesture('slide-in', 'sw', { facing: 'front' }),
      'unknown-u',
    ],
    [
      'the switch offered neither way round',
      () => ready(EVALUATION).lift('sw'),
      (s) => s.gesture('slide-in', 'sw', { u: 38, facing: 'up' }),
      'unknown-facing',
    ],
    [
      'the switch on the patch panel’s U',
      () => ready(EVALUATION).lift('sw'),
      (s) => s.place('sw', 40),
      'u-taken',
      { u: 40 },
    ],
    [
      'the switch above the top of the rack',
      () => ready(EVALUATION).lift('sw'),
      (s) => s.place('sw', 43),
      'u-taken',
      { u: 43 },
    ],
    ['sliding out a screwed server', mounted, (s) => s.slideOut('srv'), 'screwed'],
    [
      'sliding out a powered server',
      () => mounted().unscrew('srv', 'left').unscrew('srv', 'right').power('srv:psu1', 'A:01'),
      (s) => s.slideOut('srv'),
      'powered',
    ],
    [
      'sliding out a cabled server',
      () => mounted().patchAll().unscrew('srv', 'left').unscrew('srv', 'right'),
      (s) => s.slideOut('srv'),
      'cabled',
    ],
    ['sliding out what is not mounted', ready, (s) => s.slideOut('srv'), 'not-mounted'],
    ['screwing the ear of a device on the trolley', ready, (s) => s.screw('srv', 'left'), 'not-mounted'],
    ['screwing an ear twice', mounted, (s) => s.screw('srv', 'left'), 'screwed'],
    [
      'unscrewing an ear not screwed',
      () => mounted().unscrew('srv', 'left'),
      (s) => s.unscrew('srv', 'left'),
      'not-screwed',
    ],
    [
      'an ear of nothing',
      mounted,
      (s) => s.gesture('screw', 'srv:top'),
      'unknown-target',
      { target: 'srv:top' },
    ],
    ['a blank at U0', ready, (s) => s.blank(0), 'unknown-u'],
    [
      'a blank when none is left',
      () => ready().blank(5).blank(6).blank(20).blank(21),
      (s) => s.blank(22),
      'no-blanks',
    ],
    ['removing a blank that is not there', ready, (s) => s.removeBlank(5), 'no-blank'],
    [
      'the airflow read twice',
      () => ready().checkAirflow('srv'),
      (s) => s.checkAirflow('srv'),
      'airflow-checked',
    ],
    ['the airflow of nothing', ready, (s) => s.checkAirflow('ups'), 'unknown-target', { target: 'ups' }],
    ['a PSU of a device not mounted', ready, (s) => s.power('srv:psu1', 'A:01'), 'not-mounted'],
    ['a third PSU', mounted, (s) => s.power('srv:psu3', 'A:01'), 'unknown-target', { target: 'srv:psu3' }],
    ['a PDU C', mounted, (s) => s.power('srv:psu1', 'C:01'), 'unknown-outlet', { outlet: 'C:01' }],
    ['outlet 13', mounted, (s) => s.power('srv:psu1', 'A:13'), 'unknown-outlet', { outlet: 'A:13' }],
    [
      'a PSU plugged twice',
      () => mounted().power('srv:psu1', 'A:01'),
      (s) => s.power('srv:psu1', 'A:02'),
      'psu-plugged',
    ],
    [
      'an outlet already used',
      () => mounted().power('srv:psu1', 'A:01'),
      (s) => s.power('srv:psu2', 'A:01'),
      'outlet-taken',
    ],
    ['unplugging a PSU not plugged', mounted, (s) => s.unpower('srv:psu1'), 'psu-unplugged'],
    [
      'a port of a device on the trolley',
      ready,
      (s) => s.connect('srv:nic1', 'pp:r4'),
      'port-unavailable',
      { a: 'srv:nic1', b: 'pp:r4' },
    ],
    [
      'a port to itself',
      mounted,
      (s) => s.connect('pp:r4', 'pp:r4'),
      'port-unavailable',
      { a: 'pp:r4', b: 'pp:r4' },
    ],
    [
      'a port already cabled',
      () => mounted().patchAll(),
      (s) => s.connect('srv:nic1', 'pp:r5'),
      'port-taken',
    ],
    ['unplugging a cord not there', mounted, (s) => s.disconnect('C1'), 'unknown-target', { target: 'C1' }],
    ['dressing no cable', mounted, (s) => s.dress(), 'no-cords'],
    ['dressing twice', () => mounted().patchAll().dress(), (s) => s.dress(), 'dressed'],
    ['printing nothing', mounted, (s) => s.print('  '), 'label-empty'],
    ['a label with none printed', () => mounted().patchAll(), (s) => s.label('C1', 'a'), 'no-label'],
    [
      'a label beyond the cord',
      () => mounted().patchAll().print('X'),
      (s) => s.label('C1', 'a', 700),
      'label-off-cord',
    ],
    [
      'a second label on one end',
      () => mounted().patchAll().print('X').label('C1', 'a').print('Y'),
      (s) => s.label('C1', 'a'),
      'end-labelled',
    ],
    [
      'a label on no end',
      () => mounted().patchAll().print('X'),
      (s) => s.label('C1', 'c' as 'a'),
      'unknown-target',
      { target: 'C1:c' },
    ],
    ['the record twice', () => graded().cleanRun(), (s) => s.record(), 'recorded'],
    ['a gesture after finish', () => graded().cleanRun().finish(), (s) => s.lowerFeet(), 'attempt-finished'],
    ['finishing twice', () => graded().cleanRun().finish(), (s) => s.finish(), 'attempt-finished'],
    [
      'a gesture the rack does not know',
      ready,
      (s) => s.gesture('weld', 'rack'),
      'unknown-gesture',
      { type: 'weld' },
    ],
  ]

  it.each(CASES)('%s', (_, build, act, reason, detail) => {
    const sim = build()
    expectRefused(sim, act, reason, detail)
    expectRefusalSaid(sim)
  })
})

describe('the catalogue these tests rely on', () => {
  it('every rack error is in the procedures with a French and an English message; the critical ones are the safety breaches', () => {
    const sim = graded()
    for (const error of Object.values(ERR)) {
      const def = defOf(sim, error)
      expect(def.message.fr).toBeTruthy()
      expect(def.message.en).toBeTruthy()
      expect(def.consequence?.fr).toBeTruthy()
      // A recovered error costs less, except a critical one: a safety breach is a breach.
      if (def.level === 'critical') expect(def.recoveredPenalty).toBe(def.penalty)
      else expect(def.recoveredPenalty).toBeLessThan(def.penalty)
    }
    // The results page shows the consequence as written (findingText.ts fills no placeholder in it).
    for (const def of sim.procedureData.errors)
      for (const language of ['fr', 'en'] as const)
        expect(def.consequence?.[language], `${def.id} ${language}`).not.toMatch(/\{\{|\}\}/)
    const critical = Object.values(ERR).filter((e) => defOf(sim, e).level === 'critical')
    expect(critical.sort()).toEqual([ERR.noAntiTip, ERR.liftAlone, ERR.heavyHigh, ERR.samePdu].sort())
  })

  it('a constrained pair broken costs 1/P of the order component', () => {
    // The zone blanked before the server is in: DC-07-SRV → DC-07-BL broken.
    const sim = ready().blankZone().mountAll().powerAll().patchAll().dress().labelAll().record().finish()
    const report = sim.report()
    expect(report.components.order).toBeCloseTo(1 - 1 / pairCount(sim.procedureData), 12)
  })
})
