/**
 * The attempt store: the running attempt saved after every gesture, resumable after a reload, and finished
 * attempts kept as the local history. It never throws into the UI: a record that fails validation is set
 * aside in the quarantine (kept as it was, with the reasons), and a failing storage is reported through
 * `problem()` / `onProblem()` while every method goes on answering.
 */
import type { Attempt } from '../engine/schema.ts'
import { parseAttempt } from '../engine/validate.ts'
import type { ValidationIssue } from '../engine/validate.ts'
import type { Journal } from './journal.ts'
import type {
  AttemptBackend,
  Inspection,
  QuarantinedAttempt,
  QuarantineEntry,
  SaveDecision,
  Scope,
  StoredRecord,
} from './backend.ts'
import { describeError } from './describe-error.ts'

export type StoreProblemKind = 'not_persistent' | 'quota_exceeded' | 'write_failed' | 'read_failed'

/** `detail` is for the console and bug reports; the UI words the kind in the trainee's language. */
export type StoreProblem = { kind: StoreProblemKind; detail: string }

export type SetAside = { id: string; issues: ValidationIssue[] }

export type LoadResult = { attempts: Attempt[]; setAside: SetAside[] }

export type Persistence = { persistent: true } | { persistent: false; reason: string }

function quarantineEntry(id: string, raw: unknown, issues: ValidationIssue[]): QuarantineEntry {
  return { id, raw, issues, setAsideAt: new Date().toISOString() }
}

function inspect({ key, value }: StoredRecord): Inspection {
  const parsed = parseAttempt(value)
  if (!parsed.ok) return { ok: false, entry: quarantineEntry(key, value, parsed.issues) }
  if (parsed.value.id !== key) {
    const mismatch = { path: 'id', code: 'key_mismatch', expected: key, received: parsed.value.id }
    return { ok: false, entry: quarantineEntry(key, value, [mismatch]) }
  }
  return { ok: true, attempt: parsed.value }
}

function progressOf(value: unknown): { gestureCount: number; finished: boolean } | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  const { gestures, finishedAt } = value as { gestures?: unknown; finishedAt?: unknown }
  return Array.isArray(gestures)
    ? { gestureCount: gestures.length, finished: finishedAt !== undefined }
    : undefined
}

/**
 * Why compare with what is stored rather than chain saves per id: IndexedDB already runs read-write
 * transactions on a store in the order they were created, so this tab's saves land in call order. What
 * ordering cannot catch is a stale snapshot handed in late (a delayed effect) or a second tab writing the
 * same attempt. The log only grows — a gesture is never taken back, a restart is a new attempt — so a
 * stored record with more gestures, or as many and already finished, is the newer one and is kept. Reading
 * only the log's length keeps each save to one get and one put, without validating the whole log.
 */
function decideSave(existing: unknown, incoming: Attempt): SaveDecision {
  if (existing === undefined) return { write: true }
  const stored = progressOf(existing)
  if (!stored) {
    // Unreadable, and about to be overwritten: keep it in the quarantine rather than lose it.
    const parsed = parseAttempt(existing)
    return { write: true, setAside: quarantineEntry(incoming.id, existing, parsed.ok ? [] : parsed.issues) }
  }
  const count = incoming.gestures.length
  const storedIsNewer =
    stored.gestureCount > count ||
    (stored.gestureCount === count && stored.finished && incoming.finishedAt === undefined)
  return storedIsNewer ? { write: false } : { write: true }
}

