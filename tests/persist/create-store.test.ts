import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createAttemptStore, requestPersistentStorage } from '../../src/persist/index.ts'
import { attempt } from './fixtures.ts'

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('createAttemptStore', () => {
  it('uses IndexedDB where it opens', async () => {
    const { store, persistent } = await createAttemptStore({ name: 'plateau-test-create-1' })
    await store.saveAttempt(attempt())

    const again = await createAttemptStore({ name: 'plateau-test-create-1' })

    expect(persistent).toBe(true)
    expect(store.problem()).toBeUndefined()
    expect(await again.store.get('a1')).toEqual(attempt())
  })

  it('falls back to memory where indexedDB is missing, and the attempt still works', async () => {
    vi.stubGlobal('indexedDB', undefined)

    const { store, persistent } = await createAttemptStore({ name: 'plateau-test-create-2' })
    await store.saveAttempt(attempt())

    expect(persistent).toBe(false)
    expect(store.problem()).toEqual({ kind: 'not_persistent', detail: 'indexedDB is not available' })
    expect(await store.get('a1')).toEqual(attempt())
  })

  it('falls back to memory where opening fails', async () => {
    vi.stubGlobal('indexedDB', {
      open: () => {
        throw new DOMException(
          'A mutation operation was attempted on a database that did not allow mutations.',
          'InvalidStateError',
        )
      },
    })

    const { store, persistent } = await createAttemptStore({ name: 'plateau-test-create-3' })

    expect(persistent).toBe(false)
    expect(store.problem()?.detail).toMatch(/^InvalidStateError/)
  })

  it('falls back to memory where opening never answers', async () => {
    vi.stubGlobal('indexedDB', { open: () => new IDBRequest() })

    const { persistent, store } = await createAttemptStore({
      name: 'plateau-test-create-4',
      openTimeoutMs: 20,
    })

    expect(persistent).toBe(false)
    expect(store.problem()?.detail).toBe('indexedDB did not open within 20 ms')
  })
})

describe('requestPersistentStorage', () => {
  it('asks the browser when the data is not yet persistent', async () => {
    const persist = vi.fn(async () => true)

    expect(await requestPersistentStorage({ persisted: async () => false, persist })).toBe(true)
    expect(persist).toHaveBeenCalledTimes(1)
  })

  it('does not ask again when the data is already persistent', async () => {
    const persist = vi.fn(async () => true)

    expect(await requestPersistentStorage({ persisted: async () => true, persist })).toBe(true)
    expect(persist).not.toHaveBeenCalled()
  })

  it('answers false where refused, unsupported or failing', async () => {
    expect(await requestPersistentStorage({ persist: async () => false })).toBe(false)
    expect(await requestPersistentStorage({})).toBe(false)
    expect(await requestPersistentStorage(undefined)).toBe(false)
    expect(
      await requestPersistentStorage({
        persist: async () => {
          throw new Error('denied')
        },
      }),
    ).toBe(false)
  })

  it('answers false in an environment without navigator.storage', async () => {
    vi.stubGlobal('navigator', {})

    expect(await requestPersistentStorage()).toBe(false)
  })
})
