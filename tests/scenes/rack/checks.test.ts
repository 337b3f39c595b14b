import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { replay } from '../../../src/engine/replay.ts'
import type { Exercise } from '../../../src/engine/schema.ts'
import { parseExercise, parseProcedure } from '../../../src/engine/validate.ts'
import {
  ERR,
  RACK_EXERCISES,
  RACK_PROCEDURES,
  STEP,
  blanksNeeded,
  cableStep,
  deviceStep,
  neededNuts,
  parseRackSetup,
  rackModel,
} from '../../../scenes/rack/index.ts'
import type { RackSetup } from '../../../scenes/rack/index.ts'
import { RACK_CARDS } from '../../../scenes/rack/cards.ts'
import { RACK, U_MM, holeId, holeOffsetMm, parseHole } from '../../../scenes/rack/layout.ts'
import type { HolePos, RailId } from '../../../scenes/rack/layout.ts'
import { expectedLabel, holeName, planUnsafe } from '../../../scenes/rack/rules.ts'
import { RACK_FLAG_PLAN, RACK_SERVER, RACK_SERVER_SWITCH } from '../../../scenes/rack/tolerances.ts'
import { expectPureAndReplayable, expectReportFromLogAlone } from '../sceneModelChecks.ts'
import { missingSteps, pairCount, stepWeight, totalStepWeight } from './findings.ts'
import { exerciseById, procedureFor, rackSim } from './sim.ts'

const GUIDED = 'rack.guided'
const EVALUATION = 'rack.evaluation'
const IDS = RACK_EXERCISES.map((e) => e.id)
const SETS = [RACK_SERVER, RACK_SERVER_SWITCH, RACK_FLAG_PLAN]

const graded = (id = GUIDED) => rackSim(id, { mode: 'evaluation' })
const setOf = (exercise: Exercise) => SETS.find((s) => s.id === exercise.procedure.id)!
/** The one-hole pitches of EIA-310 and the U: what the model calls an off-by-one. */
const PITCHES = [15.875, 12.7, U_MM]
const isPitch = (mm: number) => PITCHES.some((p) => Math.abs(Math.abs(mm) - p) < 1e-9)

describe('the data is consistent', () => {
  it.each(IDS)('%s: the exercise, its setup and its procedure validate', (id) => {
    const exercise = exerciseById(id)
    expect(parseExercise(exercise)).toEqual({ ok: true, value: exercise })
    expect(parseRackSetup(exercise.setup).ok).toBe(true)
    const procedure = procedureFor(exercise)
    const parsed = parseProcedure(procedure)
    expect(parsed.ok ? [] : parsed.issues).toEqual([])
    expect(procedure.scene).toBe('rack')
    expect(exercise.scene).toBe('rack')
  })

  it('every procedure validates and the cards list every exercise', () => {
    for (const procedure of RACK_PROCEDURES) expect(parseProcedure(procedure).ok).toBe(true)
    expect(Object.values(RACK_CARDS).map((c) => c.id)).toEqual(IDS)
  })

  it.each(RACK_PROCEDURES.map((p) => [p.id, p] as const))(
    '%s lists every catalogue error, and nothing else',
    (_, procedure) => {
      expect(procedure.errors.map((e) => e.id).sort()).toEqual(Object.values(ERR).sort())
    },
  )

  it.each(IDS)('%s: the tolerance set says what the setup does (devices, cables, limits)', (id) => {
    const exercise = exerciseById(id)
    const setup = exercise.setup as RackSetup
    const set = setOf(exercise)
    expect(set.devices).toEqual(setup.devices.map((d) => ({ id: d.id, kind: d.kind, psus: d.psus })))
    expect(set.cables).toEqual(setup.cables.map((c) => c.id))
    expect(setup.liftAloneMaxKg).toBe(set.liftAloneMaxKg)
    expect(setup.heavyMaxU).toBe(set.heavyMaxU)
    expect(setup.latchMm).toBe(set.latchMm)
    expect(setup.label).toEqual(set.label)
    // Enough panels on the trolley for the zone.
    expect(setup.blanks).toBeGreaterThanOrEqual(set.zoneBlanks)
    // The flag step exists exactly where the plan is unsafe.
    expect(set.flagPlan).toBe(planUnsafe(setup) !== undefined)
  })

  it.each(IDS)(
    '%s: zoneBlanks is the number of empty U blanksNeeded() finds once the devices are in',
    (id) => {
      const sim = graded(id).prepare().mountAll()
      const set = setOf(exerciseById(id))
      expect(blanksNeeded(sim.state)).toHaveLength(set.zoneBlanks)
      // …and the blank gestures are part of the procedure's minimum.
      sim.blankZone().powerAll().patchAll().dress().labelAll().record().finish()
      expect(sim.report().actionCount).toBe(sim.procedureData.minActions)
    },
  )

  it('the DC-04 offset is graded up to one U, the label distance in the exercise’s band', () => {
    for (const procedure of RACK_PROCEDURES) {
      const rails = procedure.steps.find((s) => s.id === deviceStep('DC-04', 'srv'))!
      expect(rails.params).toEqual([
        expect.objectContaining({ id: 'offsetMm', target: 0, tol: 0, limit: U_MM }),
      ])
    }
  })
})

