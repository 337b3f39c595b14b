/**
 * What the HUD shows of the splice cassette: how far the job is, and the next move as a hint. Derived
 * from the state each time, never stored.
 */
import { FIBRE_CLASSES } from '../common/macrobend.ts'
import { CABLES } from './layout.ts'
import type { CableId } from './layout.ts'
import { MEASURE_NM, expectedSlot } from './rules.ts'
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
  const inside = insideHint(state)
  if (inside) return state.coverClosed ? { key: 'spliceTray.hints.open' } : inside
  if (!state.coverClosed) return { key: 'spliceTray.hints.close' }
  if (!state.label) return { key: 'spliceTray.hints.label' }
  if (state.meter.readAtNm !== MEASURE_NM) return measureHint(state)
  return { key: 'spliceTray.hints.finish' }
}

/** The next thing to do inside the cassette (ties, spares, sleeves, coils), or null when it is all done. */
function insideHint(state: SpliceTrayState): Hint | null {
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
  if (state.spares === 'loose') return { key: 'spliceTray.hints.spares' }
  const fibres = Object.keys(state.sleeves).map(Number)
  const misplaced = fibres.find((f) => !sleeveRight(state, f))
  if (misplaced !== undefined) {
    const slot = expectedSlot(misplaced)
    // Its slot is taken by another sleeve: that one comes out first, to swap them.
    const squatter = fibres.find((f) => f !== misplaced && state.sleeves[f] === slot)
    if (squatter !== undefined)
      return { key: 'spliceTray.hints.sleeve-out', values: { fibre: squatter, slot } }
    return { key: 'spliceTray.hints.sleeve', values: { fibre: misplaced, slot } }
  }
  for (const cable of CABLES) {
    if (!coilSound(state, cable))
      return {
        key: 'spliceTray.hints.coil',
        values: { ...cableWord(cable), mm: FIBRE_CLASSES[state.setup.fibreClass].minRadiusMm },
      }
  }
  return null
}

function measureHint(state: SpliceTrayState): Hint {
  if (!state.meter.connected) return { key: 'spliceTray.hints.connect' }
  if (state.meter.wavelengthNm !== MEASURE_NM) return { key: 'spliceTray.hints.wavelength' }
  return { key: 'spliceTray.hints.measure' }
}

/** The target the hint points at (an id the View's locate() knows), or null. */
export function hintTarget(state: SpliceTrayState): string | null {
  const hint = hintMessage(state)
  const cable = hint.values?.context
  const name = hint.key.replace('spliceTray.hints.', '')
  switch (name) {
    case 'route':
      return `entry-${cable}`
    case 'tie':
    case 'cut-tie':
      return `tie-${cable}`
    case 'spares':
      return 'spares'
    case 'sleeve':
      return `slot-${hint.values?.slot}`
    case 'sleeve-out':
      return `sleeve-${hint.values?.fibre}`
    case 'open':
      return 'cover'
    case 'coil':
      return `fibre-${cable}`
    case 'close':
      return 'cover'
    case 'label':
      return 'label-zone'
    case 'connect':
      return 'cord'
    case 'wavelength':
      return 'key-wavelength'
    case 'measure':
      return 'key-measure'
    default:
      return null
  }
}
