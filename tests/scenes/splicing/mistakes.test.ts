import { describe, expect, it } from 'vitest'
import { localText } from '../../../src/i18n/index.ts'
import type { Finding, Report } from '../../../src/engine/types.ts'
import { BUBBLE_LOSS_DB } from '../../../scenes/splicing/lossModel.ts'
import { CLEAVE_MARGIN_MM } from '../../../scenes/splicing/model.ts'
import { ERR, STEP, hintMessage } from '../../../scenes/splicing/index.ts'
import { placeholders, splicingSim } from './sim.ts'
import type { SplicingSim } from './sim.ts'

/** Numbers in French messages read with a decimal comma. */
const fr = (value: number) => String(value).replace('.', ',')

const EVALUATION = 'splicing.evaluation'
const LEFT = { cote: 'gauche', side: 'left' }
const RIGHT = { cote: 'droite', side: 'right' }

/** The catalogue entry of an error in the procedure the sim scores against. */
const defOf = (sim: SplicingSim, error: string) => {
  const def = sim.procedureData.errors.find((candidate) => candidate.id === error)
  if (!def) throw new Error(`${error} is not in ${sim.procedureData.id}`)
  return def
}

const errorFindings = (report: Report, error: string) =>
  report.findings.filter((finding) => finding.kind === 'error' && finding.error === error)

/**
 * The report explains the error the way the trainee reads it: its level and penalty come from the
 * procedure, the message and consequence are the catalogue's, and every {{placeholder}} in the French
 * and English message is filled from what the model measured, so no raw brace reaches the screen;
 * and every number the model measured, and the side, has its placeholder in both messages.
 */
function expectExplained(
  sim: SplicingSim,
  error: string,
  { recovered = false, detail }: { recovered?: boolean; detail?: Record<string, string | number> } = {},
): Finding {
  const report = sim.report()
  const def = defOf(sim, error)
  const [finding, ...others] = errorFindings(report, error)
  expect(finding, `a finding for ${error}`).toBeDefined()
  expect(others, `a single finding for ${error}`).toEqual([])
  if (!finding) throw new Error('unreachable')
  expect(finding.level).toBe(def.level)
  expect(finding.recovered).toBe(recovered)
  expect(finding.message).toEqual(def.message)
  expect(finding.consequence).toEqual(def.consequence)
  if (detail) expect(finding.detail).toEqual(detail)
  const alpha = sim.procedureData.weights.errors
  const charged = recovered ? def.recoveredPenalty : def.penalty
  // Penalties are charged until the errors component is empty; a lone error here never empties it.
  if (report.components.errors > 0) expect(finding.pointsLost).toBeCloseTo(100 * alpha * charged, 9)
  for (const language of ['fr', 'en'] as const) {
    for (const name of placeholders(def.message[language]))
      expect(Object.keys(finding.detail ?? {}), `${error} ${language}: {{${name}}}`).toContain(name)
    const text = localText(def.message, language, finding.detail)
    expect(text).not.toMatch(/\{\{|\}\}/)
  }
  // And the other way round: every number measured, and the side, is shown to the trainee.
  for (const [key, value] of Object.entries(finding.detail ?? {})) {
    if (typeof value === 'number' || key === 'cote') expect(placeholders(def.message.fr), key).toContain(key)
    if (typeof value === 'number' || key === 'side') expect(placeholders(def.message.en), key).toContain(key)
  }
  return finding
}

/** The French message as the results page shows it. */
const frenchMessage = (finding: Finding) => localText(finding.message, 'fr', finding.detail)

