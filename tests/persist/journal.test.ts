import { describe, expect, it } from 'vitest'
import { AttemptStore } from '../../src/persist/attempts.ts'
import type { AttemptBackend } from '../../src/persist/backend.ts'
import { storageJournal } from '../../src/persist/journal.ts'
import { memoryBackend } from '../../src/persist/memory-backend.ts'
import { attempt, finished, gestures } from './fixtures.ts'

/** A Storage stand-in over a Map, with the same synchronous interface as localStorage. */
function fakeStorage() {
  const items = new Map<string, string>()
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
    key: (index: number) => [...items.keys()][index] ?? null,
    get length() {
      return items.size
    },
  }
}

/** A backend whose writes never land: the tab was closed while IndexedDB was still writing. */
function closingTab(backend: AttemptBackend): AttemptBackend {
  return { ...backend, save: () => new Promise<void>(() => {}) }
}

const persistent = { persistent: true } as const

describe('the write-ahead journal', () => {
  it('keeps the last gesture of a tab closed before storage had it, and puts it back on the next read', async () => {
    const records = new Map<string, unknown>()
    const storage = fakeStorage()
    const before = new AttemptStore(memoryBackend(records), persistent, storageJournal(storage))
    await before.saveAttempt(attempt({ gestures: gestures(2) }))

    // The third gesture: journalled at once, but the page goes away before the database write lands.
    const closing = new AttemptStore(closingTab(memoryBackend(records)), persistent, storageJournal(storage))
    void closing.saveAttempt(attempt({ gestures: gestures(3) }))

    const reopened = new AttemptStore(memoryBackend(records), persistent, storageJournal(storage))
    expect((await reopened.get('a1'))?.gestures).toHaveLength(3)
    // Now storage has it, and the journal copy is gone.
    expect((await new AttemptStore(memoryBackend(records), persistent).get('a1'))?.gestures).toHaveLength(3)
    expect(storage.items.size).toBe(0)
  })

  it('is cleared once storage holds the same log, so it never grows', async () => {
    const storage = fakeStorage()
    const store = new AttemptStore(memoryBackend(), persistent, storageJournal(storage))
    for (let count = 1; count <= 5; count++) await store.saveAttempt(attempt({ gestures: gestures(count) }))
    await store.saveAttempt(attempt({ gestures: gestures(5), ...finished }))
    expect(storage.items.size).toBe(0)
  })

  it('never replaces a longer stored log with an older journal copy', async () => {
    const records = new Map<string, unknown>()
    const storage = fakeStorage()
    storage.setItem('plateau.journal.a1', JSON.stringify(attempt({ gestures: gestures(2) })))
    await new AttemptStore(memoryBackend(records), persistent).saveAttempt(attempt({ gestures: gestures(4) }))
    const store = new AttemptStore(memoryBackend(records), persistent, storageJournal(storage))
    expect((await store.get('a1'))?.gestures).toHaveLength(4)
    expect(storage.items.size).toBe(0)
  })

  it('ignores a damaged journal entry', async () => {
    const storage = fakeStorage()
    storage.setItem('plateau.journal.a1', '{ not json')
    storage.setItem('plateau.journal.a2', JSON.stringify({ id: 'a2', gestures: 'nope' }))
    const store = new AttemptStore(memoryBackend(), persistent, storageJournal(storage))
    expect(await store.loadAll()).toEqual({ attempts: [], setAside: [] })
  })
})

describe('the journal and the rest of the store', () => {
  it('does not bring a removed attempt back', async () => {
    const storage = fakeStorage()
    const records = new Map<string, unknown>()
    const store = new AttemptStore(closingTab(memoryBackend(records)), persistent, storageJournal(storage))
    void store.saveAttempt(attempt())
    await new AttemptStore(memoryBackend(records), persistent, storageJournal(storage)).remove('a1')
    expect(
      await new AttemptStore(memoryBackend(records), persistent, storageJournal(storage)).get('a1'),
    ).toBeUndefined()
  })

  it('keeps the finished copy when an older, unfinished save arrives late', async () => {
    const storage = fakeStorage()
    const store = new AttemptStore(closingTab(memoryBackend()), persistent, storageJournal(storage))
    void store.saveAttempt(attempt({ gestures: gestures(3), ...finished }))
    void store.saveAttempt(attempt({ gestures: gestures(3) }))
    const journalled = JSON.parse(storage.getItem('plateau.journal.a1') ?? 'null') as { finishedAt?: string }
    expect(journalled.finishedAt).toBe(finished.finishedAt)
  })

  it('drops unreadable entries instead of parsing them on every read', async () => {
    const storage = fakeStorage()
    storage.setItem('plateau.journal.a1', '{ not json')
    storage.setItem('plateau.journal.a2', JSON.stringify({ id: 'a2', gestures: 'nope' }))
    storage.setItem('plateau.journal.a3', '{ also not json')
    await new AttemptStore(memoryBackend(), persistent, storageJournal(storage)).loadAll()
    expect(storage.items.size).toBe(0)
  })
})
