/**
 * Drives the splice cassette in the real app as a trainee does: real mouse drags between the places the
 * scene reports (cable ends, entries, ties, sleeves, slots, the label zone, the meter), and fibre paths
 * drawn through points of the cassette floor.
 */
import type { Page } from 'playwright-core'
import { dragMouse } from './harness.ts'
import type { Point } from './harness.ts'
import { screenPoint } from './fibreIdPage.ts'

export async function gestureCount(page: Page): Promise<number> {
  return Number(await page.locator('[data-gestures]').getAttribute('data-gestures'))
}

async function logGrew(page: Page, before: number, added = 1): Promise<void> {
  await page.waitForFunction(
    (expected) =>
      Number(document.querySelector('[data-gestures]')?.getAttribute('data-gestures')) >= expected,
    before + added,
  )
}

/** A drag from one scene place to another; waits until it entered the log. */
export async function drag(page: Page, from: string, to: string | Point, { steps = 14 } = {}) {
  const before = await gestureCount(page)
  const a = await screenPoint(page, from)
  const b = typeof to === 'string' ? await screenPoint(page, to) : to
  await dragMouse(page, a, b, { steps })
  await logGrew(page, before)
}

/** A press and release on a button or the cover. */
export async function press(page: Page, id: string) {
  const before = await gestureCount(page)
  const a = await screenPoint(page, id)
  await page.mouse.move(a.x, a.y)
  await page.mouse.down()
  await page.mouse.up()
  await logGrew(page, before)
}

/** Pulls a tie's tail toward the trainee by `pullMm` on the cassette floor. */
export async function pullTie(
  page: Page,
  cable: 'dist' | 'drop',
  tailAt: { x: number; z: number },
  pullMm: number,
) {
  await drag(page, `tie-${cable}`, await screenPoint(page, `plane:${tailAt.x}:${tailAt.z + pullMm}`), {
    steps: 16,
  })
}

/**
 * Draws a fibre's path with the mouse: presses on the fibre at the tie, moves through the points (in
 * cassette millimetres, projected to the screen by the scene), releases at the last one.
 */
export async function drawPath(page: Page, cable: 'dist' | 'drop', points: { x: number; z: number }[]) {
  const before = await gestureCount(page)
  // A hand moves the mouse in steps of a few millimetres; each move re-renders the scene.
  const thinned = points.filter((p, i) => i === points.length - 1 || i % 2 === 0)
  const ids = thinned.map((p) => `plane:${p.x}:${p.z}`)
  const screen = await page.evaluate(
    (targets) => targets.map((id) => window.__plateauTargets?.screenPoint(id) ?? null),
    ids,
  )
  const start = await screenPoint(page, `fibre-${cable}`)
  await page.mouse.move(start.x, start.y)
  await page.mouse.down()
  for (const p of screen) if (p) await page.mouse.move(p.x, p.y)
  await page.mouse.up()
  await logGrew(page, before)
}

/** The target id of the printed label whose text is `text` (read from the keyboard targets' names). */
export async function labelWithText(page: Page, text: string): Promise<string> {
  const id = await page.evaluate((wanted) => {
    const buttons = [...document.querySelectorAll<HTMLElement>('[data-target^="label-"]')]
    return buttons.find((b) => b.textContent?.includes(wanted))?.dataset.target ?? null
  }, text)
  if (!id) throw new Error(`No label reads '${text}'`)
  return id
}

/** The cassette view, seen from above: fibres are drawn there. */
export async function viewCassette(page: Page) {
  await page.getByRole('button', { name: 'Cassette', exact: true }).click()
  await page.waitForTimeout(500)
}

export async function viewBox(page: Page) {
  await page.getByRole('button', { name: 'Boîtier', exact: true }).click()
  await page.waitForTimeout(500)
}
