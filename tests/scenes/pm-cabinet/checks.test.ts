import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { replay } from '../../../src/engine/replay.ts'
import type { Exercise } from '../../../src/engine/schema.ts'
import {
  ERR,
  PM_EXERCISES,
  STEP,
  neededMm,
  parsePmSetup,
  pmCabinetModel,
  rightCord,
} from '../../../scenes/pm-cabinet/index.ts'
import type { PmSetup } from '../../../scenes/pm-cabinet/index.ts'
import { DRAWER, SIDES, guideRoute, parsePort, portId } from '../../../scenes/pm-cabinet/layout.ts'
import type { DrawerId, PortId } from '../../../scenes/pm-cabinet/layout.ts'
import { expectPureAndReplayable, expectRefused, expectReportFromLogAlone } from '../sceneModelChecks.ts'
import { pairCount } from './findings.ts'
import { PmSim, exerciseById, pmSim, procedureFor } from './sim.ts'

const GUIDED = 'pm-cabinet.guided'
const TRAP = 'pm-cabinet.trap'

const fresh = (id = GUIDED) => pmSim(id, { mode: 'evaluation' })
const drawerOf = (port: PortId) => parsePort(port)!.drawer
/** The OT's ports of the guided exercise, and another subscriber's port on the subscriber drawer. */
const { route } = fresh()
const takenDist = fresh().setup.occupied.find((o) => drawerOf(o.dist) === drawerOf(route.dist))!.dist
const opened = () => fresh().unlock().openDoor()
const ready = () => fresh().arrive().prepare()
const holding = () => ready().uncap(route.op).take()
const half = () => holding().plug(route.op)
const plugged = () => ready().patch()
const finished = () => fresh().cleanRun().finish()

type Case = [string, () => PmSim, (sim: PmSim) => void, string, Record<string, string | number>?]

