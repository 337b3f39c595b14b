/**
 * Shared helpers for the end-to-end tests: a real headless Chromium (WebGL through SwiftShader) driven by
 * playwright-core against the production build served by `vite preview`.
 *
 * Typical test file (the global setup in tests/e2e/global-setup.ts starts the server and finds the browser):
 *
 *   const { baseUrl, chromePath } = e2eEnv()
 *   let browser: Browser
 *   beforeAll(async () => (browser = await launchBrowser(chromePath)))
 *   afterAll(() => browser?.close())
 *   it('…', async () => {
 *     const t = await newTestPage(browser, baseUrl)
 *     await t.page.goto('/')
 *     …
 *     expect(t.consoleErrors).toEqual([])
 *     await t.close()
 *   })
 */
import { execFile, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { AxeBuilder } from '@axe-core/playwright'
import { chromium } from 'playwright-core'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { inject } from 'vitest'
import type { PerfSnapshot } from '../../src/kit/PerfProbe.tsx'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
    chromePath: string
  }
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const DEBIAN_CHROMIUM = '/usr/lib/chromium/chromium'

export type Point = { x: number; y: number }

/** What the global setup hands every test file; fails clearly when the e2e config was not used. */
export function e2eEnv(): { baseUrl: string; chromePath: string } {
  const baseUrl = inject('baseUrl')
  const chromePath = inject('chromePath')
  if (!baseUrl || !chromePath) {
    throw new Error(
      'The e2e global setup did not run: use `npm run test:e2e` (vitest --config vitest.e2e.config.ts), ' +
        'and keep tests/e2e out of the unit-test config.',
    )
  }
  return { baseUrl, chromePath }
}

// ---------------------------------------------------------------------------------------------------------
// Browser

let chromiumLookup: Promise<string> | undefined

/**
 * The Chromium to drive: `CHROME_PATH`, else Debian's package, else the binary shipped inside the npm
 * package @sparticuz/chromium (so a clean `npm ci` is enough; browser downloads do not work here).
 * Memoised per process so the choice is logged once.
 */
export function findChromium(): Promise<string> {
  chromiumLookup ??= lookUpChromium().then((found) => {
    console.info(`[e2e] Chromium: ${found.path} (${found.source})`)
    return found.path
  })
  return chromiumLookup
}