describe('every step of every procedure is reachable', () => {
  it.each(IDS)('%s: the clean run credits each step exactly once, and nothing else', (id) => {
    const sim = graded(id).cleanRun().finish()
    const counts = new Map<string, number>()
    for (const o of sim.steps()) counts.set(o.step, (counts.get(o.step) ?? 0) + 1)
    expect([...counts.keys()].sort()).toEqual(sim.procedureData.steps.map((s) => s.id).sort())
    expect([...counts.values()].every((n) => n === 1)).toBe(true)
    expect(sim.outcomes.filter((o) => o.kind === 'undo' || o.kind === 'rejected')).toEqual([])
    // And in the procedure's order: no pair broken.
    expect(sim.report().components.order).toBe(1)
  })
})

describe('malformed setups are refused with where and why', () => {
  const base = () => structuredClone(exerciseById(EVALUATION).setup) as RackSetup
  const CASES: [string, (s: RackSetup) => void, { path: string; code: string }][] = [
    [
      'a cabinet name not in TIA-606 form',
      (s) => (s.rackName = 'dc-c03'),
      { path: 'rackName', code: 'invalid_format' },
    ],
    [
      'a cable to a device the rack does not have',
      (s) => (s.cables[0]!.b = 'ups:r4'),
      { path: 'cables', code: 'unknown_device' },
    ],
    [
      'a port that is no port',
      (s) => (s.cables[0]!.a = 'srv:eth1'),
      { path: 'cables[0].a', code: 'invalid_format' },
    ],
    [
      'a device planned on the installed server’s U',
      (s) => (s.devices[0]!.plannedU = 2),
      { path: 'devices', code: 'planned_u_taken' },
    ],
    [
      'a corrected U on the patch panel',
      (s) => (s.devices[1]!.correctedU = 40),
      { path: 'devices', code: 'planned_u_taken' },
    ],
    [
      'a 2U device planned at the top U',
      (s) => (s.devices[0]!.plannedU = RACK.units),
      { path: 'devices', code: 'planned_u_taken' },
    ],
    [
      'installed equipment overlapping',
      (s) => (s.installed[1]!.bottomU = 2),
      { path: 'installed', code: 'u_used_twice' },
    ],
    [
      'a device with an installed one’s id',
      (s) => (s.devices[1]!.id = 'pp'),
      { path: 'devices', code: 'duplicate_id' },
    ],
    ['two cables with one id', (s) => (s.cables[1]!.id = 'P1'), { path: 'cables', code: 'duplicate_id' }],
    [
      'a work zone upside down',
      (s) => (s.workZone[0] = { fromU: 6, toU: 3 }),
      { path: 'workZone', code: 'empty_range' },
    ],
    [
      'a U past the rack',
      (s) => (s.devices[0]!.plannedU = 43),
      { path: 'devices[0].plannedU', code: 'too_big' },
    ],
    ['a third PSU', (s) => (s.devices[0]!.psus = 3), { path: 'devices[0].psus', code: 'too_big' }],
  ]

  it.each(CASES)('%s', (_, spoil, issue) => {
    const setup = base()
    spoil(setup)
    const parsed = parseRackSetup(setup)
    expect(parsed.ok).toBe(false)
    if (parsed.ok) return
    expect(parsed.issues).toContainEqual(expect.objectContaining(issue))
  })

  it('the model refuses to start an exercise with a spoilt setup, naming the exercise', () => {
    const exercise = { ...exerciseById(GUIDED), setup: { ...base(), rackName: 'DC C03' } }
    expect(() => rackModel.init(exercise, 1)).toThrow(/rack\.guided: invalid rack setup/)
  })
})