const CASES: Case[] = [
  // The door.
  ['pulling a drawer of a locked cabinet', fresh, (s) => s.pull(drawerOf(route.dist)), 'door-closed'],
  ['a photo of a locked cabinet', fresh, (s) => s.photo(), 'door-closed'],
  ['looking at a port of a locked cabinet', fresh, (s) => s.look(route.dist), 'door-closed'],
  ['opening a locked door', fresh, (s) => s.openDoor(), 'door-locked'],
  ['locking a locked door', fresh, (s) => s.lock(), 'door-locked'],
  ['unlocking twice', () => fresh().unlock(), (s) => s.unlock(), 'not-locked'],
  ['opening an open door', opened, (s) => s.openDoor(), 'door-open'],
  ['locking an open door', opened, (s) => s.lock(), 'door-open'],
  ['closing a closed door', () => fresh().unlock(), (s) => s.closeDoor(), 'door-closed'],
  // Drawers and ports.
  ['a port of a drawer still in', opened, (s) => s.look(route.dist), 'drawer-in'],
  ['uncapping on a drawer still in', opened, (s) => s.uncap(route.op), 'drawer-in'],
  ['pushing a drawer that is in', opened, (s) => s.push(drawerOf(route.dist)), 'drawer-in'],
  ['pulling a drawer twice', ready, (s) => s.pull(drawerOf(route.dist)), 'drawer-out'],
  ['an unknown port', ready, (s) => s.look('dist-9:1' as PortId), 'unknown-target', { target: 'dist-9:1' }],
  ['port 13', ready, (s) => s.uncap('op-2:13' as PortId), 'unknown-target', { target: 'op-2:13' }],
  ['an unknown drawer', opened, (s) => s.pull('op-5' as DrawerId), 'unknown-target', { target: 'op-5' }],
  ['a cord not on the rack', ready, (s) => s.take('c7'), 'unknown-target', { target: 'c7' }],
  [
    'a gesture the workplace does not know',
    ready,
    (s) => s.gesture('splice', 'cord'),
    'unknown-gesture',
    { type: 'splice' },
  ],
  // Caps and plugs.
  ['plugging a capped port', holding, (s) => s.plug(route.dist), 'cap-on'],
  ['capping a capped port', ready, (s) => s.cap(route.dist), 'cap-on'],
  ['uncapping twice', () => ready().uncap(route.dist), (s) => s.uncap(route.dist), 'cap-off'],
  ['uncapping an occupied port', ready, (s) => s.uncap(takenDist), 'port-occupied'],
  ['plugging an occupied port', half, (s) => s.plug(takenDist), 'port-occupied'],
  ['capping a port with the own cord in', half, (s) => s.cap(route.op), 'port-occupied'],
  ['plugging with no cord in hand', () => ready().uncap(route.op), (s) => s.plug(route.op), 'no-cord'],
  ['unplugging an empty port', ready, (s) => s.unplug(route.dist), 'port-empty'],
  ['pushing a latched plug again', half, (s) => s.plug(route.op), 'plug-latched'],
  [
    'a third plug for a two-ended cord',
    () => plugged().uncap(freeSpare()),
    (s) => s.plug(freeSpare()),
    'cord-both-plugged',
  ],
  ['taking a cord while one is plugged', half, (s) => s.take('c2'), 'cord-in-use'],
  ['taking the cord in hand again', holding, (s) => s.take(), 'cord-held'],
  ['routing a cord not plugged', holding, (s) => s.routeGuides(), 'cord-not-plugged'],
  ['routing a cord plugged at both ends', plugged, (s) => s.routeGuides(), 'cord-both-plugged'],
  ['storing slack of a half-plugged cord', half, (s) => s.storeSlack(), 'cord-not-plugged'],
  ['storing the slack twice', () => plugged().storeSlack(), (s) => s.storeSlack(), 'slack-stored'],
  // Labels.
  ['printing nothing', ready, (s) => s.print('   '), 'label-empty'],
  ['a label on the end not plugged', () => half().print(), (s) => s.attach('b'), 'end-not-plugged'],
  ['a label with none printed', plugged, (s) => s.attach('a'), 'no-label'],
  ['a label beyond the cord’s 600 mm', () => plugged().print(), (s) => s.attach('a', 700), 'label-off-cord'],
  ['a label at no distance', () => plugged().print(), (s) => s.attach('a', -1), 'label-off-cord'],
  [
    'a label on no end',
    () => plugged().print(),
    (s) => s.gesture('attach-label', 'end-c', { label: 'L1', distanceMm: 75 }),
    'unknown-target',
    { target: 'end-c' },
  ],
  // Photos and reports.
  [
    'a photo in the middle of the job',
    () => ready().uncap(route.op),
    (s) => s.photo(),
    'photo-job-unfinished',
  ],
  ['reporting twice', () => ready().reportAnomaly(), (s) => s.reportAnomaly(), 'already-reported'],
  // After the end.
  ['a gesture after finish', finished, (s) => s.unlock(), 'attempt-finished'],
  ['a hint after finish', finished, (s) => s.hint(), 'attempt-finished'],
  ['finishing twice', finished, (s) => s.finish(), 'attempt-finished'],
]

/** A free port on the subscriber drawer of the route, neither the OT's nor another subscriber's. */
function freeSpare(): PortId {
  const { setup } = fresh()
  const taken = new Set<string>(setup.occupied.flatMap((o) => [o.op, o.dist]))
  for (let n = 1; n <= DRAWER.ports; n++) {
    const id = portId(drawerOf(setup.route.dist), n)
    if (!taken.has(id) && id !== setup.route.dist) return id
  }
  throw new Error('no free port')
}

describe('refusals are said, logged and harmless', () => {
  it.each(CASES)('%s', (_, build, act, reason, detail) => {
    expectRefused(build(), act, reason, detail)
  })

  it('the cord too short for the route is refused with what it lacks', () => {
    const sim = ready()
    const c1 = sim.setup.cords.find((c) => c.id === 'c1')!
    const need = neededMm(sim.setup, route.op, guideRoute(route.op, route.dist), route.dist).lengthMm
    expect(need).toBeGreaterThan(c1.lengthM * 1000)
    sim.uncap(route.op).uncap(route.dist).take('c1').plug(route.op).routeGuides()
    expectRefused(sim, (s) => s.plug(route.dist), 'cord-too-short', {
      missingCm: Math.ceil((need - c1.lengthM * 1000) / 10),
      cordM: c1.lengthM,
    })
  })

  it('a run sprinkled with refusals scores like the same run without them, but for the wasted moves', () => {
    const plain = finished()
    const sprinkled = fresh().openDoor().unlock().openDoor().photo().look(route.dist).prepare()
    sprinkled.plug(route.op).patch().storeSlack().storeSlack().labelBoth().leave().finish().finish()
    expect(sprinkled.outcomes.filter((o) => o.kind === 'rejected')).toHaveLength(5)
    const [a, b] = [plain.report(), sprinkled.report()]
    expect(b.components).toEqual({ ...a.components, economy: b.components.economy })
    // The second finish is no action; the four other refused gestures are.
    expect(b.actionCount).toBe(a.actionCount + 4)
    expect(b.components.economy).toBeCloseTo(plain.procedureData.minActions / b.actionCount, 12)
    expect(b.success).toBe(true)
  })
})

