/**
 * SC plugs (connecteurs) at the ports: the square latch body, green for an angle-polished APC plug and
 * blue for a flat UPC one (the mix-up the trainee must catch), the ceramic ferrule ahead of it, and the
 * strain-relief boot in the cord's colour. Each points out of its port toward +z: its nose at the port's
 * mouth, so the ferrule and the inner housing disappear into the adapter, the boot toward the technician.
 *
 * All plugs are instanced, the colours per instance: three draw calls for any number of plugs.
 */
import { useThree } from '@react-three/fiber'
import { useLayoutEffect, useRef } from 'react'
import { Color, CylinderGeometry, Matrix4, Quaternion, Vector3 } from 'three'
import type { BufferGeometry, InstancedMesh } from 'three'
import { box, mergeParts, roundedBlock } from '../../../src/kit/geometry.ts'
import type { Part } from '../../../src/kit/geometry.ts'
import { useGeometry } from '../../../src/kit/useGeometry.ts'
import { PLUG_REACH_MM } from '../places.ts'
import { CORD_YELLOW_HEX, SC_APC_HEX, SC_UPC_HEX, ceramic, tintedPlastic } from './portMaterials.ts'

export type ConnectorItem = {
  /** The port's mouth (or, for a plug in the hand, where its nose is). */
  at: [number, number, number]
  polish: 'apc' | 'upc'
  /** The boot's colour, the cord's; yellow when not given. */
  boot?: string
}

/** The outer grip housing's length, out of the adapter. */
const GRIP_MM = 14

/** The plug's section (x × y, key up), as the adapter's mouth takes it, and its parts along +z. */
const PLUG = {
  widthMm: 7.4,
  heightMm: 9,
  /** The inner housing that slides into the adapter, behind the nose. */
  insideMm: 6,
  /** The outer grip housing, out of the adapter. */
  gripMm: GRIP_MM,
  gripWidthMm: 8.2,
  gripHeightMm: 9.8,
  // The boot ends where places.ts starts drawing the cord.
  bootMm: PLUG_REACH_MM - GRIP_MM,
  ferruleMm: 4,
}

const CAPACITY = 64

function bodyGeometry(): BufferGeometry {
  const parts: Part[] = [
    box(PLUG.widthMm, PLUG.heightMm, PLUG.insideMm, [0, 0, -PLUG.insideMm / 2]),
    {
      // Rounded block stood along +z: its footprint is the section, its height the grip's length.
      geometry: roundedBlock(PLUG.gripWidthMm, PLUG.gripMm, PLUG.gripHeightMm, {
        cornerMm: 1.2,
        edgeMm: 0,
      }).rotateX(Math.PI / 2),
    },
    // The SC key on top of the inner housing, and the grip's ribs across the outer one.
    box(3, 1, PLUG.insideMm + 4, [0, PLUG.heightMm / 2 + 0.5, -PLUG.insideMm / 2 + 2]),
    ...[0, 1, 2].map((i) => box(PLUG.gripWidthMm + 0.6, PLUG.gripHeightMm - 2, 0.8, [0, 0, 5 + i * 2.6])),
  ]
  return mergeParts(parts)
}

function bootGeometry(): BufferGeometry {
  // Tapers from the housing to the cord; its far end is where the cord starts.
  return mergeParts([
    {
      geometry: new CylinderGeometry(1.5, 3.4, PLUG.bootMm, 10),
      at: [0, 0, PLUG.gripMm + PLUG.bootMm / 2],
      rotation: [Math.PI / 2, 0, 0],
    },
  ])
}

function ferruleGeometry(): BufferGeometry {
  return mergeParts([
    {
      geometry: new CylinderGeometry(1.25, 1.25, PLUG.ferruleMm, 10),
      at: [0, 0, -PLUG.insideMm - PLUG.ferruleMm / 2 + 1],
      rotation: [Math.PI / 2, 0, 0],
    },
  ])
}

const matrix = new Matrix4()
const position = new Vector3()
const noTurn = new Quaternion()
const unit = new Vector3(1, 1, 1)
const colour = new Color()

export function Connectors({ items }: { items: ConnectorItem[] }) {
  const invalidate = useThree((state) => state.invalidate)
  const bodies = useRef<InstancedMesh>(null)
  const ferrules = useRef<InstancedMesh>(null)
  const boots = useRef<InstancedMesh>(null)
  const body = useGeometry(bodyGeometry, [])
  const boot = useGeometry(bootGeometry, [])
  const ferrule = useGeometry(ferruleGeometry, [])
  // Sized once for the usual maximum; a longer list remounts the meshes bigger (the key below).
  const capacity = Math.max(CAPACITY, items.length)
  const key = JSON.stringify(items)

  useLayoutEffect(() => {
    const list = JSON.parse(key) as ConnectorItem[]
    const meshes = [bodies.current, ferrules.current, boots.current]
    // The colour buffers exist from the first frame, even with no plug yet, so adding the first plug
    // does not compile another shader variant.
    for (const mesh of [bodies.current, boots.current]) {
      if (mesh && !mesh.instanceColor) mesh.setColorAt(0, colour.set('#ffffff'))
    }
    list.forEach(({ at, polish, boot: bootHex }, i) => {
      matrix.compose(position.set(...at), noTurn, unit)
      for (const mesh of meshes) mesh?.setMatrixAt(i, matrix)
      bodies.current?.setColorAt(i, colour.set(polish === 'apc' ? SC_APC_HEX : SC_UPC_HEX))
      boots.current?.setColorAt(i, colour.set(bootHex ?? CORD_YELLOW_HEX))
    })
    for (const mesh of meshes) {
      if (!mesh) continue
      mesh.count = list.length
      mesh.visible = list.length > 0
      mesh.instanceMatrix.needsUpdate = true
      if (mesh.instanceColor) mesh.instanceColor.needsUpdate = true
      mesh.computeBoundingSphere()
    }
    invalidate()
  }, [key, capacity, invalidate])

  return (
    <group>
      <instancedMesh key={`body-${capacity}`} ref={bodies} args={[body, tintedPlastic(), capacity]} />
      <instancedMesh key={`ferrule-${capacity}`} ref={ferrules} args={[ferrule, ceramic(), capacity]} />
      <instancedMesh key={`boot-${capacity}`} ref={boots} args={[boot, tintedPlastic(), capacity]} />
    </group>
  )
}
