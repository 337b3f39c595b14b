import { describe, expect, it } from 'vitest'
import { replay } from '../../../src/engine/replay.ts'
import { ERR, STEP, spliceTrayModel } from '../../../scenes/splice-tray/index.ts'
import { LABEL_ZONE } from '../../../scenes/splice-tray/layout.ts'
import { expectPureAndReplayable, expectRefused, expectReportFromLogAlone } from '../sceneModelChecks.ts'
import { exerciseById, procedureFor, spliceTraySim } from './sim.ts'
import type { SpliceTraySim } from './sim.ts'

const G652 = 'splice-tray.g652'

const fresh = () => spliceTraySim(G652)
const tied = () => fresh().secure('dist').secure('drop')
const coiled = () => tied().storeSpares().placeAll().coil('dist').coil('drop')
const closed = () => coiled().close()
const finished = () => closed().label().measureLine().finish()

type Case = [
  string,
  () => SpliceTraySim,
  (sim: SpliceTraySim) => void,
  string,
  Record<string, string | number>?,
]

const CASES: Case[] = [
  ['a gesture after finish', finished, (s) => s.measure(), 'attempt-finished'],
  ['a hint after finish', finished, (s) => s.hint(), 'attempt-finished'],
  ['finishing twice', finished, (s) => s.finish(), 'attempt-finished'],
  [
    'a gesture the workplace does not know',
    fresh,
    (s) => s.gesture('polish', 'cover'),
    'unknown-gesture',
    { type: 'polish' },
  ],
  [
    'routing no cable',
    fresh,
    (s) => s.gesture('route', 'x', { depthMm: 15 }),
    'unknown-target',
    { target: 'x' },
  ],
  ['tying with no target', fresh, (s) => s.gesture('tie'), 'unknown-target', { target: '' }],
  ['cutting the cover', tied, (s) => s.cut('cover'), 'unknown-target', { target: 'cover' }],
  ['a sleeve that was not spliced', tied, (s) => s.place(1, 1), 'unknown-target', { target: 'sleeve-1' }],
  ['a slot past the holder', tied, (s) => s.place(3, 13), 'not-on-holder'],
  ['slot 0', tied, (s) => s.place(3, 0), 'not-on-holder'],
  ['a sleeve moved to where it is', () => tied().placeAll(), (s) => s.place(3), 'already-there', { slot: 3 }],
  ['tying an unrouted cable', fresh, (s) => s.tie('dist'), 'cable-not-routed'],
  ['tying twice', tied, (s) => s.tie('dist'), 'cable-tied'],
  ['routing a tied cable', tied, (s) => s.route('drop'), 'cable-tied'],
  ['a tie not pulled', () => fresh().route('dist'), (s) => s.tie('dist', 0), 'tie-not-pulled'],
  ['cutting a tie that is not there', fresh, (s) => s.cut('tie-dist'), 'no-tie'],
  ['coiling before tying', () => fresh().route('dist'), (s) => s.coil('dist'), 'cable-not-tied'],
  [
    'coiling no cable',
    tied,
    (s) => s.gesture('coil', 'middle', { path: '0,0;1,1' }),
    'unknown-target',
    { target: 'middle' },
  ],
  ['a path of one point', tied, (s) => s.gesture('coil', 'dist', { path: '0,0' }), 'bad-path'],
  ['storing the spares twice', () => tied().storeSpares(), (s) => s.storeSpares(), 'spares-stored'],
  ['cutting the spares twice', () => tied().cut('spares'), (s) => s.cut('spares'), 'already-cut'],
  ['opening an open cover', fresh, (s) => s.open(), 'cassette-open'],
  ['closing a closed cover', closed, (s) => s.close(), 'cassette-closed'],
  ['routing under the closed cover', closed, (s) => s.route('dist'), 'cassette-closed'],
  ['tying under the closed cover', closed, (s) => s.tie('dist'), 'cassette-closed'],
  ['cutting under the closed cover', closed, (s) => s.cut('tie-dist'), 'cassette-closed'],
  ['storing spares under the closed cover', closed, (s) => s.storeSpares(), 'cassette-closed'],
  ['placing a sleeve under the closed cover', closed, (s) => s.place(3, 8), 'cassette-closed'],
  ['coiling under the closed cover', closed, (s) => s.coil('dist'), 'cassette-closed'],
  [
    'a label not on the sheet',
    closed,
    (s) => s.gesture('label', 'cassette', { label: 'Z', offsetMm: 0 }),
    'unknown-target',
    { target: 'Z' },
  ],
  [
    'a label off the cassette’s lip',
    closed,
    (s) => s.label({ offsetMm: LABEL_ZONE.halfWidthMm + 1 }),
    'label-off-cassette',
  ],
  [
    'a label put nowhere',
    closed,
    (s) => s.gesture('label', 'cassette', { label: s.state.labels[0]!.id }),
    'label-off-cassette',
  ],
  ['measuring before connecting', closed, (s) => s.measure(), 'meter-not-connected'],
  ['connecting twice', () => closed().connect(), (s) => s.connect(), 'meter-connected'],
  ['a wavelength the meter does not have', fresh, (s) => s.wavelength(1625), 'unknown-wavelength'],
]

