/**
 * The browser database. Attempts are stored under an out-of-line key (their id) rather than a key path, so
 * that a record whose value is damaged — no id, not even an object — is still addressable and can be set
 * aside instead of making the whole store unreadable.
 */
import { openDB } from 'idb'
import type { DBSchema, IDBPDatabase } from 'idb'
import type { QuarantineEntry } from './backend.ts'

export const PLATEAU_DB_VERSION = 1

export interface PlateauDbSchema extends DBSchema {
  attempts: {
    key: string
    // Unverified: an older version of the app or a damaged disk may have left anything here.
    value: unknown
    indexes: { byExercise: string }
  }
  quarantine: { key: number; value: QuarantineEntry }
}

export type PlateauDb = IDBPDatabase<PlateauDbSchema>

export async function openPlateauDb(name = 'plateau'): Promise<PlateauDb> {
  const db = await openDB<PlateauDbSchema>(name, PLATEAU_DB_VERSION, {
    upgrade(database, oldVersion) {
      // One step per version, so a browser that skipped versions runs every step it missed.
      if (oldVersion < 1) {
        database.createObjectStore('attempts').createIndex('byExercise', 'exerciseId')
        database.createObjectStore('quarantine', { autoIncrement: true })
      }
    },
    // A newer app in another tab cannot upgrade while this connection is open: let it go. This tab's next
    // save then fails, and the store reports it, instead of both tabs waiting on each other.
    blocking: () => db.close(),
  })
  return db
}
