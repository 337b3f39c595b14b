import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { expectRefused } from '../sceneModelChecks.ts'
import { player as playerEn } from '../../../src/i18n/en/player.ts'
import { player as playerFr } from '../../../src/i18n/fr/player.ts'
import { STEP, TIP_WINDOW_MM } from '../../../scenes/splicing/index.ts'
import { splicingSim } from './sim.ts'
import type { SplicingSim } from './sim.ts'

const EVALUATION = 'splicing.evaluation'
const LEFT = { cote: 'gauche', side: 'left' }
const RIGHT = { cote: 'droite', side: 'right' }

const fresh = () => splicingSim(EVALUATION).glasses()
const withSleeve = () => fresh().threadSleeve('L')
const bothLoaded = () => withSleeve().prepare('L').prepare('R')
const spliced = () => bothLoaded().closeUp().arc()
const proofTested = () => spliced().accept().openCover()

type Case = [string, () => SplicingSim, (sim: SplicingSim) => void, string, Record<string, string | number>?]

const CASES: Case[] = [
  ['glasses put on twice', fresh, (s) => s.glasses(), 'glasses-already-on'],
  ['a second sleeve', withSleeve, (s) => s.threadSleeve('R'), 'sleeve-already-on'],
  [
    'a sleeve on joined fibres',
    () => fresh().prepare('L').prepare('R').closeUp().arc(),
    (s) => s.threadSleeve('L'),
    'fibres-joined',
  ],
  [
    'a sleeve of a length the trade does not use',
    fresh,
    (s) => s.threadSleeve('L', 50),
    'unknown-target',
    { target: '50' },
  ],
  [
    'a fibre that is not there',
    fresh,
    (s) => s.gesture('strip', 'X', { lengthMm: 35 }),
    'unknown-target',
    { target: 'X' },
  ],
  ['a side gesture with no side', fresh, (s) => s.gesture('wipe'), 'unknown-target', { target: '' }],
  ['stripping a stripped end', () => fresh().strip('L'), (s) => s.strip('L'), 'already-stripped', LEFT],
  ['a strip of no length', fresh, (s) => s.strip('R', { lengthMm: 0 }), 'nothing-stripped'],
  ['wiping the coating', fresh, (s) => s.wipe('R'), 'nothing-to-wipe', RIGHT],
  ['cleaving a coated fibre', fresh, (s) => s.cleave('L'), 'not-stripped', LEFT],
  [
    'cleaving twice',
    () => fresh().strip('R').wipe('R').cleave('R'),
    (s) => s.cleave('R'),
    'already-cleaved',
    RIGHT,
  ],
  [
    'a cleave length with no bare glass under the blade',
    () => fresh().strip('L', { lengthMm: 16 }).wipe('L'),
    (s) => s.cleave('L'),
    'coating-in-cleaver',
    LEFT,
  ],
  ['cutting back a coated end', fresh, (s) => s.cutEnd('R'), 'nothing-to-cut', RIGHT],
  [
    'cutting back an end still in the splicer',
    () => fresh().prepare('L'),
    (s) => s.cutEnd('L'),
    'in-splicer',
    LEFT,
  ],
  ['binning a scrap that is not there', fresh, (s) => s.binScrap('L'), 'no-scrap', LEFT],
  ['loading an uncleaved end', () => fresh().strip('L').wipe('L'), (s) => s.load('L'), 'not-cleaved', LEFT],
  ['loading twice', () => fresh().prepare('R'), (s) => s.load('R'), 'already-loaded', RIGHT],
  [
    'loading under the closed cover',
    () => fresh().prepare('L').strip('R').wipe('R').cleave('R').binScrap('R').gesture('close-cover'),
    (s) => s.load('R'),
    'cover-closed',
  ],
  [
    'loading into closed clamps',
    () => fresh().prepare('L').strip('R').wipe('R').cleave('R').binScrap('R').gesture('close-clamps'),
    (s) => s.load('R'),
    'clamps-closed',
  ],
  [
    'closing the clamps twice',
    () => bothLoaded().gesture('close-clamps'),
    (s) => s.gesture('close-clamps'),
    'clamps-closed',
  ],
  ['closing the cover twice', () => bothLoaded().closeUp(), (s) => s.gesture('close-cover'), 'cover-closed'],
  ['unloading an end not in the splicer', fresh, (s) => s.unload('L'), 'not-loaded'],
  ['unloading under the closed cover', () => bothLoaded().closeUp(), (s) => s.unload('L'), 'fibre-clamped'],
  ['unloading a spliced fibre', () => spliced().openCover(), (s) => s.unload('R'), 'fibres-joined'],
  ['an arc with one fibre', () => withSleeve().prepare('L').closeUp(), (s) => s.arc(), 'not-loaded'],
  ['an arc with the clamps open', () => bothLoaded().gesture('close-cover'), (s) => s.arc(), 'clamps-open'],
  ['an arc with the cover open', () => bothLoaded().gesture('close-clamps'), (s) => s.arc(), 'cover-open'],
  ['a second arc on the splice', spliced, (s) => s.arc(), 'already-spliced'],
  ['opening an open cover', bothLoaded, (s) => s.openCover(), 'cover-already-open'],
  ['deciding with no splice', bothLoaded, (s) => s.accept(), 'nothing-to-decide'],
  ['keeping a kept splice', () => spliced().accept(), (s) => s.accept(), 'nothing-to-decide'],
  [
    'sliding a sleeve that is not there',
    () => fresh().prepare('L').prepare('R').closeUp().arc().accept().openCover(),
    (s) => s.slideSleeve(0),
    'no-sleeve',
  ],
  [
    'sliding the sleeve before the proof test',
    () => spliced().accept(),
    (s) => s.slideSleeve(0),
    'splice-not-ready',
  ],
  [
    'sliding the sleeve in the heater',
    () => proofTested().slideSleeve(0).heaterIn(),
    (s) => s.slideSleeve(0),
    'sleeve-in-heater',
  ],
  ['heating twice', () => proofTested().slideSleeve(0).heaterIn(), (s) => s.heaterIn(), 'sleeve-in-heater'],
  [
    'breaking a splice whose sleeve is in the heater',
    () => proofTested().slideSleeve(0).heaterIn(),
    (s) => s.redo(),
    'sleeve-in-heater',
  ],
  ['heating a sleeve not placed on the splice', proofTested, (s) => s.heaterIn(), 'sleeve-not-placed'],
  ['taking out of an empty heater', proofTested, (s) => s.heaterOut(), 'heater-empty'],
  ['taking the sleeve out twice', () => proofTested().protect(), (s) => s.heaterOut(), 'heater-empty'],
  [
    'a gesture the station does not know',
    fresh,
    (s) => s.gesture('polish', 'L'),
    'unknown-gesture',
    { type: 'polish' },
  ],
  ['any gesture after finish', () => fresh().finish(), (s) => s.strip('L'), 'attempt-finished'],
  ['a hint after finish', () => fresh().finish(), (s) => s.hint(), 'attempt-finished'],
  ['finishing twice', () => fresh().finish(), (s) => s.finish(), 'attempt-finished'],
]

