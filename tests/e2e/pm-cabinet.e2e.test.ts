/**
 * The street cabinet end to end in real Chromium, with real mouse and keyboard input: a correct patch
 * (unlock, photo, drawers, caps, the right cord pressed home, led through the guides, slack stored,
 * labels typed and stuck, photo, closed and locked) passes; the occupied-port trap answered by reporting
 * passes; the same trap answered by unplugging the other subscriber fails on the "écrasement" finding.
 * Screenshots of each stage are kept in test-results/screenshots.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PM_EXERCISES } from '../../scenes/pm-cabinet/exercises.ts'
import { guideRoute, parsePort } from '../../scenes/pm-cabinet/layout.ts'
import { rightCord, workArea } from '../../scenes/pm-cabinet/rules.ts'
import type { PmSetup } from '../../scenes/pm-cabinet/setup.ts'
import { e2eEnv, launchBrowser, newTestPage, rendererInfo, screenshot } from './harness.ts'
import { finish, startExercise } from './fibreIdPage.ts'
import { dragBy, dragTo, hold, keyOn, leadThrough, press, useTool, view } from './pmPage.ts'

const { baseUrl, chromePath } = e2eEnv()
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser(chromePath)
})

afterAll(async () => {
  await browser?.close()
})

const exercise = (id: string) => PM_EXERCISES.find((e) => e.id === id)!
const setupOf = (id: string) => exercise(id).setup as PmSetup
const drawerOf = (port: string) => parsePort(port)!.drawer

/** Held long enough for the SC latch to click (about 0.4 s at the View's push speed). */
const HOLD_MS = 900
const RUN_MS = 300_000

async function arrive(page: Page, setup: PmSetup) {
  await dragBy(page, 'lock', 140, 0)
  await dragBy(page, 'handle', -160, 0)
  await photo(page, setup)
}

/** The phone taken, a frame dragged over the route's two drawers. */
async function photo(page: Page, setup: PmSetup) {
  const area = workArea(setup)
  await press(page, 'phone', 0)
  await dragTo(page, `front:${area.minX - 30}:${area.maxY + 30}`, `front:${area.maxX + 30}:${area.minY - 30}`)
}

async function leave(page: Page, setup: PmSetup, pulled: string[]) {
  await view(page, 'Armoire')
  await photo(page, setup)
  await view(page, 'Tiroirs')
  for (const drawer of pulled) await dragBy(page, `drawer-${drawer}`, 0, -90)
  await view(page, 'Armoire')
  await dragBy(page, 'handle', 160, 0)
  await dragBy(page, 'lock', -140, 0)
}

async function look(page: Page, port: string): Promise<string> {
  await useTool(page, 'Yeux (de près)')
  await press(page, `port-${port}`)
  await expect.poll(() => page.locator('.player-live').textContent()).toMatch(/libre|occupé/)
  const reading = (await page.locator('.player-live').textContent()) ?? ''
  await useTool(page, 'Main')
  return reading
}

