/**
 * What the attempt store needs from a storage: a few operations, each atomic, so that the rules about what
 * may be kept (validation, quarantine, a log that only grows) live once, in `attempts.ts`, and run the same
 * over IndexedDB and over the in-memory fallback.
 */
import type { Attempt } from '../engine/schema.ts'
import type { ValidationIssue } from '../engine/validate.ts'

/** A stored value and the key it is stored under; the value is unverified until inspected. */
export type StoredRecord = { key: string; value: unknown }

/** A record moved out of the attempts, kept exactly as it was, with the reasons it could not be read. */
export type QuarantineEntry = {
  /** Key the record had among the attempts. */
  id: string
  raw: unknown
  issues: ValidationIssue[]
  /** ISO 8601 date-time. */
  setAsideAt: string
}

export type QuarantinedAttempt = QuarantineEntry & { key: number }

export type Scope = { kind: 'all' } | { kind: 'exercise'; exerciseId: string } | { kind: 'one'; id: string }

export type Inspection = { ok: true; attempt: Attempt } | { ok: false; entry: QuarantineEntry }

export type SaveDecision = { write: false } | { write: true; setAside?: QuarantineEntry }

export interface AttemptBackend {
  /** Reads the records in scope and, in the same transaction, moves those `inspect` rejects to quarantine. */
  sweep(
    scope: Scope,
    inspect: (record: StoredRecord) => Inspection,
  ): Promise<{ attempts: Attempt[]; setAside: QuarantineEntry[] }>
  /** Reads what is stored under the attempt's id and, in the same transaction, writes as `decide` says. */
  save(attempt: Attempt, decide: (existing: unknown) => SaveDecision): Promise<void>
  remove(id: string): Promise<void>
  quarantined(): Promise<QuarantinedAttempt[]>
}
