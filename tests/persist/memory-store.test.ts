import { describe, expect, it } from 'vitest'
import { AttemptStore, memoryBackend } from '../../src/persist/index.ts'
import { attempt } from './fixtures.ts'
import { describeStoreContract } from './store-contract.ts'

describeStoreContract('in memory', async () => {
  const records = new Map<string, unknown>()
  return {
    store: new AttemptStore(memoryBackend(records), { persistent: false, reason: 'test' }),
    putRaw: async (key, value) => {
      records.set(key, value)
    },
  }
})

describe('in-memory attempt store', () => {
  it('says from the start that it keeps nothing, and keeps saying it after saves work', async () => {
    const store = new AttemptStore(memoryBackend(), {
      persistent: false,
      reason: 'indexedDB is not available',
    })

    await store.saveAttempt(attempt())

    expect(store.persistent).toBe(false)
    expect(store.problem()).toEqual({ kind: 'not_persistent', detail: 'indexedDB is not available' })
  })
})
