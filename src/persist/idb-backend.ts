/**
 * The attempt backend over IndexedDB. Each operation is one read-write transaction over both stores, so a
 * record is never in neither (moved out but not yet into the quarantine) nor half-decided.
 *
 * Transactions keep the default durability: data survives a closed tab or a crashed page, and a save costs
 * no disk flush per gesture; only a power cut can drop the last few saves.
 */
import type { IDBPTransaction } from 'idb'
import type { Attempt } from '../engine/schema.ts'
import type {
  AttemptBackend,
  Inspection,
  QuarantinedAttempt,
  QuarantineEntry,
  SaveDecision,
  Scope,
  StoredRecord,
} from './backend.ts'
import type { PlateauDb, PlateauDbSchema } from './db.ts'

type Stores = ['attempts', 'quarantine']
type Transaction = IDBPTransaction<PlateauDbSchema, Stores, 'readwrite'>

function zip(keys: string[], values: unknown[]): StoredRecord[] {
  return keys.map((key, i) => ({ key, value: values[i] }))
}

async function readScope(tx: Transaction, scope: Scope): Promise<StoredRecord[]> {
  const attempts = tx.objectStore('attempts')
  switch (scope.kind) {
    case 'one': {
      const value = await attempts.get(scope.id)
      return value === undefined ? [] : [{ key: scope.id, value }]
    }
    case 'exercise': {
      const index = attempts.index('byExercise')
      const [keys, values] = await Promise.all([
        index.getAllKeys(scope.exerciseId),
        index.getAll(scope.exerciseId),
      ])
      return zip(keys, values)
    }
    case 'all': {
      const [keys, values] = await Promise.all([attempts.getAllKeys(), attempts.getAll()])
      return zip(keys, values)
    }
  }
}

/** Runs `work` in one transaction and waits for its commit, so a resolved call means the data is written. */
async function inTransaction<T>(db: PlateauDb, work: (tx: Transaction) => Promise<T>): Promise<T> {
  const tx = db.transaction<Stores, 'readwrite'>(['attempts', 'quarantine'], 'readwrite')
  const [result] = await Promise.all([work(tx), tx.done])
  return result
}

async function sweep(tx: Transaction, scope: Scope, inspect: (record: StoredRecord) => Inspection) {
  const attempts: Attempt[] = []
  const setAside: QuarantineEntry[] = []
  const moves: Promise<unknown>[] = []
  for (const record of await readScope(tx, scope)) {
    const inspection = inspect(record)
    if (inspection.ok) {
      attempts.push(inspection.attempt)
      continue
    }
    setAside.push(inspection.entry)
    moves.push(
      tx.objectStore('quarantine').add(inspection.entry),
      tx.objectStore('attempts').delete(record.key),
    )
  }
  await Promise.all(moves)
  return { attempts, setAside }
}

async function save(tx: Transaction, attempt: Attempt, decide: (existing: unknown) => SaveDecision) {
  const attempts = tx.objectStore('attempts')
  const decision = decide(await attempts.get(attempt.id))
  if (!decision.write) return
  await Promise.all([
    decision.setAside && tx.objectStore('quarantine').add(decision.setAside),
    attempts.put(attempt, attempt.id),
  ])
}

export function idbBackend(db: PlateauDb): AttemptBackend {
  return {
    sweep: (scope, inspect) => inTransaction(db, (tx) => sweep(tx, scope, inspect)),
    save: (attempt, decide) => inTransaction(db, (tx) => save(tx, attempt, decide)),
    remove: (id) => inTransaction(db, (tx) => tx.objectStore('attempts').delete(id)),
    async quarantined() {
      const list: QuarantinedAttempt[] = []
      let cursor = await db.transaction('quarantine').store.openCursor()
      while (cursor) {
        list.push({ ...cursor.value, key: cursor.key })
        cursor = await cursor.continue()
      }
      return list
    },
  }
}