describe('refusals are said, logged and harmless', () => {
  it.each(CASES)('%s', (_, build, act, reason, detail) => {
    expectRefused(build(), act, reason, detail)
  })

  it('a run sprinkled with refusals scores like the same run without them, but for the wasted moves', () => {
    const plain = finished()
    const sprinkled = fresh()
    sprinkled.tie('dist').secure('dist').coil('drop').secure('drop').measure().storeSpares().placeAll()
    sprinkled.coil('dist').coil('drop').close().storeSpares().label().measureLine().finish().finish()
    expect(sprinkled.outcomes.filter((o) => o.kind === 'rejected')).toHaveLength(5)
    const [a, b] = [plain.report(), sprinkled.report()]
    expect(b.components).toEqual({ ...a.components, economy: b.components.economy })
    // The second finish is no action; the four other refused gestures are.
    expect(b.actionCount).toBe(a.actionCount + 4)
    expect(b.components.economy).toBeCloseTo(plain.procedureData.minActions / b.actionCount, 12)
    expect(b.success).toBe(true)
  })
})

/** A run with a bit of everything: refusals, faults and their fixes, a hint, a wrong wavelength. */
const messyRun = () =>
  spliceTraySim(G652)
    .wait(3)
    .tie('dist')
    .route('dist', 12)
    .tie('dist', 85)
    .secure('drop')
    .cut('tie-dist')
    .tie('dist')
    .place(3, 6)
    .place(4)
    .wait(20)
    .hint()
    .tightCoil('dist', 10)
    .coil('drop')
    .close()
    .open()
    .storeSpares()
    .place(3)
    .coil('dist')
    .close()
    .label({ correct: false })
    .connect()
    .measure()
    .wavelength(1490)
    .measure()
    .label()
    .wait(12)
    .finish()
    .measure()

describe('the log is the truth', () => {
  it('re-applying the log gives the same state and the same outcomes', () => {
    const sim = messyRun()
    const replayed = replay(spliceTrayModel, exerciseById(G652), sim.attempt.seed, sim.gestures)
    expect(replayed.state).toEqual(sim.state)
    expect(replayed.outcomes).toEqual(sim.outcomes)
  })

  it('apply never mutates its input, and a replay up to any point gives the state seen there', () => {
    expectPureAndReplayable(spliceTrayModel, exerciseById(G652), messyRun())
  })

  it('the seeded rework too, its fix included', () => {
    const sim = spliceTraySim('splice-tray.rework', { seed: 11 })
    sim.close().open().cut('tie-dist').tie('dist').storeSpares().coil('dist').coil('drop').close().finish()
    expectPureAndReplayable(spliceTrayModel, exerciseById('splice-tray.rework'), sim)
  })

  it('the report can be rebuilt from the log alone, whatever order it arrived in', () => {
    const sim = messyRun()
    const exercise = exerciseById(G652)
    const report = expectReportFromLogAlone(spliceTrayModel, exercise, procedureFor(exercise), sim)
    // It is a report worth comparing: faults recovered and not, a critical one among them.
    expect(report.findings.map((f) => f.error).filter(Boolean)).toEqual(
      expect.arrayContaining([ERR.tieTight, ERR.wrongSlot, ERR.tightBend, ERR.sparesPinched, ERR.wrongLabel]),
    )
    expect(report.success).toBe(false)
  })
})