/** A run with a bit of everything: refusals, faults and their fixes, a hint, a critical breach. */
const messyRun = () => {
  const sim = fresh().wait(2).pull('dist-3').unlock().openDoor().photo().prepare()
  const near = portId(drawerOf(route.dist), parsePort(route.dist)!.port - 1)
  sim.uncap(route.op).look(route.op).uncap(near).take('c3').plug(route.op, 2).plug(route.op)
  sim.routeVia([]).plug(near).unplug(near).cap(near).uncap(route.dist).routeGuides().plug(route.dist)
  sim.wait(30).hint().storeSlack().print('fi-0000-0000').attach('a', 10).print().attach('b')
  return sim.photo().push('op-2').closeDoor().push('dist-3').closeDoor().finish().unlock()
}

describe('the log is the truth', () => {
  it('the run worth checking has its faults', () => {
    const errors = messyRun().errors()
    expect(errors.map((e) => e.error)).toEqual(
      expect.arrayContaining([ERR.lookedIntoLaser, ERR.notLatched, ERR.wrongPort, ERR.outsideGuides]),
    )
  })

  it('re-applying the log gives the same state and the same outcomes', () => {
    const sim = messyRun()
    const replayed = replay(pmCabinetModel, exerciseById(GUIDED), sim.attempt.seed, sim.gestures)
    expect(replayed.state).toEqual(sim.state)
    expect(replayed.outcomes).toEqual(sim.outcomes)
  })

  it('apply never mutates its input, and a replay up to any point gives the state seen there', () => {
    expectPureAndReplayable(pmCabinetModel, exerciseById(GUIDED), messyRun())
  })

  it('the trap, answered right, too', () => {
    expectPureAndReplayable(pmCabinetModel, exerciseById(TRAP), fresh(TRAP).trapRun().finish())
  })

  it('the report can be rebuilt from the log alone, whatever order it arrived in', () => {
    const sim = messyRun()
    const exercise = exerciseById(GUIDED)
    const report = expectReportFromLogAlone(pmCabinetModel, exercise, procedureFor(exercise), sim)
    expect(report.findings.map((f) => f.error).filter(Boolean)).toEqual(
      expect.arrayContaining([
        ERR.lookedIntoLaser,
        ERR.notLatched,
        ERR.wrongPort,
        ERR.wrongLabel,
        ERR.labelOnBoot,
        ERR.doorUnlocked,
      ]),
    )
    expect(report.hintsUsed).toBe(1)
    expect(report.success).toBe(false)
  })
})