describe('refused gestures are recorded, never silent', () => {
  it.each(CASES)('%s', (_, start, act, reason, detail) => {
    expectRefused(start(), act, reason, detail)
  })

  it('a refused bare-fibre gesture without glasses handled nothing: no safety breach', () => {
    expectRefused(splicingSim(EVALUATION), (s) => s.cleave('L'), 'not-stripped', LEFT)
    expectRefused(splicingSim(EVALUATION), (s) => s.binScrap('R'), 'no-scrap', RIGHT)
  })

  it.each([
    ['beyond the far end of the window', TIP_WINDOW_MM.max + 0.1],
    ['short of the near end of the window', TIP_WINDOW_MM.min - 0.1],
  ])('fibre position %s: refused, and only the splicer’s screen changes', (_, tipMm) => {
    const sim = withSleeve().prepare('L').prepare('R', { tipMm }).closeUp()
    const before = sim.state
    const logged = sim.gestures.length
    sim.arc()
    expect(sim.lastOutcomes).toEqual([
      { kind: 'rejected', reason: 'fibre-position', seq: logged, tMs: 0, detail: RIGHT },
    ])
    const { screen, ...rest } = sim.state
    const { screen: screenBefore, ...restBefore } = before
    expect(rest).toEqual(restBefore)
    expect(screenBefore.status).toBe('ready')
    expect(screen).toEqual({
      status: 'fibre-position',
      leftAngleDeg: before.ends.L.cleave?.angleDeg,
      rightAngleDeg: before.ends.R.cleave?.angleDeg,
    })
  })

  it('at both ends of the window the fibre is found', () => {
    for (const tipMm of [TIP_WINDOW_MM.min, TIP_WINDOW_MM.max]) {
      withSleeve()
        .prepare('L', { tipMm })
        .prepare('R')
        .closeUp()
        .arc()
        .expectOutcome({ kind: 'step', step: STEP.arc })
    }
  })

  it('refused gestures cost economy, and nothing else', () => {
    const sim = withSleeve().binScrap('L').prepare('L').prepare('R').arc().closeUp().arc()
    sim.accept().accept().openCover().protect().finish()
    const report = sim.report()
    const { minActions } = sim.procedureData
    // glasses on before the sleeve, as in every run here; three refusals on top of the minimal run
    expect(report.actionCount).toBe(minActions + 3)
    expect(report.components).toEqual({
      completion: 1,
      order: 1,
      parameters: 1,
      errors: 1,
      time: 1,
      economy: minActions / (minActions + 3),
    })
  })

  it('every rejection reason of the model is reached by a case above', () => {
    const reached = new Set([...CASES.map(([, , , reason]) => reason), 'fibre-position'])
    const source = readFileSync(new URL('../../../scenes/splicing/model.ts', import.meta.url), 'utf8')
    const inModel = new Set(
      [...source.matchAll(/rejected\(\s*\w+,\s*at,\s*'([a-z-]+)'|reason: '([a-z-]+)'/g)].map(
        (match) => (match[1] ?? match[2]) as string,
      ),
    )
    expect(inModel.size).toBeGreaterThan(20)
    expect([...reached].sort()).toEqual([...inModel].sort())
  })

  it('every rejection reason has a message for the player, in French and English', () => {
    const reasons = new Set([...CASES.map(([, , , reason]) => reason), 'fibre-position'])
    for (const reason of reasons) {
      expect(Object.keys(playerFr.rejected), reason).toContain(reason)
      expect(Object.keys(playerEn.rejected), reason).toContain(reason)
    }
  })
})
