/**
 * The datacenter rack end to end in real Chromium, with real mouse and keyboard input: the rack with
 * the heavy server planned at the top, flagged and then mounted by pointer (feet, stabiliser, strap,
 * cage nuts hooked from the inside, rails, a colleague called, lifted, pushed to the click, ears
 * screwed, blanks, power on A and B, the cable patched, dressed and labelled at both ends, the record
 * updated) passes; a keyboard-only run that puts both PSUs on PDU A ends on the critical finding and its
 * consequence; the switch turned ports-to-the-rear before it goes in is charged the reversed airflow. Screenshots of each stage are kept in test-results/screenshots.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { RACK_EXERCISES } from '../../scenes/rack/exercises.ts'
import type { RackSetup } from '../../scenes/rack/setup.ts'
import { e2eEnv, launchBrowser, newTestPage, rendererInfo, screenshot } from './harness.ts'
import { finish, startExercise } from './fibreIdPage.ts'
import { dragTo, hold, keyOn, press } from './pmPage.ts'
import { view } from './rackPage.ts'

const { baseUrl, chromePath } = e2eEnv()
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser(chromePath)
})

afterAll(async () => {
  await browser?.close()
})

const setupOf = (id: string) => RACK_EXERCISES.find((e) => e.id === id)!.setup as RackSetup

/** Held long enough for the rails' latches to click (0.4 s at the View's push speed). */
const HOLD_MS = 1000
const RUN_MS = 420_000

/** Feet, stabiliser and strap, from the overview. */
async function secureRack(page: Page) {
  await view(page, 'Vue d’ensemble')
  for (const foot of [0, 1, 2]) await press(page, `foot-${foot}`, 0)
  await press(page, 'foot-3')
  await dragTo(page, 'stabiliser', 'stabiliser-mount')
  await dragTo(page, 'strap', 'esd-jack')
}

/** A cage nut taken from the carton and hooked into a front-rail hole from between the rails. */
async function cageNut(page: Page, hole: string) {
  await press(page, 'nuts', 0)
  await dragTo(page, `inside-${hole}`, `hole-${hole}`)
}

/** A label typed and printed, taken from the printer, stuck on a cable end in the view where it shows. */
async function label(
  page: Page,
  text: string,
  printed: string,
  end: string,
  where: Parameters<typeof view>[1],
) {
  await view(page, 'Chariot')
  await press(page, 'printer', 0)
  const field = page.getByLabel('Texte de l’étiquette')
  await field.fill('')
  await field.pressSequentially(text.toLowerCase())
  // Printed with the printer's own PRINT key, then the keyboard put away.
  await press(page, 'print-key')
  await page.getByRole('button', { name: 'Fermer', exact: true }).click()
  await press(page, `printed-${printed}`, 0)
  await view(page, where)
  await press(page, end)
}

