/**
 * What the HUD shows of the splicing station: how far the job is, and the next move as a hint.
 * Derived from the state each time, never stored.
 */
import { SIDES, spliceIsGood } from './model.ts'
import type { Side, SplicingState } from './model.ts'

export type Hint = { key: string; values?: Record<string, number | string> }

const sideValues = (side: Side) => ({
  cote: side === 'L' ? 'gauche' : 'droite',
  side: side === 'L' ? 'left' : 'right',
})

/** Milestones of one splice: glasses, sleeve, each end ready, splice kept, proof test, sleeve centred, shrunk. */
export function progress(state: SplicingState): { done: number; total: number } {
  const endReady = (side: Side) => state.ends[side].loaded && state.ends[side].scraps === 0
  const splice = state.splice
  const milestones = [
    state.glasses,
    state.sleeve !== null,
    endReady('L') || Boolean(splice),
    endReady('R') || Boolean(splice),
    splice?.decision === 'accepted',
    splice?.proofTested === true,
    state.sleeve?.centred === true,
    state.sleeve?.done === true,
  ]
  return { done: milestones.filter(Boolean).length, total: milestones.length }
}

function nextForEnd(state: SplicingState, side: Side): Hint | null {
  const end = state.ends[side]
  const values = sideValues(side)
  if (end.refused) {
    if (end.loaded)
      return state.coverClosed
        ? { key: 'splicing.hints.open-cover' }
        : { key: 'splicing.hints.unload', values }
    return { key: 'splicing.hints.cut-end', values }
  }
  if (end.phase === 'coated')
    return { key: 'splicing.hints.strip', values: { ...values, mm: state.setup.stripTargetMm } }
  if (end.phase === 'stripped') {
    if (end.clean !== 'ok' || end.dirty) return { key: 'splicing.hints.wipe', values }
    return { key: 'splicing.hints.cleave', values: { ...values, mm: state.setup.cleaveLengthMm } }
  }
  if (end.scraps > 0) return { key: 'splicing.hints.bin-scrap', values }
  if (!end.loaded) return { key: 'splicing.hints.load', values }
  return null
}

export function hintMessage(state: SplicingState): Hint {
  if (!state.glasses) return { key: 'splicing.hints.glasses' }
  if (!state.sleeve) return { key: 'splicing.hints.sleeve', values: { mm: state.setup.sleeveLengthMm } }
  const splice = state.splice
  if (!splice) {
    for (const side of SIDES) {
      const hint = nextForEnd(state, side)
      if (hint) return hint
    }
    if (!state.clampsClosed) return { key: 'splicing.hints.close-clamps' }
    if (!state.coverClosed) return { key: 'splicing.hints.close-cover' }
    return { key: 'splicing.hints.arc' }
  }
  if (splice.decision === 'pending') {
    return spliceIsGood(state)
      ? { key: 'splicing.hints.accept', values: { db: splice.lossDb } }
      : { key: 'splicing.hints.redo', values: { db: splice.lossDb, limit: state.setup.lossThresholdDb } }
  }
  if (!splice.proofTested) return { key: 'splicing.hints.open-cover' }
  const sleeve = state.sleeve
  if (!sleeve.centred) return { key: 'splicing.hints.slide-sleeve' }
  if (sleeve.heatStartMs === null) return { key: 'splicing.hints.heater-in' }
  if (!sleeve.done) {
    return { key: 'splicing.hints.heater-out', values: { s: state.setup.heatCycleS + state.setup.coolS } }
  }
  for (const side of SIDES) {
    if (state.ends[side].scraps > 0) return { key: 'splicing.hints.bin-scrap', values: sideValues(side) }
  }
  return { key: 'splicing.hints.done' }
}