describe('SCORING.md properties that apply to the cassette', () => {
  /** All that follows securing the cables: spares, sleeves, coils. */
  const organise = (sim: SpliceTraySim) => sim.storeSpares().placeAll().coil('dist').coil('drop')

  /** Unique precedence pairs of the procedure (a pair listed twice is one rule). */
  const pairCount = (sim: SpliceTraySim) =>
    new Set(sim.procedureData.precedence.map((pair) => pair.join('→'))).size

  it('the two cables can be secured in either order: the same report (no precedence between them)', () => {
    const distFirst = organise(fresh().secure('dist').secure('drop')).close().label().measureLine().finish()
    const dropFirst = organise(fresh().secure('drop').secure('dist')).close().label().measureLine().finish()
    expect(dropFirst.report()).toEqual(distFirst.report())
    expect(distFirst.report().components.order).toBe(1)
    // Also when another rule is broken in both: O is the same.
    const late = (first: 'dist' | 'drop', second: 'dist' | 'drop') =>
      organise(fresh().secure(first).secure(second)).measureLine().close().label().finish().report()
    expect(late('drop', 'dist').components.order).toBe(late('dist', 'drop').components.order)
    expect(late('drop', 'dist').components.order).toBeLessThan(1)
  })

  it('the label before closing scores the same as after', () => {
    const after = organise(tied()).close().label().measureLine().finish()
    const before = organise(tied()).label().close().measureLine().finish()
    expect(before.report()).toEqual(after.report())
    expect(before.report().score).toBeCloseTo(1, 12)
  })

  it('measuring before closing breaks one rule: O falls by exactly 1/P', () => {
    const right = organise(tied()).close().label().measureLine().finish()
    const early = organise(tied()).measureLine().close().label().finish()
    const P = pairCount(right)
    // Every step is done in both runs, so every pair counts.
    expect(right.report().components.completion).toBe(1)
    expect(early.report().components.completion).toBe(1)
    expect(right.report().components.order).toBe(1)
    expect(early.report().components.order).toBeCloseTo(1 - 1 / P, 12)
    expect(right.report().score - early.report().score).toBeCloseTo(right.procedureData.weights.order / P, 12)
    expect(early.report().findings).toEqual([
      expect.objectContaining({ kind: 'order', step: STEP.measure, before: STEP.close, level: 'warning' }),
    ])
    // The reading itself is the same: the cover pinches nothing here.
    expect(early.state.meter.readingDbm).toBe(right.state.meter.readingDbm)
  })

  it('a repeated step leaves completion as it was and lowers economy', () => {
    const once = finished()
    const twice = closed().label().measureLine().measure().finish()
    expect(twice.report().components.completion).toBe(once.report().components.completion)
    expect(twice.report().components.economy).toBeCloseTo(
      once.procedureData.minActions / (once.procedureData.minActions + 1),
      12,
    )
  })

  it('coiling may come before the other cable is secured (only its own tie is its precedent)', () => {
    const sim = fresh().secure('dist').coil('dist').secure('drop').coil('drop').storeSpares().placeAll()
    sim.close().label().measureLine().finish()
    expect(sim.report().components.order).toBe(1)
  })
})