describe('sleeve forgotten: the splice has to be broken and made again', () => {
  const spliceWithoutSleeve = () =>
    splicingSim(EVALUATION).glasses().prepare('L').prepare('R').closeUp().arc()

  it('the arc still splices, but raises the no-sleeve error', () => {
    const sim = spliceWithoutSleeve()
      .expectOutcome({ kind: 'step', step: STEP.arc })
      .expectOutcome({ kind: 'error', error: ERR.noSleeve, ref: 'sleeve' })
    expect(sim.state.sleeveForgotten).toBe(true)
    expect(sim.state.splice?.withSleeve).toBe(false)
  })

  it('no sleeve can be threaded on joined fibres, and there is none to slide over the splice', () => {
    const sim = spliceWithoutSleeve()
    sim.threadSleeve('L').expectOutcome({ kind: 'rejected', reason: 'fibres-joined' })
    sim.accept().openCover().expectOutcome({ kind: 'step', step: STEP.proof })
    sim.slideSleeve(0).expectOutcome({ kind: 'rejected', reason: 'no-sleeve' })
    expect(sim.state.sleeve).toBeNull()
  })

  it.each([
    ['at once, before deciding', (sim: SplicingSim) => sim.redo()],
    ['after keeping it and the proof test', (sim: SplicingSim) => sim.accept().openCover().redo()],
  ])('broken %s: both ends go back to the coating, one scrap each to bin', (_, breakIt) => {
    const sim = breakIt(spliceWithoutSleeve())
    expect(sim.state.splice).toBeNull()
    for (const side of ['L', 'R'] as const) {
      expect(sim.state.ends[side].phase).toBe('coated')
      expect(sim.state.ends[side].scraps).toBe(1)
      // The spliced piece is cut off: the bare glass it held is lost from the spare.
      expect(sim.state.ends[side].usedMm).toBe(sim.setup.cleaveLengthMm)
    }
    sim.threadSleeve('L').expectOutcome({ kind: 'step', step: STEP.sleeve })
  })

  it('made again with the sleeve: recovered, charged the recovered penalty, and the job can pass', () => {
    const sim = spliceWithoutSleeve().redo().threadSleeve('L').prepare('L').prepare('R').closeUp().arc()
    sim.expectOutcome({ kind: 'recovered', error: ERR.noSleeve, ref: 'sleeve' })
    sim.accept().openCover().protect().finish()
    const finding = expectExplained(sim, ERR.noSleeve, { recovered: true })
    expect(finding.detail).toBeUndefined()
    const report = sim.report()
    expect(report.components.errors).toBeCloseTo(1 - defOf(sim, ERR.noSleeve).recoveredPenalty, 12)
    // The first splice came before the sleeve: the sleeve → arc rule was broken once.
    expect(report.findings).toContainEqual(
      expect.objectContaining({ kind: 'order', step: STEP.arc, before: STEP.sleeve }),
    )
    expect(report.components.economy).toBeLessThan(1)
    expect(report.success).toBe(true)
  })

  it('left unrepaired, it is charged in full', () => {
    const sim = spliceWithoutSleeve().accept().openCover().finish()
    expectExplained(sim, ERR.noSleeve, { recovered: false })
    expect(sim.report().success).toBe(false)
  })
})

describe('no safety glasses while handling bare fibre: critical', () => {
  it('one bare-fibre gesture without glasses fails a job that is otherwise perfect', () => {
    const sim = splicingSim(EVALUATION).threadSleeve('L').strip('L')
    sim
      .expectOutcome({ kind: 'error', error: ERR.noGlasses })
      .expectOutcome({ kind: 'step', step: STEP.strip('L') })
    sim.glasses().wipe('L').cleave('L').binScrap('L').load('L').prepare('R')
    sim.closeUp().arc().accept().openCover().protect().finish()
    const finding = expectExplained(sim, ERR.noGlasses)
    expect(finding.level).toBe('critical')
    expect(finding.seq).toBe(1)
    const report = sim.report()
    expect(report.criticalErrors).toBe(1)
    expect(report.success).toBe(false)
    // The score is still shown, and is above the pass mark: only the breach fails the job.
    expect(report.score).toBeGreaterThanOrEqual(report.passMark)
    expect(report.findings[0]).toEqual(finding)
  })

  it('every bare-fibre gesture without glasses is a breach; threading the sleeve and the splicer’s buttons are not', () => {
    const sim = splicingSim(EVALUATION).threadSleeve('L').prepare('L').prepare('R').closeUp().arc()
    // strip, wipe, cleave, bin, load on each side
    expect(sim.errors(ERR.noGlasses)).toHaveLength(10)
    const bareFibre = new Set(['strip', 'wipe', 'cleave', 'bin-scrap', 'load'])
    expect(sim.errors(ERR.noGlasses).map((o) => sim.gestures[o.seq]?.type)).toEqual(
      sim.gestures.filter((g) => bareFibre.has(g.type)).map((g) => g.type),
    )
  })

  it('a refused gesture handled nothing: no breach for it', () => {
    const sim = splicingSim(EVALUATION).cleave('L')
    expect(sim.lastOutcomes).toEqual([
      { kind: 'rejected', reason: 'not-stripped', seq: 0, tMs: 0, detail: LEFT },
    ])
  })
})

describe('scrap left on the bench: critical', () => {
  /** A good job where the left end was cut back once and only one of its two scraps went in the bin. */
  const jobWithAScrapLeft = () => {
    const sim = splicingSim(EVALUATION).glasses().threadSleeve('L').strip('L').cutEnd('L')
    expect(sim.state.ends.L.scraps).toBe(1)
    sim.strip('L').wipe('L').cleave('L').binScrap('L').load('L').prepare('R')
    return sim.closeUp().arc().accept().openCover().protect()
  }

  it('finishing with a scrap out of the bin is a critical finding with the count, and fails', () => {
    const sim = jobWithAScrapLeft()
    expect(hintMessage(sim.state)).toEqual({ key: 'splicing.hints.bin-scrap', values: LEFT })
    sim.finish().expectOutcome({ kind: 'error', error: ERR.scrapLeft, ref: 'bench', detail: { count: 1 } })
    const finding = expectExplained(sim, ERR.scrapLeft, { detail: { count: 1 } })
    expect(frenchMessage(finding)).toMatch(/^1 chute\(s\) de fibre/)
    const report = sim.report()
    expect(report.success).toBe(false)
    expect(report.criticalErrors).toBe(1)
    expect(report.components.completion).toBe(1)
  })

  it('counts the scraps of both sides', () => {
    const sim = splicingSim(EVALUATION).glasses().threadSleeve('L')
    sim.strip('L').wipe('L').cleave('L').load('L').strip('R').wipe('R').cleave('R').load('R')
    sim.finish().expectOutcome({ kind: 'error', error: ERR.scrapLeft, detail: { count: 2 } })
  })

  it('binned before finishing, nothing is said', () => {
    const sim = jobWithAScrapLeft().binScrap('L').finish()
    expect(sim.errors(ERR.scrapLeft)).toEqual([])
    expect(sim.report().success).toBe(true)
  })

  it('scraps already on the bench stay there when a new fibre end is taken', () => {
    const sim = splicingSim(EVALUATION).glasses().strip('L').cutEnd('L')
    for (let n = 0; n < 4; n++) sim.strip('L', { offAxisDeg: 30 })
    expect(sim.errors(ERR.tooShort)).toHaveLength(1)
    expect(sim.state.ends.L.scraps).toBe(1)
  })
})

