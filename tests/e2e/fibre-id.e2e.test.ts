/**
 * "Repérage des fibres" end to end, in real Chromium with WebGL (SwiftShader): real mouse and touch
 * drags, the keyboard path, autosave and resume after a reload, the replay, the budgets of
 * ARCHITECTURE.md, accessibility, and no request to any host but this one.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  checkA11y,
  e2eEnv,
  formatA11y,
  framesRenderedDuring,
  launchBrowser,
  newTestPage,
  rendererInfo,
  screenshot,
} from './harness.ts'
import type { TestPage } from './harness.ts'
import {
  dragFibreToSlot,
  finish,
  progressText,
  startExercise,
  stateDigest,
  tabTo,
  waitForScene,
} from './fibreIdPage.ts'

const { baseUrl, chromePath } = e2eEnv()
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser(chromePath)
})

afterAll(async () => {
  await browser?.close()
})

/** ARCHITECTURE.md budgets per scene at 1280×720, dpr 1. */
const MAX_DRAW_CALLS = 100
const MAX_PROGRAMS = 15
const MAX_TRIANGLES = 150_000

/** Renderer counters once the scene has stopped drawing (textures printed, late parts mounted). */
async function settledRendererInfo(page: Page) {
  await expect.poll(() => framesRenderedDuring(page, 400), { timeout: 15_000 }).toBe(0)
  return rendererInfo(page)
}

async function withPage(run: (t: TestPage) => Promise<void>, options?: Parameters<typeof newTestPage>[2]) {
  const t = await newTestPage(browser, baseUrl, options)
  try {
    await run(t)
    expect(t.pageErrors).toEqual([])
    expect(t.consoleErrors).toEqual([])
    expect(t.foreignRequests).toEqual([])
  } finally {
    await t.close()
  }
}

describe('Repérage des fibres, evaluation exercise', () => {
  it('done with real mouse drags in code order: passes with 100, within the rendering budgets', async () => {
    await withPage(async ({ page }) => {
      await startExercise(page, 'fibre-id.evaluation-12')
      await screenshot(page, 'fibre-id-evaluation-start')

      const idleFrames = await framesRenderedDuring(page, 3000)
      expect(idleFrames, 'an idle scene renders nothing (demand frame loop)').toBe(0)

      for (let fibre = 1; fibre <= 12; fibre++) {
        await dragFibreToSlot(page, `f1.${fibre}`, fibre)
        if (fibre === 6) await screenshot(page, 'fibre-id-evaluation-half')
      }
      expect(await progressText(page)).toBe('12 / 12 rangées')
      await screenshot(page, 'fibre-id-evaluation-done')

      const info = await rendererInfo(page)
      expect(info).not.toBeNull()
      expect(info!.calls).toBeGreaterThan(10)
      expect(info!.calls).toBeLessThanOrEqual(MAX_DRAW_CALLS)
      expect(info!.programs).toBeLessThanOrEqual(MAX_PROGRAMS)
      expect(info!.triangles).toBeLessThanOrEqual(MAX_TRIANGLES)

      await finish(page)
      await expect.poll(() => page.getByTestId('score').textContent()).toBe('100')
      await expect.poll(() => page.getByTestId('verdict').textContent()).toContain('Réussi')
      await screenshot(page, 'fibre-id-evaluation-results')
      const violations = await checkA11y(page)
      expect(violations, formatA11y(violations)).toEqual([])
    })
  })

  it('two fibres swapped: findings name both fibres and their positions, and the attempt fails', async () => {
    await withPage(async ({ page }) => {
      await startExercise(page, 'fibre-id.evaluation-12')
      for (let fibre = 1; fibre <= 12; fibre++) {
        const slot = fibre === 3 ? 4 : fibre === 4 ? 3 : fibre
        await dragFibreToSlot(page, `f1.${fibre}`, slot)
      }
      await finish(page)
      await screenshot(page, 'fibre-id-two-wrong-results')
      const findings = page.getByTestId('finding')
      const texts = await findings.allTextContents()
      expect(texts.some((text) => /Fibre 3 .*position 4/.test(text))).toBe(true)
      expect(texts.some((text) => /Fibre 4 .*position 3/.test(text))).toBe(true)
      expect(texts.some((text) => text.includes('mauvais client'))).toBe(true)
      expect(await page.getByTestId('verdict').textContent()).toContain('Pas encore')
    })
  })
})

