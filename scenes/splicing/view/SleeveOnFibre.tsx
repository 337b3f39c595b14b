/**
 * One splice protection sleeve on a fibre: a clear heat-shrink tube along x with its steel strength rod
 * inside, beside the fibre. Shrunk (after the heater), it grips the splice: thinner, and milky where the
 * hot-melt inner tube has flowed.
 */
import type { MeshStandardMaterial } from 'three'
import { FIBRE_LINE_Y, SPLICE_POINT } from '../layout.ts'
import { clearPlastic } from '../../../src/kit/materials.ts'
import { steel } from './splicingMaterials.ts'

export type SleeveOnFibreProps = {
  lengthMm: 40 | 60
  centreX: number
  shrunk: boolean
  /** Where the fibre runs (default: the splicer's fibre line); the heater's slot is at other values. */
  y?: number
  z?: number
}

/** A sleeve's outer radius before shrinking (FP-03: ≈ 3.2 mm across, drawn as sold). */
export const SLEEVE_RADIUS_MM = 1.6
const SHRUNK_RADIUS_MM = 1.25
export const SLEEVE_ROD_RADIUS_MM = 0.5
/** The rod is a little shorter than the tube, so the tube's ends close on the fibre alone. */
export const SLEEVE_ROD_SHORTER_MM = 3
const SEGMENTS = 12

/** The tube's look: clear as sold, milky once shrunk. */
export function sleeveMaterial(shrunk: boolean): MeshStandardMaterial {
  return shrunk ? clearPlastic('#f1f3f2', 0.72) : clearPlastic('#e6f0f4', 0.45)
}

export function SleeveOnFibre({
  lengthMm,
  centreX,
  shrunk,
  y = FIBRE_LINE_Y,
  z = SPLICE_POINT.z,
}: SleeveOnFibreProps) {
  const radiusMm = shrunk ? SHRUNK_RADIUS_MM : SLEEVE_RADIUS_MM
  // Loose, the rod lies on the tube's floor; shrunk, it is pressed against the fibre.
  const rodOffsetMm = shrunk ? radiusMm - SLEEVE_ROD_RADIUS_MM - 0.15 : radiusMm - SLEEVE_ROD_RADIUS_MM - 0.2
  return (
    <group position={[centreX, y, z]} rotation={[0, 0, Math.PI / 2]}>
      <mesh position={[-rodOffsetMm, 0, 0]} material={steel()}>
        <cylinderGeometry
          args={[SLEEVE_ROD_RADIUS_MM, SLEEVE_ROD_RADIUS_MM, lengthMm - SLEEVE_ROD_SHORTER_MM, 6]}
        />
      </mesh>
      <mesh material={sleeveMaterial(shrunk)}>
        <cylinderGeometry args={[radiusMm, radiusMm, lengthMm, SEGMENTS]} />
      </mesh>
    </group>
  )
}