describe('fibre broken while stripping', () => {
  it('a pull off the axis beyond the limit breaks it: warning, length lost, still coated', () => {
    const { breakOffAxisDeg, stripTargetMm } = splicingSim(EVALUATION).setup
    const sim = splicingSim(EVALUATION)
      .glasses()
      .strip('L', { offAxisDeg: breakOffAxisDeg + 1 })
    sim.expectOutcome({
      kind: 'error',
      error: ERR.broken,
      ref: 'L-break-1',
      detail: { ...LEFT, reason: 'off-axis' },
    })
    expect(sim.state.ends.L).toMatchObject({ phase: 'coated', usedMm: stripTargetMm, breaks: 1, bareMm: 0 })
    const finding = expectExplained(sim, ERR.broken, { detail: { ...LEFT, reason: 'off-axis' } })
    expect(frenchMessage(finding)).toContain('Fibre gauche cassée')
    // Stripped again along the axis, it comes off cleanly.
    sim.strip('L').expectOutcome({ kind: 'step', step: STEP.strip('L') })
  })

  it('exactly at the off-axis limit it holds', () => {
    const sim = splicingSim(EVALUATION).glasses()
    sim
      .strip('R', { offAxisDeg: -sim.setup.breakOffAxisDeg })
      .expectOutcome({ kind: 'step', step: STEP.strip('R') })
  })

  it('one long pull beyond the stroke limit breaks it; the same length in strokes does not', () => {
    const sim = splicingSim(EVALUATION).glasses()
    const { maxPullMm, stripTargetMm } = sim.setup
    expect(stripTargetMm).toBeGreaterThan(maxPullMm)
    sim.strip('R', { pulls: 1 }).expectOutcome({
      kind: 'error',
      error: ERR.broken,
      ref: 'R-break-1',
      detail: { ...RIGHT, reason: 'too-long' },
    })
    sim.strip('R', { pulls: 2, longestPullMm: maxPullMm + 1 }).expectOutcome({
      kind: 'error',
      error: ERR.broken,
      ref: 'R-break-2',
    })
    sim
      .strip('R', { pulls: 2, longestPullMm: maxPullMm })
      .expectOutcome({ kind: 'step', step: STEP.strip('R') })
    expect(sim.state.ends.R.usedMm).toBe(2 * stripTargetMm)
  })

  it('broken past the spare: too short, a new end is taken, and stripping starts again', () => {
    const sim = splicingSim(EVALUATION).glasses()
    const { spareMm, stripTargetMm } = sim.setup
    // Too short once more than the spare is lost: the first n with n · strip > spare.
    const fatal = Math.floor(spareMm / stripTargetMm) + 1
    for (let n = 1; n < fatal; n++) {
      sim.strip('L', { offAxisDeg: 30 })
      expect(sim.errors(ERR.tooShort)).toEqual([])
    }
    sim.strip('L', { offAxisDeg: 30 })
    sim.expectOutcome({ kind: 'error', error: ERR.broken, ref: `L-break-${fatal}` })
    sim.expectOutcome({ kind: 'error', error: ERR.tooShort, detail: LEFT })
    expect(sim.state.ends.L).toMatchObject({ phase: 'coated', usedMm: 0, breaks: fatal })
    expectExplained(sim, ERR.tooShort, { detail: LEFT })
    expect(sim.errors(ERR.broken)).toHaveLength(fatal)
    sim.strip('L').expectOutcome({ kind: 'step', step: STEP.strip('L') })
  })

  it('cutting an end back again and again also eats the spare', () => {
    const sim = splicingSim(EVALUATION).glasses()
    const { spareMm, stripTargetMm } = sim.setup
    const fatal = Math.floor(spareMm / stripTargetMm) + 1
    for (let n = 1; n <= fatal; n++) sim.strip('L').cutEnd('L')
    expect(sim.errors(ERR.tooShort)).toHaveLength(1)
    expect(sim.errors(ERR.tooShort)[0]?.seq).toBe(2 * fatal)
    expect(sim.state.ends.L.usedMm).toBe(0)
  })
})

