import { describe, expect, it } from 'vitest'
import { FIBRE_CLASSES } from '../../../scenes/common/macrobend.ts'
import { hintMessage, progress } from '../../../scenes/splice-tray/index.ts'
import { spliceTraySim } from './sim.ts'
import type { SpliceTraySim } from './sim.ts'

const G652 = 'splice-tray.g652'
const GUIDED = 'splice-tray.guided'
const REWORK = 'splice-tray.rework'

const keyOf = (sim: SpliceTraySim) => hintMessage(sim.state).key.replace(/^spliceTray\.hints\./, '')

/** Follows the hints until they say 'finish'; a bound turns a hint loop into a failure instead of a hang. */
function followToTheEnd(sim: SpliceTraySim, bound = 40): string[] {
  const keys: string[] = []
  while (keyOf(sim) !== 'finish') {
    if (keys.length >= bound) throw new Error(`no end after ${bound} hints: ${keys.slice(-8).join(', ')}`)
    keys.push(keyOf(sim))
    sim.followHint()
    const refused = sim.lastOutcomes.find((o) => o.kind === 'rejected')
    if (refused) throw new Error(`the hint '${keys.at(-1)}' was refused: ${JSON.stringify(refused)}`)
  }
  return keys
}

describe('progress and hints along the clean run', () => {
  it('G.652: each milestone gesture adds one, and the hint names the next move with its numbers', () => {
    const sim = spliceTraySim(G652)
    const { tubeDepthMm, tie } = sim.setup
    const fibres = sim.setup.splices.map((s) => s.tubeFibre)
    const total = 2 + 1 + fibres.length + 2 + 3
    const seen: [string, Record<string, unknown> | undefined, number][] = []
    const look = () => {
      const hint = hintMessage(sim.state)
      const { done, total: all } = progress(sim.state)
      expect(all).toBe(total)
      seen.push([hint.key.replace('spliceTray.hints.', ''), hint.values, done])
    }
    look()
    for (const step of [
      () => sim.route('dist'),
      () => sim.tie('dist'),
      () => sim.route('drop'),
      () => sim.tie('drop'),
      () => sim.storeSpares(),
      ...fibres.map((f) => () => sim.place(f)),
      () => sim.coil('dist'),
      () => sim.coil('drop'),
      () => sim.close(),
      () => sim.label(),
      () => sim.connect(),
      () => sim.wavelength(1490),
      () => sim.measure(),
    ]) {
      step()
      look()
    }
    const minMm = FIBRE_CLASSES[sim.setup.fibreClass].minRadiusMm
    const band = { min: tie.secureN, max: tie.pinchN }
    expect(seen).toEqual([
      ['route', { context: 'dist', mm: tubeDepthMm.target }, 0],
      ['tie', { context: 'dist', ...band }, 0],
      ['route', { context: 'drop', mm: tubeDepthMm.target }, 1],
      ['tie', { context: 'drop', ...band }, 1],
      ['spares', undefined, 2],
      ...fibres.map((f, i): [string, Record<string, unknown>, number] => [
        'sleeve',
        { fibre: f, slot: f },
        3 + i,
      ]),
      ['coil', { context: 'dist', mm: minMm }, 3 + fibres.length],
      ['coil', { context: 'drop', mm: minMm }, 4 + fibres.length],
      // Closed, the cassette is labelled, then measured.
      ['close', undefined, 5 + fibres.length],
      ['label', undefined, 6 + fibres.length],
      ['connect', undefined, 7 + fibres.length],
      ['wavelength', undefined, 7 + fibres.length],
      ['measure', undefined, 7 + fibres.length],
      ['finish', undefined, total],
    ])
  })

  it.each([G652, GUIDED, 'splice-tray.evaluation'])(
    '%s: following the hints is the minimal clean run, no error, every milestone reached',
    (id) => {
      const sim = spliceTraySim(id)
      const dones = [progress(sim.state).done]
      const keys = followToTheEnd(sim)
      dones.push(progress(sim.state).done)
      expect(keys[0]).toBe('route')
      // Inside work, then close, label, and the measurement last.
      expect(keys.slice(-5)).toEqual(['close', 'label', 'connect', 'wavelength', 'measure'])
      expect(keys).toHaveLength(sim.procedureData.minActions)
      const { done, total } = progress(sim.state)
      expect(done).toBe(total)
      sim.finish().expectNoErrors()
      const report = sim.report()
      expect(report.actionCount).toBe(sim.procedureData.minActions)
      expect(report.success).toBe(true)
    },
  )

  it('progress never counts a faulty milestone: a crushed tie, a tight coil, a sleeve astray', () => {
    const sim = spliceTraySim(G652).secure('dist', { forceN: 90 })
    expect(progress(sim.state).done).toBe(0)
    expect(hintMessage(sim.state)).toEqual({ key: 'spliceTray.hints.cut-tie', values: { context: 'dist' } })
    sim.cut('tie-dist').tie('dist')
    expect(progress(sim.state).done).toBe(1)
    sim.secure('drop').storeSpares().place(3, 9)
    expect(progress(sim.state).done).toBe(3)
    expect(hintMessage(sim.state)).toEqual({ key: 'spliceTray.hints.sleeve', values: { fibre: 3, slot: 3 } })
    sim.place(3).place(4).tightCoil('dist', 10)
    expect(progress(sim.state).done).toBe(5)
    expect(hintMessage(sim.state)).toEqual({
      key: 'spliceTray.hints.coil',
      values: { context: 'dist', mm: FIBRE_CLASSES['G.652.D'].minRadiusMm },
    })
    sim.coil('dist')
    expect(progress(sim.state).done).toBe(6)
  })

  it('a reading at the wrong wavelength is not the measurement: the hint asks for 1490 nm', () => {
    const sim = spliceTraySim(G652).cleanRun().wavelength(1310).measure()
    expect(sim.state.meter.readAtNm).toBe(1310)
    expect(keyOf(sim)).toBe('wavelength')
    expect(progress(sim.state).done).toBe(progress(sim.state).total - 1)
  })

  it('a hint costs the documented amount in a graded mode, nothing in guided mode', () => {
    const plain = spliceTraySim(G652).cleanRun().finish().report()
    const hinted = spliceTraySim(G652).hint().cleanRun().finish()
    expect(hinted.report().hintsUsed).toBe(1)
    expect(plain.score - hinted.report().score).toBeCloseTo(hinted.procedureData.hintPenalty, 12)
    const guided = spliceTraySim(GUIDED).hint().cleanRun().finish().report()
    expect(guided.score).toBeCloseTo(spliceTraySim(GUIDED).cleanRun().finish().report().score, 12)
  })
})

