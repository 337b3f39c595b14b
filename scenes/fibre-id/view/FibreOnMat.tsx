/** A fibre of the scene's state, handed to the drawing as plain numbers (its tube mouth, its end, its slot). */
import type { RefObject } from 'react'
import { codePosition } from '../../common/colourCodes.ts'
import { fibreTip, tubeMouth } from '../layout.ts'
import type { FibreIdState, FibreState } from '../model.ts'
import { Fibre } from './Fibre.tsx'
import type { LiveTip } from './Fibre.tsx'
import { fibreMaterial } from './fibreMaterials.ts'

export function FibreOnMat({
  state,
  fibre,
  liveTip,
}: {
  state: FibreIdState
  fibre: FibreState
  liveTip: RefObject<LiveTip | null> | null
}) {
  const mouth = tubeMouth(fibre.tube, state.setup.tubeCount)
  const tip = fibreTip(state, fibre)
  return (
    <Fibre
      mouthX={mouth.x}
      mouthZ={mouth.z}
      slot={fibre.location.at === 'slot' ? fibre.location.slot : null}
      tipX={tip.x}
      tipZ={tip.z}
      lifted={fibre.location.at === 'held'}
      material={fibreMaterial(codePosition(state.setup.colourCode, fibre.number))}
      liveTip={liveTip}
    />
  )
}