describe('SCORING.md properties that apply to the cabinet', () => {
  const labelled = (first: 'a' | 'b', second: 'a' | 'b') =>
    ready().patch().storeSlack().print().attach(first).print().attach(second)

  it('the two labels in either order: the same report (LB-03 and LB-04 are not ordered)', () => {
    const precedence = fresh().procedureData.precedence
    expect(precedence).not.toContainEqual([STEP.labelOperator, STEP.labelSubscriber])
    expect(precedence).not.toContainEqual([STEP.labelSubscriber, STEP.labelOperator])
    const opFirst = labelled('a', 'b').leave().finish()
    const subFirst = labelled('b', 'a').leave().finish()
    expect(subFirst.report()).toEqual(opFirst.report())
    expect(opFirst.report().score).toBeCloseTo(1, 12)
    // Also when another rule is broken in both: the order component is the same.
    const late = (first: 'a' | 'b', second: 'a' | 'b') => {
      const sim = fresh().unlock().openDoor().prepare().photo().patch().storeSlack()
      return sim.print().attach(first).print().attach(second).leave().finish().report()
    }
    expect(late('b', 'a').components.order).toBe(late('a', 'b').components.order)
    expect(late('a', 'b').components.order).toBeLessThan(1)
  })

  it('the subscriber end plugged before the operator end: O falls by 1/P per reversed pair', () => {
    const right = finished()
    const reversed = ready().uncap(route.op).uncap(route.dist).take().plug(route.dist)
    reversed.routeGuides(route.dist, route.op).plug(route.op).storeSlack().labelBoth().leave().finish()
    reversed.expectNoErrors()
    const P = pairCount(right.procedureData)
    // The first completions, in the order they came: the subscriber's plug, then the route and the
    // operator's plug with the second end.
    const firsts: string[] = [STEP.plugSubscriber, STEP.route, STEP.plugOperator]
    const seen = reversed
      .steps()
      .map((o) => o.step)
      .filter((s) => firsts.includes(s))
    expect(seen.slice(0, 1)).toEqual([STEP.plugSubscriber])
    const rank = (step: string) => seen.indexOf(step)
    const broken = right.procedureData.precedence.filter(
      ([before, after]) => firsts.includes(before) && firsts.includes(after) && rank(after) < rank(before),
    )
    expect(broken.length).toBeGreaterThan(0)
    const report = reversed.report()
    expect(report.components.completion).toBe(1)
    expect(right.report().components.order).toBe(1)
    expect(report.components.order).toBeCloseTo(1 - broken.length / P, 12)
    expect(report.findings.filter((f) => f.kind === 'order')).toHaveLength(broken.length)
    expect(right.report().score - report.score).toBeCloseTo(
      (right.procedureData.weights.order * broken.length) / P,
      12,
    )
    // The same cord in the same guides: no parameter changes.
    expect(report.components.parameters).toBe(1)
  })

  it('a repeated step leaves completion as it was and lowers economy', () => {
    const once = finished()
    const twice = fresh()
      .arrive()
      .prepare()
      .look(route.dist)
      .patch()
      .storeSlack()
      .labelBoth()
      .leave()
      .finish()
    expect(twice.report().components.completion).toBe(once.report().components.completion)
    expect(twice.report().components.economy).toBeCloseTo(
      once.procedureData.minActions / (once.procedureData.minActions + 1),
      12,
    )
  })
})

describe('exercise setups are validated', () => {
  it.each(PM_EXERCISES.map((e) => [e.id, e] as const))('%s validates', (_, exercise) => {
    expect(parsePmSetup(exercise.setup).ok).toBe(true)
  })

  const base = () => structuredClone(exerciseById(GUIDED).setup) as PmSetup
  const CASES_BAD: [string, (s: PmSetup) => void, { path: string; code: string }][] = [
    [
      'an unknown subscriber port',
      (s) => (s.occupied[0]!.dist = 'dist-9:1' as PortId),
      { path: 'occupied[0].dist', code: 'custom' },
    ],
    [
      'route.op on the distribution side',
      (s) => (s.route.op = 'dist-2:2' as PortId),
      { path: 'route.op', code: 'not_operator_port' },
    ],
    [
      'route.dist on the operator side',
      (s) => (s.route.dist = 'op-4:12' as PortId),
      { path: 'route.dist', code: 'not_distribution_port' },
    ],
    [
      'two cords on one port',
      (s) => s.occupied.push({ ...s.occupied[0]!, op: 'op-4:12' as PortId }),
      { path: 'occupied', code: 'port_used_twice' },
    ],
    [
      'a cord with its ends swapped',
      (s) =>
        s.occupied.push({ op: 'dist-6:12' as PortId, dist: 'op-4:12' as PortId, ptoRef: 'FI-0000-0000' }),
      { path: 'occupied', code: 'wrong_side' },
    ],
    [
      'the OT’s operator port already in use',
      (s) => (s.route.op = s.occupied[0]!.op),
      { path: 'route.op', code: 'port_taken' },
    ],
    [
      'two cords on the rack with one id',
      (s) => s.cords.push({ ...s.cords[0]! }),
      { path: 'cords', code: 'duplicate_id' },
    ],
    [
      'a line reference not in the OO-XXXX-XXXX format',
      (s) => (s.workOrder.ptoRef = 'FI7K2B40QD'),
      { path: 'workOrder.ptoRef', code: 'invalid_format' },
    ],
  ]

  it.each(CASES_BAD)('%s is refused with its path and code', (_, spoil, issue) => {
    const setup = base()
    spoil(setup)
    const parsed = parsePmSetup(setup)
    expect(parsed.ok).toBe(false)
    if (parsed.ok) return
    expect(parsed.issues).toContainEqual(expect.objectContaining(issue))
  })

  it('the model refuses to start an exercise with a spoilt setup', () => {
    const exercise = {
      ...exerciseById(GUIDED),
      setup: { ...base(), route: { op: 'dist-2:2', dist: 'dist-3:8' } },
    }
    expect(() => pmCabinetModel.init(exercise as Exercise, 1)).toThrow(/invalid pm-cabinet setup/)
  })
})

