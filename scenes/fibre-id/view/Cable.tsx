/**
 * The cable end on the mat: black jacket, a tuft of aramid yarn, and its loose tubes in the code's
 * colours. A closed tube shows its marked zone (two white tape bands) where the cutter opens it; an
 * opened tube stops at its mouth, where the fibres come out.
 */
import { useLayoutEffect, useMemo, useRef } from 'react'
import { Matrix4 } from 'three'
import type { InstancedMesh } from 'three'
import { surface } from '../../../src/kit/materials.ts'
import { codePosition } from '../../common/colourCodes.ts'
import { CABLE_END, MAT, tubeWindow, tubeZ } from '../layout.ts'
import type { FibreIdSetup } from '../setup.ts'

const JACKET_RADIUS_MM = 7
/** Loose tubes are ≈ 2–3 mm across; drawn a little thicker so the colour reads on a phone. */
export const TUBE_RADIUS_MM = 2.6
const TUBE_Y = MAT.thicknessMm + TUBE_RADIUS_MM
const CLOSED_TAIL_MM = 60
const QUARTER_TURN = Math.PI / 2

type Props = { setup: FibreIdSetup; tubesOpen: boolean[] }

function TubeBody({ fromX, toX, z, colour }: { fromX: number; toX: number; z: number; colour: string }) {
  return (
    <mesh
      position={[(fromX + toX) / 2, TUBE_Y, z]}
      rotation={[0, 0, QUARTER_TURN]}
      material={surface(colour, { roughness: 0.35, key: 'tube' })}
    >
      <cylinderGeometry args={[TUBE_RADIUS_MM, TUBE_RADIUS_MM, toX - fromX, 16]} />
    </mesh>
  )
}

function TapeBands({ setup, tubesOpen }: Props) {
  const bands = useRef<InstancedMesh>(null)
  const closed = useMemo(
    () => Array.from({ length: setup.tubeCount }, (_, i) => i + 1).filter((tube) => !tubesOpen[tube - 1]),
    [setup.tubeCount, tubesOpen],
  )
  useLayoutEffect(() => {
    const mesh = bands.current
    if (!mesh) return
    const { x0, x1 } = tubeWindow()
    const matrix = new Matrix4()
    const rotation = new Matrix4().makeRotationZ(QUARTER_TURN)
    closed.forEach((tube, i) => {
      const z = tubeZ(tube, setup.tubeCount)
      mesh.setMatrixAt(i * 2, matrix.makeTranslation(x0, TUBE_Y, z).multiply(rotation))
      mesh.setMatrixAt(i * 2 + 1, matrix.makeTranslation(x1, TUBE_Y, z).multiply(rotation))
    })
    mesh.count = closed.length * 2
    mesh.instanceMatrix.needsUpdate = true
  }, [closed, setup.tubeCount])
  return (
    <instancedMesh
      ref={bands}
      args={[undefined, undefined, setup.tubeCount * 2]}
      material={surface('#f4f1e8', { roughness: 0.9, key: 'tape' })}
    >
      <cylinderGeometry args={[TUBE_RADIUS_MM + 0.6, TUBE_RADIUS_MM + 0.6, 6, 16]} />
    </instancedMesh>
  )
}

export function Cable({ setup, tubesOpen }: Props) {
  const { x0, x1 } = tubeWindow()
  const jacketStartX = -MAT.widthMm / 2 - 200
  return (
    <group>
      <mesh
        position={[(jacketStartX + CABLE_END.x) / 2, MAT.thicknessMm + JACKET_RADIUS_MM, CABLE_END.z]}
        rotation={[0, 0, QUARTER_TURN]}
        material={surface('#141517', { roughness: 0.5, key: 'jacket' })}
      >
        <cylinderGeometry args={[JACKET_RADIUS_MM, JACKET_RADIUS_MM, CABLE_END.x - jacketStartX, 24]} />
      </mesh>
      <mesh
        position={[CABLE_END.x + 5, MAT.thicknessMm + JACKET_RADIUS_MM - 1, CABLE_END.z]}
        rotation={[0, 0, QUARTER_TURN]}
        material={surface('#e0bd4a', { roughness: 1, key: 'aramid' })}
      >
        <cylinderGeometry args={[JACKET_RADIUS_MM - 1.5, JACKET_RADIUS_MM - 0.5, 10, 24]} />
      </mesh>
      {Array.from({ length: setup.tubeCount }, (_, i) => {
        const tube = i + 1
        const open = tubesOpen[i]
        return (
          <TubeBody
            key={tube}
            fromX={CABLE_END.x}
            toX={open ? x0 : x1 + CLOSED_TAIL_MM}
            z={tubeZ(tube, setup.tubeCount)}
            colour={codePosition(setup.colourCode, tube).colour.hex}
          />
        )
      })}
      <TapeBands setup={setup} tubesOpen={tubesOpen} />
    </group>
  )
}
