import { defineConfig } from 'vitest/config'

// End-to-end tests: a real Chromium against the production build (run `npm run build` first). One file at a
// time: on CI's 2 cores, two software-rendered WebGL browsers at once only make both slow and flaky.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    maxWorkers: 1,
    // A retry would hide the flakiness we want to hear about.
    retry: 0,
    // SwiftShader renders on the CPU: a scene walk-through takes tens of seconds, a cold browser start several.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    teardownTimeout: 30_000,
  },
})