/** A run with a bit of everything: refusals, faults and their fixes, a hint, critical breaches. */
const messyRun = () => {
  const sim = graded(EVALUATION).wait(3).lowerFeet().clipStrap()
  sim.nut('fl:3.2').nut('fl:3.1', 'front').removeNut('fl:3.2').removeNut('fl:3.1').nutsFor('srv')
  sim.rail('left', '3.2').rail('right', '3.3').removeRail('right').rail('right', '3.2')
  // Alone, and the rack not stabilised yet: two critical breaches; short of the click.
  sim
    .lift('srv')
    .slideIn('srv', 5)
    .fitStabiliser()
    .slideIn('srv', 30)
    .screw('srv', 'left')
    .screw('srv', 'right')
  sim.nutsFor('sw').lift('sw').place('sw', 37, 'rear').slideOut('sw').place('sw', 38).screw('sw', 'left')
  sim
    .wait(40)
    .hint()
    .blank(5)
    .blank(5)
    .power('srv:psu1', 'A:01')
    .power('srv:psu2', 'A:02')
    .unpower('srv:psu2')
  sim.power('srv:psu2', 'B:02').power('sw:psu1', 'A:03').connect('srv:nic1', 'pp:r5').disconnect('C1')
  sim.patchAll().print('DC.C03-40:04/DC.C03-03:01').label('C2', 'a', 10).checkAirflow('srv')
  return sim.finish().lowerFeet()
}

describe('the log is the truth', () => {
  it('the run worth checking has its faults', () => {
    expect(
      new Set(
        messyRun()
          .errors()
          .map((e) => e.error),
      ),
    ).toEqual(
      new Set([
        ERR.wrongHole,
        ERR.frontNut,
        ERR.notLevel,
        ERR.liftAlone,
        ERR.noAntiTip,
        ERR.notLatched,
        ERR.wrongU,
        ERR.airflow,
        ERR.samePdu,
        ERR.wrongPort,
        ERR.wrongLabel,
        ERR.labelOnBoot,
        ERR.notSecured,
        ERR.missingBlank,
        ERR.oneEndLabel,
      ]),
    )
    expect(messyRun().outcomes.filter((o) => o.kind === 'rejected').length).toBeGreaterThanOrEqual(2)
  })

  it('re-applying the log gives the same state and the same outcomes', () => {
    const sim = messyRun()
    const replayed = replay(rackModel, exerciseById(EVALUATION), sim.attempt.seed, sim.gestures)
    expect(replayed.state).toEqual(sim.state)
    expect(replayed.outcomes).toEqual(sim.outcomes)
  })

  it('apply never mutates its input, and a replay up to any point gives the state seen there', () => {
    expectPureAndReplayable(rackModel, exerciseById(EVALUATION), messyRun())
  })

  it.each(IDS)('%s: the clean run too', (id) => {
    expectPureAndReplayable(rackModel, exerciseById(id), graded(id).cleanRun().finish())
  })

  it('the report can be rebuilt from the log alone, whatever order it arrived in', () => {
    const sim = messyRun()
    const exercise = exerciseById(EVALUATION)
    const report = expectReportFromLogAlone(rackModel, exercise, procedureFor(exercise), sim)
    expect(report.hintsUsed).toBe(1)
    expect(report.criticalErrors).toBe(3)
    expect(report.success).toBe(false)
  })
})