describe('hints on the rework cassette', () => {
  it('the first hint is the crushed tie, then the tie again, then the spares', () => {
    const sim = spliceTraySim(REWORK, { seed: 9 })
    expect(hintMessage(sim.state)).toEqual({ key: 'spliceTray.hints.cut-tie', values: { context: 'dist' } })
    sim.followHint()
    expect(hintMessage(sim.state)).toEqual({
      key: 'spliceTray.hints.tie',
      values: { context: 'dist', min: sim.setup.tie.secureN, max: sim.setup.tie.pinchN },
    })
    sim.followHint().expectNoErrors()
    expect(keyOf(sim)).toBe('spares')
    sim.followHint()
    // The first sleeve astray cannot go to its slot: its partner holds it, so the partner comes out first.
    const misplaced = Object.keys(sim.state.sleeves)
      .map(Number)
      .filter((f) => sim.state.sleeves[f] !== f)
    expect(misplaced).toHaveLength(2)
    const [first, partner] = misplaced as [number, number]
    expect(sim.state.sleeves[partner]).toBe(first)
    expect(hintMessage(sim.state)).toEqual({
      key: 'spliceTray.hints.sleeve-out',
      values: { fibre: partner, slot: first },
    })
    sim.followHint().expectNoErrors()
    expect(sim.state.sleeves[partner]).toBeNull()
    // Its slot free, the first goes home, then the partner.
    expect(hintMessage(sim.state)).toEqual({
      key: 'spliceTray.hints.sleeve',
      values: { fibre: first, slot: first },
    })
    sim.followHint()
    expect(hintMessage(sim.state)).toEqual({
      key: 'spliceTray.hints.sleeve',
      values: { fibre: partner, slot: partner },
    })
    sim.followHint().expectNoErrors()
    expect(keyOf(sim)).toBe('coil')
  })

  it('progress at the start counts only what the colleague got right: the drop’s tie and the sleeves in place', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const { state } = spliceTraySim(REWORK, { seed })
      const fibres = Object.keys(state.sleeves).length
      expect(progress(state)).toEqual({ done: 1 + (fibres - 2), total: 8 + fibres })
    }
  })

  it('following the hints from the rework start is the minimal fix, and it passes', () => {
    for (const seed of [1, 2, 3, 4, 5, 9]) {
      const sim = spliceTraySim(REWORK, { seed })
      const keys = followToTheEnd(sim)
      expect(keys.slice(-5)).toEqual(['close', 'label', 'connect', 'wavelength', 'measure'])
      sim.finish().expectNoErrors()
      const report = sim.report()
      expect(report.actionCount, `seed ${seed}`).toBe(sim.procedureData.minActions)
      expect(report.success, `seed ${seed}`).toBe(true)
    }
  })

  it('closed untouched, the hint is to open the cassette, and then the fix it names is accepted', () => {
    const sim = spliceTraySim(REWORK, { seed: 9 }).close()
    expect(hintMessage(sim.state)).toEqual({ key: 'spliceTray.hints.open' })
    sim.followHint()
    expect(sim.lastOutcomes.filter((o) => o.kind === 'rejected')).toEqual([])
    expect(sim.state.coverClosed).toBe(false)
    expect(hintMessage(sim.state)).toEqual({ key: 'spliceTray.hints.cut-tie', values: { context: 'dist' } })
    sim.followHint()
    expect(sim.lastOutcomes.filter((o) => o.kind === 'rejected')).toEqual([])
  })

  it('closed with the inside sound but unlabelled and unmeasured: label first, then the measurement', () => {
    const sim = spliceTraySim(G652).secure('dist').secure('drop').storeSpares().placeAll()
    sim.coil('dist').coil('drop').close()
    expect(keyOf(sim)).toBe('label')
    sim.connect()
    expect(keyOf(sim)).toBe('label')
    sim.label()
    expect(keyOf(sim)).toBe('wavelength')
  })

  it('closed on a fault found only once closed (a coil drawn short): open, relay, close again', () => {
    const sim = spliceTraySim(G652).secure('dist').secure('drop').storeSpares().placeAll()
    sim
      .coil('dist', sim.setup.slackMm.dist - 200)
      .coil('drop')
      .close()
    expect(sim.state.coils.dist!.excessMm).toBeGreaterThan(sim.setup.tuckMm)
    const keys = followToTheEnd(sim)
    expect(keys.slice(0, 3)).toEqual(['open', 'coil', 'close'])
  })
})