describe('badly wiped fibre: a bubble and a high loss', () => {
  it.each([
    ['in the wrong direction', { towardTip: false, fresh: true }, 'wrong-direction'],
    ['with a used wipe', { towardTip: true, fresh: false }, 'used-wipe'],
  ])('wiped %s: a warning', (_, wipe, reason) => {
    const sim = splicingSim(EVALUATION).glasses().strip('L').wipe('L', wipe)
    sim.expectOutcome({ kind: 'error', error: ERR.badWipe, detail: { ...LEFT, reason } })
    expect(sim.state.ends.L.clean).toBe('bad')
    expectExplained(sim, ERR.badWipe, { detail: { ...LEFT, reason } })
    expect(defOf(sim, ERR.badWipe).level).toBe('warning')
  })

  const spliceWithBadWipe = () =>
    splicingSim(EVALUATION)
      .glasses()
      .threadSleeve('L')
      .strip('L')
      .wipe('L', { towardTip: false })
      .cleave('L')
      .binScrap('L')
      .load('L')
      .prepare('R')
      .closeUp()
      .arc()

  it('not wiped again, the splicer passes it but burns a bubble: loss ≥ the bubble’s', () => {
    const sim = spliceWithBadWipe().expectOutcome({ kind: 'step', step: STEP.arc })
    expect(sim.state.splice?.bubble).toBe(true)
    expect(sim.state.splice?.lossDb).toBeGreaterThanOrEqual(BUBBLE_LOSS_DB)
    expect(sim.state.screen).toMatchObject({ status: 'spliced', bubble: true })
    expect(hintMessage(sim.state).key).toBe('splicing.hints.redo')
  })

  it('kept anyway: accepted-bad error, and the proof test breaks it on opening', () => {
    const sim = spliceWithBadWipe()
    const lossDb = sim.state.splice?.lossDb ?? NaN
    sim.accept().expectOutcome({
      kind: 'error',
      error: ERR.acceptedBad,
      detail: { lossDb, limitDb: sim.setup.lossThresholdDb },
    })
    sim.openCover().expectOutcome({ kind: 'consequence', key: 'proofTestBroke', value: 1 })
    expect(sim.state.screen.status).toBe('proof-broken')
    expect(sim.state.splice).toBeNull()
    expect(sim.state.ends.L.phase).toBe('coated')
    expect(sim.state.ends.R.phase).toBe('coated')
    sim.finish()
    expectExplained(sim, ERR.acceptedBad, { detail: { lossDb, limitDb: sim.setup.lossThresholdDb } })
    const report = sim.report()
    expect(report.findings).toContainEqual(
      expect.objectContaining({ kind: 'missing-step', step: STEP.proof }),
    )
    expect(report.success).toBe(false)
  })

  it('wiped again properly before the cleave: no bubble', () => {
    const sim = splicingSim(EVALUATION).glasses().threadSleeve('L').strip('L').wipe('L', { fresh: false })
    sim.wipe('L').cleave('L').binScrap('L').load('L').prepare('R').closeUp().arc()
    expect(sim.state.splice?.bubble).toBe(false)
    expect(sim.state.splice?.lossDb).toBeLessThan(BUBBLE_LOSS_DB)
  })
})

