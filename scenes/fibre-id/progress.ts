/**
 * What the player's HUD shows of this scene's state: how much of the work order is done, and the
 * words for the next hint. Derived from the state each time, never stored.
 */
import { fibreId, nextHint, workTube } from './model.ts'
import type { FibreIdState } from './model.ts'

export function progress(state: FibreIdState): { done: number; total: number } {
  const tube = workTube(state.setup)
  const wanted =
    state.setup.task.kind === 'find'
      ? [state.setup.task.fibre]
      : Array.from({ length: state.setup.fibresPerTube }, (_, i) => i + 1)
  const done = wanted.filter((n) => state.slots[n - 1] === fibreId(tube, n)).length
  return { done, total: wanted.length }
}

export function hintMessage(state: FibreIdState): { key: string; values?: Record<string, number> } {
  const hint = nextHint(state)
  if (!hint) return { key: 'player.hints.done' }
  switch (hint.kind) {
    case 'open-tube':
      return { key: 'player.hints.open-tube', values: { tube: hint.tube } }
    case 'place':
      return { key: 'player.hints.place', values: { slot: hint.slot } }
    case 'take':
      return { key: 'player.hints.take' }
    case 'put-back':
      return hint.takenSlot === undefined
        ? { key: 'player.hints.put-back' }
        : { key: 'player.hints.slot-taken', values: { slot: hint.takenSlot } }
  }
}
