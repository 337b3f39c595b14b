import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { AttemptStore, idbBackend, openPlateauDb } from '../../src/persist/index.ts'
import type { StoreProblem } from '../../src/persist/index.ts'
import { attempt, gestures } from './fixtures.ts'
import { describeStoreContract } from './store-contract.ts'

let dbCount = 0
const freshName = () => `plateau-test-idb-${++dbCount}`

describeStoreContract('IndexedDB', async () => {
  const db = await openPlateauDb(freshName())
  return {
    store: new AttemptStore(idbBackend(db), { persistent: true }),
    putRaw: async (key, value) => {
      await db.put('attempts', value, key)
    },
  }
})

describe('IndexedDB attempt store', () => {
  it('resumes after a reload exactly where the attempt was', async () => {
    const name = freshName()
    const before = await openPlateauDb(name)
    const tab = new AttemptStore(idbBackend(before), { persistent: true })
    for (let count = 1; count <= 7; count++) await tab.saveAttempt(attempt({ gestures: gestures(count) }))
    before.close()

    const reloaded = new AttemptStore(idbBackend(await openPlateauDb(name)), { persistent: true })

    expect(await reloaded.unfinished('splicing-1')).toEqual([attempt({ gestures: gestures(7) })])
  })

  it('keeps the set-aside records across a reload', async () => {
    const name = freshName()
    const db = await openPlateauDb(name)
    await db.put('attempts', { schema: 0 }, 'old')
    await new AttemptStore(idbBackend(db), { persistent: true }).loadAll()
    db.close()

    const reloaded = new AttemptStore(idbBackend(await openPlateauDb(name)), { persistent: true })

    expect(await reloaded.quarantined()).toEqual([
      expect.objectContaining({ key: 1, id: 'old', raw: { schema: 0 } }),
    ])
  })

  it('reports a failing database once, without throwing, and answers reads with nothing', async () => {
    const db = await openPlateauDb(freshName())
    const store = new AttemptStore(idbBackend(db), { persistent: true })
    const seen: (StoreProblem | undefined)[] = []
    store.onProblem((problem) => seen.push(problem))
    db.close()

    for (let count = 1; count <= 5; count++) await store.saveAttempt(attempt({ gestures: gestures(count) }))

    expect(seen).toEqual([{ kind: 'write_failed', detail: expect.stringContaining('InvalidStateError') }])
    expect(store.problem()?.kind).toBe('write_failed')
    expect(await store.loadAll()).toEqual({ attempts: [], setAside: [] })
    expect(store.problem()?.kind).toBe('read_failed')
  })
})