describe('SCORING.md properties that apply to the rack', () => {
  const mounted = (id = GUIDED) => graded(id).prepare().mountAll()

  it('power and patching in either order: the same report (DC-09 and DC-10 are not ordered)', () => {
    for (const id of IDS) {
      const powerFirst = mounted(id).blankZone().powerAll().patchAll().dress().labelAll().record().finish()
      const patchFirst = mounted(id).blankZone().patchAll().powerAll().dress().labelAll().record().finish()
      expect(patchFirst.report()).toEqual(powerFirst.report())
      expect(powerFirst.report().score).toBeCloseTo(1, 12)
    }
    const precedence = graded().procedureData.precedence
    expect(precedence).not.toContainEqual([STEP.power, cableStep('DC-10', 'P1')])
    expect(precedence).not.toContainEqual([cableStep('DC-10', 'P1'), STEP.power])
  })

  it('labels at either end first: the same report (LB-03 and LB-04 are not ordered)', () => {
    const labelled = (first: 'a' | 'b', second: 'a' | 'b', id = EVALUATION, blanksFirst = false) => {
      const sim = graded(id).prepare()
      if (blanksFirst) sim.blankZone()
      sim.mountAll()
      if (!blanksFirst) sim.blankZone()
      sim.powerAll().patchAll().dress()
      for (const cable of sim.setup.cables) {
        const cord = sim.state.cords.find((c) => [c.a, c.b].includes(cable.a))!
        for (const end of [first, second]) {
          const port = cord[end]
          sim.print(expectedLabel(sim.state, cable.id, port === cable.a ? 'a' : 'b')).label(cord.id, end)
        }
      }
      return sim.record().finish().report()
    }
    expect(labelled('b', 'a')).toEqual(labelled('a', 'b'))
    expect(labelled('a', 'b').score).toBeCloseTo(1, 12)
    // Also when another rule is broken in both: the order component is the same.
    expect(labelled('b', 'a', EVALUATION, true).components.order).toBe(
      labelled('a', 'b', EVALUATION, true).components.order,
    )
    expect(labelled('a', 'b', EVALUATION, true).components.order).toBeLessThan(1)
  })

  it.each(IDS)('%s: blanking the zone before the devices are in breaks one pair per device', (id) => {
    const right = graded(id).cleanRun().finish()
    const early = graded(id)
      .prepare()
      .blankZone()
      .mountAll()
      .powerAll()
      .patchAll()
      .dress()
      .labelAll()
      .record()
      .finish()
    early.expectNoErrors()
    const devices = early.setup.devices.map((d) => deviceStep('DC-07', d.id))
    const P = pairCount(right.procedureData)
    const report = early.report()
    const orderFindings = report.findings.filter((f) => f.kind === 'order')
    expect(orderFindings.map((f) => [f.before, f.step]).sort()).toEqual(
      devices.map((d) => [d, STEP.blanks]).sort(),
    )
    expect(report.components.completion).toBe(1)
    expect(report.components.order).toBeCloseTo(1 - devices.length / P, 12)
    expect(right.report().score - report.score).toBeCloseTo(
      (right.procedureData.weights.order * devices.length) / P,
      12,
    )
  })

  it('the airflow read at the very end: DC-08 is free in order, the same score', () => {
    const late = graded(EVALUATION).prepare().mountAll({ airflow: false })
    late.blankZone().powerAll().patchAll().dress().labelAll().record().checkAllAirflow().finish()
    expect(late.report().findings).toEqual([])
    expect(late.report().score).toBeCloseTo(1, 12)
  })

  it('a repeated step leaves completion as it was and lowers economy', () => {
    const once = graded().cleanRun().finish()
    const twice = mounted().unscrew('srv', 'left').screw('srv', 'left')
    twice.blankZone().powerAll().patchAll().dress().labelAll().record().finish()
    const min = once.procedureData.minActions
    expect(twice.report().components.completion).toBe(1)
    expect(twice.report().components.order).toBe(1)
    expect(twice.report().components.economy).toBeCloseTo(min / (min + 2), 12)
    expect(twice.report().findings).toEqual([expect.objectContaining({ kind: 'economy', value: min + 2 })])
  })

  it('omitting the cable dressing lowers completion by its weight, with a missing-step finding', () => {
    const sim = mounted().blankZone().powerAll().patchAll().labelAll().record().finish()
    const report = sim.report()
    const p = sim.procedureData
    expect(missingSteps(report)).toEqual([STEP.dress])
    expect(report.components.completion).toBeCloseTo(1 - stepWeight(p, [STEP.dress]) / totalStepWeight(p), 12)
    expect(report.success).toBe(false)
  })

  it('a critical breach fails a job whose score passes', () => {
    const sim = graded()
      .prepare()
      .nutsFor('srv')
      .railsFor('srv')
      .checkAirflow('srv')
      .lift('srv')
      .slideIn('srv')
    sim
      .screw('srv', 'left')
      .screw('srv', 'right')
      .blankZone()
      .powerAll()
      .patchAll()
      .dress()
      .labelAll()
      .record()
    const report = sim.finish().report()
    expect(report.score).toBeGreaterThanOrEqual(report.passMark)
    expect(report.criticalErrors).toBe(1)
    expect(report.success).toBe(false)
  })

  it('time past the cut-off zeroes the time component and is not by itself a fail', () => {
    const sim = graded().prepare().mountAll()
    sim.wait(sim.procedureData.time.maxS + 1)
    sim.blankZone().powerAll().patchAll().dress().labelAll().record().finish()
    const report = sim.report()
    expect(report.components.time).toBe(0)
    expect(report.success).toBe(true)
  })
})

