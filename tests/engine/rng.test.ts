import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { createRng, nextInt, nextRandom, shuffled } from '../../src/engine/rng.ts'

const draws = (seed: number, count: number) => {
  const rng = createRng(seed)
  return Array.from({ length: count }, () => rng.next())
}

describe('rng', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    expect(draws(42, 20)).toEqual(draws(42, 20))
    expect(draws(42, 20)).not.toEqual(draws(43, 20))
  })

  it('is a pure function of the state', () => {
    const [first, next] = nextRandom(7)
    expect(nextRandom(7)).toEqual([first, next])
    expect(nextRandom(next)[0]).not.toBe(first)
  })

  it('draws floats in [0, 1)', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const [value] = nextRandom(seed)
        return value >= 0 && value < 1
      }),
    )
  })

  it('draws integers in [min, max], reaching both ends', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: -50, max: 50 }),
        fc.integer({ min: 0, max: 20 }),
        (seed, min, span) => {
          const [value] = nextInt(seed, min, min + span)
          return Number.isInteger(value) && value >= min && value <= min + span
        },
      ),
    )
    const rng = createRng(1)
    const seen = new Set(Array.from({ length: 500 }, () => rng.int(1, 6)))
    expect([...seen].sort()).toEqual([1, 2, 3, 4, 5, 6])
  })

  it('shuffles into a permutation of a copy, deterministically', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.integer(), (items, seed) => {
        const before = items.slice()
        const [result, next] = shuffled(items, seed)
        expect(items).toEqual(before)
        expect(result.slice().sort((a, b) => a - b)).toEqual(items.slice().sort((a, b) => a - b))
        expect(shuffled(items, seed)).toEqual([result, next])
      }),
    )
  })

  it('advances the state of the stateful wrapper', () => {
    const rng = createRng(5)
    const start = rng.state
    rng.next()
    expect(rng.state).not.toBe(start)
    expect(rng.state).toBe(nextRandom(start)[1])
  })
})