describe('touched after cleaning: the splicer refuses a dirty fibre', () => {
  it('touching the cleaned glass is an error', () => {
    const sim = splicingSim(EVALUATION).glasses().strip('L').wipe('L').touch('L')
    sim.expectOutcome({ kind: 'error', error: ERR.touched, ref: 'L-touch-1', detail: LEFT })
    expect(sim.state.ends.L.dirty).toBe(true)
    expectExplained(sim, ERR.touched, { detail: LEFT })
  })

  it('touching the coating is no mistake', () => {
    const sim = splicingSim(EVALUATION).glasses().touch('R')
    expect(sim.lastOutcomes).toEqual([])
    expect(sim.state.ends.R.dirty).toBe(false)
  })

  it('touching the glass before it was ever cleaned is no mistake either: the wipe is still to come', () => {
    const sim = splicingSim(EVALUATION).glasses().strip('R').touch('R')
    expect(sim.errors()).toEqual([])
    sim.wipe('R').cleave('R').binScrap('R').load('R')
    expect(sim.state.ends.R.dirty).toBe(false)
  })

  it('wiping a cleaved end touches its end face', () => {
    const sim = splicingSim(EVALUATION).glasses().strip('L').wipe('L').cleave('L').wipe('L')
    sim.expectOutcome({ kind: 'error', error: ERR.touched, ref: 'L-touch-1' })
    expect(sim.state.ends.L.dirty).toBe(true)
  })

  const refusedDirty = () =>
    splicingSim(EVALUATION)
      .glasses()
      .threadSleeve('L')
      .strip('L')
      .wipe('L')
      .cleave('L')
      .touch('L')
      .binScrap('L')
      .load('L')
      .prepare('R')
      .closeUp()
      .arc()

  it('loaded dirty, the splicer refuses it: "fibre sale" on that side only', () => {
    const sim = refusedDirty()
    expect(sim.lastOutcomes).toEqual([
      {
        kind: 'error',
        error: ERR.dirtyAtSplicer,
        ref: 'L',
        seq: sim.gestures.length - 1,
        tMs: 0,
        detail: LEFT,
      },
    ])
    expect(sim.state.splice).toBeNull()
    expect(sim.state.screen.status).toBe('dirty-fibre')
    expect(sim.state.ends.L.refused).toBe('dirty')
    expect(sim.state.ends.R.refused).toBeNull()
    sim.finish()
    const finding = expectExplained(sim, ERR.dirtyAtSplicer, { detail: LEFT })
    expect(frenchMessage(finding)).toBe('La soudeuse refuse la fibre gauche : fibre sale.')
  })

  it('unloaded, cut back and prepared again: both errors recovered, the splice is made', () => {
    const sim = refusedDirty().openCover().unload('L').cutEnd('L')
    sim.expectOutcome({ kind: 'recovered', error: ERR.touched, ref: 'L-touch-1' })
    sim.expectOutcome({ kind: 'recovered', error: ERR.dirtyAtSplicer, ref: 'L' })
    sim.prepare('L').closeUp().arc().expectOutcome({ kind: 'step', step: STEP.arc })
    sim.accept().openCover().protect().finish()
    expectExplained(sim, ERR.touched, { recovered: true, detail: LEFT })
    expectExplained(sim, ERR.dirtyAtSplicer, { recovered: true, detail: LEFT })
    const report = sim.report()
    const recoveredCost =
      defOf(sim, ERR.touched).recoveredPenalty + defOf(sim, ERR.dirtyAtSplicer).recoveredPenalty
    expect(report.components.errors).toBeCloseTo(1 - recoveredCost, 12)
    expect(report.success).toBe(true)
  })

  it('touched twice before it was put right: one cut-back puts both right', () => {
    const sim = refusedDirty().openCover().unload('L')
    sim.touch('L').cutEnd('L').prepare('L').closeUp().arc().accept().openCover().protect().finish()
    const touches = sim.report().findings.filter((f) => f.kind === 'error' && f.error === ERR.touched)
    expect(touches).toHaveLength(2)
    expect(touches.every((f) => f.recovered)).toBe(true)
  })

  it('a touch before the cleave is put right by wiping again with a fresh wipe', () => {
    const sim = splicingSim(EVALUATION).glasses().strip('L').wipe('L').touch('L').wipe('L')
    sim.expectOutcome({ kind: 'recovered', error: ERR.touched, ref: 'L-touch-1' })
    expect(sim.state.ends.L.dirty).toBe(false)
  })

  it('a sleeve threaded over bare glass drags dirt onto it: the splicer refuses that end', () => {
    const sim = splicingSim(EVALUATION).glasses().strip('L').wipe('L').threadSleeve('L')
    sim.expectOutcome({ kind: 'step', step: STEP.sleeve })
    expect(sim.state.ends.L.dirty).toBe(true)
    sim.cleave('L').binScrap('L').load('L').prepare('R').closeUp().arc()
    expect(sim.errors(ERR.dirtyAtSplicer).map((o) => o.ref)).toEqual(['L'])
  })

  it('threaded over the coated side, it dirties nothing', () => {
    const sim = splicingSim(EVALUATION).glasses().strip('L').wipe('L').threadSleeve('R')
    expect(sim.state.ends.L.dirty).toBe(false)
    expect(sim.state.ends.R.dirty).toBe(false)
  })
})

