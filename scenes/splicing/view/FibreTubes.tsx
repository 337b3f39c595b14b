/**
 * The two loose tubes the fibres come out of, one each side of the bench, in the cable's colour code
 * (tube 1 of each cable), with the tube cut back where the fibre leaves it.
 */
import { surface } from '../../../src/kit/materials.ts'
import { codePosition } from '../../common/colourCodes.ts'
import type { ColourCodeId } from '../../common/colourCodes.ts'
import { FIBRE_ORIGIN, MAT } from '../layout.ts'
import { TOWARD_CENTRE } from '../places.ts'

const TUBE_RADIUS_MM = 2.6
const TUBE_LENGTH_MM = 90

export function FibreTubes({ colourCode }: { colourCode: ColourCodeId }) {
  const colour = codePosition(colourCode, 1).colour.hex
  return (
    <group>
      {(['L', 'R'] as const).map((side) => (
        <mesh
          key={side}
          position={[
            FIBRE_ORIGIN[side].x - (TOWARD_CENTRE[side] * TUBE_LENGTH_MM) / 2,
            MAT.thicknessMm + TUBE_RADIUS_MM,
            FIBRE_ORIGIN[side].z,
          ]}
          rotation={[0, 0, Math.PI / 2]}
          material={surface(colour, { roughness: 0.35, key: 'tube' })}
        >
          <cylinderGeometry args={[TUBE_RADIUS_MM, TUBE_RADIUS_MM, TUBE_LENGTH_MM, 14]} />
        </mesh>
      ))}
    </group>
  )
}