async function lookUpChromium(): Promise<{ path: string; source: string }> {
  const fromEnv = process.env.CHROME_PATH
  if (fromEnv) {
    // Someone asked for this binary on purpose: falling back silently would test another browser.
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH is set to ${fromEnv}, which does not exist.`)
    return { path: fromEnv, source: 'CHROME_PATH' }
  }
  if (existsSync(DEBIAN_CHROMIUM)) return { path: DEBIAN_CHROMIUM, source: 'Debian package chromium' }
  return { path: await sparticuzChromium(), source: 'npm package @sparticuz/chromium' }
}

const execFileAsync = promisify(execFile)

async function sparticuzChromium(): Promise<string> {
  const { default: Sparticuz } = await import('@sparticuz/chromium')
  const exe = await Sparticuz.executablePath()
  try {
    await execFileAsync(exe, ['--version'], { timeout: 30_000 })
    return exe
  } catch (error) {
    // The package only checks that /tmp/chromium exists, so an extraction cut short (a killed run) leaves a
    // truncated binary that is reused for ever. Extract it again once; a second failure is real (e.g. a
    // missing system library) and its message says so.
    if (exe !== join(tmpdir(), 'chromium')) throw error
    await rm(exe, { force: true })
    const again = await Sparticuz.executablePath()
    try {
      await execFileAsync(again, ['--version'], { timeout: 30_000 })
    } catch (retryError) {
      const detail = retryError instanceof Error ? retryError.message : String(retryError)
      throw new Error(`The Chromium from @sparticuz/chromium (${again}) does not start: ${detail}`, {
        cause: retryError,
      })
    }
    return again
  }
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  // WebGL without a GPU: ANGLE on SwiftShader (software Vulkan). "unsafe" only means "not for untrusted
  // web content", which is fine for our own build.
  '--use-gl=angle',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  // No traffic of the browser's own (updates, sync, field trials): the tests assert zero foreign requests.
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--no-zygote',
  // Containers often have a tiny /dev/shm; Chromium then crashes on large pages.
  '--disable-dev-shm-usage',
]

/** Headless Chromium with WebGL2 through SwiftShader. Defaults to findChromium() when no path is given. */
export async function launchBrowser(executablePath?: string): Promise<Browser> {
  return chromium.launch({
    executablePath: executablePath ?? (await findChromium()),
    headless: true,
    args: CHROMIUM_ARGS,
    timeout: 60_000,
  })
}

// ---------------------------------------------------------------------------------------------------------
// Preview server

export type PreviewServer = { url: string; close(): Promise<void> }

/**
 * Serves the production build in dist/ with `vite preview` on a free port of 127.0.0.1. Run `npm run build`
 * first: testing the real bundle is the point, so there is no dev-server fallback.
 */
export async function startPreviewServer(): Promise<PreviewServer> {
  if (!existsSync(join(ROOT, 'dist', 'index.html'))) {
    throw new Error('dist/index.html is missing: run `npm run build` before the e2e tests.')
  }
  // The port is free when we look but could be taken before vite binds it (--strictPort then exits), so try
  // a few times instead of failing the whole run on that race.
  let lastError: unknown
  for (let attempt = 1; attempt <= 3; attempt++) {
    try {
      return await startPreviewOnce(await freePort())
    } catch (error) {
      lastError = error
    }
  }
  throw lastError
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.unref()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => (port ? resolve(port) : reject(new Error('Could not get a free port.'))))
    })
  })
}

async function startPreviewOnce(port: number): Promise<PreviewServer> {
  const viteBin = join(dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin', 'vite.js')
  const url = `http://127.0.0.1:${port}/`
  // Own process group (detached) so close() can end vite and anything it spawned in one signal.
  const child = spawn(
    process.execPath,
    [viteBin, 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { cwd: ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } },
  )
  // Keep reading so a full pipe never blocks vite; keep only the tail for error messages.
  let output = ''
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-8000)
  }
  child.stdout.on('data', keep)
  child.stderr.on('data', keep)

  let exited = false
  const exit = new Promise<void>((resolve) =>
    child.once('exit', () => {
      exited = true
      resolve()
    }),
  )
  const killGroup = (signal: NodeJS.Signals) => {
    if (exited || child.pid === undefined) return
    try {
      process.kill(-child.pid, signal)
    } catch {
      // Already gone between the check and the signal.
    }
  }
  // A detached child outlives its parent: make sure a crashed or interrupted test run does not leave it.
  const onParentExit = () => killGroup('SIGKILL')
  process.once('exit', onParentExit)

  const close = async () => {
    process.off('exit', onParentExit)
    killGroup('SIGTERM')
    const timer = setTimeout(() => killGroup('SIGKILL'), 5000)
    await exit
    clearTimeout(timer)
  }

  const deadline = Date.now() + 30_000
  while (Date.now() < deadline) {
    if (exited) {
      process.off('exit', onParentExit)
      throw new Error(`vite preview exited before serving ${url}:\n${output}`)
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) })
      if (response.ok) return { url, close }
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 150))
  }
  await close()
  throw new Error(`vite preview did not answer on ${url} within 30 s:\n${output}`)
}

// ---------------------------------------------------------------------------------------------------------
// Pages

export type TestPageOptions = {
  viewport?: { width: number; height: number }
  hasTouch?: boolean
  isMobile?: boolean
  /** Defaults to fr-FR, the app's first language, so language detection is the same on every machine. */
  locale?: string
}

