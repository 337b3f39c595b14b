/**
 * One of the two fibres to join: its 250 µm coating in the code's colour, from the tube on the bench to
 * the coating edge, then the bare 125 µm glass (drawn thin and pale) for the stripped length.
 * Drawn thicker than life so it reads on a phone.
 */
import { useFrame } from '@react-three/fiber'
import { useEffect, useMemo, useRef } from 'react'
import type { RefObject } from 'react'
import type { Group } from 'three'
import { bendTube, createTubeGeometry } from '../../../src/kit/tubeGeometry.ts'
import { surface } from '../../../src/kit/materials.ts'
import { codePosition } from '../../common/colourCodes.ts'
import type { ColourCodeId } from '../../common/colourCodes.ts'
import { SPLICE_PATH_POINTS, newSplicePath, writeSplicePath } from '../fibrePath.ts'
import type { Side } from '../layout.ts'
import { TOWARD_CENTRE } from '../places.ts'

const COATING_RADIUS_MM = 1.8
const GLASS_RADIUS_MM = 0.7

/** Where the pointer carries this fibre's coating edge, mutated in place; `version` says it moved. */
export type LiveEdge = { x: number; y: number; z: number; version: number }

type Props = {
  side: Side
  colourCode: ColourCodeId
  number: number
  edgeX: number
  edgeY: number
  edgeZ: number
  bareMm: number
  /** The fibre the trainee is carrying, if any: when it is this one, the drawing follows the pointer. */
  carried: RefObject<{ side: Side; edge: LiveEdge } | null>
}

export function SpliceFibre({ side, colourCode, number, edgeX, edgeY, edgeZ, bareMm, carried }: Props) {
  const geometry = useMemo(
    () => createTubeGeometry({ pointCount: SPLICE_PATH_POINTS, radialSegments: 8 }),
    [],
  )
  const path = useMemo(() => newSplicePath(), [])
  const glass = useRef<Group>(null)
  const drawnVersion = useRef(-1)
  const edge = useMemo<[number, number, number]>(() => [0, 0, 0], [])
  useEffect(() => () => geometry.dispose(), [geometry])
  useEffect(() => {
    writeSplicePath(path, side, [edgeX, edgeY, edgeZ])
    bendTube(geometry, path, COATING_RADIUS_MM, 1000)
    glass.current?.position.set(edgeX, edgeY, edgeZ)
    drawnVersion.current = -1
  }, [geometry, path, side, edgeX, edgeY, edgeZ])

  useFrame(() => {
    const held = carried.current?.side === side ? carried.current.edge : null
    // Let go where nothing happens: the fibre falls back to where the state has it.
    const target =
      held ?? (drawnVersion.current === -1 ? null : { x: edgeX, y: edgeY, z: edgeZ, version: -1 })
    if (!target || target.version === drawnVersion.current) return
    drawnVersion.current = target.version
    edge[0] = target.x
    edge[1] = target.y
    edge[2] = target.z
    writeSplicePath(path, side, edge)
    bendTube(geometry, path, COATING_RADIUS_MM, 1000)
    glass.current?.position.set(target.x, target.y, target.z)
  })
  const colour = codePosition(colourCode, number).colour.hex
  const dir = TOWARD_CENTRE[side]
  return (
    <group>
      <mesh geometry={geometry} material={surface(colour, { roughness: 0.35, key: 'coating' })} />
      <group ref={glass} position={[edgeX, edgeY, edgeZ]}>
        {bareMm > 0 ? (
          <mesh
            position={[(dir * bareMm) / 2, 0, 0]}
            rotation={[0, 0, Math.PI / 2]}
            material={surface('#dfe9ee', { roughness: 0.15, metalness: 0.1, key: 'bare-glass' })}
          >
            <cylinderGeometry args={[GLASS_RADIUS_MM, GLASS_RADIUS_MM, bareMm, 8]} />
          </mesh>
        ) : null}
      </group>
    </group>
  )
}
