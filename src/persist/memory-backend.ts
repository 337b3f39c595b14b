/**
 * The attempt backend used when IndexedDB cannot be opened: the attempt goes on and is scored, but nothing
 * outlives the page. Values are cloned on the way in, as IndexedDB would, so a caller changing an object it
 * saved cannot change what is stored. Each operation runs synchronously, which makes it atomic.
 */
import type { Attempt } from '../engine/schema.ts'
import type { AttemptBackend, QuarantinedAttempt, QuarantineEntry, Scope, StoredRecord } from './backend.ts'

function inScope(record: StoredRecord, scope: Scope): boolean {
  switch (scope.kind) {
    case 'all':
      return true
    case 'one':
      return record.key === scope.id
    case 'exercise':
      return (
        typeof record.value === 'object' &&
        record.value !== null &&
        (record.value as { exerciseId?: unknown }).exerciseId === scope.exerciseId
      )
  }
}

/** `records` is the storage itself, keyed by attempt id; pass one in to start from given records. */
export function memoryBackend(records = new Map<string, unknown>()): AttemptBackend {
  const quarantine: QuarantinedAttempt[] = []
  const setAside = (entry: QuarantineEntry) => {
    quarantine.push({ ...entry, key: quarantine.length + 1 })
    records.delete(entry.id)
  }

  return {
    async sweep(scope, inspect) {
      const attempts: Attempt[] = []
      const setAsideNow: QuarantineEntry[] = []
      for (const [key, value] of records) {
        if (!inScope({ key, value }, scope)) continue
        const inspection = inspect({ key, value })
        if (inspection.ok) attempts.push(inspection.attempt)
        else setAsideNow.push(inspection.entry)
      }
      // Outside the loop: deleting from a Map while iterating it is allowed but easy to misread.
      setAsideNow.forEach(setAside)
      return { attempts, setAside: setAsideNow }
    },
    async save(attempt, decide) {
      const decision = decide(records.get(attempt.id))
      if (!decision.write) return
      if (decision.setAside) setAside(decision.setAside)
      records.set(attempt.id, structuredClone(attempt))
    },
    async remove(id) {
      records.delete(id)
    },
    async quarantined() {
      return structuredClone(quarantine)
    },
  }
}
