import { configDefaults, defineConfig } from 'vitest/config'

// Unit, model and property tests run in Node; the browser tests have their own config (vitest.e2e.config.ts).
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/**/*.test.ts'],
    exclude: [...configDefaults.exclude, 'tests/e2e/**'],
  },
})