// ISO 8601 from toISOString() is fixed-width UTC, so text order is time order; the id breaks ties.
function byStartedAt(a: Attempt, b: Attempt): number {
  if (a.startedAt !== b.startedAt) return a.startedAt < b.startedAt ? -1 : 1
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

function writeProblem(error: unknown): StoreProblem {
  const quota =
    typeof error === 'object' && error !== null && 'name' in error && error.name === 'QuotaExceededError'
  return { kind: quota ? 'quota_exceeded' : 'write_failed', detail: describeError(error) }
}

export class AttemptStore {
  readonly persistent: boolean
  private readonly backend: AttemptBackend
  private current: StoreProblem | undefined
  private readonly listeners = new Set<(problem: StoreProblem | undefined) => void>()

  private readonly journal: Journal | undefined

  constructor(backend: AttemptBackend, persistence: Persistence, journal?: Journal) {
    this.backend = backend
    this.journal = journal
    this.persistent = persistence.persistent
    this.current = persistence.persistent ? undefined : { kind: 'not_persistent', detail: persistence.reason }
  }

  /** What keeps attempts from being kept right now, if anything. */
  problem(): StoreProblem | undefined {
    return this.current
  }

  /** Called when the problem changes kind or goes away (with undefined); returns the unsubscribe. */
  onProblem(listener: (problem: StoreProblem | undefined) => void): () => void {
    this.listeners.add(listener)
    return () => {
      this.listeners.delete(listener)
    }
  }

  /**
   * Called after every gesture. Each call stores the whole log, so the first save that works after failures
   * loses nothing.
   */
  async saveAttempt(attempt: Attempt): Promise<void> {
    // Synchronous, before anything is awaited: the gesture survives a tab closed right now. A late or
    // second-tab save never overwrites a longer or finished copy, by the same rule as storage.
    if (this.journal && decideSave(this.journal.get(attempt.id), attempt).write) this.journal.write(attempt)
    try {
      await this.backend.save(attempt, (existing) => decideSave(existing, attempt))
      this.settleJournal(attempt)
      // A write that works proves the storage is back; an in-memory store stays not persistent.
      if (this.persistent) this.report(undefined)
    } catch (error) {
      this.report(writeProblem(error))
    }
  }

  /** Every valid attempt, oldest first; the records that could not be read are moved to the quarantine. */
  async loadAll(): Promise<LoadResult> {
    const { attempts, setAside } = await this.read({ kind: 'all' })
    return { attempts, setAside: setAside.map(({ id, issues }) => ({ id, issues })) }
  }

  /** Attempts to resume, oldest first. */
  async unfinished(exerciseId?: string): Promise<Attempt[]> {
    const { attempts } = await this.read(
      exerciseId === undefined ? { kind: 'all' } : { kind: 'exercise', exerciseId },
    )
    return attempts.filter((attempt) => attempt.finishedAt === undefined)
  }

  /** Finished attempts of one exercise, oldest first. */
  async history(exerciseId: string): Promise<Attempt[]> {
    const { attempts } = await this.read({ kind: 'exercise', exerciseId })
    return attempts.filter((attempt) => attempt.finishedAt !== undefined)
  }

  async get(id: string): Promise<Attempt | undefined> {
    const { attempts } = await this.read({ kind: 'one', id })
    return attempts[0]
  }

  async remove(id: string): Promise<void> {
    // First, or the next read would bring the attempt back from its journal copy.
    this.journal?.remove(id)
    try {
      await this.backend.remove(id)
    } catch (error) {
      this.report(writeProblem(error))
    }
  }

  /** Records set aside so far, for a screen that lets the trainee or a trainer export them. */
  async quarantined(): Promise<QuarantinedAttempt[]> {
    try {
      return await this.backend.quarantined()
    } catch (error) {
      this.report({ kind: 'read_failed', detail: describeError(error) })
      return []
    }
  }

  /** Drops the journal's copy once storage holds at least as much of that log. */
  private settleJournal(saved: Attempt): void {
    const entry = this.journal && progressOf(this.journal.get(saved.id))
    if (!entry) return
    const savedIsNewer =
      saved.gestures.length > entry.gestureCount ||
      (saved.gestures.length === entry.gestureCount && (saved.finishedAt !== undefined || !entry.finished))
    if (savedIsNewer) this.journal?.remove(saved.id)
  }

  /**
   * Logs the journal holds further than storage (the tab closed before the last save landed) are put
   * back into storage and into this read's answer.
   */
  private async recoverFromJournal(scope: Scope, attempts: Attempt[]): Promise<Attempt[]> {
    if (!this.journal) return attempts
    const byId = new Map(attempts.map((attempt) => [attempt.id, attempt]))
    for (const raw of this.journal.entries()) {
      const parsed = parseAttempt(raw)
      if (!parsed.ok) {
        // Unreadable: it can never be recovered, and would be parsed again on every read.
        const id = (raw as { id?: unknown } | null)?.id
        if (typeof id === 'string') this.journal.remove(id)
        continue
      }
      const ahead = parsed.value
      const inScope =
        scope.kind === 'all' ||
        (scope.kind === 'one' ? ahead.id === scope.id : ahead.exerciseId === scope.exerciseId)
      if (!inScope) continue
      const stored = byId.get(ahead.id)
      if (stored && decideSave(stored, ahead).write === false) {
        this.journal.remove(ahead.id)
        continue
      }
      await this.saveAttempt(ahead)
      byId.set(ahead.id, ahead)
    }
    return [...byId.values()]
  }

  private async read(scope: Scope) {
    try {
      const result = await this.backend.sweep(scope, inspect)
      if (this.current?.kind === 'read_failed') this.report(undefined)
      const attempts = await this.recoverFromJournal(scope, result.attempts)
      return { attempts: attempts.sort(byStartedAt), setAside: result.setAside }
    } catch (error) {
      this.report({ kind: 'read_failed', detail: describeError(error) })
      return { attempts: [], setAside: [] }
    }
  }

  private report(problem: StoreProblem | undefined): void {
    const changed = problem?.kind !== this.current?.kind
    this.current = problem
    if (changed) this.listeners.forEach((listener) => listener(problem))
  }
}
