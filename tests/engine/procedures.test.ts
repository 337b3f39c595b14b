import { describe, expect, it } from 'vitest'
import { ProcedureRegistry, procedureFingerprint } from '../../src/engine/procedures.ts'
import type { Procedure } from '../../src/engine/schema.ts'
import { SPLICE } from './fixtures.ts'

/** The same content with every object's keys in reverse order. */
function reverseKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reverseKeys) as T
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([k, v]) => [k, reverseKeys(v)]),
    ) as T
  }
  return value
}

describe('procedureFingerprint', () => {
  it('is a stable 8-digit hex hash that ignores key order', () => {
    const fingerprint = procedureFingerprint(SPLICE)
    expect(fingerprint).toMatch(/^[0-9a-f]{8}$/)
    expect(procedureFingerprint(structuredClone(SPLICE))).toBe(fingerprint)
    expect(procedureFingerprint(reverseKeys(SPLICE))).toBe(fingerprint)
  })

  it('ignores the version and the title, which do not change a report', () => {
    expect(procedureFingerprint({ ...SPLICE, version: '9', title: { fr: 'Autre', en: 'Other' } })).toBe(
      procedureFingerprint(SPLICE),
    )
  })

  it.each<[string, (p: Procedure) => void]>([
    ['a step weight', (p) => void (p.steps[0]!.weight = 3)],
    ['a required flag', (p) => void (p.steps[3]!.required = true)],
    ['a tolerance', (p) => void (p.steps[1]!.params![0]!.tol = 4)],
    ['a precedence pair', (p) => void p.precedence.pop()],
    ['an error penalty', (p) => void (p.errors[0]!.penalty = 0.3)],
    ['an error message', (p) => void (p.errors[0]!.message.fr = 'autre')],
    ['the time limits', (p) => void (p.time.maxS = 200)],
    ['the minimal action count', (p) => void (p.minActions = 5)],
    ['the pass mark', (p) => void (p.passMark = 0.8)],
    ['a component weight', (p) => void (p.weights.time = 0.1)],
    ['the hint penalty', (p) => void (p.hintPenalty = 0.05)],
  ])('changes with %s', (_what, edit) => {
    const changed = structuredClone(SPLICE)
    edit(changed)
    expect(procedureFingerprint(changed)).not.toBe(procedureFingerprint(SPLICE))
  })
})

describe('ProcedureRegistry', () => {
  it('stores procedures by id and version, and knows the latest', () => {
    const registry = new ProcedureRegistry()
    registry.register(SPLICE)
    registry.register({ ...SPLICE, version: '2', passMark: 0.8 })
    expect(registry.get('splice', '1')).toEqual(SPLICE)
    expect(registry.get('splice', '2')?.passMark).toBe(0.8)
    expect(registry.get('splice', '3')).toBeUndefined()
    expect(registry.latest('splice')?.version).toBe('2')
    expect(registry.latest('other')).toBeUndefined()
  })

  it('accepts the same content twice, and refuses changed content under the same version', () => {
    const registry = new ProcedureRegistry()
    const stored = registry.register(SPLICE)
    expect(registry.register(structuredClone(SPLICE))).toBe(stored)
    expect(() => registry.register({ ...SPLICE, passMark: 0.8 })).toThrow(
      /a changed procedure needs a new version/,
    )
  })

  it('keeps a frozen copy that a caller cannot rewrite', () => {
    const registry = new ProcedureRegistry()
    const mine = structuredClone(SPLICE)
    registry.register(mine)
    mine.passMark = 0.1
    expect(registry.get('splice', '1')?.passMark).toBe(0.7)
    expect(Object.isFrozen(registry.get('splice', '1')?.steps[0])).toBe(true)
  })

  it('refuses an invalid procedure with the issues listed', () => {
    const registry = new ProcedureRegistry()
    expect(() => registry.register({ ...SPLICE, precedence: [['sleeve', 'nowhere']] })).toThrow(
      /splice@1 is invalid: precedence\[0\]\[1\]: unknown_step/,
    )
  })

  it('revises into a new registered version and leaves the base alone', () => {
    const registry = new ProcedureRegistry()
    const base = registry.register(SPLICE)
    const revised = registry.revise(
      base,
      (draft) => {
        draft.steps[1]!.params![0]!.tol = 3
        return draft
      },
      '2',
    )
    expect(revised.version).toBe('2')
    expect(revised.steps[1]?.params?.[0]?.tol).toBe(3)
    expect(base.steps[1]?.params?.[0]?.tol).toBe(5)
    expect(registry.get('splice', '2')).toBe(revised)
    expect(registry.latest('splice')).toBe(revised)
  })

  it('refuses a revision to an existing version or to another id', () => {
    const registry = new ProcedureRegistry()
    registry.register(SPLICE)
    registry.register({ ...SPLICE, version: '2' })
    expect(() => registry.revise(SPLICE, (draft) => draft, '2')).toThrow(/splice@2 already exists/)
    expect(() => registry.revise(SPLICE, (draft) => ({ ...draft, id: 'other' }), '3')).toThrow(
      /keeps the procedure id/,
    )
  })
})
