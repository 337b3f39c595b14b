/**
 * Versioned reference procedures (SCORING.md property 10). An attempt names the procedure version it was
 * made with, so a version, once published, must never change what it scores: a changed weight, tolerance or
 * message gets a new version, and old attempts are still re-scored against the version they were made with.
 */
import type { Procedure } from './schema.ts'
import { checkProcedure } from './validate.ts'

/** JSON with object keys sorted, so the same content always gives the same text. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`
  }
  return JSON.stringify(value)
}

/** 32-bit FNV-1a over UTF-16 code units: tiny, deterministic, and enough to tell two edits of one version apart. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return (hash >>> 0).toString(16).padStart(8, '0')
}

/**
 * Hash of everything that shapes a report. Step and error texts are in, because findings carry them;
 * the title and the version itself are out.
 */
export function procedureFingerprint(p: Procedure): string {
  return fnv1a(
    canonicalJson({
      id: p.id,
      scene: p.scene,
      steps: p.steps,
      precedence: p.precedence,
      errors: p.errors,
      time: p.time,
      minActions: p.minActions,
      passMark: p.passMark,
      weights: p.weights,
      hintPenalty: p.hintPenalty,
    }),
  )
}

type Entry = { procedure: Procedure; fingerprint: string }

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const item of Object.values(value)) deepFreeze(item)
    Object.freeze(value)
  }
  return value
}

const label = (id: string, version: string) => `${id}@${version}`

export class ProcedureRegistry {
  /** id → version → entry, in registration order. */
  private readonly byId = new Map<string, Map<string, Entry>>()

  /**
   * Stores a frozen copy, so a caller mutating its object later cannot rewrite a published version.
   * Registering identical content again is a no-op; changed content under the same version throws.
   */
  register(procedure: Procedure): Procedure {
    const issues = checkProcedure(procedure)
    if (issues.length > 0) {
      const list = issues.map((issue) => `${issue.path || '(root)'}: ${issue.code}`).join('; ')
      throw new Error(`Procedure ${label(procedure.id, procedure.version)} is invalid: ${list}`)
    }
    const fingerprint = procedureFingerprint(procedure)
    const versions = this.byId.get(procedure.id) ?? new Map<string, Entry>()
    const existing = versions.get(procedure.version)
    if (existing) {
      if (existing.fingerprint === fingerprint) return existing.procedure
      throw new Error(
        `Procedure ${label(procedure.id, procedure.version)} is already registered with other content: ` +
          'a changed procedure needs a new version',
      )
    }
    const stored = deepFreeze(structuredClone(procedure))
    versions.set(procedure.version, { procedure: stored, fingerprint })
    this.byId.set(procedure.id, versions)
    return stored
  }

  get(id: string, version: string): Procedure | undefined {
    return this.byId.get(id)?.get(version)?.procedure
  }

  /** The version registered last, which is what a new attempt uses. */
  latest(id: string): Procedure | undefined {
    return [...(this.byId.get(id)?.values() ?? [])].at(-1)?.procedure
  }

  /**
   * Applies `changes` to a mutable copy of `procedure`, gives the result `newVersion` and registers it.
   * The base procedure is left as it was.
   */
  revise(procedure: Procedure, changes: (draft: Procedure) => Procedure, newVersion: string): Procedure {
    if (this.get(procedure.id, newVersion)) {
      throw new Error(`Procedure ${label(procedure.id, newVersion)} already exists: choose a new version`)
    }
    const revised = changes(structuredClone(procedure))
    if (revised.id !== procedure.id) {
      throw new Error(`A revision keeps the procedure id: expected ${procedure.id}, got ${revised.id}`)
    }
    return this.register({ ...revised, version: newVersion })
  }
}