describe('property: a cord reaches through the guides iff it is long enough', () => {
  /** Exercises with a free subscriber port (the trap's is taken), each with any free pair of ports. */
  const patchExercises = PM_EXERCISES.filter((e) => {
    const setup = parsePmSetup(e.setup)
    return setup.ok && !setup.value.occupied.some((o) => o.dist === setup.value.route.dist)
  })
  const portOn = (side: 'op' | 'dist') =>
    fc
      .record({
        row: fc.integer({ min: 1, max: SIDES[side].drawers }),
        port: fc.integer({ min: 1, max: DRAWER.ports }),
      })
      .map(({ row, port }) => portId(`${side}-${row}` as DrawerId, port))

  const jobs = fc
    .record({
      exercise: fc.constantFrom(...patchExercises),
      cordIndex: fc.nat(),
      own: fc.boolean(),
      op: portOn('op'),
      dist: portOn('dist'),
    })
    .map(({ exercise, cordIndex, own, op, dist }) => {
      const setup = structuredClone(exercise.setup) as PmSetup
      // Half the runs keep the exercise's route, the other half try any free pair of ports.
      if (!own) setup.route = { op, dist }
      const cord = setup.cords[cordIndex % setup.cords.length]!
      return { exercise: { ...exercise, setup } as Exercise, setup, cord }
    })
    .filter(({ setup }) => {
      const taken = new Set<string>(setup.occupied.flatMap((o) => [o.op, o.dist]))
      return !taken.has(setup.route.op) && !taken.has(setup.route.dist)
    })

  it('plugs end b through guideRoute iff lengthM ≥ neededMm; extraM is the excess over the right cord', () => {
    fc.assert(
      fc.property(jobs, ({ exercise, setup, cord }) => {
        const { op, dist } = setup.route
        const sim = new PmSim(pmCabinetModel, exercise, procedureFor(exercise), { seed: 1 })
        sim.arrive().pull(drawerOf(dist)).look(dist).pull(drawerOf(op))
        sim.uncap(op).uncap(dist).take(cord.id).plug(op).routeGuides(op, dist).plug(dist)
        const need = neededMm(setup, op, guideRoute(op, dist), dist)
        expect(need.inGuides).toBe(true)
        const reaches = cord.lengthM * 1000 >= need.lengthMm
        expect(sim.state.cord!.ends.b).toBe(reaches ? dist : null)
        const right = rightCord(setup)
        if (!reaches) {
          expect(sim.lastOutcomes).toEqual([
            expect.objectContaining({ kind: 'rejected', reason: 'cord-too-short' }),
          ])
          return
        }
        expect(sim.errors(ERR.outsideGuides)).toEqual([])
        // A cord that reaches means a right cord exists, never longer than a green one that reaches.
        expect(right).not.toBeNull()
        const extraM = sim.steps(STEP.route).at(-1)!.measured!.extraM!
        expect(extraM).toBeCloseTo(Math.round((cord.lengthM - right!.lengthM) * 10) / 10, 12)
        if (cord.polish === 'apc') expect(extraM).toBeGreaterThanOrEqual(0)
        if (cord.id === right!.id) expect(extraM).toBe(0)
      }),
      { numRuns: 300 },
    )
  })
})
