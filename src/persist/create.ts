/**
 * Picking a store at start-up, and asking the browser to keep our data. Both degrade quietly: without
 * IndexedDB the trainee still trains, on an in-memory store whose `problem()` says it keeps nothing.
 */
import { AttemptStore } from './attempts.ts'
import { openPlateauDb } from './db.ts'
import type { PlateauDb } from './db.ts'
import { describeError } from './describe-error.ts'
import { idbBackend } from './idb-backend.ts'
import { browserJournal } from './journal.ts'
import { memoryBackend } from './memory-backend.ts'

/**
 * Some browsers never answer an open request (Safari 14.1 on a first load, or a tab blocking an upgrade);
 * past this delay the app starts on the in-memory store instead of waiting on a blank page.
 */
const OPEN_TIMEOUT_MS = 5000

function openWithin(name: string, timeoutMs: number): Promise<{ db: PlateauDb } | { reason: string }> {
  if (typeof indexedDB === 'undefined') return Promise.resolve({ reason: 'indexedDB is not available' })
  return new Promise((resolve) => {
    let settled = false
    const timer = setTimeout(() => {
      settled = true
      resolve({ reason: `indexedDB did not open within ${timeoutMs} ms` })
    }, timeoutMs)
    openPlateauDb(name).then(
      (db) => {
        // Opened too late: the app already runs on memory, and a second store would split the attempts.
        if (settled) {
          db.close()
          return
        }
        settled = true
        clearTimeout(timer)
        resolve({ db })
      },
      (error: unknown) => {
        settled = true
        clearTimeout(timer)
        resolve({ reason: describeError(error) })
      },
    )
  })
}

export async function createAttemptStore({
  name = 'plateau',
  openTimeoutMs = OPEN_TIMEOUT_MS,
}: { name?: string; openTimeoutMs?: number } = {}): Promise<{ store: AttemptStore; persistent: boolean }> {
  const opened = await openWithin(name, openTimeoutMs)
  const store =
    'db' in opened
      ? new AttemptStore(idbBackend(opened.db), { persistent: true }, browserJournal())
      : new AttemptStore(memoryBackend(), { persistent: false, reason: opened.reason })
  return { store, persistent: store.persistent }
}

type StorageAccess = Partial<Pick<StorageManager, 'persist' | 'persisted'>>

/**
 * Asks the browser not to evict our data when the disk fills up. Best effort: false where refused or not
 * supported. Call it once, from a user action such as starting an attempt: Firefox asks the person, and
 * Chrome decides from engagement with the site.
 */
export async function requestPersistentStorage(
  storage: StorageAccess | undefined = typeof navigator === 'undefined'
    ? undefined
    : (navigator as Partial<Navigator>).storage,
): Promise<boolean> {
  try {
    if (!storage?.persist) return false
    if (await storage.persisted?.()) return true
    return await storage.persist()
  } catch {
    return false
  }
}
