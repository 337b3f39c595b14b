/**
 * The fusion-splicing station end to end in real Chromium: a complete correct job with real mouse
 * drags passes; a job that forgets the sleeve shows the finding and its field consequence, and the
 * replay shows the moment. Screenshots of each stage are kept in test-results/screenshots.
 */
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { e2eEnv, launchBrowser, newTestPage, rendererInfo, screenshot } from './harness.ts'
import { finish, progressText, startExercise, tabTo, waitForScene } from './fibreIdPage.ts'
import { closeAndSplice, drag, nudge, prepareEnd, press } from './splicingPage.ts'

const { baseUrl, chromePath } = e2eEnv()
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser(chromePath)
})

afterAll(async () => {
  await browser?.close()
})

/** The evaluation exercise: 16 mm cleave, 35 mm strip, 60 mm sleeve heated 24 s then cooled 20 s. */
const CLEAVE_MM = 16
const STRIP_MM = 35
const HEAT_AND_COOL_MS = (24 + 20) * 1000

describe('fusion splicing station', () => {
  it('a complete correct job with real mouse drags passes with 100, within the rendering budgets', async () => {
    const t = await newTestPage(browser, baseUrl)
    try {
      const { page } = t
      await startExercise(page, 'splicing.evaluation')
      await screenshot(page, 'splicing-1-bench')
      await drag(page, 'glasses', 'off-bench')
      await drag(page, 'sleeve-60', 'along-L-80')
      await prepareEnd(page, 'L', CLEAVE_MM, STRIP_MM)
      await prepareEnd(page, 'R', CLEAVE_MM, STRIP_MM)
      await screenshot(page, 'splicing-2-loaded')
      await closeAndSplice(page)
      await page.getByRole('button', { name: 'Soudeuse', exact: true }).click()
      await page.waitForTimeout(600)
      await screenshot(page, 'splicing-3-splicer-screen')
      await page.getByRole('button', { name: 'Établi', exact: true }).click()
      await page.waitForTimeout(600)
      await press(page, 'key-accept')
      await nudge(page, 'cover')
      await drag(page, 'parked', 'joined-0')
      await drag(page, 'fibre-L', 'heater')
      await screenshot(page, 'splicing-4-heater')
      const info = await rendererInfo(page)
      expect(info!.calls).toBeLessThanOrEqual(100)
      expect(info!.programs).toBeLessThanOrEqual(15)
      expect(info!.triangles).toBeLessThanOrEqual(150_000)
      // The sleeve shrinks and cools in real time: taking it out earlier is a finding.
      await page.waitForTimeout(HEAT_AND_COOL_MS)
      await nudge(page, 'heater')
      await screenshot(page, 'splicing-5-protected')
      await finish(page)
      await expect.poll(() => page.getByTestId('score').textContent()).toBe('100')
      expect(await page.getByTestId('verdict').textContent()).toContain('Réussi')
      await screenshot(page, 'splicing-6-results')
      expect(t.pageErrors).toEqual([])
      expect(t.consoleErrors).toEqual([])
      expect(t.foreignRequests).toEqual([])
    } finally {
      await t.close()
    }
  })

  it('a job without the sleeve: the finding and its consequence in the report, and the replay shows it', async () => {
    const t = await newTestPage(browser, baseUrl)
    try {
      const { page } = t
      await startExercise(page, 'splicing.evaluation')
      await drag(page, 'glasses', 'off-bench')
      await prepareEnd(page, 'L', CLEAVE_MM, STRIP_MM)
      await prepareEnd(page, 'R', CLEAVE_MM, STRIP_MM)
      await closeAndSplice(page)
      await press(page, 'key-accept')
      await nudge(page, 'cover')
      await finish(page)
      await screenshot(page, 'splicing-no-sleeve-results')
      const findings = await page.getByTestId('finding').allTextContents()
      const sleeveFinding = findings.find((text) => text.includes('sans gaine de protection'))
      expect(sleeveFinding).toBeDefined()
      expect(sleeveFinding).toContain('casser la soudure et tout refaire')
      expect(await page.getByTestId('verdict').textContent()).toContain('Pas encore')

      await page.getByRole('link', { name: /Revoir l’essai/ }).click()
      await waitForScene(page)
      await page
        .getByRole('button', { name: /Soudure faite sans gaine de protection/ })
        .first()
        .click()
      await expect
        .poll(() => page.locator('.player-toast').textContent())
        .toContain('sans gaine de protection')
      await screenshot(page, 'splicing-no-sleeve-replay')
      expect(t.pageErrors).toEqual([])
      expect(t.consoleErrors).toEqual([])
    } finally {
      await t.close()
    }
  })

  it('the keyboard path alone puts on the glasses, threads the sleeve and prepares an end into the splicer', async () => {
    const t = await newTestPage(browser, baseUrl)
    try {
      const { page } = t
      await startExercise(page, 'splicing.guided')
      const enterOn = async (id: string) => {
        await tabTo(page, id)
        await page.keyboard.press('Enter')
      }
      await enterOn('glasses')
      await enterOn('sleeve-60')
      await enterOn('fibre-L')
      await enterOn('stripper')
      // Three pulls of the stripper along the fibre take the 35 mm of coating off.
      for (let pull = 0; pull < 3; pull++) await enterOn('fibre-L')
      await enterOn('wipes')
      await enterOn('fibre-L')
      await page.keyboard.press('Escape')
      await enterOn('fibre-L')
      await enterOn('cleaver')
      await enterOn('scrap-L')
      await enterOn('bin')
      await enterOn('fibre-L')
      await enterOn('vgroove-L')
      // Glasses, sleeve, and the left end loaded with its scrap in the bin.
      await expect.poll(() => progressText(page)).toBe('3 / 8 étapes')
      expect(await page.locator('.player-toast').count()).toBe(0)
      await screenshot(page, 'splicing-keyboard-left-end')
      expect(t.pageErrors).toEqual([])
      expect(t.consoleErrors).toEqual([])
    } finally {
      await t.close()
    }
  })
})