describe('street cabinet (PM)', () => {
  it(
    'a correct patch by pointer passes, within the rendering budgets',
    async () => {
      const id = 'pm-cabinet.evaluation'
      const setup = setupOf(id)
      const { op, dist } = setup.route
      const t = await newTestPage(browser, baseUrl)
      try {
        const { page } = t
        await startExercise(page, id)
        await screenshot(page, 'pm-1-cabinet')
        await arrive(page, setup)
        await view(page, 'Tiroirs')
        await dragBy(page, `drawer-${drawerOf(dist)}`, 0, 90)
        expect(await look(page, dist)).toContain('libre')
        await dragBy(page, `drawer-${drawerOf(op)}`, 0, 90)
        await dragBy(page, `port-${op}`, 0, 50)
        await dragBy(page, `port-${dist}`, 0, 50)
        await view(page, 'Matériel')
        await press(page, `cord-${rightCord(setup)!.id}`)
        await view(page, 'Tiroirs')
        await hold(page, `port-${op}`, HOLD_MS)
        await leadThrough(page, 'free-end', [
          ...guideRoute(op, dist).map((g) => `guide-${g}`),
          `port-${dist}`,
        ])
        await hold(page, `port-${dist}`, HOLD_MS)
        await screenshot(page, 'pm-2-patched')
        const info = await rendererInfo(page)
        expect(info!.calls).toBeLessThanOrEqual(100)
        expect(info!.programs).toBeLessThanOrEqual(15)
        expect(info!.triangles).toBeLessThanOrEqual(150_000)
        await view(page, 'Armoire')
        await dragTo(page, 'slack', 'storage')
        // Two flag labels typed on the printer's keyboard and printed, one per end.
        await view(page, 'Matériel')
        await press(page, 'printer', 0)
        await page.getByLabel('Texte de l’étiquette').pressSequentially(setup.workOrder.ptoRef.toLowerCase())
        await page.keyboard.press('Enter')
        await press(page, 'print-key')
        await screenshot(page, 'pm-3-printed')
        // The newer label lies on top of the older one at the printer's slot: it is taken first.
        await press(page, 'printed-L2', 0)
        await view(page, 'Tiroirs')
        await press(page, 'end-a')
        await view(page, 'Matériel')
        await press(page, 'printed-L1', 0)
        await view(page, 'Tiroirs')
        await press(page, 'end-b')
        await screenshot(page, 'pm-4-labelled')
        await leave(page, setup, [drawerOf(op), drawerOf(dist)])
        await screenshot(page, 'pm-5-locked')
        await finish(page)
        await expect.poll(() => page.getByTestId('score').textContent()).toBe('100')
        expect(await page.getByTestId('verdict').textContent()).toContain('Réussi')
        const account = (await page.getByTestId('scene-panel').textContent()) ?? ''
        const right = String(rightCord(setup)!.lengthM).replace('.', ',')
        expect(account).toContain(`Jarretière juste${right}\u00a0m`)
        expect(account).toContain(`Votre jarretière${right}\u00a0m`)
        await screenshot(page, 'pm-6-results')
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
    'the occupied-port trap answered by looking and reporting passes',
    async () => {
      const id = 'pm-cabinet.trap'
      const setup = setupOf(id)
      const { dist } = setup.route
      const t = await newTestPage(browser, baseUrl)
      try {
        const { page } = t
        await startExercise(page, id)
        await arrive(page, setup)
        await view(page, 'Tiroirs')
        await dragBy(page, `drawer-${drawerOf(dist)}`, 0, 90)
        expect(await look(page, dist)).toContain('occupé')
        await page.getByRole('button', { name: 'Signaler une anomalie' }).click()
        await page.getByRole('button', { name: 'Port abonné déjà occupé' }).click()
        await expect
          .poll(() => page.getByRole('button', { name: 'Anomalie signalée' }).isDisabled())
          .toBe(true)
        await leave(page, setup, [drawerOf(dist)])
        await finish(page)
        await expect.poll(() => page.getByTestId('score').textContent()).toBe('100')
        expect(await page.getByTestId('verdict').textContent()).toContain('Réussi')
        expect(t.pageErrors).toEqual([])
        expect(t.consoleErrors).toEqual([])
      } finally {
        await t.close()
      }
    },
    RUN_MS,
  )

  it(
    'the same trap answered by unplugging the other subscriber: the critical "écrasement" finding',
    async () => {
      const id = 'pm-cabinet.trap'
      const setup = setupOf(id)
      const { dist } = setup.route
      const other = setup.occupied.find((o) => o.dist === dist)!
      const t = await newTestPage(browser, baseUrl)
      try {
        const { page } = t
        await startExercise(page, id)
        await arrive(page, setup)
        await view(page, 'Tiroirs')
        await dragBy(page, `drawer-${drawerOf(dist)}`, 0, 90)
        await dragBy(page, `port-${dist}`, 0, 70)
        await screenshot(page, 'pm-trap-unplugged')
        await leave(page, setup, [drawerOf(dist)])
        await finish(page)
        expect(await page.getByTestId('verdict').textContent()).not.toContain('Réussi')
        const findings = (await page.getByTestId('finding').allTextContents()).join('\n')
        expect(findings).toContain('écrasement')
        expect(findings).toContain(other.ptoRef)
        expect(findings).toContain('perd sa connexion')
        await screenshot(page, 'pm-trap-results')
        expect(t.pageErrors).toEqual([])
      } finally {
        await t.close()
      }
    },
    RUN_MS,
  )

  it(
    'the keyboard alone does the whole patch and passes',
    async () => {
      const id = 'pm-cabinet.evaluation'
      const setup = setupOf(id)
      const { op, dist } = setup.route
      const t = await newTestPage(browser, baseUrl)
      try {
        const { page } = t
        await startExercise(page, id)
        await keyOn(page, 'lock', 'Enter')
        await keyOn(page, 'handle', 'Enter')
        await keyOn(page, 'phone', 'Enter')
        await keyOn(page, 'frame', 'Enter')
        await keyOn(page, `drawer-${drawerOf(dist)}`, 'Enter')
        await keyOn(page, `port-${dist}`, 'l')
        await expect.poll(() => page.locator('.player-live').textContent()).toContain('libre')
        await keyOn(page, `drawer-${drawerOf(op)}`, 'Enter')
        await keyOn(page, `port-${op}`, 'Enter')
        await keyOn(page, `port-${dist}`, 'Enter')
        await keyOn(page, `cord-${rightCord(setup)!.id}`, 'Enter')
        await keyOn(page, `port-${op}`, 'Enter')
        await keyOn(page, 'free-end', 'Enter')
        for (const guide of guideRoute(op, dist)) await keyOn(page, `guide-${guide}`, 'Enter')
        await keyOn(page, `port-${dist}`, 'Enter')
        await keyOn(page, 'slack', 'Enter')
        await keyOn(page, 'printer', 'Enter')
        await page.getByLabel('Texte de l’étiquette').pressSequentially(setup.workOrder.ptoRef)
        await page.keyboard.press('Enter')
        await keyOn(page, 'print-key', 'Enter')
        await keyOn(page, 'printed-L1', 'Enter')
        await keyOn(page, 'end-a', 'Enter')
        await keyOn(page, 'printed-L2', 'Enter')
        await keyOn(page, 'end-b', 'Enter')
        await keyOn(page, 'phone', 'Enter')
        await keyOn(page, 'frame', 'Enter')
        await keyOn(page, `drawer-${drawerOf(op)}`, 'Enter')
        await keyOn(page, `drawer-${drawerOf(dist)}`, 'Enter')
        await keyOn(page, 'handle', 'Enter')
        await keyOn(page, 'lock', 'Enter')
        await screenshot(page, 'pm-keyboard-locked')
        await finish(page)
        await expect.poll(() => page.getByTestId('score').textContent()).toBe('100')
        expect(t.pageErrors).toEqual([])
        expect(t.consoleErrors).toEqual([])
      } finally {
        await t.close()
      }
    },
    RUN_MS,
  )
})