describe('nothing lost', () => {
  it('a reload in the middle of an attempt resumes exactly where it was', async () => {
    await withPage(async ({ page }) => {
      await startExercise(page, 'fibre-id.practice-12')
      for (let fibre = 1; fibre <= 3; fibre++) await dragFibreToSlot(page, `f1.${fibre}`, fibre)
      const digestBefore = await stateDigest(page)
      const url = page.url()

      await page.reload()
      await waitForScene(page)
      expect(page.url()).toBe(url)
      expect(await progressText(page)).toBe('3 / 12 rangées')
      expect(await stateDigest(page)).toBe(digestBefore)

      // Coming back through the exercise page offers to resume the same attempt.
      await page.getByRole('link', { name: /Quitter/ }).click()
      await page.getByRole('button', { name: /Reprendre/ }).click()
      await waitForScene(page)
      expect(page.url()).toBe(url)
      expect(await stateDigest(page)).toBe(digestBefore)
    })
  })
})

describe('nothing lost, after the attempt', () => {
  it('a finished attempt is in the exercise history after reloading the page', async () => {
    await withPage(async ({ page }) => {
      await startExercise(page, 'fibre-id.practice-find')
      await finish(page)
      const score = await page.getByTestId('score').textContent()
      await page.getByRole('link', { name: /Historique/ }).click()
      await page.reload()
      await page.getByRole('heading', { name: 'Mes essais' }).waitFor()
      await expect.poll(() => page.getByText(`${score} / 100`).count()).toBeGreaterThan(0)
      await screenshot(page, 'fibre-id-history')
    })
  })

  it('damaged stored data is set aside with a plain-French notice, and the app keeps working', async () => {
    await withPage(async ({ page }) => {
      await page.goto('/')
      await page.getByRole('heading', { level: 1 }).waitFor()
      await page.evaluate(
        () =>
          new Promise<void>((resolve, reject) => {
            const open = indexedDB.open('plateau')
            open.onerror = () => reject(open.error)
            open.onsuccess = () => {
              const transaction = open.result.transaction('attempts', 'readwrite')
              transaction
                .objectStore('attempts')
                .put({ schema: 1, id: 'damaged', gestures: 'not a log' }, 'damaged')
              transaction.oncomplete = () => {
                open.result.close()
                resolve()
              }
              transaction.onerror = () => reject(transaction.error)
            }
          }),
      )
      await page.reload()
      await page.getByText(/mises de côté \(1 essai\)/).waitFor()
      await screenshot(page, 'home-damaged-data-notice')
      await startExercise(page, 'fibre-id.practice-find')
      expect(await progressText(page)).toBe('0 / 1 rangée')
    })
  })
})