export type TestPage = {
  page: Page
  context: BrowserContext
  /** Console messages of type 'error' as "text (url:line)", except the echo of requests we blocked. */
  consoleErrors: string[]
  /** Uncaught exceptions and unhandled rejections in the page, and renderer crashes. */
  pageErrors: string[]
  /** Every request (and WebSocket) to a host other than localhost/127.0.0.1/[::1]; all were aborted. */
  foreignRequests: string[]
  close(): Promise<void>
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]'])

function isForeign(url: URL): boolean {
  // data:, blob: and the like never reach the network.
  const networked = ['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol)
  return networked && !LOCAL_HOSTS.has(url.hostname)
}

/**
 * A fresh context (own storage) and page at 1280×720, device scale factor 1, with `baseURL` set so tests
 * can `page.goto('/')`. Requests to any other host are recorded and aborted: a test never reaches the
 * network, and a foreign request is a failure to assert on, not a hang.
 */
export async function newTestPage(
  browser: Browser,
  baseUrl: string,
  opts: TestPageOptions = {},
): Promise<TestPage> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    viewport: opts.viewport ?? { width: 1280, height: 720 },
    deviceScaleFactor: 1,
    hasTouch: opts.hasTouch ?? false,
    isMobile: opts.isMobile ?? false,
    locale: opts.locale ?? 'fr-FR',
    // Requests answered by a service worker bypass context.route(): block workers so every request is seen.
    serviceWorkers: 'block',
  })
  const consoleErrors: string[] = []
  const pageErrors: string[] = []
  const foreignRequests: string[] = []
  const blocked = new Set<string>()

  await context.route('**/*', async (route) => {
    const url = route.request().url()
    if (!isForeign(new URL(url))) return route.fallback()
    foreignRequests.push(url)
    blocked.add(url)
    return route.abort('blockedbyclient')
  })
  await context.routeWebSocket(isForeign, (ws) => {
    foreignRequests.push(ws.url())
    return ws.close()
  })

  context.on('console', (message) => {
    if (message.type() !== 'error') return
    const location = message.location()
    // Chromium echoes each request we aborted as "Failed to load resource: net::ERR_BLOCKED_BY_CLIENT";
    // it is already in foreignRequests, so counting it twice would only blur the failure message.
    if (message.text().startsWith('Failed to load resource') && blocked.has(location.url)) return
    consoleErrors.push(
      location.url ? `${message.text()} (${location.url}:${location.lineNumber})` : message.text(),
    )
  })
  context.on('weberror', (webError) => {
    const error = webError.error()
    pageErrors.push(error.stack ?? error.message)
  })

  const page = await context.newPage()
  page.on('crash', () => pageErrors.push('The page crashed (renderer process gone).'))

  return { page, context, consoleErrors, pageErrors, foreignRequests, close: () => context.close() }
}

// ---------------------------------------------------------------------------------------------------------
// Accessibility

export type A11yViolation = {
  id: string
  impact: 'serious' | 'critical'
  help: string
  helpUrl: string
  /** CSS selectors of the offending nodes. */
  targets: string[]
}

/** axe-core on the current page; only 'serious' and 'critical' violations are returned. */
export async function checkA11y(
  page: Page,
  opts: { include?: string; exclude?: string[]; disableRules?: string[] } = {},
): Promise<A11yViolation[]> {
  let builder = new AxeBuilder({ page })
  if (opts.include) builder = builder.include(opts.include)
  for (const selector of opts.exclude ?? []) builder = builder.exclude(selector)
  if (opts.disableRules?.length) builder = builder.disableRules(opts.disableRules)
  const results = await builder.analyze()
  return results.violations.flatMap((violation) =>
    violation.impact === 'serious' || violation.impact === 'critical'
      ? [
          {
            id: violation.id,
            impact: violation.impact,
            help: violation.help,
            helpUrl: violation.helpUrl,
            targets: violation.nodes.map((node) => node.target.join(' ')),
          },
        ]
      : [],
  )
}

