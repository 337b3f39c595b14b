/**
 * What the HUD shows of the splice cassette: how far the job is, and the next move as a hint. Derived
 * from the state each time, never stored.
 */
import { FIBRE_CLASSES } from '../common/macrobend.ts'
import { CABLES } from './layout.ts'
import type { CableId } from './layout.ts'
import { MEASURE_NM, expectedSlot } from './model.ts'
import type { SpliceTrayState } from './model.ts'

export type Hint = { key: string; values?: Record<string, number | string> }

function tieSound(state: SpliceTrayState, cable: CableId): boolean {
  const { tie } = state.cables[cable]
  return (
    tie !== null &&
    !tie.onFibres &&
    tie.forceN >= state.setup.tie.secureN &&
    tie.forceN <= state.setup.tie.pinchN
  )
}

function coilSound(state: SpliceTrayState, cable: CableId): boolean {
  const laid = state.coils[cable]
  return (
    laid !== null &&
    laid.minRadiusMm >= FIBRE_CLASSES[state.setup.fibreClass].minRadiusMm &&
    laid.overSleevesMm === 0 &&
    laid.outsideMm === 0 &&
    laid.excessMm <= state.setup.tuckMm
  )
}

const sleeveRight = (state: SpliceTrayState, fibre: number) => state.sleeves[fibre] === expectedSlot(fibre)

/** Milestones: each tie sound, spares stored, each sleeve in its slot, each coil sound, closed, labelled, measured. */
export function progress(state: SpliceTrayState): { done: number; total: number } {
  const fibres = Object.keys(state.sleeves).map(Number)
  const milestones = [
    ...CABLES.map((c) => tieSound(state, c)),
    state.spares === 'stored',
    ...fibres.map((f) => sleeveRight(state, f)),
    ...CABLES.map((c) => coilSound(state, c)),
    state.coverClosed,
    state.label !== null,
    state.meter.readAtNm === MEASURE_NM,
  ]
  return { done: milestones.filter(Boolean).length, total: milestones.length }
}

/** The next move, in the procedure's order. */
export function hintMessage(state: SpliceTrayState): Hint {
  // i18next picks the sentence for the tube or the drop by its context: key_dist, key_drop.
  const cableWord = (cable: CableId) => ({ context: cable })
  for (const cable of CABLES) {
    const { routed, tie } = state.cables[cable]
    if (tie && !tieSound(state, cable)) return { key: 'spliceTray.hints.cut-tie', values: cableWord(cable) }
    if (!routed)
      return {
        key: 'spliceTray.hints.route',
        values: { ...cableWord(cable), mm: state.setup.tubeDepthMm.target },
      }
    if (!tie)
      return {
        key: 'spliceTray.hints.tie',
        values: { ...cableWord(cable), min: state.setup.tie.secureN, max: state.setup.tie.pinchN },
      }
  }
  if (state.coverClosed && !state.meter.readAtNm) return measureHint(state)
  if (state.spares === 'loose') return { key: 'spliceTray.hints.spares' }
  const misplaced = Object.keys(state.sleeves)
    .map(Number)
    .find((f) => !sleeveRight(state, f))
  if (misplaced !== undefined)
    return { key: 'spliceTray.hints.sleeve', values: { fibre: misplaced, slot: expectedSlot(misplaced) } }
  for (const cable of CABLES) {
    if (!coilSound(state, cable))
      return {
        key: 'spliceTray.hints.coil',
        values: { ...cableWord(cable), mm: FIBRE_CLASSES[state.setup.fibreClass].minRadiusMm },
      }
  }
  if (!state.coverClosed) return { key: 'spliceTray.hints.close' }
  if (!state.label) return { key: 'spliceTray.hints.label' }
  if (state.meter.readAtNm !== MEASURE_NM) return measureHint(state)
  return { key: 'spliceTray.hints.finish' }
}

function measureHint(state: SpliceTrayState): Hint {
  if (!state.meter.connected) return { key: 'spliceTray.hints.connect' }
  if (state.meter.wavelengthNm !== MEASURE_NM) return { key: 'spliceTray.hints.wavelength' }
  return { key: 'spliceTray.hints.measure' }
}
