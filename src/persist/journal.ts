/**
 * A write-ahead copy of the running attempts' logs, written synchronously after every gesture. An
 * IndexedDB write is asynchronous: a tab closed or crashed a few milliseconds after a gesture aborts it,
 * and that last gesture would be lost. localStorage writes complete before the gesture handler returns,
 * so the copy survives; the store clears it once IndexedDB has the same log, and merges it back on reads.
 */
export interface Journal {
  write(attempt: { id: string }): void
  /** The journalled record of one attempt, unverified. */
  get(id: string): unknown
  /** Every journalled record, unverified. */
  entries(): unknown[]
  remove(id: string): void
}

const PREFIX = 'plateau.journal.'

type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>

export function storageJournal(storage: StorageLike): Journal {
  return {
    write(attempt) {
      try {
        storage.setItem(PREFIX + attempt.id, JSON.stringify(attempt))
      } catch {
        // Full or refused: IndexedDB still gets the log; only the crash window stays open.
      }
    },
    get(id) {
      try {
        return JSON.parse(storage.getItem(PREFIX + id) ?? 'null') ?? undefined
      } catch {
        storage.removeItem(PREFIX + id)
        return undefined
      }
    },
    entries() {
      // Keys first: removing an unreadable entry while walking by index would skip the next one.
      const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter(
        (key): key is string => key?.startsWith(PREFIX) === true,
      )
      return keys.map((key) => this.get(key.slice(PREFIX.length))).filter((entry) => entry !== undefined)
    },
    remove(id) {
      storage.removeItem(PREFIX + id)
    },
  }
}

/** The browser's localStorage, where it can be used (some private modes refuse it). */
export function browserJournal(): Journal | undefined {
  try {
    const storage = globalThis.localStorage
    const probe = `${PREFIX}probe`
    storage.setItem(probe, '1')
    storage.removeItem(probe)
    return storageJournal(storage)
  } catch {
    return undefined
  }
}
