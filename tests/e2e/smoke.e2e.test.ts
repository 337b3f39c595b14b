import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { checkA11y, e2eEnv, formatA11y, launchBrowser, newTestPage, screenshot } from './harness.ts'
import type { TestPage } from './harness.ts'

const { baseUrl, chromePath } = e2eEnv()
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser(chromePath)
})

afterAll(async () => {
  await browser?.close()
})

async function openHome(): Promise<TestPage> {
  const t = await newTestPage(browser, baseUrl)
  await t.page.goto('/')
  // Wait for React to have rendered something readable, not just for the HTML shell.
  await t.page.waitForFunction(() => document.body.innerText.trim().length > 0)
  return t
}

describe('home page', () => {
  it('loads with its title, without console errors and without any request off this machine', async () => {
    const t = await openHome()
    try {
      expect(await t.page.title()).toContain('Plateau')
      await screenshot(t.page, 'smoke-home')
      expect(t.pageErrors).toEqual([])
      expect(t.consoleErrors).toEqual([])
      expect(t.foreignRequests).toEqual([])
    } finally {
      await t.close()
    }
  })

  it('has no serious or critical accessibility violation', async () => {
    const t = await openHome()
    try {
      const violations = await checkA11y(t.page)
      expect(violations, formatA11y(violations)).toEqual([])
    } finally {
      await t.close()
    }
  })

  // Every scene needs WebGL2; if SwiftShader is missing, say so here rather than in each scene's test.
  it('has WebGL2 in this browser', async () => {
    const t = await openHome()
    try {
      const version = await t.page.evaluate(() => {
        const gl = document.createElement('canvas').getContext('webgl2')
        return gl ? String(gl.getParameter(gl.VERSION)) : null
      })
      expect(version).toMatch(/^WebGL 2\.0/)
    } finally {
      await t.close()
    }
  })
})
