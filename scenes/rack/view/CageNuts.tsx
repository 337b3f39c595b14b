/**
 * M6 cage nuts for the rails' 9.5 mm square holes: a spring-steel cage (zinc-plated) with a thin square
 * flange on the rail's face, two spring wings through the hole that snap behind the flange, and the
 * square M6 nut held behind the rail. Fitted right, the face shows only the flange and, through it, the
 * nut's threaded hole; fitted the wrong way round, the nut's body stands 5 mm proud of the rail's face
 * (the ear cannot sit flat: a classic mistake). Also a loose one, and the open cardboard box of spares.
 * Instanced: two draw calls for any number of nuts in the rails (cages, nuts).
 */
import { use, useLayoutEffect, useMemo, useRef } from 'react'
import { Euler, Matrix4, Quaternion, Vector3 } from 'three'
import type { BufferGeometry, InstancedMesh } from 'three'
import { PRINT_FONT, canvasTexture, printFontReady } from '../../../src/kit/canvasTexture.ts'
import { box, mergeParts } from '../../../src/kit/geometry.ts'
import type { AtlasRect, Part, Vec3 } from '../../../src/kit/geometry.ts'
import { surface } from '../../../src/kit/materials.ts'
import { useGeometry } from '../../../src/kit/useGeometry.ts'
import { holedPlate, paintWith, placedBox, printOn, rectHole, roundHole, zinc } from './Equipment.tsx'

/** The rail's sheet behind the mounting plane. */
const RAIL_SHEET_MM = 2
const NUT = { sideMm: 8.6, thicknessMm: 4.6, boreMm: 5 }

export type CageNut = { at: Vec3; wrongSide: boolean; facing?: 'front' | 'rear' }

/** The cage in the hole's frame: hole centre at the origin, the rail's face at z = 0 facing +z. */
function cageGeometry(): BufferGeometry {
  const back = -RAIL_SHEET_MM
  const parts: Part[] = [
    { geometry: holedPlate(12.6, 12.6, 0.6, [rectHole(0, 0, 7.6, 7.6, 0.8)]), at: [0, 0, 0.6] },
    // The wings in the hole's sides, flaring out behind the sheet; the cage's walls round the nut.
    ...[-1, 1].flatMap((sx): Part[] => [
      box(0.6, 8, RAIL_SHEET_MM + 0.6, [sx * 4.5, 0, back / 2]),
      {
        geometry: box(0.6, 8, 4.4, [0, 0, 0]).geometry,
        at: [sx * 5.4, 0, back - 2],
        rotation: [0, sx * 0.35, 0],
      },
      box(0.5, 9.4, 5, [sx * 4.75, 0, back - 2.8]),
    ]),
    box(9.4, 0.5, 5, [0, 4.75, back - 2.8]),
    box(9.4, 0.5, 5, [0, -4.75, back - 2.8]),
  ]
  return mergeParts(parts)
}

/** The square nut behind the sheet, its bore along z. */
function nutGeometry(): BufferGeometry {
  return holedPlate(NUT.sideMm, NUT.sideMm, NUT.thicknessMm, [roundHole(0, 0, NUT.boreMm / 2)]).translate(
    0,
    0,
    -RAIL_SHEET_MM - 0.4,
  )
}

const nutMaterial = () => surface('#8d949a', { roughness: 0.45, metalness: 0.4, key: 'rack-cage-nut' })

const position = new Vector3()
const quaternion = new Quaternion()
const euler = new Euler()
const unit = new Vector3(1, 1, 1)

/**
 * A nut's placement: fitted right, its frame is the hole's; fitted wrong, the same cage turned round
 * and pushed back through the sheet, so its flange is behind and the nut in front.
 */