describe('replay', () => {
  it('re-applies the log: it ends in the state the attempt ended in, and a finding jumps to its gesture', async () => {
    await withPage(async ({ page }) => {
      await startExercise(page, 'fibre-id.evaluation-12')
      for (let fibre = 1; fibre <= 12; fibre++) {
        await dragFibreToSlot(page, `f1.${fibre}`, fibre === 5 ? 6 : fibre === 6 ? 5 : fibre)
      }
      const digestAtEnd = await stateDigest(page)
      const gestures = Number(await page.locator('[data-gestures]').getAttribute('data-gestures'))
      await finish(page)

      await page.getByRole('link', { name: /Revoir l’essai/ }).click()
      await waitForScene(page)
      // The finish gesture adds nothing to the workplace: one gesture before the end is the attempt's last state.
      await page.getByRole('button', { name: 'À la fin' }).click()
      await expect
        .poll(() => page.getByTestId('replay-position').textContent())
        .toContain(`${gestures + 1} / ${gestures + 1}`)
      await page.getByRole('button', { name: 'Geste précédent' }).click()
      await expect.poll(() => stateDigest(page)).toBe(digestAtEnd)
      await screenshot(page, 'fibre-id-replay-end')

      await page
        .getByRole('button', { name: /Fibre 5 rangée en position 6/ })
        .first()
        .click()
      await expect.poll(() => page.getByTestId('replay-position').textContent()).toMatch(/^Geste 10 \//)
      await screenshot(page, 'fibre-id-replay-finding')
    })
  })
})

describe('other ways in', () => {
  it('the keyboard path alone (Tab, Enter, arrows) finds tube 2, fibre 7 and passes', async () => {
    await withPage(async ({ page }) => {
      await startExercise(page, 'fibre-id.practice-find')
      await tabTo(page, 't2')
      await page.keyboard.press('Enter')
      for (let i = 0; i < 12; i++) await page.keyboard.press('ArrowRight')
      await page.keyboard.press('Enter')
      await expect.poll(() => page.locator('[data-target="f2.7"]').count()).toBe(1)
      // Opening the tube removed its button: the focus stayed in the scene, on the next target.
      expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.target)).toBeTruthy()
      await tabTo(page, 'f2.7')
      await page.keyboard.press('Enter')
      // The fibre in hand keeps the focus, so the arrows move it right away.
      expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.target)).toBe('held')
      await tabTo(page, 's7')
      await page.keyboard.press('ArrowUp')
      await page.keyboard.press('Enter')
      expect(await progressText(page)).toBe('1 / 1 rangée')
      await screenshot(page, 'fibre-id-keyboard-done')
      await finish(page)
      await expect.poll(() => page.getByTestId('verdict').textContent()).toContain('Réussi')
    })
  })

  it('works with a finger on a 360 px phone', async () => {
    await withPage(
      async ({ page }) => {
        await startExercise(page, 'fibre-id.guided-12')
        await page.getByRole('button', { name: 'Fibres' }).click()
        await page.waitForTimeout(600)
        await dragFibreToSlot(page, 'f1.1', 1, 'touch')
        expect(await progressText(page)).toBe('1 / 12 rangées')
        await screenshot(page, 'fibre-id-phone-portrait')
      },
      { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true },
    )
  })
})

describe('pages around the scene', () => {
  it('home and introduction have no serious accessibility violation, and English is one tap away', async () => {
    await withPage(async ({ page }) => {
      await page.goto('/')
      await page.getByRole('heading', { level: 1 }).waitFor()
      expect(formatA11y(await checkA11y(page))).toBe('')
      await page.getByRole('link', { name: /Évaluation : tube de 12 fibres/ }).click()
      await page.getByRole('button', { name: /Commencer/ }).waitFor()
      await screenshot(page, 'fibre-id-intro')
      expect(formatA11y(await checkA11y(page))).toBe('')
      await page.getByRole('button', { name: 'EN', exact: true }).click()
      await page.getByRole('button', { name: /Start/ }).waitFor()
      expect(await page.locator('html').getAttribute('lang')).toBe('en')
    })
  })

  it('leaving and re-entering the scene gives back the same geometry and texture counts', async () => {
    await withPage(async ({ page }) => {
      await startExercise(page, 'fibre-id.practice-12')
      const first = await settledRendererInfo(page)
      await page.getByRole('link', { name: /Quitter/ }).click()
      await page.getByRole('button', { name: /Reprendre/ }).click()
      await waitForScene(page)
      const second = await settledRendererInfo(page)
      expect(second?.geometries).toBe(first?.geometries)
      expect(second?.textures).toBe(first?.textures)
    })
  })
})
