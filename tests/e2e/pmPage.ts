/**
 * Drives the street cabinet in the real app as a technician does: the key turned and the handle pulled
 * with real mouse drags, drawers drawn out, dust caps plucked, plugs pressed home and held, the cord's
 * free end led through the guides, labels typed on the printer and stuck on the cord, photos framed.
 */
import type { Page } from 'playwright-core'
import { dragMouse } from './harness.ts'
import type { Point } from './harness.ts'
import { screenPoint } from './fibreIdPage.ts'

async function gestureCount(page: Page): Promise<number> {
  return Number(await page.locator('[data-gestures]').getAttribute('data-gestures'))
}

/**
 * Waits until the log has grown, then until the scene has drawn what changed (the pick volumes of the
 * next gesture come and go with the state): under SwiftShader a frame takes a while.
 */
async function logGrew(page: Page, before: number, added = 1): Promise<void> {
  await page.waitForFunction(
    (expected) =>
      Number(document.querySelector('[data-gestures]')?.getAttribute('data-gestures')) >= expected,
    before + added,
  )
  await settled(page)
}

async function settled(page: Page): Promise<void> {
  const frames = await page.evaluate(() => window.__plateauPerf?.snapshot().frames ?? 0)
  await page
    .waitForFunction((seen) => (window.__plateauPerf?.snapshot().frames ?? 0) > seen, frames, {
      timeout: 2000,
    })
    .catch(() => undefined)
  await page.waitForTimeout(300)
}

/** A drag from a scene place by a screen offset (a key turned, a handle pulled, a drawer drawn). */
export async function dragBy(page: Page, from: string, dx: number, dy: number, added = 1) {
  const before = await gestureCount(page)
  const a = await screenPoint(page, from)
  await dragMouse(page, a, { x: a.x + dx, y: a.y + dy }, { steps: 12 })
  if (added) await logGrew(page, before, added)
}

/** A drag from one scene place to another (a cap plucked off, a loop carried, a photo framed). */
export async function dragTo(page: Page, from: string, to: string, added = 1) {
  const before = await gestureCount(page)
  const a = await screenPoint(page, from)
  const b = await screenPoint(page, to)
  await dragMouse(page, a, b, { steps: 14 })
  if (added) await logGrew(page, before, added)
}

/** A press and release on a scene place; `added` gestures are expected in the log (0 for a pick-up). */
export async function press(page: Page, id: string, added = 1) {
  const before = await gestureCount(page)
  const a = await screenPoint(page, id)
  await page.mouse.move(a.x, a.y)
  await page.mouse.down()
  await page.mouse.up()
  if (added) await logGrew(page, before, added)
  else await settled(page)
}

/** Press and hold on a port: the plug slides in while the button is held. */
export async function hold(page: Page, id: string, ms: number) {
  const before = await gestureCount(page)
  const a = await screenPoint(page, id)
  await page.mouse.move(a.x, a.y)
  await page.mouse.down()
  await page.waitForTimeout(ms)
  await page.mouse.up()
  await logGrew(page, before)
}

/** Leads the cord's free end through the named places in order and lets go on the last one. */
export async function leadThrough(page: Page, from: string, through: string[]) {
  const before = await gestureCount(page)
  const points: Point[] = []
  for (const id of [from, ...through]) points.push(await screenPoint(page, id))
  await page.mouse.move(points[0]!.x, points[0]!.y)
  await page.mouse.down()
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!
    const b = points[i]!
    for (let s = 1; s <= 8; s++)
      await page.mouse.move(a.x + ((b.x - a.x) * s) / 8, a.y + ((b.y - a.y) * s) / 8)
  }
  await page.mouse.up()
  await logGrew(page, before)
}

/**
 * Switches the camera preset and waits until the camera has moved and settled: a press aimed before the
 * move would land where the target used to be.
 */
export async function view(page: Page, name: 'Armoire' | 'Tiroirs' | 'Matériel') {
  const where = async () => JSON.stringify(await screenPoint(page, 'storage'))
  const before = await where()
  await page.getByRole('button', { name, exact: true }).click()
  for (let tries = 0; tries < 30 && (await where()) === before; tries++) await page.waitForTimeout(100)
  // The move lasts 450 ms; frames are slow under SwiftShader, so judge stillness over longer spans.
  let last = ''
  for (let tries = 0; tries < 20; tries++) {
    await page.waitForTimeout(400)
    const now = await where()
    if (now === last) return
    last = now
  }
}

/** The hand or the eyes. */
export async function useTool(page: Page, name: 'Main' | 'Yeux (de près)') {
  await page.getByRole('button', { name, exact: true }).click()
}

/** Tabs to a scene target (the keyboard path's hidden buttons) and presses `key` on it. */
export async function keyOn(page: Page, id: string, key: string) {
  for (let presses = 0; presses < 250; presses++) {
    const focused = await page.evaluate(
      () => (document.activeElement as HTMLElement | null)?.dataset.target ?? null,
    )
    if (focused === id) {
      await page.keyboard.press(key)
      return
    }
    await page.keyboard.press('Tab')
  }
  throw new Error(`Tab never reached the scene target '${id}'`)
}
