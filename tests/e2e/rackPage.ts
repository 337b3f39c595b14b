/**
 * Drives the datacenter rack in the real app: camera presets switched and waited for, parts taken from
 * the trolley and put where they go with real mouse presses and drags (pmPage.ts has the gestures).
 */
import type { Page } from 'playwright-core'
import { screenPoint } from './fibreIdPage.ts'

export type RackView = 'Vue d’ensemble' | 'Avant bas' | 'Avant haut' | 'Arrière' | 'Arrière haut' | 'Chariot'

/**
 * Switches the camera preset and waits until the camera has moved and settled: a press aimed before the
 * move would land where the target used to be.
 */
export async function view(page: Page, name: RackView) {
  const where = async () => JSON.stringify(await screenPoint(page, 'esd-jack'))
  const before = await where()
  await page.getByRole('button', { name, exact: true }).click()
  for (let tries = 0; tries < 30 && (await where()) === before; tries++) await page.waitForTimeout(100)
  let last = ''
  for (let tries = 0; tries < 20; tries++) {
    await page.waitForTimeout(400)
    const now = await where()
    if (now === last) break
    last = now
  }
  // The pick volumes follow the camera's last frame: one more frame under SwiftShader before aiming.
  await page.waitForTimeout(400)
}
