/** A fresh attempt record for an exercise, ready to be saved before the player opens it. */
import { ATTEMPT_SCHEMA_VERSION } from '../../engine/schema.ts'
import type { Attempt, Exercise } from '../../engine/schema.ts'
import type { SceneModel } from '../../engine/types.ts'

/** 31 bits: a non-negative integer that any integer check and any seeded RNG accept. */
function randomSeed(): number {
  const [value = 0] = crypto.getRandomValues(new Uint32Array(1))
  return value >>> 1
}

/**
 * crypto.randomUUID exists only in secure contexts, and a training centre may serve the app over plain
 * http on its local network; getRandomValues works everywhere, so build the same version-4 UUID from it.
 */
function newId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID()
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

export function newAttempt(model: SceneModel<unknown>, exercise: Exercise): Attempt {
  return {
    schema: ATTEMPT_SCHEMA_VERSION,
    id: newId(),
    exerciseId: exercise.id,
    exerciseVersion: exercise.version,
    procedure: { id: exercise.procedure.id, version: exercise.procedure.version },
    model: { scene: model.scene, version: model.version },
    seed: exercise.seed ?? randomSeed(),
    mode: exercise.mode,
    startedAt: new Date().toISOString(),
    gestures: [],
  }
}
