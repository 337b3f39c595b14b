/**
 * The behaviour every attempt store must have, whatever holds the data. Run against IndexedDB and against
 * the in-memory fallback, so the app cannot tell them apart except by `persistent`.
 */
import { beforeEach, describe, expect, it } from 'vitest'
import type { AttemptStore } from '../../src/persist/index.ts'
import { attempt, finished, gestures } from './fixtures.ts'

export type Harness = {
  store: AttemptStore
  /** Writes a value under a key as-is, bypassing the store: what an old version or a damaged disk leaves. */
  putRaw(key: string, value: unknown): Promise<void>
}

export function describeStoreContract(name: string, makeHarness: () => Promise<Harness>): void {
  describe(`${name}: attempt store contract`, () => {
    let store: AttemptStore
    let putRaw: Harness['putRaw']

    beforeEach(async () => {
      ;({ store, putRaw } = await makeHarness())
    })

    it('gives back a saved attempt as it was saved', async () => {
      const saved = attempt({ gestures: gestures(3), finishedAt: '2025-03-04T09:00:00.000Z' })
      await store.saveAttempt(saved)

      expect(await store.get('a1')).toEqual(saved)
      expect(await store.loadAll()).toEqual({ attempts: [saved], setAside: [] })
      expect(await store.get('missing')).toBeUndefined()
    })

    it('keeps only the latest log when saved after every gesture', async () => {
      for (let count = 1; count <= 12; count++)
        await store.saveAttempt(attempt({ gestures: gestures(count) }))

      const { attempts } = await store.loadAll()
      expect(attempts).toHaveLength(1)
      expect(attempts[0]?.gestures).toEqual(gestures(12))
    })

    it('keeps every gesture when saves are fired without waiting, one per gesture', async () => {
      const saves = Array.from({ length: 20 }, (_, i) =>
        store.saveAttempt(attempt({ gestures: gestures(i + 1) })),
      )
      await Promise.all(saves)

      expect((await store.get('a1'))?.gestures).toHaveLength(20)
    })

    it('lists unfinished attempts to resume apart from the finished history, oldest first', async () => {
      const late = attempt({ id: 'late', startedAt: '2025-03-03T08:00:00.000Z', ...finished })
      const early = attempt({ id: 'early', startedAt: '2025-03-01T08:00:00.000Z', ...finished })
      const running = attempt({ id: 'running', startedAt: '2025-03-02T08:00:00.000Z' })
      const other = attempt({ id: 'other', exerciseId: 'otdr-1', startedAt: '2025-03-04T08:00:00.000Z' })
      const otherDone = attempt({ id: 'other-done', exerciseId: 'otdr-1', ...finished })
      for (const a of [late, running, other, early, otherDone]) await store.saveAttempt(a)

      expect(ids(await store.history('splicing-1'))).toEqual(['early', 'late'])
      expect(ids(await store.history('otdr-1'))).toEqual(['other-done'])
      expect(ids(await store.unfinished('splicing-1'))).toEqual(['running'])
      expect(ids(await store.unfinished())).toEqual(['running', 'other'])
      expect(ids((await store.loadAll()).attempts)).toEqual([
        'early',
        'other-done',
        'running',
        'late',
        'other',
      ])
    })

    it('moves an attempt from the resume list to the history when it is finished', async () => {
      await store.saveAttempt(attempt({ gestures: gestures(5) }))
      expect(ids(await store.unfinished('splicing-1'))).toEqual(['a1'])

      await store.saveAttempt(attempt({ gestures: gestures(5), ...finished }))

      expect(await store.unfinished('splicing-1')).toEqual([])
      expect(ids(await store.history('splicing-1'))).toEqual(['a1'])
    })

    it('sets damaged records aside with issues naming the field, and still loads the others', async () => {
      const good = attempt({ id: 'good' })
      const noTime = attempt({ id: 'no-time' }) as { gestures: unknown[] }
      noTime.gestures[1] = { seq: 1, type: 'strip' }
      const gap = attempt({ id: 'gap', gestures: gestures(4).filter((g) => g.seq !== 2) })
      const old = { ...attempt({ id: 'old' }), schema: 0 }
      await store.saveAttempt(good)
      await putRaw('text', 'not an attempt')
      await putRaw('no-time', noTime)
      await putRaw('gap', gap)
      await putRaw('old', old)

      const { attempts, setAside } = await store.loadAll()

      expect(ids(attempts)).toEqual(['good'])
      const byId = new Map(setAside.map((s) => [s.id, s.issues]))
      expect([...byId.keys()].sort()).toEqual(['gap', 'no-time', 'old', 'text'])
      expect(byId.get('text')).toEqual([
        expect.objectContaining({ path: '', code: 'invalid_type', expected: 'object' }),
      ])
      expect(byId.get('no-time')).toContainEqual(
        expect.objectContaining({ path: 'gestures[1].tMs', received: 'absent' }),
      )
      expect(byId.get('gap')).toEqual([{ path: 'gestures', code: 'sequence_gap', expected: 'seq 2' }])
      expect(byId.get('old')).toContainEqual(
        expect.objectContaining({ path: 'schema', expected: '1', received: '0' }),
      )

      const quarantined = new Map((await store.quarantined()).map((q) => [q.id, q]))
      expect(quarantined.get('text')?.raw).toBe('not an attempt')
      expect(quarantined.get('no-time')?.raw).toEqual(noTime)
      expect(quarantined.get('gap')?.raw).toEqual(gap)
      expect(quarantined.get('old')?.raw).toEqual(old)
      expect(quarantined.get('old')?.issues).toEqual(byId.get('old'))
      expect(Number.isNaN(Date.parse(quarantined.get('old')?.setAsideAt ?? ''))).toBe(false)

      // Set aside once: the next load is clean, and the good attempt is still there.
      expect(await store.loadAll()).toEqual({ attempts: [good], setAside: [] })
      expect(await store.get('no-time')).toBeUndefined()
    })

    it('sets aside a record stored under a key other than its id', async () => {
      await putRaw('key', attempt({ id: 'other-id' }))

      const { attempts, setAside } = await store.loadAll()

      expect(attempts).toEqual([])
      expect(setAside).toEqual([
        { id: 'key', issues: [{ path: 'id', code: 'key_mismatch', expected: 'key', received: 'other-id' }] },
      ])
    })

    it('sets damaged records aside from the resume list, the history and get as well', async () => {
      await putRaw('broken-running', { ...attempt({ id: 'broken-running' }), seed: 'x' })
      await putRaw('broken-done', { ...attempt({ id: 'broken-done', ...finished }), mode: 'exam' })
      await store.saveAttempt(attempt({ id: 'fine' }))

      expect(ids(await store.unfinished('splicing-1'))).toEqual(['fine'])
      expect(await store.history('splicing-1')).toEqual([])
      expect(ids(await store.quarantined()).sort()).toEqual(['broken-done', 'broken-running'])

      await putRaw('broken-get', 42)
      expect(await store.get('broken-get')).toBeUndefined()
      expect(ids(await store.quarantined())).toContain('broken-get')
    })

    it('never replaces a longer log with an older, shorter one that arrives late', async () => {
      await store.saveAttempt(attempt({ gestures: gestures(5) }))
      await store.saveAttempt(attempt({ gestures: gestures(3) }))
      expect((await store.get('a1'))?.gestures).toEqual(gestures(5))

      // Both in flight at once, the newer one issued first.
      await Promise.all([
        store.saveAttempt(attempt({ gestures: gestures(8) })),
        store.saveAttempt(attempt({ gestures: gestures(6) })),
      ])
      expect((await store.get('a1'))?.gestures).toEqual(gestures(8))
    })

    it('does not reopen a finished attempt with a late unfinished save of the same log', async () => {
      await store.saveAttempt(attempt({ gestures: gestures(4), ...finished }))
      await store.saveAttempt(attempt({ gestures: gestures(4) }))

      expect((await store.get('a1'))?.finishedAt).toBe(finished.finishedAt)
    })

    it('sets aside an unreadable record before a save overwrites it', async () => {
      await putRaw('a1', { scribbled: true })

      await store.saveAttempt(attempt())

      expect(await store.get('a1')).toEqual(attempt())
      const [entry, ...rest] = await store.quarantined()
      expect(rest).toEqual([])
      expect(entry?.id).toBe('a1')
      expect(entry?.raw).toEqual({ scribbled: true })
      expect(entry?.issues).toContainEqual(expect.objectContaining({ path: 'gestures' }))
    })

    it('removes an attempt', async () => {
      await store.saveAttempt(attempt({ id: 'keep' }))
      await store.saveAttempt(attempt({ id: 'drop' }))

      await store.remove('drop')

      expect(ids((await store.loadAll()).attempts)).toEqual(['keep'])
      expect(await store.quarantined()).toEqual([])
    })

    it('stores a copy: changing a saved object afterwards does not change what is stored', async () => {
      const saved = attempt()
      await store.saveAttempt(saved)
      saved.gestures.push({ seq: 3, tMs: 1, type: 'late' })
      saved.exerciseId = 'changed'

      expect(await store.get('a1')).toEqual(attempt())
    })
  })
}

function ids(list: { id: string }[]): string[] {
  return list.map((item) => item.id)
}
