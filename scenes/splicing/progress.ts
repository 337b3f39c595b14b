/**
 * What the HUD shows of the splicing station: how far the job is, and the next move as a hint.
 * Derived from the state each time, never stored.
 */
import { CLEAVE_MARGIN_MM, SIDES, TIP_WINDOW_MM, spliceIsGood } from './model.ts'
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

/**
 * Loading or unloading needs the cover and the clamps open. Opening the cover opens both; clamps
 * closed under an open cover open only with the cover, so it is closed first (there is no gesture
 * that opens the clamps alone).
 */
function openUp(state: SplicingState): Hint | null {
  if (state.coverClosed) return { key: 'splicing.hints.open-cover' }
  if (state.clampsClosed) return { key: 'splicing.hints.close-cover' }
  return null
}

function nextForEnd(state: SplicingState, side: Side): Hint | null {
  const end = state.ends[side]
  const values = sideValues(side)
  // Out of the splicer's window it cannot find the fibre (or the ends touch): take it out, place it again.
  const misplaced =
    end.loaded && (end.tipMm === null || end.tipMm < TIP_WINDOW_MM.min || end.tipMm > TIP_WINDOW_MM.max)
  if (end.refused || misplaced) {
    if (end.loaded) return openUp(state) ?? { key: 'splicing.hints.unload', values }
    return { key: 'splicing.hints.cut-end', values }
  }
  if (end.phase === 'coated')
    return { key: 'splicing.hints.strip', values: { ...values, mm: state.setup.stripTargetMm } }
  if (end.phase === 'stripped') {
    // Too little bare glass for the cleave length: the cleaver would cut the coating. Cut back, strip again.
    if (end.bareMm < state.setup.cleaveLengthMm + CLEAVE_MARGIN_MM)
      return { key: 'splicing.hints.cut-end', values }
    if (end.clean !== 'ok' || end.dirty) return { key: 'splicing.hints.wipe', values }
    return { key: 'splicing.hints.cleave', values: { ...values, mm: state.setup.cleaveLengthMm } }
  }
  if (end.scraps > 0) return { key: 'splicing.hints.bin-scrap', values }
  // A cleaved end that is dirty or was never wiped properly would be refused or bubble: re-prepare it first.
  if (!end.loaded && (end.dirty || end.clean !== 'ok')) return { key: 'splicing.hints.cut-end', values }
  if (!end.loaded) return openUp(state) ?? { key: 'splicing.hints.load', values }
  return null
}

export function hintMessage(state: SplicingState): Hint {
  if (!state.glasses) return { key: 'splicing.hints.glasses' }
  const splice = state.splice
  // Spliced without a sleeve: no sleeve can go on joined fibres, the splice is broken and made again.
  if (!state.sleeve)
    return splice
      ? { key: 'splicing.hints.break-for-sleeve' }
      : { key: 'splicing.hints.sleeve', values: { mm: state.setup.sleeveLengthMm } }
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
  // The proof test runs as the cover opens: opened before the decision, it is closed and opened again.
  if (!splice.proofTested)
    return state.coverClosed ? { key: 'splicing.hints.open-cover' } : { key: 'splicing.hints.close-cover' }
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

/** Which bench target the next move starts from (the hint arrow points there). */
export function hintTarget(state: SplicingState): string | null {
  const hint = hintMessage(state)
  const side = hint.values?.side === 'left' ? 'L' : hint.values?.side === 'right' ? 'R' : null
  switch (hint.key) {
    case 'splicing.hints.glasses':
      return 'glasses'
    case 'splicing.hints.sleeve':
      return `sleeve-${state.setup.sleeveLengthMm}`
    case 'splicing.hints.strip':
      return 'stripper'
    case 'splicing.hints.wipe':
      return 'wipes'
    case 'splicing.hints.cleave':
    case 'splicing.hints.cut-end':
    case 'splicing.hints.load':
    case 'splicing.hints.unload':
      return side ? `fibre-${side}` : null
    case 'splicing.hints.bin-scrap':
      return side ? `scrap-${side}` : null
    case 'splicing.hints.close-clamps':
      return 'clamps'
    case 'splicing.hints.close-cover':
    case 'splicing.hints.open-cover':
      return 'cover'
    case 'splicing.hints.arc':
      return 'key-set'
    case 'splicing.hints.accept':
      return 'key-accept'
    case 'splicing.hints.redo':
    case 'splicing.hints.break-for-sleeve':
      return 'key-redo'
    case 'splicing.hints.slide-sleeve':
      return 'parked'
    case 'splicing.hints.heater-in':
      return 'fibre-L'
    case 'splicing.hints.heater-out':
      return 'heater'
    default:
      return null
  }
}
