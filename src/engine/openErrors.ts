/**
 * Errors a scene raises and the trainee may still put right, kept by ref in the state (`open`): raised
 * once while open (a repeat is not charged twice), and credited as recovered when fixed. The scorer
 * charges the recovered penalty for an error whose ref was later recovered.
 */
import type { Outcome } from './types.ts'

export type WithOpenErrors = { open: Record<string, string> }
type At = { seq: number; tMs: number }

/** Raises `error` on `ref` unless it is already open. */
export function raise<S extends WithOpenErrors>(
  state: S,
  outcomes: Outcome[],
  at: At,
  error: string,
  ref: string,
  detail?: Record<string, string | number>,
): S {
  if (state.open[ref] === error) return state
  outcomes.push({ kind: 'error', error, ref, ...at, ...(detail ? { detail } : {}) })
  return { ...state, open: { ...state.open, [ref]: error } }
}

/** Credits the fix of an open error on `ref`. */
export function resolve<S extends WithOpenErrors>(state: S, outcomes: Outcome[], at: At, ref: string): S {
  const error = state.open[ref]
  if (!error) return state
  outcomes.push({ kind: 'recovered', error, ref, ...at })
  const open = { ...state.open }
  delete open[ref]
  return { ...state, open }
}
