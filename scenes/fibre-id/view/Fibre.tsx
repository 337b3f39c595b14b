/**
 * One 250 µm fibre from the tube mouth to its free end, drawn thicker than life so its colour reads on a
 * phone. The geometry is bent in place: when the fibre is held, `liveTip` is read on every rendered frame
 * and the tube follows the pointer without allocating.
 */
import { useFrame } from '@react-three/fiber'
import { useEffect, useMemo, useRef } from 'react'
import type { RefObject } from 'react'
import type { Material } from 'three'
import { bendTube, createTubeGeometry } from '../../../src/kit/tubeGeometry.ts'
import { PATH_POINTS, newPathBuffer, writeFibrePath } from '../fibrePath.ts'
import type { FibrePose } from '../fibrePath.ts'
import type { PointMm } from '../layout.ts'

const FIBRE_RADIUS_MM = 2
/** Ring marks repeat along the fibre at this spacing. */
export const RING_PERIOD_MM = 24

/** Where the pointer holds the fibre's end, mutated in place on every move; `version` says it moved. */
export type LiveTip = PointMm & { version: number }

type Props = {
  mouthX: number
  mouthZ: number
  /** Organiser slot the fibre lies in, or null when its end is free. */
  slot: number | null
  tipX: number
  tipZ: number
  lifted: boolean
  material: Material
  /** Live pointer position while this fibre is held; null when it lies still. */
  liveTip: RefObject<LiveTip | null> | null
}

export function Fibre({ mouthX, mouthZ, slot, tipX, tipZ, lifted, material, liveTip }: Props) {
  const geometry = useMemo(() => createTubeGeometry({ pointCount: PATH_POINTS, radialSegments: 6 }), [])
  const path = useMemo(() => newPathBuffer(), [])
  const drawnVersion = useRef(-1)
  const mouth = useMemo(() => ({ x: mouthX, z: mouthZ }), [mouthX, mouthZ])
  const heldPose = useMemo(() => ({ kind: 'free' as const, tip: { x: 0, z: 0 }, lifted: true }), [])
  useEffect(() => () => geometry.dispose(), [geometry])

  // Primitive dependencies: the tube is bent again only when the fibre really moved, not on every render.
  useEffect(() => {
    const pose: FibrePose =
      slot === null ? { kind: 'free', tip: { x: tipX, z: tipZ }, lifted } : { kind: 'slot', slot }
    writeFibrePath(path, mouth, pose)
    bendTube(geometry, path, FIBRE_RADIUS_MM, RING_PERIOD_MM)
    drawnVersion.current = -1
  }, [geometry, path, mouth, slot, tipX, tipZ, lifted])

  useFrame(() => {
    const tip = liveTip?.current
    if (!tip || tip.version === drawnVersion.current) return
    drawnVersion.current = tip.version
    heldPose.tip.x = tip.x
    heldPose.tip.z = tip.z
    writeFibrePath(path, mouth, heldPose)
    bendTube(geometry, path, FIBRE_RADIUS_MM, RING_PERIOD_MM)
  })

  return <mesh geometry={geometry} material={material} />
}