/** One line per violation, for assertion messages: `expect(v, formatA11y(v)).toEqual([])`. */
export function formatA11y(violations: A11yViolation[]): string {
  return violations
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.targets.slice(0, 5).join(', ')} (${v.helpUrl})`)
    .join('\n')
}

// ---------------------------------------------------------------------------------------------------------
// Renderer counters (exposed by the app's perf probe in src/kit)

export type { PerfSnapshot }

/** The app's `window.__plateauPerf.snapshot()`, or null when the probe is not exposed on this page. */
export function rendererInfo(page: Page): Promise<PerfSnapshot | null> {
  return page.evaluate(() => {
    const probe = (window as unknown as { __plateauPerf?: { snapshot(): PerfSnapshot } }).__plateauPerf
    return probe ? probe.snapshot() : null
  })
}

/** Frames rendered while the test does nothing for `ms` (the idle budget is 0 with frameloop="demand"). */
export async function framesRenderedDuring(page: Page, ms: number): Promise<number> {
  const before = await rendererInfo(page)
  if (!before) throw new Error('window.__plateauPerf is not exposed on this page (is ?perf=1 needed?).')
  await page.waitForTimeout(ms)
  const after = await rendererInfo(page)
  return (after?.frames ?? before.frames) - before.frames
}

// ---------------------------------------------------------------------------------------------------------
// Input

/**
 * A real mouse drag, as a person does it: move to `from`, press, move to `to` in `steps` pointer moves,
 * release. Coordinates are CSS pixels of the viewport.
 */
export async function dragMouse(
  page: Page,
  from: Point,
  to: Point,
  opts: { steps?: number; stepDelayMs?: number; button?: 'left' | 'right' | 'middle' } = {},
): Promise<void> {
  const steps = Math.max(1, opts.steps ?? 20)
  const button = opts.button ?? 'left'
  await page.mouse.move(from.x, from.y)
  await page.mouse.down({ button })
  for (let i = 1; i <= steps; i++) {
    await page.mouse.move(from.x + ((to.x - from.x) * i) / steps, from.y + ((to.y - from.y) * i) / steps)
    if (opts.stepDelayMs) await page.waitForTimeout(opts.stepDelayMs)
  }
  await page.mouse.up({ button })
}

/**
 * A one-finger touch drag through the DevTools protocol, since Playwright only has `tap`. Use a page made
 * with `hasTouch: true` so the app sees a touch device; the browser turns these into pointer events with
 * pointerType 'touch'. As on a real phone, the element under the finger needs `touch-action: none` (R3F does
 * not set it on its canvas): otherwise Chromium starts panning after the first move and sends pointercancel.
 */
export async function touchDrag(
  page: Page,
  from: Point,
  to: Point,
  opts: { steps?: number; stepDelayMs?: number } = {},
): Promise<void> {
  const steps = Math.max(1, opts.steps ?? 20)
  const stepDelayMs = opts.stepDelayMs ?? 16
  const cdp = await page.context().newCDPSession(page)
  const point = (p: Point) => ({ x: p.x, y: p.y, id: 0, radiusX: 1, radiusY: 1, force: 1 })
  try {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point(from)] })
    for (let i = 1; i <= steps; i++) {
      const at = { x: from.x + ((to.x - from.x) * i) / steps, y: from.y + ((to.y - from.y) * i) / steps }
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [point(at)] })
      if (stepDelayMs) await page.waitForTimeout(stepDelayMs)
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] })
  } finally {
    await cdp.detach()
  }
}

// ---------------------------------------------------------------------------------------------------------
// Screenshots

/** Saves the viewport to test-results/screenshots/<name>.png and returns the path, to look at afterwards. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const dir = join(ROOT, 'test-results', 'screenshots')
  await mkdir(dir, { recursive: true })
  const path = join(dir, `${name.replace(/[^\w.-]+/g, '-')}.png`)
  await page.screenshot({ path })
  return path
}
