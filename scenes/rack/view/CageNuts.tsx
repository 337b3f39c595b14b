/**
 * M6 cage nuts for the rails' 9.5 mm square holes: a spring-steel cage (zinc-plated) with a thin square
 * flange on the rail's face, two spring wings through the hole that snap behind the flange, and the
 * square M6 nut held behind the rail. Fitted right, the face shows only the flange and, through it, the
 * nut's threaded hole; fitted the wrong way round, the nut's body stands 5 mm proud of the rail's face
 * (the ear cannot sit flat: a classic mistake). Also a loose one, as a hand carries it.
 * Instanced: two draw calls for any number of nuts in the rails (cages, nuts).
 */
import { useLayoutEffect, useRef } from 'react'
import { Matrix4 } from 'three'
import type { BufferGeometry, InstancedMesh } from 'three'
import { box, mergeParts } from '../../../src/kit/geometry.ts'
import type { Part, Vec3 } from '../../../src/kit/geometry.ts'
import { surface } from '../../../src/kit/materials.ts'
import { useGeometry } from '../../../src/kit/useGeometry.ts'
import { holedPlate, rectHole, roundHole, zinc } from './Equipment.tsx'

/** The rail's sheet behind the mounting plane. */
const RAIL_SHEET_MM = 2

export type CageNut = { at: Vec3; wrongSide: boolean; facing?: 'front' | 'rear' }

/** The cage in the hole's frame: hole centre at the origin, the rail's face at z = 0 facing +z. */
function cageGeometry(): BufferGeometry {
  const back = -RAIL_SHEET_MM
  const parts: Part[] = [
    { geometry: holedPlate(12.6, 12.6, 0.6, [rectHole(0, 0, 7.6, 7.6, 0.8)]), at: [0, 0, 0.6] },
    // The cage's walls round the nut, top and bottom.
    box(9.4, 0.5, 5, [0, 4.75, back - 2.8]),
    box(9.4, 0.5, 5, [0, -4.75, back - 2.8]),
  ]
  // At each side: the wing in the hole, flaring out behind the sheet, and the cage's wall.
  for (const sx of [-1, 1]) {
    parts.push(
      box(0.6, 8, RAIL_SHEET_MM + 0.6, [sx * 4.5, 0, back / 2]),
      { ...box(0.6, 8, 4.4, [sx * 5.4, 0, back - 2]), rotation: [0, sx * 0.35, 0] },
      box(0.5, 9.4, 5, [sx * 4.75, 0, back - 2.8]),
    )
  }
  return mergeParts(parts)
}

/** The square nut (8.6 mm, 4.6 thick) behind the sheet, its M6 bore along z. */
function nutGeometry(): BufferGeometry {
  return holedPlate(8.6, 8.6, 4.6, [roundHole(0, 0, 2.5)]).translate(0, 0, -RAIL_SHEET_MM - 0.4)
}

const nutMaterial = () => surface('#8d949a', { roughness: 0.45, metalness: 0.4, key: 'rack-cage-nut' })

/**
 * A nut's placement: fitted right, its frame is the hole's; fitted wrong, the same cage turned round
 * and pushed back through the sheet, so its flange is behind and the nut in front.
 */
function nutMatrix({ at, wrongSide, facing = 'front' }: CageNut, matrix: Matrix4): Matrix4 {
  const out = facing === 'front' ? 1 : -1
  const turned = wrongSide !== (facing === 'rear')
  return matrix
    .makeRotationY(turned ? Math.PI : 0)
    .setPosition(at[0], at[1], at[2] - (wrongSide ? out * RAIL_SHEET_MM : 0))
}

/** Cage nuts in the rails: `at` = the hole's centre on the mounting plane. */
export function CageNuts({ nuts }: { nuts: CageNut[] }) {
  const cage = useGeometry(cageGeometry, [])
  const nut = useGeometry(nutGeometry, [])
  const cages = useRef<InstancedMesh>(null)
  const bodies = useRef<InstancedMesh>(null)
  const key = JSON.stringify(nuts)
  useLayoutEffect(() => {
    const list = JSON.parse(key) as CageNut[]
    const matrix = new Matrix4()
    for (const mesh of [cages.current, bodies.current]) {
      if (!mesh) continue
      list.forEach((entry, i) => mesh.setMatrixAt(i, nutMatrix(entry, matrix)))
      mesh.count = list.length
      mesh.instanceMatrix.needsUpdate = true
      mesh.computeBoundingSphere()
    }
  }, [key])
  const capacity = Math.max(1, nuts.length)
  return (
    <group>
      <instancedMesh ref={cages} args={[cage, zinc(), capacity]} />
      <instancedMesh ref={bodies} args={[nut, nutMaterial(), capacity]} />
    </group>
  )
}

/** A loose cage nut lying on its flange: `at` is where it touches the surface, under the hole. */
export function CageNutPiece({ at, rotationYRad = 0 }: { at: Vec3; rotationYRad?: number }) {
  const cage = useGeometry(cageGeometry, [])
  const nut = useGeometry(nutGeometry, [])
  return (
    <group position={at} rotation={[0, rotationYRad, 0]}>
      <group position={[0, 0.6, 0]} rotation={[Math.PI / 2, 0, 0]}>
        <mesh geometry={cage} material={zinc()} />
        <mesh geometry={nut} material={nutMaterial()} />
      </group>
    </group>
  )
}
