import { ATTEMPT_SCHEMA_VERSION } from '../../src/engine/schema.ts'
import type { Attempt, Gesture } from '../../src/engine/schema.ts'

export function gestures(count: number): Gesture[] {
  return Array.from({ length: count }, (_, seq) => ({
    seq,
    tMs: seq * 1000,
    type: 'strip',
    target: 'L',
    tool: 'stripper',
    p: { atMm: 30 + seq },
  }))
}

export function attempt(overrides: Partial<Attempt> = {}): Attempt {
  return {
    schema: ATTEMPT_SCHEMA_VERSION,
    id: 'a1',
    exerciseId: 'splicing-1',
    exerciseVersion: '1.0.0',
    procedure: { id: 'splicing', version: '1' },
    model: { scene: 'splicing', version: '1' },
    seed: 42,
    mode: 'practice',
    startedAt: '2025-03-01T09:00:00.000Z',
    gestures: gestures(3),
    ...overrides,
  }
}

export const finished = { finishedAt: '2025-03-01T09:30:00.000Z' }