describe('property: the independent phases in any order', () => {
  type Phase = 'blanks' | 'airflow' | 'power' | 'patch' | 'dress' | 'labels'
  const PHASES: Phase[] = ['blanks', 'airflow', 'power', 'patch', 'dress', 'labels']
  /** Orders where the cords are in before they are dressed or labelled (DC-10-Pn → DC-10, LB-03/04). */
  const orders = fc
    .shuffledSubarray(PHASES, { minLength: PHASES.length, maxLength: PHASES.length })
    .filter((o) => o.indexOf('patch') < o.indexOf('dress') && o.indexOf('patch') < o.indexOf('labels'))
  /** Outlets for the supplies: any distinct numbers, PSU1 on A and PSU2 on B. */
  const outlets = fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { minLength: 3, maxLength: 3 })

  it('after mounting, blanks, airflow, power, patching, dressing and labels in any order score 1', () => {
    fc.assert(
      fc.property(fc.constantFrom(...IDS), orders, outlets, (id, order, numbers) => {
        const sim = graded(id).prepare().mountAll({ airflow: false })
        const two = (n: number) => String(n).padStart(2, '0')
        let next = 0
        const run: Record<Phase, () => void> = {
          blanks: () => sim.blankZone(),
          airflow: () => sim.checkAllAirflow(),
          power: () => {
            for (const d of sim.setup.devices)
              for (let n = 1; n <= d.psus; n++)
                sim.power(`${d.id}:psu${n}`, `${n === 1 ? 'A' : 'B'}:${two(numbers[next++]!)}`)
          },
          patch: () => sim.patchAll(),
          dress: () => sim.dress(),
          labels: () => sim.labelAll(),
        }
        for (const phase of order) run[phase]()
        sim.record().finish()
        sim.expectNoErrors()
        expect(sim.outcomes.filter((o) => o.kind === 'rejected')).toEqual([])
        const report = sim.report()
        expect(report.findings).toEqual([])
        expect(report.score).toBeCloseTo(1, 12)
        expect(report.success).toBe(true)
      }),
      { numRuns: 120 },
    )
  })
})

