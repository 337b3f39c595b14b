/**
 * The splice cassette end to end in real Chromium: a correct job with real mouse drags and drawn coils
 * passes with the reading the line budget predicts; the same job with the tube-side slack wound tight
 * shows the bend finding and a lower reading in the line budget; the keyboard alone can do the whole job.
 * Screenshots of each stage are kept in test-results/screenshots.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bobbinCoil, tightCoil } from '../../scenes/splice-tray/coilPath.ts'
import { SPLICE_TRAY_EXERCISES } from '../../scenes/splice-tray/exercises.ts'
import { bundleEndZ } from '../../scenes/splice-tray/model.ts'
import { tieTail } from '../../scenes/splice-tray/places.ts'
import type { SpliceTraySetup } from '../../scenes/splice-tray/setup.ts'
import { estimateSpliceLoss } from '../../scenes/splicing/lossModel.ts'
import { e2eEnv, launchBrowser, newTestPage, rendererInfo, screenshot } from './harness.ts'
import { finish, startExercise, tabTo } from './fibreIdPage.ts'
import { drag, drawPath, labelWithText, press, pullTie, viewBox, viewCassette } from './spliceTrayPage.ts'

const { baseUrl, chromePath } = e2eEnv()
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser(chromePath)
})

afterAll(async () => {
  await browser?.close()
})

const EXERCISE = SPLICE_TRAY_EXERCISES.find((e) => e.id === 'splice-tray.evaluation')!
const SETUP = EXERCISE.setup as SpliceTraySetup
const END_Z = bundleEndZ({ setup: SETUP })
const LABEL = `${SETUP.cableId} T${SETUP.tubeNumber} F1-2 → ${SETUP.ptoRef}`
/** A tie pulled 16 mm past snug: 40 N, the middle of the exercise's band. */
const PULL_MM = 16

/** What the PTO receives from a cassette that costs only its splice (bends round the bobbins ≈ 0). */
const spliceLossDb = estimateSpliceLoss({
  offsetUm: SETUP.splice.offsetUm,
  leftMfdUm: SETUP.splice.distMfdUm,
  rightMfdUm: SETUP.splice.dropMfdUm,
  leftAngleDeg: SETUP.splice.angleDeg,
  rightAngleDeg: SETUP.splice.angleDeg,
  bubble: false,
}).lossDb
const EXPECTED_DBM = SETUP.linkBudgetDbm - spliceLossDb

const french = (value: number) => value.toFixed(2).replace('.', ',').replace('-', '−')

/** The line budget's cell for `label` on the results page, as a number. */
async function budgetValue(page: Page, label: string): Promise<number> {
  const text = await page
    .locator('[data-testid="scene-panel"] tr', { hasText: label })
    .locator('td')
    .textContent()
  return Number(
    (text ?? '')
      .replace(/\s|dBm?/g, '')
      .replace('−', '-')
      .replace(',', '.'),
  )
}

/** Secures both cables, stores the spares, places both sleeves, with real drags. */
async function prepareCassette(page: Page) {
  await drag(page, 'end-dist', 'entry-dist')
  await pullTie(page, 'dist', tieTail('dist'), PULL_MM)
  await drag(page, 'end-drop', 'entry-drop')
  await pullTie(page, 'drop', tieTail('drop'), PULL_MM)
  await drag(page, 'spares', 'channel')
  for (const { tubeFibre } of SETUP.splices) await drag(page, `sleeve-${tubeFibre}`, `slot-${tubeFibre}`)
}

/** Closes the cover, sticks the right label, measures at 1490 nm at the PTO. */
async function closeLabelMeasure(page: Page) {
  await press(page, 'cover')
  await drag(page, await labelWithText(page, LABEL), 'label-zone')
  await drag(page, 'cord', 'pto')
  await press(page, 'key-wavelength')
  await press(page, 'key-measure')
}

/** Drawing two coils by mouse under SwiftShader takes a while on two cores. */
const RUN_MS = 300_000

