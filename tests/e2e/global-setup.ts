/**
 * Runs once per `npm run test:e2e`, in Vitest's main process: one preview server and one browser lookup for
 * every test file (files run one after another; each launches its own browser from the path given here, so
 * a crash in one file cannot take the others down).
 */
import type { TestProject } from 'vitest/node'
import { findChromium, startPreviewServer } from './harness.ts'

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const chromePath = await findChromium()
  const server = await startPreviewServer()
  console.info(`[e2e] Serving dist/ at ${server.url}`)
  project.provide('baseUrl', server.url)
  project.provide('chromePath', chromePath)
  return () => server.close()
}