describe('datacenter rack', () => {
  it(
    'the heavy server planned at the top: flagged, then mounted, powered, patched and labelled by pointer, passes',
    async () => {
      const id = 'rack.heavy-top'
      const setup = setupOf(id)
      const server = setup.devices[0]!
      const u = server.correctedU!
      const t = await newTestPage(browser, baseUrl)
      try {
        const { page } = t
        await startExercise(page, id)
        await screenshot(page, 'rack-1-start')
        await secureRack(page)
        await page.getByRole('button', { name: 'Signaler le plan' }).click()
        await page.getByRole('button', { name: /lourd est prévu en haut/ }).click()
        await expect
          .poll(() => page.getByText('Plan corrigé par le bureau d’études').count())
          .toBeGreaterThan(0)

        await view(page, 'Avant bas')
        for (const hole of [`fl:${u}.1`, `fl:${u + 1}.3`, `fr:${u}.1`, `fr:${u + 1}.3`])
          await cageNut(page, hole)
        for (const rail of ['fl', 'fr']) {
          await press(page, 'rails', 0)
          await press(page, `hole-${rail}:${u}.2`)
        }
        await screenshot(page, 'rack-2-nuts-rails')
        await press(page, 'radio')
        // The airflow label is on the lid: read from above, on the trolley.
        await view(page, 'Chariot')
        await press(page, `airflow-${server.id}`)
        await view(page, 'Avant bas')
        await dragTo(page, `device-${server.id}`, `u-${u}`)
        await hold(page, `device-${server.id}`, HOLD_MS)
        await press(page, `ear-${server.id}-left`)
        await press(page, `ear-${server.id}-right`)
        for (const blank of [u + 2, u + 3]) {
          await view(page, 'Chariot')
          await press(page, 'blanks', 0)
          await view(page, 'Avant bas')
          await press(page, `u-${blank}`)
        }
        await screenshot(page, 'rack-3-mounted')
        const info = await rendererInfo(page)
        expect(info!.calls).toBeLessThanOrEqual(100)
        expect(info!.programs).toBeLessThanOrEqual(15)
        expect(info!.triangles).toBeLessThanOrEqual(150_000)

        await view(page, 'Arrière')
        await press(page, `psu-${server.id}:psu1`, 0)
        await press(page, 'outlet-A:03')
        await press(page, `psu-${server.id}:psu2`, 0)
        await press(page, 'outlet-B:03')
        const cable = setup.cables[0]!
        await press(page, `port-${cable.a}`, 0)
        await view(page, 'Arrière haut')
        await press(page, `port-${cable.b}`)
        await screenshot(page, 'rack-4-patched')
        await view(page, 'Avant bas')
        await press(page, 'manager')

        const near = `DC.C03-${String(u).padStart(2, '0')}:01`
        const far = 'DC.C03-40:04'
        await label(page, `${near}/${far}`, 'L1', 'end-C1-a', 'Arrière')
        await label(page, `${far}/${near}`, 'L2', 'end-C1-b', 'Arrière haut')
        await screenshot(page, 'rack-5-labelled')
        await page.getByRole('button', { name: 'Mettre à jour le registre' }).click()
        await expect.poll(() => page.getByRole('button', { name: 'Registre à jour' }).isDisabled()).toBe(true)

        await finish(page)
        await expect.poll(() => page.getByTestId('score').textContent()).toBe('100')
        expect(await page.getByTestId('verdict').textContent()).toContain('Réussi')
        await screenshot(page, 'rack-6-results')
        expect(t.pageErrors).toEqual([])
        expect(t.consoleErrors).toEqual([])
        expect(t.foreignRequests).toEqual([])
      } catch (error) {
        await screenshot(t.page, 'rack-failed')
        throw error
      } finally {
        await t.close()
      }
    },
    RUN_MS,
  )

  it(
    'the switch turned ports to the rear and offered at its U: the reversed-airflow finding',
    async () => {
      const id = 'rack.evaluation'
      const t = await newTestPage(browser, baseUrl)
      try {
        const { page } = t
        await startExercise(page, id)
        await page.locator('[data-target]').first().focus()
        for (const hole of ['fl:38.1', 'fl:38.3', 'fr:38.1', 'fr:38.3']) {
          await keyOn(page, 'nuts', 'Enter')
          await keyOn(page, `hole-${hole}`, 'i')
        }
        await view(page, 'Vue d’ensemble')
        await dragTo(page, 'device-sw', 'u-20')
        await view(page, 'Avant haut')
        // A tap on the held switch's right ear turns it round: its ports now face the rear.
        await press(page, 'ear-sw-right', 0)
        await press(page, 'u-38')
        await screenshot(page, 'rack-switch-reversed')
        await finish(page)
        // The verdict is there once the attempt is scored; the findings come with it.
        expect(await page.getByTestId('verdict').textContent()).not.toContain('Réussi')
        const findings = (await page.getByTestId('finding').allTextContents()).join('\n')
        expect(findings).toContain('SW-C03-01 monté à l’envers pour l’air')
        expect(findings).toContain('Il aspire dans l’allée chaude')
        expect(t.pageErrors).toEqual([])
        expect(t.consoleErrors).toEqual([])
      } finally {
        await t.close()
      }
    },
    RUN_MS,
  )

  it(
    'both PSUs on PDU A, by keyboard: the critical finding and its consequence',
    async () => {
      const id = 'rack.guided'
      const setup = setupOf(id)
      const server = setup.devices[0]!
      const u = server.plannedU
      const t = await newTestPage(browser, baseUrl)
      try {
        const { page } = t
        await startExercise(page, id)
        await page.locator('[data-target]').first().focus()
        for (const foot of [0, 1, 2, 3]) await keyOn(page, `foot-${foot}`, 'Enter')
        await keyOn(page, 'stabiliser', 'Enter')
        await keyOn(page, 'strap', 'Enter')
        for (const hole of [`fl:${u}.1`, `fl:${u + 1}.3`, `fr:${u}.1`, `fr:${u + 1}.3`]) {
          await keyOn(page, 'nuts', 'Enter')
          await keyOn(page, `hole-${hole}`, 'i')
        }
        await keyOn(page, `rail-left-${u}.2`, 'Enter')
        await keyOn(page, `rail-right-${u}.2`, 'Enter')
        await keyOn(page, 'radio', 'Enter')
        await keyOn(page, `airflow-${server.id}`, 'Enter')
        await keyOn(page, `device-${server.id}`, 'Enter')
        await keyOn(page, `push-${server.id}`, 'Enter')
        await keyOn(page, `ear-${server.id}-left`, 'Enter')
        await keyOn(page, `ear-${server.id}-right`, 'Enter')
        for (const psu of [1, 2]) {
          await keyOn(page, `psu-${server.id}:psu${psu}`, 'Enter')
          await keyOn(page, `outlet-A:0${psu + 2}`, 'Enter')
        }
        await expect.poll(() => page.locator('[data-gestures]').getAttribute('data-gestures')).toBe('17')
        await screenshot(page, 'rack-psus-on-a')
        await finish(page)
        expect(await page.getByTestId('verdict').textContent()).not.toContain('Réussi')
        const findings = (await page.getByTestId('finding').allTextContents()).join('\n')
        expect(findings).toContain('Les deux alimentations de SRV-WEB-01 sur le PDU A')
        expect(findings).toContain('le serveur s’éteint')
        await screenshot(page, 'rack-psus-results')
        expect(t.pageErrors).toEqual([])
        expect(t.consoleErrors).toEqual([])
      } finally {
        await t.close()
      }
    },
    RUN_MS,
  )
})
