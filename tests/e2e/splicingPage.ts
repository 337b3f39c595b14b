/**
 * Drives the fusion-splicing station in the real app as a trainee does: real mouse drags between the
 * places the scene reports (tools, fibre ends, the cleaver's scale, the V-grooves, the splicer's keys).
 */
import type { Page } from 'playwright-core'
import { dragMouse } from './harness.ts'
import type { Point } from './harness.ts'
import { screenPoint } from './fibreIdPage.ts'

export type Side = 'L' | 'R'

async function gestureCount(page: Page): Promise<number> {
  return Number(await page.locator('[data-gestures]').getAttribute('data-gestures'))
}

/** A drag from one scene place to another (or to a page point); waits for the scene to settle. */
export async function drag(
  page: Page,
  from: string,
  to: string | Point,
  { steps = 12, stepDelayMs = 0 } = {},
) {
  const a = await screenPoint(page, from)
  const b = typeof to === 'string' ? await screenPoint(page, to) : to
  await dragMouse(page, a, b, { steps, stepDelayMs })
  await page.waitForTimeout(100)
}

/** A short push on a lever or a cover. */
export async function nudge(page: Page, id: string) {
  const a = await screenPoint(page, id)
  await drag(page, id, { x: a.x, y: a.y + 20 }, { steps: 4 })
}

/** A press and release on a splicer key. */
export async function press(page: Page, id: string) {
  const a = await screenPoint(page, id)
  await page.mouse.move(a.x, a.y)
  await page.mouse.down()
  await page.mouse.up()
  await page.waitForTimeout(100)
}

/** Strip (two strokes), wipe, cleave (seat on the scale, close the lid, push the blade), bin the scrap, load. */
export async function prepareEnd(page: Page, side: Side, cleaveLengthMm: number, stripMm: number) {
  const before = await gestureCount(page)
  await drag(page, 'stripper', `along-${side}-${stripMm}`)
  await drag(page, 'stripper', `along-${side}-${Math.round(stripMm / 2)}`)
  await drag(page, 'stripper', `along-${side}-0`)
  await drag(page, 'wipes', `along-${side}-0`)
  await drag(page, `fibre-${side}`, `seat-${side}-${cleaveLengthMm}`)
  await nudge(page, 'cleaver-lid')
  const blade = await screenPoint(page, 'cleaver-blade')
  await drag(page, 'cleaver-blade', { x: blade.x, y: blade.y - 60 }, { steps: 20, stepDelayMs: 25 })
  await drag(page, `scrap-${side}`, 'bin')
  await drag(page, `fibre-${side}`, `vgroove-${side}-1.5`)
  // strip, wipe, cleave, bin, load
  await page.waitForFunction(
    (expected) =>
      Number(document.querySelector('[data-gestures]')?.getAttribute('data-gestures')) >= expected,
    before + 5,
  )
}

/** Clamps, cover, SET: the splicer checks both ends and arcs. */
export async function closeAndSplice(page: Page) {
  await nudge(page, 'clamps')
  await nudge(page, 'cover')
  await press(page, 'key-set')
}