function nutMatrix({ at, wrongSide, facing = 'front' }: CageNut, matrix: Matrix4): Matrix4 {
  const out = facing === 'front' ? 1 : -1
  const turned = wrongSide !== (facing === 'rear')
  position.set(at[0], at[1], at[2] - (wrongSide ? out * RAIL_SHEET_MM : 0))
  quaternion.setFromEuler(euler.set(0, turned ? Math.PI : 0, 0))
  return matrix.compose(position, quaternion, unit)
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

/** The box of spares: 90 × 55 × 60 mm, its lid flaps open, its label on the front. */
const BOX = { w: 90, h: 55, d: 60, wallMm: 1.5, pileY: 38 }
/** Nuts lying on top of the heap, in the box's frame: x, z, turn about y, tilt. */
const HEAP: [number, number, number, number][] = [
  [-28, -14, 0.3, 0.2],
  [-12, -18, 1.2, -0.3],
  [6, -12, 2.1, 0.1],
  [24, -16, 0.7, 0.4],
  [-26, 4, 2.7, -0.2],
  [-8, 2, 0.1, 0.3],
  [12, 6, 1.6, -0.4],
  [28, 2, 2.4, 0.2],
  [-20, 17, 1.0, 0.1],
  [2, 18, 2.9, -0.2],
  [20, 16, 0.5, 0.3],
]

/** The carton's canvas: its front face's print on top, then a plain cardboard and a heap swatch. */
const CARTON_PRINT = {
  front: [0, 0, 1, 0.75] as AtlasRect,
  card: [0.1, 0.85, 0.4, 0.95] as AtlasRect,
  heap: [0.6, 0.85, 0.9, 0.95] as AtlasRect,
}

function cartonGeometry(): BufferGeometry {
  const { w, h, d, wallMm: t } = BOX
  const { front, card, heap } = CARTON_PRINT
  const plain = (geometry: BufferGeometry) => paintWith(geometry, card)
  const flap = (geometry: BufferGeometry, angle: number, axis: 'x' | 'z', at: Vec3) =>
    plain(axis === 'x' ? geometry.rotateX(angle) : geometry.rotateZ(angle)).translate(...at)
  const parts = [
    plain(placedBox(w, t, d, [0, t / 2, 0])),
    printOn(placedBox(w, h, t, [0, h / 2, d / 2 - t / 2]), front, 'front', [-w / 2, 0, w / 2, h]),
    plain(placedBox(w, h, t, [0, h / 2, -d / 2 + t / 2])),
    plain(placedBox(t, h, d, [-w / 2 + t / 2, h / 2, 0])),
    plain(placedBox(t, h, d, [w / 2 - t / 2, h / 2, 0])),
    // The flaps, standing open; the heap of nuts filling the box.
    flap(placedBox(w, t, d / 2, [0, 0, d / 4]), -1.1, 'x', [0, h, d / 2]),
    flap(placedBox(w, t, d / 2, [0, 0, -d / 4]), 1.1, 'x', [0, h, -d / 2]),
    paintWith(placedBox(w - 2 * t, BOX.pileY, d - 2 * t, [0, BOX.pileY / 2, 0]), heap),
  ]
  return mergeParts(parts.map((geometry) => ({ geometry })))
}

function drawCarton(context: CanvasRenderingContext2D) {
  const size = 512
  context.fillStyle = '#b98d58'
  context.fillRect(0, 0, size, size)
  context.fillStyle = '#7d848a'
  context.fillRect(size * 0.5, size * 0.8, size * 0.5, size * 0.2)
  // The white label on the carton's front (the top three quarters of the canvas).
  context.fillStyle = '#f4f1e8'
  context.fillRect(size * 0.1, size * 0.12, size * 0.8, size * 0.36)
  context.fillStyle = '#15171a'
  context.textAlign = 'center'
  context.textBaseline = 'middle'
  context.font = `700 ${size * 0.1}px ${PRINT_FONT}`
  context.fillText('ÉCROUS CAGE', size / 2, size * 0.21)
  context.font = `700 ${size * 0.14}px ${PRINT_FONT}`
  context.fillText('M6 × 50', size / 2, size * 0.37)
}

/** The open box of spare cage nuts: `at` is the middle of its bottom. */
export function CageNutBox({ at }: { at: Vec3 }) {
  use(printFontReady())
  const carton = useGeometry(cartonGeometry, [])
  const cage = useGeometry(cageGeometry, [])
  const nut = useGeometry(nutGeometry, [])
  const material = useMemo(
    () =>
      surface('#ffffff', {
        roughness: 0.85,
        map: canvasTexture('rack-cage-box', 512, 512, drawCarton),
        key: 'rack-cage-box',
      }),
    [],
  )
  const cages = useRef<InstancedMesh>(null)
  const bodies = useRef<InstancedMesh>(null)
  useLayoutEffect(() => {
    const matrix = new Matrix4()
    const place = new Matrix4()
    HEAP.forEach(([x, z, turn, tilt], i) => {
      place.compose(
        position.set(x, BOX.pileY + 3, z),
        quaternion.setFromEuler(euler.set(Math.PI / 2 + tilt, turn, 0, 'YXZ')),
        unit,
      )
      for (const mesh of [cages.current, bodies.current]) mesh?.setMatrixAt(i, matrix.copy(place))
    })
    for (const mesh of [cages.current, bodies.current]) {
      if (!mesh) continue
      mesh.instanceMatrix.needsUpdate = true
      mesh.computeBoundingSphere()
    }
  }, [])
  return (
    <group position={at}>
      <mesh geometry={carton} material={material} />
      <instancedMesh ref={cages} args={[cage, zinc(), HEAP.length]} />
      <instancedMesh ref={bodies} args={[nut, nutMaterial(), HEAP.length]} />
    </group>
  )
}
