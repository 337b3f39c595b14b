/**
 * 1U blanking panels: black powder-coated steel, 482.6 × 43.6 mm, the face pressed with two shallow
 * ribs, top and bottom edges folded back, and a black nylon snap clip at each end that pushes into the
 * middle square hole of the U (the tool-less type). They close the empty U so the servers' hot exhaust
 * cannot loop round to the cold aisle. Every panel of the rack is one instance: two draw calls for any
 * number of them (steel, clips).
 */
import { useLayoutEffect, useRef } from 'react'
import { CylinderGeometry, Matrix4 } from 'three'
import type { BufferGeometry, InstancedMesh } from 'three'
import { box, mergeParts, roundedBlock } from '../../../src/kit/geometry.ts'
import type { Part, Vec3 } from '../../../src/kit/geometry.ts'
import { surface } from '../../../src/kit/materials.ts'
import { useGeometry } from '../../../src/kit/useGeometry.ts'
import { HOLE_OFFSETS_MM, RACK, U_MM, uBottomY } from '../layout.ts'

/** The face stands 2 mm proud of the rails' plane (a 1 mm sheet on the clips' shoulders). */
export const BLANK = { widthMm: 482.6, heightMm: U_MM - 0.85, faceZ: 2, sheetMm: 1, returnMm: 10 }
const H = BLANK.heightMm

function steelGeometry(): BufferGeometry {
  const sheetZ = BLANK.faceZ - BLANK.sheetMm / 2
  const parts: Part[] = [
    box(BLANK.widthMm, H, BLANK.sheetMm, [0, H / 2, sheetZ]),
    // Top and bottom returns, between the rails.
    box(440, BLANK.sheetMm, BLANK.returnMm, [0, BLANK.sheetMm / 2, BLANK.faceZ - BLANK.returnMm / 2]),
    box(440, BLANK.sheetMm, BLANK.returnMm, [0, H - BLANK.sheetMm / 2, BLANK.faceZ - BLANK.returnMm / 2]),
  ]
  // Two pressed ribs across the face: half-round, 400 mm long.
  for (const y of [H / 3, (2 * H) / 3]) {
    // Standing along y and bulging toward +x, turned to run along x and bulge toward +z.
    const rib = new CylinderGeometry(1.6, 1.6, 400, 8, 1, false, 0, Math.PI).rotateZ(-Math.PI / 2)
    parts.push({ geometry: rib.rotateX(-Math.PI / 2), at: [0, y, BLANK.faceZ - 0.9] })
  }
  return mergeParts(parts)
}

/** Both clips: a rounded head over the middle hole of the U, and its split shank through the hole. */
function clipGeometry(): BufferGeometry {
  const parts: Part[] = []
  for (const sx of [-1, 1]) {
    const x = sx * RACK.holeX
    const y = HOLE_OFFSETS_MM[2]
    parts.push({
      geometry: roundedBlock(11, 3, 18, { cornerMm: 3, edgeMm: 1 }),
      at: [x, y, BLANK.faceZ],
      rotation: [Math.PI / 2, 0, 0],
    })
    parts.push(box(3.4, 8.4, 9, [x - 2.4, y, -3.5]))
    parts.push(box(3.4, 8.4, 9, [x + 2.4, y, -3.5]))
  }
  return mergeParts(parts)
}

const steel = () => surface('#232629', { roughness: 0.5, metalness: 0.25, key: 'rack-blank-steel' })
const nylon = () => surface('#2c2e31', { roughness: 0.75, key: 'rack-blank-clip' })

/** The blanking panels of the listed U: bottom edge on the U's bottom, face 2 mm proud of the front rails. */
export function Blanks({ units }: { units: number[] }) {
  const plates = useGeometry(steelGeometry, [])
  const clips = useGeometry(clipGeometry, [])
  const steelMesh = useRef<InstancedMesh>(null)
  const clipMesh = useRef<InstancedMesh>(null)
  const key = units.join(',')
  useLayoutEffect(() => {
    const matrix = new Matrix4()
    const list = key ? key.split(',').map(Number) : []
    for (const mesh of [steelMesh.current, clipMesh.current]) {
      if (!mesh) continue
      list.forEach((u, i) => mesh.setMatrixAt(i, matrix.makeTranslation(0, uBottomY(u), RACK.frontRailZ)))
      mesh.count = list.length
      mesh.instanceMatrix.needsUpdate = true
      mesh.computeBoundingSphere()
    }
  }, [key])
  const capacity = Math.max(1, units.length)
  return (
    <group>
      <instancedMesh ref={steelMesh} args={[plates, steel(), capacity]} />
      <instancedMesh ref={clipMesh} args={[clips, nylon(), capacity]} />
    </group>
  )
}

/**
 * One blanking panel out of the rack (on the trolley, in a hand): `at` = [centre, bottom edge, back of
 * the clips' shoulders], as when mounted; `rotation` (radians) lays it flat or tilts it.
 */
export function BlankPiece({ at, rotation = [0, 0, 0] }: { at: Vec3; rotation?: Vec3 }) {
  const plates = useGeometry(steelGeometry, [])
  const clips = useGeometry(clipGeometry, [])
  return (
    <group position={at} rotation={rotation}>
      <mesh geometry={plates} material={steel()} />
      <mesh geometry={clips} material={nylon()} />
    </group>
  )
}