describe('property: A/B feeds', () => {
  const outlet = fc.record({ pdu: fc.constantFrom('A', 'B'), n: fc.integer({ min: 1, max: 12 }) })

  it('the two supplies on any two outlets: RK-E09 with its consequence iff they share a PDU, DC-09 iff they do not', () => {
    fc.assert(
      fc.property(outlet, outlet, fc.boolean(), (one, two, psu2First) => {
        fc.pre(one.pdu !== two.pdu || one.n !== two.n)
        const sim = graded().prepare().mountAll()
        const at = (o: { pdu: string; n: number }) => `${o.pdu}:${String(o.n).padStart(2, '0')}`
        if (psu2First) sim.power('srv:psu2', at(two)).power('srv:psu1', at(one))
        else sim.power('srv:psu1', at(one)).power('srv:psu2', at(two))
        const same = one.pdu === two.pdu
        expect(sim.errors(ERR.samePdu)).toHaveLength(same ? 1 : 0)
        expect(sim.consequences('feed-lost-srv')).toHaveLength(same ? 1 : 0)
        expect(sim.steps(STEP.power)).toHaveLength(same ? 0 : 1)
        if (same) expect(sim.errors(ERR.samePdu)[0]!.detail).toEqual({ device: 'SRV-WEB-01', pdu: one.pdu })
      }),
      { numRuns: 150 },
    )
  })
})

describe('property: holes named by the EIA-310 geometry', () => {
  const frontHole = fc.record({
    rail: fc.constantFrom<RailId>('fl', 'fr'),
    u: fc.integer({ min: 1, max: RACK.units }),
    pos: fc.constantFrom<HolePos>(1, 2, 3),
  })

  it('a cage nut anywhere on a front post: RK-E04 iff no ear needs it, against the nearest needed hole', () => {
    fc.assert(
      fc.property(fc.constantFrom(...IDS), frontHole, (id, { rail, u, pos }) => {
        const sim = graded(id).prepare()
        const hole = holeId(rail, u, pos)
        const needed = sim.setup.devices.flatMap((d) => neededNuts(sim.state, d.id))
        sim.nut(hole)
        const raised = sim.errors(ERR.wrongHole)
        expect(raised).toHaveLength(needed.includes(hole) ? 0 : 1)
        if (needed.includes(hole)) return
        const detail = raised[0]!.detail!
        const sameRail = needed.filter((h) => h.startsWith(`${rail}:`))
        const meant = sameRail.find((h) => holeName(h) === detail.expected)!
        expect(meant).toBeDefined()
        const offset = holeOffsetMm(parseHole(hole)!, parseHole(meant)!)
        expect(detail.offsetMm).toBeCloseTo(offset, 3)
        for (const other of sameRail)
          expect(Math.abs(holeOffsetMm(parseHole(hole)!, parseHole(other)!))).toBeGreaterThanOrEqual(
            Math.abs(offset) - 1e-9,
          )
        expect(detail.offByOne).toBe(isPitch(offset) ? 1 : 0)
      }),
      { numRuns: 300 },
    )
  })

  it('both slide rails at any hole: RK-E04 on each iff not the plan’s, with the offset and the off-by-one', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 38 }), fc.constantFrom<HolePos>(1, 2, 3), (u, pos) => {
        const sim = graded().prepare().railsAt(`${u}.${pos}`)
        const offset = holeOffsetMm({ u, pos }, { u: 3, pos: 2 })
        const wrong = u !== 3 || pos !== 2
        expect(sim.errors(ERR.wrongHole)).toHaveLength(wrong ? 2 : 0)
        expect(sim.errors(ERR.notLevel)).toEqual([])
        for (const e of sim.errors(ERR.wrongHole)) {
          expect(e.detail!.offsetMm).toBeCloseTo(offset, 3)
          expect(e.detail!.offByOne).toBe(isPitch(offset) ? 1 : 0)
        }
        // Level rails always make DC-04, graded on how far they are from the plan's hole.
        const measured = sim.steps(deviceStep('DC-04', 'srv'))[0]!.measured!.offsetMm!
        expect(measured).toBeCloseTo(Math.abs(offset), 3)
      }),
      { numRuns: 200 },
    )
  })
})
