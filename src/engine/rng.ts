/**
 * Seeded pseudo-random numbers (mulberry32). Scene models keep the 32-bit state inside their own state,
 * so `apply` stays pure and a replay of the same log draws the same numbers.
 */
export type RngState = number

/** Returns a float in [0, 1) and the next state. */
export function nextRandom(state: RngState): [value: number, next: RngState] {
  const next = (state + 0x6d2b79f5) | 0
  let z = next
  z = Math.imul(z ^ (z >>> 15), z | 1)
  z ^= z + Math.imul(z ^ (z >>> 7), z | 61)
  const value = ((z ^ (z >>> 14)) >>> 0) / 4294967296
  return [value, next]
}

/** Integer in [min, max] inclusive, and the next state. */
export function nextInt(state: RngState, min: number, max: number): [value: number, next: RngState] {
  const [u, next] = nextRandom(state)
  return [min + Math.floor(u * (max - min + 1)), next]
}

/** Fisher–Yates shuffle of a copy; returns the shuffled copy and the next state. */
export function shuffled<T>(items: readonly T[], state: RngState): [result: T[], next: RngState] {
  const result = items.slice()
  let s = state
  for (let i = result.length - 1; i > 0; i--) {
    const [j, n] = nextInt(s, 0, i)
    s = n
    const tmp = result[i] as T
    result[i] = result[j] as T
    result[j] = tmp
  }
  return [result, s]
}

/** A convenient stateful wrapper for code that is not a reducer (tests, exercise generators). */
export function createRng(seed: number) {
  let state: RngState = seed | 0
  return {
    next(): number {
      const [value, next] = nextRandom(state)
      state = next
      return value
    },
    int(min: number, max: number): number {
      const [value, next] = nextInt(state, min, max)
      state = next
      return value
    },
    get state(): RngState {
      return state
    },
  }
}