describe('cleave angle above the splicer’s limit', () => {
  const refusedCleave = (cleave: { tiltDeg?: number; bladeSpeedMmS?: number }) =>
    splicingSim(EVALUATION)
      .glasses()
      .threadSleeve('L')
      .strip('L')
      .wipe('L')
      .cleave('L', cleave)
      .binScrap('L')
      .load('L')
      .prepare('R')
      .closeUp()
      .arc()

  it.each([
    ['a fibre seated 3° off in the cleaver', { tiltDeg: 3 }],
    ['a slammed blade', { bladeSpeedMmS: 200 }],
  ])('%s: the splicer refuses it and shows the angle', (_, cleave) => {
    const sim = refusedCleave(cleave)
    const { angleDeg } = sim.state.ends.L.cleave ?? { angleDeg: NaN }
    const limitDeg = sim.setup.cleaveAngleLimitDeg
    expect(angleDeg).toBeGreaterThan(limitDeg)
    const detail = { ...LEFT, angleDeg, limitDeg }
    sim.expectOutcome({ kind: 'error', error: ERR.badCleave, ref: 'L', detail })
    expect(sim.state.splice).toBeNull()
    expect(sim.state.screen).toMatchObject({ status: 'cleave-angle', leftAngleDeg: angleDeg })
    sim.finish()
    const finding = expectExplained(sim, ERR.badCleave, { detail })
    expect(frenchMessage(finding)).toBe(
      `Clive gauche refusée : angle ${fr(angleDeg)}° au-dessus de la limite de ${fr(limitDeg)}°.`,
    )
    // The angle parameter gives no credit from the limit on.
    expect(sim.report().findings).toContainEqual(
      expect.objectContaining({
        kind: 'parameter',
        param: 'cleaveAngleDeg',
        value: angleDeg,
        level: 'error',
      }),
    )
  })

  it('a 3° tilt adds 1.5° to a precision cleave of 0.15–0.45°', () => {
    const { angleDeg } = refusedCleave({ tiltDeg: 3 }).state.ends.L.cleave ?? { angleDeg: NaN }
    expect(angleDeg).toBeGreaterThanOrEqual(1.6)
    expect(angleDeg).toBeLessThanOrEqual(2)
  })

  it('a tilt either way is a tilt: −3° gives the same angle as +3°', () => {
    const angleAt = (tiltDeg: number) => refusedCleave({ tiltDeg }).state.ends.L.cleave?.angleDeg
    expect(angleAt(-3)).toBe(angleAt(3))
  })

  it('cleaved again: recovered, and the new angle is the one graded', () => {
    const sim = refusedCleave({ tiltDeg: 3 }).openCover().unload('L').cutEnd('L')
    sim.expectOutcome({ kind: 'recovered', error: ERR.badCleave, ref: 'L' })
    sim.prepare('L').closeUp().arc().expectOutcome({ kind: 'step', step: STEP.arc })
    sim.accept().openCover().protect().finish()
    expectExplained(sim, ERR.badCleave, { recovered: true })
    const report = sim.report()
    expect(report.findings.filter((f) => f.kind === 'parameter')).toEqual([])
    expect(report.success).toBe(true)
  })

  it('both ends badly cleaved: one refusal per end', () => {
    const sim = splicingSim(EVALUATION).glasses().threadSleeve('L')
    sim
      .prepare('L', { cleave: { tiltDeg: 3 } })
      .prepare('R', { cleave: { tiltDeg: 3 } })
      .closeUp()
      .arc()
    expect(sim.errors(ERR.badCleave).map((o) => o.ref)).toEqual(['L', 'R'])
    expect(sim.state.ends.L.refused).toBe('cleave')
    expect(sim.state.ends.R.refused).toBe('cleave')
  })

  it('coating under the blade (strip too short for the cleave length): a bad cleave', () => {
    const sim = splicingSim(EVALUATION).glasses().threadSleeve('L')
    const { cleaveLengthMm, cleaveAngleLimitDeg } = sim.setup
    // Less than the margin left past the blade: the far clamp holds coating and the cleave spoils.
    sim.prepare('L', { strip: { lengthMm: cleaveLengthMm + CLEAVE_MARGIN_MM - 1 } }).prepare('R')
    expect(sim.state.ends.L.cleave?.angleDeg).toBeGreaterThanOrEqual(3)
    sim.closeUp().arc().expectOutcome({ kind: 'error', error: ERR.badCleave, ref: 'L' })
    expect(sim.state.ends.L.cleave?.angleDeg).toBeGreaterThan(cleaveAngleLimitDeg)
  })

  it('with exactly the margin past the blade, the cleave is a good one', () => {
    const sim = splicingSim(EVALUATION).glasses()
    sim
      .strip('L', { lengthMm: sim.setup.cleaveLengthMm + CLEAVE_MARGIN_MM })
      .wipe('L')
      .cleave('L')
    expect(sim.state.ends.L.cleave?.angleDeg).toBeLessThanOrEqual(0.5)
  })

  it('seated too far out: the cleave length misses the holder, a parameter finding', () => {
    const sim = splicingSim(EVALUATION).glasses().threadSleeve('L')
    sim.prepare('L', { cleave: { seatOffsetMm: 3 } }).prepare('R')
    const { cleaveLengthMm } = sim.setup
    expect(sim.state.ends.L.cleave?.lengthMm).toBe(cleaveLengthMm + 3)
    sim.closeUp().arc().accept().openCover().protect().finish()
    const report = sim.report()
    const spec = sim.procedureData.steps
      .find((s) => s.id === STEP.cleave('L'))
      ?.params?.find((p) => p.id === 'cleaveLengthMm')
    if (!spec) throw new Error('no cleave length parameter')
    const totalWeight = sim.procedureData.steps
      .flatMap((s) => s.params ?? [])
      .reduce((t, p) => t + p.weight, 0)
    const credit = (spec.limit - 3) / (spec.limit - spec.tol)
    expect(report.findings).toEqual([
      expect.objectContaining({
        kind: 'parameter',
        level: 'warning',
        step: STEP.cleave('L'),
        param: 'cleaveLengthMm',
        value: cleaveLengthMm + 3,
        target: cleaveLengthMm,
        pointsLost: expect.closeTo(
          (100 * sim.procedureData.weights.parameters * spec.weight * (1 - credit)) / totalWeight,
          9,
        ),
      }),
    ])
  })
})

