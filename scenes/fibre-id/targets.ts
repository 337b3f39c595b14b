/**
 * The things a trainee can act on, by id (fibres `f2.7`, slots `s7`, tubes `t2`), and where each one
 * is on the mat: shared by the hit targets, the markers and the keyboard overlay.
 */
import { slotId, tubeId } from './model.ts'
import type { FibreIdState, Hint } from './model.ts'
import { fibreTip, slotAim, tubeWindow, tubeZ } from './layout.ts'
import type { PointMm } from './layout.ts'

export type Target = { id: string; kind: 'tube' | 'fibre' | 'slot'; index: number }

/** Keyboard order: closed tubes, then the fibres of open tubes in fan order, then the slots. */
export function keyboardTargets(state: FibreIdState): Target[] {
  const targets: Target[] = []
  state.tubesOpen.forEach((open, i) => {
    if (!open) targets.push({ id: tubeId(i + 1), kind: 'tube', index: i + 1 })
  })
  const fibres = Object.values(state.fibres)
    .filter((fibre) => state.tubesOpen[fibre.tube - 1] && fibre.location.at !== 'held')
    .sort((a, b) => a.tube - b.tube || a.fanIndex - b.fanIndex)
  for (const fibre of fibres) targets.push({ id: fibre.id, kind: 'fibre', index: fibre.fanIndex + 1 })
  state.slots.forEach((_, i) => targets.push({ id: slotId(i + 1), kind: 'slot', index: i + 1 }))
  return targets
}

export function targetPosition(state: FibreIdState, id: string): PointMm | null {
  const fibre = state.fibres[id]
  if (fibre) return fibreTip(state, fibre)
  const number = Number(id.slice(1))
  if (!Number.isInteger(number) || number < 1) return null
  if (id.startsWith('s') && number <= state.slots.length) return slotAim(number)
  if (id.startsWith('t') && number <= state.setup.tubeCount) {
    const { x0, x1 } = tubeWindow()
    return { x: (x0 + x1) / 2, z: tubeZ(number, state.setup.tubeCount) }
  }
  return null
}

/** Where the hint marker goes; a put-back hint points at the fan, where the fibre goes back. */
export function hintPosition(state: FibreIdState, hint: Hint): PointMm | null {
  switch (hint.kind) {
    case 'open-tube':
      return targetPosition(state, tubeId(hint.tube))
    case 'take':
      return targetPosition(state, hint.fibre)
    case 'place':
      return targetPosition(state, slotId(hint.slot))
    case 'put-back': {
      const fibre = state.fibres[hint.fibre]
      return fibre ? fibreTip(state, { ...fibre, location: { at: 'fan' } }) : null
    }
  }
}
