/**
 * Drives "Repérage des fibres" in the real app the way a trainee does: from the intro page's start
 * button, with real mouse or touch drags aimed at where the scene says a fibre end or a slot is.
 */
import type { Page } from 'playwright-core'
import { dragMouse, touchDrag } from './harness.ts'
import type { Point } from './harness.ts'

/** Opens an exercise's introduction and starts a new attempt; resolves when the 3D scene is ready. */
export async function startExercise(page: Page, exerciseId: string): Promise<void> {
  await page.goto(`/exercice/${exerciseId}`)
  await page.getByRole('button', { name: /Commencer|Start/ }).click()
  await waitForScene(page)
}

export async function waitForScene(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    Boolean(window.__plateauTargets && window.__plateauPerf?.snapshot().frames),
  )
}

export async function screenPoint(page: Page, id: string): Promise<Point> {
  const point = await page.evaluate((target) => window.__plateauTargets?.screenPoint(target) ?? null, id)
  if (!point) throw new Error(`The scene has no target '${id}' on screen`)
  return point
}

async function gestureCount(page: Page): Promise<number> {
  return Number(await page.locator('[data-gestures]').getAttribute('data-gestures'))
}

/** Waits until the log has grown by `added` gestures (each drag is a take and a release). */
async function logGrew(page: Page, before: number, added: number): Promise<void> {
  await page.waitForFunction(
    (expected) =>
      Number(document.querySelector('[data-gestures]')?.getAttribute('data-gestures')) >= expected,
    before + added,
  )
}

/** Takes fibre `fibreId` by its end and drags it onto slot `slot`, with the mouse or a finger. */
export async function dragFibreToSlot(
  page: Page,
  fibreId: string,
  slot: number,
  input: 'mouse' | 'touch' = 'mouse',
) {
  const before = await gestureCount(page)
  const from = await screenPoint(page, fibreId)
  const to = await screenPoint(page, `s${slot}`)
  if (input === 'mouse') await dragMouse(page, from, to, { steps: 12 })
  else await touchDrag(page, from, to, { steps: 12 })
  await logGrew(page, before, 2)
}

/** Presses Tab, as a person would, until the keyboard focus is on scene target `id`. */
export async function tabTo(page: Page, id: string): Promise<void> {
  for (let presses = 0; presses < 120; presses++) {
    const focused = await page.evaluate(
      () => (document.activeElement as HTMLElement | null)?.dataset.target ?? null,
    )
    if (focused === id) return
    await page.keyboard.press('Tab')
  }
  throw new Error(`Tab never reached the scene target '${id}'`)
}

export async function progressText(page: Page): Promise<string> {
  return (await page.getByTestId('progress').textContent()) ?? ''
}

export async function stateDigest(page: Page): Promise<string> {
  return (await page.locator('[data-state-digest]').getAttribute('data-state-digest')) ?? ''
}

/** Presses Terminer (confirming when the job is unfinished) and waits for the results page. */
export async function finish(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^(Terminer|Finish)$/ }).click()
  const confirm = page.getByRole('button', { name: /Oui, terminer|Yes, finish/ })
  if (await confirm.isVisible().catch(() => false)) await confirm.click()
  await page.waitForURL(/\/resultats$/)
  await page.getByRole('heading', { level: 1 }).waitFor()
  // The report (verdict, score, findings) appears once the attempt is scored, after the heading.
  await page.getByTestId('verdict').waitFor()
}