describe('fibre placed wrong in the V-groove', () => {
  it.each([
    ['too far from the electrodes', 4.5],
    ['too close: the ends would touch', 0.1],
  ])('%s: the splicer refuses on fibre position', (_, tipMm) => {
    const sim = splicingSim(EVALUATION).glasses().threadSleeve('L').prepare('L', { tipMm }).prepare('R')
    sim.closeUp().arc()
    expect(sim.lastOutcomes).toEqual([
      { kind: 'rejected', reason: 'fibre-position', seq: sim.gestures.length - 1, tMs: 0, detail: LEFT },
    ])
    expect(sim.state.splice).toBeNull()
    expect(sim.state.screen.status).toBe('fibre-position')
    // Put back at the right distance, it splices.
    sim.openCover().unload('L').load('L', 1.5).closeUp().arc().expectOutcome({ kind: 'step', step: STEP.arc })
  })
})

describe('the decision: keep or redo', () => {
  /** Both ends cleaved 1.3° off: each angle is 0.8–0.9°, under the 1.0° limit, the pair over 0.1 dB. */
  const tooLossy = () => {
    const sim = splicingSim(EVALUATION).glasses().threadSleeve('L')
    sim.prepare('L', { cleave: { tiltDeg: 1.3 } }).prepare('R', { cleave: { tiltDeg: 1.3 } })
    const { L, R } = sim.state.ends
    // Precondition of this seed: both cleaves under the limit, so the splicer does splice.
    expect(L.cleave?.angleDeg).toBeLessThanOrEqual(sim.setup.cleaveAngleLimitDeg)
    expect(R.cleave?.angleDeg).toBeLessThanOrEqual(sim.setup.cleaveAngleLimitDeg)
    return sim.closeUp().arc().expectOutcome({ kind: 'step', step: STEP.arc })
  }

  it('two cleaves of ≥ 0.8° cost at least 0.04 · 1.6² ≈ 0.10 dB: above the 0.1 dB threshold', () => {
    const sim = tooLossy()
    expect(sim.state.splice?.lossDb).toBeGreaterThan(sim.setup.lossThresholdDb)
    expect(sim.state.splice?.bubble).toBe(false)
    expect(hintMessage(sim.state)).toEqual({
      key: 'splicing.hints.redo',
      values: { db: sim.state.splice?.lossDb, limit: sim.setup.lossThresholdDb },
    })
  })

  it('accepting it is an error with the loss and the threshold', () => {
    const sim = tooLossy()
    const lossDb = sim.state.splice?.lossDb ?? NaN
    const limitDb = sim.setup.lossThresholdDb
    sim
      .accept()
      .expectOutcome({ kind: 'error', error: ERR.acceptedBad, ref: 'splice-1', detail: { lossDb, limitDb } })
    // The proof test passes (no bubble): the splice is weak on loss, not on strength.
    sim.openCover().expectOutcome({ kind: 'step', step: STEP.proof })
    sim.protect().finish()
    const finding = expectExplained(sim, ERR.acceptedBad, { detail: { lossDb, limitDb } })
    expect(frenchMessage(finding)).toContain(`Soudure acceptée à ${fr(lossDb)} dB`)
    expect(frenchMessage(finding)).toContain(`le seuil est ${fr(limitDb)} dB`)
    expect(sim.report().findings).toContainEqual(
      expect.objectContaining({ kind: 'parameter', param: 'lossDb', value: lossDb }),
    )
  })

  it('redoing it is the right decision: the decide step, no error, and a good second splice passes', () => {
    const sim = tooLossy().redo().expectOutcome({ kind: 'step', step: STEP.decide })
    expect(sim.errors()).toEqual([])
    sim.prepare('L').prepare('R').closeUp().arc()
    expect(sim.state.splice?.lossDb).toBeLessThanOrEqual(sim.setup.lossThresholdDb)
    sim.accept().openCover().protect().finish().expectNoErrors()
    const report = sim.report()
    // The last splice's loss is the one graded.
    expect(report.findings.filter((f) => f.kind === 'parameter')).toEqual([])
    expect(report.success).toBe(true)
  })

  it('redoing a good splice costs economy only: no error, no step lost', () => {
    const sim = splicingSim(EVALUATION).spliceBoth()
    expect(sim.state.splice?.lossDb).toBeLessThanOrEqual(sim.setup.lossThresholdDb)
    sim.redo()
    expect(sim.lastOutcomes).toEqual([])
    sim.prepare('L').prepare('R').closeUp().arc().accept().openCover().protect().finish().expectNoErrors()
    const report = sim.report()
    expect(report.components).toMatchObject({ completion: 1, order: 1, parameters: 1, errors: 1 })
    // redo, then each end again (strip, wipe, cleave, two scraps, load), the clamps, the cover, the arc
    const actions = sim.procedureData.minActions + 1 + 2 * 6 + 3
    expect(report.actionCount).toBe(actions)
    expect(report.components.economy).toBeCloseTo(sim.procedureData.minActions / actions, 12)
  })

  it('the proof test runs on opening the cover of a kept splice', () => {
    const sim = splicingSim(EVALUATION).spliceBoth().accept().openCover()
    sim.expectOutcome({ kind: 'step', step: STEP.proof })
    expect(sim.state.splice?.proofTested).toBe(true)
    expect(sim.state.screen.status).toBe('proof-ok')
    expect(sim.state.ends.L.loaded).toBe(false)
    expect(sim.state.ends.R.loaded).toBe(false)
  })
})