describe('splice cassette', () => {
  it(
    'a correct job by pointer passes with the reading the budget predicts, within the rendering budgets',
    async () => {
      const t = await newTestPage(browser, baseUrl)
      try {
        const { page } = t
        await startExercise(page, EXERCISE.id)
        await screenshot(page, 'splice-tray-1-pbo')
        await prepareCassette(page)
        await viewCassette(page)
        await drawPath(page, 'dist', bobbinCoil('dist', SETUP.slackMm.dist - 15, END_Z))
        await drawPath(page, 'drop', bobbinCoil('drop', SETUP.slackMm.drop - 15, END_Z))
        await screenshot(page, 'splice-tray-2-coiled')
        const info = await rendererInfo(page)
        expect(info!.calls).toBeLessThanOrEqual(100)
        expect(info!.programs).toBeLessThanOrEqual(15)
        expect(info!.triangles).toBeLessThanOrEqual(150_000)
        await viewBox(page)
        await closeLabelMeasure(page)
        await screenshot(page, 'splice-tray-3-measured')
        await finish(page)
        await expect.poll(() => page.getByTestId('score').textContent()).toBe('100')
        expect(await page.getByTestId('verdict').textContent()).toContain('Réussi')
        expect(await budgetValue(page, 'Puissance à la PTO')).toBeCloseTo(EXPECTED_DBM, 2)
        expect(await page.getByTestId('scene-panel').textContent()).toContain(
          `Vous avez mesuré ${french(EXPECTED_DBM)} dBm`,
        )
        await screenshot(page, 'splice-tray-4-results')
        expect(t.pageErrors).toEqual([])
        expect(t.consoleErrors).toEqual([])
        expect(t.foreignRequests).toEqual([])
      } finally {
        await t.close()
      }
    },
    RUN_MS,
  )

  it(
    'a tight coil on the tube side: the bend finding, and a lower reading in the line budget',
    async () => {
      const t = await newTestPage(browser, baseUrl)
      try {
        const { page } = t
        await startExercise(page, EXERCISE.id)
        await prepareCassette(page)
        await viewCassette(page)
        await drawPath(page, 'dist', tightCoil('dist', SETUP.slackMm.dist - 15, 15, END_Z))
        await drawPath(page, 'drop', bobbinCoil('drop', SETUP.slackMm.drop - 15, END_Z))
        await screenshot(page, 'splice-tray-tight-coil')
        await viewBox(page)
        await closeLabelMeasure(page)
        await finish(page)
        const findings = await page.getByTestId('finding').allTextContents()
        const bend = findings.find((text) => text.includes('Lovage trop serré'))
        expect(bend).toBeDefined()
        expect(bend).toContain('minimum 30 mm pour une fibre G.652.D')
        const coilCost = await budgetValue(page, 'Lovage côté tube')
        expect(coilCost).toBeLessThan(-0.5)
        const reading = await budgetValue(page, 'Puissance à la PTO')
        expect(reading).toBeCloseTo(EXPECTED_DBM + coilCost, 1)
        expect(reading).toBeLessThan(EXPECTED_DBM - 0.5)
        expect(Number(await page.getByTestId('score').textContent())).toBeLessThan(100)
        await screenshot(page, 'splice-tray-tight-results')
        expect(t.pageErrors).toEqual([])
        expect(t.consoleErrors).toEqual([])
      } finally {
        await t.close()
      }
    },
    RUN_MS,
  )

  it('the keyboard alone does the whole job and passes', async () => {
    const t = await newTestPage(browser, baseUrl)
    try {
      const { page } = t
      await startExercise(page, EXERCISE.id)
      const enterOn = async (id: string) => {
        await tabTo(page, id)
        await page.keyboard.press('Enter')
      }
      for (const cable of ['dist', 'drop']) {
        await enterOn(`end-${cable}`)
        await enterOn(`entry-${cable}`)
        await enterOn(`tie-${cable}`)
      }
      await enterOn('spares')
      await enterOn('channel')
      for (const { tubeFibre } of SETUP.splices) {
        await enterOn(`sleeve-${tubeFibre}`)
        await tabTo(page, 'holder')
        for (let slot = 1; slot < tubeFibre; slot++) await page.keyboard.press('ArrowUp')
        await page.keyboard.press('Enter')
      }
      await enterOn('fibre-dist')
      await enterOn('fibre-drop')
      await enterOn('cover')
      await enterOn(await labelWithText(page, LABEL))
      await enterOn('label-zone')
      await enterOn('cord')
      await enterOn('pto')
      await enterOn('key-wavelength')
      await enterOn('key-measure')
      await finish(page)
      await expect.poll(() => page.getByTestId('score').textContent()).toBe('100')
      expect(t.pageErrors).toEqual([])
      expect(t.consoleErrors).toEqual([])
    } finally {
      await t.close()
    }
  })
})
