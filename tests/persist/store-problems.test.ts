import { describe, expect, it } from 'vitest'
import { AttemptStore, memoryBackend } from '../../src/persist/index.ts'
import type { AttemptBackend, StoreProblem } from '../../src/persist/index.ts'
import { attempt, gestures } from './fixtures.ts'

/** A working backend whose next operations can be made to fail with a given error. */
function flakyBackend() {
  const inner = memoryBackend()
  const failures: unknown[] = []
  const maybeFail = () => {
    if (failures.length) throw failures.shift()
  }
  const backend: AttemptBackend = {
    sweep: async (scope, inspect) => (maybeFail(), inner.sweep(scope, inspect)),
    save: async (a, decide) => (maybeFail(), inner.save(a, decide)),
    remove: async (id) => (maybeFail(), inner.remove(id)),
    quarantined: async () => (maybeFail(), inner.quarantined()),
  }
  return { backend, failNext: (...errors: unknown[]) => failures.push(...errors) }
}

function watch(store: AttemptStore): (StoreProblem | undefined)[] {
  const seen: (StoreProblem | undefined)[] = []
  store.onProblem((problem) => seen.push(problem))
  return seen
}

describe('attempt store problems', () => {
  it('names a full disk, and clears the problem when a later save works, with the whole log', async () => {
    const { backend, failNext } = flakyBackend()
    const store = new AttemptStore(backend, { persistent: true })
    const seen = watch(store)
    failNext(new DOMException('full', 'QuotaExceededError'), new DOMException('full', 'QuotaExceededError'))

    await store.saveAttempt(attempt({ gestures: gestures(1) }))
    await store.saveAttempt(attempt({ gestures: gestures(2) }))
    expect(store.problem()).toEqual({ kind: 'quota_exceeded', detail: 'QuotaExceededError: full' })

    await store.saveAttempt(attempt({ gestures: gestures(3) }))

    expect(store.problem()).toBeUndefined()
    expect(seen).toEqual([{ kind: 'quota_exceeded', detail: 'QuotaExceededError: full' }, undefined])
    expect((await store.get('a1'))?.gestures).toEqual(gestures(3))
  })

  it('answers reads with nothing while they fail, and clears the read problem once one works', async () => {
    const { backend, failNext } = flakyBackend()
    const store = new AttemptStore(backend, { persistent: true })
    await store.saveAttempt(attempt())
    failNext(new Error('disk'), new Error('disk'), new Error('disk'))

    expect(await store.history('splicing-1')).toEqual([])
    expect(await store.get('a1')).toBeUndefined()
    expect(await store.quarantined()).toEqual([])
    expect(store.problem()).toEqual({ kind: 'read_failed', detail: 'Error: disk' })

    expect(await store.get('a1')).toEqual(attempt())
    expect(store.problem()).toBeUndefined()
  })

  it('reports a failed removal as a write problem instead of throwing', async () => {
    const { backend, failNext } = flakyBackend()
    const store = new AttemptStore(backend, { persistent: true })
    failNext('locked')

    await expect(store.remove('a1')).resolves.toBeUndefined()

    expect(store.problem()).toEqual({ kind: 'write_failed', detail: 'locked' })
  })

  it('stops telling a listener once it unsubscribes', async () => {
    const { backend, failNext } = flakyBackend()
    const store = new AttemptStore(backend, { persistent: true })
    const seen: unknown[] = []
    const unsubscribe = store.onProblem((problem) => seen.push(problem))
    unsubscribe()
    failNext(new Error('x'))

    await store.saveAttempt(attempt())

    expect(seen).toEqual([])
    expect(store.problem()?.kind).toBe('write_failed')
  })
})