describe('the protection sleeve', () => {
  const proofTested = () => splicingSim(EVALUATION).spliceBoth().accept().openCover()

  it('must cover the bare glass with coating held each side: margin = (sleeve − bare glass) / 2 − overlap', () => {
    const sim = proofTested()
    const { sleeveLengthMm, cleaveLengthMm, sleeveOverlapMm } = sim.setup
    const marginMm = (sleeveLengthMm - 2 * cleaveLengthMm) / 2 - sleeveOverlapMm
    sim
      .slideSleeve(marginMm)
      .expectOutcome({ kind: 'step', step: STEP.centre, measured: { centreOffsetMm: marginMm } })
    expect(sim.lastOutcomes.filter((o) => o.kind === 'error')).toEqual([])
    sim.slideSleeve(-(marginMm + 1)).expectOutcome({
      kind: 'error',
      error: ERR.bareGlass,
      detail: { offsetMm: -(marginMm + 1), marginMm },
    })
    sim
      .heaterIn()
      .wait(sim.setup.heatCycleS + sim.setup.coolS)
      .heaterOut()
      .finish()
    const finding = expectExplained(sim, ERR.bareGlass, { detail: { offsetMm: -(marginMm + 1), marginMm } })
    expect(frenchMessage(finding)).toBe(
      `Gaine décentrée de ${-(marginMm + 1)} mm : de la fibre nue dépasse (marge ${marginMm} mm).`,
    )
    expect(sim.report().findings).toContainEqual(
      expect.objectContaining({ kind: 'parameter', param: 'centreOffsetMm', value: -(marginMm + 1) }),
    )
  })

  it('is measured against the bare glass really left: a longer cleave leaves less margin', () => {
    const sim = splicingSim(EVALUATION).glasses().threadSleeve('L')
    sim
      .prepare('L', { cleave: { seatOffsetMm: 3 } })
      .prepare('R')
      .closeUp()
      .arc()
      .accept()
      .openCover()
    const { sleeveLengthMm, cleaveLengthMm, sleeveOverlapMm } = sim.setup
    const marginMm = (sleeveLengthMm - (2 * cleaveLengthMm + 3)) / 2 - sleeveOverlapMm
    sim
      .slideSleeve(marginMm + 0.5)
      .expectOutcome({ kind: 'error', error: ERR.bareGlass, detail: { offsetMm: marginMm + 0.5, marginMm } })
  })

  it('taken out of the heater before the cycle ends: not shrunk, an error with the times', () => {
    const sim = proofTested().slideSleeve(0).heaterIn()
    const { heatCycleS } = sim.setup
    sim.wait(heatCycleS - 1).heaterOut()
    sim.expectOutcome({
      kind: 'error',
      error: ERR.notShrunk,
      detail: { heatedS: heatCycleS - 1, cycleS: heatCycleS },
    })
    expect(sim.lastOutcomes.some((o) => o.kind === 'step')).toBe(false)
    expect(sim.state.sleeve).toMatchObject({ shrunk: false, done: true })
    sim.finish()
    const finding = expectExplained(sim, ERR.notShrunk, {
      detail: { heatedS: heatCycleS - 1, cycleS: heatCycleS },
    })
    expect(frenchMessage(finding)).toContain(
      `après ${heatCycleS - 1} s, avant la fin de la chauffe (${heatCycleS} s)`,
    )
    expect(sim.report().findings).toContainEqual(
      expect.objectContaining({ kind: 'missing-step', step: STEP.heat }),
    )
  })

  it('handled after the cycle but before it cooled: shrunk, and a hot-sleeve warning', () => {
    const sim = proofTested().slideSleeve(0).heaterIn()
    const { heatCycleS, coolS } = sim.setup
    sim.wait(heatCycleS).heaterOut()
    sim.expectOutcome({ kind: 'step', step: STEP.heat, measured: { heatedS: heatCycleS } })
    sim.expectOutcome({
      kind: 'error',
      error: ERR.hotSleeve,
      detail: { heatedS: heatCycleS, readyS: heatCycleS + coolS },
    })
    expect(sim.state.sleeve?.shrunk).toBe(true)
    sim.finish()
    const finding = expectExplained(sim, ERR.hotSleeve, {
      detail: { heatedS: heatCycleS, readyS: heatCycleS + coolS },
    })
    expect(finding.level).toBe('warning')
  })

  it('handled once cooled: shrunk, and nothing to say', () => {
    const sim = proofTested().slideSleeve(0).heaterIn()
    const { heatCycleS, coolS } = sim.setup
    sim.wait(heatCycleS + coolS).heaterOut()
    expect(sim.lastOutcomes).toEqual([
      {
        kind: 'step',
        step: STEP.heat,
        seq: sim.gestures.length - 1,
        tMs: (heatCycleS + coolS) * 1000,
        measured: { heatedS: heatCycleS + coolS },
      },
    ])
  })
})
