/**
 * The splices, each in its heat-shrunk protection sleeve (40 mm, FP-03 type): a milky tube closed on the
 * fibres at both ends, the steel strength rod showing through beside the fibre, the bare glass of the
 * splice in the middle, and the coloured fibres coming out of both ends (distribution fibre on the −x
 * end, drop fibre on the +x end). All the sleeves together cost three draw calls: one merged clear mesh,
 * one of rods, one of fibres with their colours in the vertices; rebuilt when a sleeve moves.
 */
import type { ThreeEvent } from '@react-three/fiber'
import {
  BoxGeometry,
  BufferAttribute,
  Color,
  CylinderGeometry,
  LatheGeometry,
  Shape,
  ShapeGeometry,
  Vector2,
} from 'three'
import type { BufferGeometry } from 'three'
import { mergeParts } from '../../../src/kit/geometry.ts'
import type { Part, Vec3 } from '../../../src/kit/geometry.ts'
import { marker } from '../../../src/kit/materials.ts'
import { useGeometry } from '../../../src/kit/useGeometry.ts'
import { CASSETTE, HOLDER } from '../layout.ts'
import { GLASS_HEX, fibreCoating, shrunkSleeve, steel } from './instrumentMaterials.ts'

export type SleeveItem = {
  /** The distribution fibre it splices (the sleeve's id). */
  fibre: number
  distHex: string
  dropHex: string
  /** Its centre, and its turn about y from lying along x (three.js sense: positive turns +x toward −z). */
  at: { x: number; z: number; angleRad: number }
  /** Height of its axis; default: gripped in a holder slot. */
  y?: number
  focused?: boolean
}

export type SleevesProps = {
  items: SleeveItem[]
  onPointerDown?: (fibre: number, event: ThreeEvent<PointerEvent>) => void
}

const SLOT_Y = CASSETTE.floorY + 2
const HALF_LENGTH_MM = HOLDER.sleeveHalfLengthMm
/** Shrunk: ≈ 2.5 mm across, its ends closed down on the fibre. */
const RADIUS_MM = 1.25
const END_RADIUS_MM = 0.7
const ROD_RADIUS_MM = 0.5
const ROD_SHORTER_MM = 3
/** Inside, the rod lies beside the fibre (across the sleeve, in z) so both show from above. */
const ROD_Z_MM = 0.5
const FIBRE_Z_MM = -0.3
/** Fibres drawn thicker than 250 µm, as the bundles are; the glass thinner, as it is. */
const FIBRE_RADIUS_MM = 0.3
const GLASS_RADIUS_MM = 0.16
/** Stripped length each side of the splice point, and the fibre past the sleeve's ends. */
const BARE_HALF_MM = 6
const STUB_MM = 6
/** A sleeve is easier to pick than its 2.5 mm: this box around it, no deeper than a slot's pitch. */
const HIT = { lengthMm: 2 * HALF_LENGTH_MM + 4, heightMm: 4, depthMm: HOLDER.pitchMm - 0.1 }
const BOX_TRIANGLES = 12
const FOCUS = { marginMm: 2.5, lineMm: 0.7, colour: '#1a73e8' }

type Placed = Pick<SleeveItem, 'distHex' | 'dropHex'> & { at: Vec3; turn: number }

/** The tube's profile turned about its axis: full radius along the body, tapered onto the fibre. */
function sleeveTube(): BufferGeometry {
  const profile = [
    [END_RADIUS_MM, -HALF_LENGTH_MM],
    [1.0, -HALF_LENGTH_MM + 0.5],
    [1.2, -HALF_LENGTH_MM + 1.5],
    [RADIUS_MM, -HALF_LENGTH_MM + 3],
    [RADIUS_MM, HALF_LENGTH_MM - 3],
    [1.2, HALF_LENGTH_MM - 1.5],
    [1.0, HALF_LENGTH_MM - 0.5],
    [END_RADIUS_MM, HALF_LENGTH_MM],
  ].map(([r, y]) => new Vector2(r, y))
  return new LatheGeometry(profile, 12)
}

/** A piece lying along the sleeve's axis, from `x0` to `x1`, `offsetZ` across it. */
function along(geometry: BufferGeometry, x0: number, x1: number, offsetZ: number): BufferGeometry {
  // Cylinders and lathes stand along y; laid down along x.
  geometry.rotateZ(-Math.PI / 2)
  geometry.translate((x0 + x1) / 2, 0, offsetZ)
  return geometry
}

function coloured(geometry: BufferGeometry, hex: string): BufferGeometry {
  const colour = new Color(hex)
  const count = geometry.getAttribute('position').count
  const rgb = new Float32Array(count * 3)
  for (let v = 0; v < count; v++) colour.toArray(rgb, v * 3)
  geometry.setAttribute('color', new BufferAttribute(rgb, 3))
  return geometry
}

function fibrePiece(x0: number, x1: number, radius: number, hex: string): BufferGeometry {
  return coloured(along(new CylinderGeometry(radius, radius, x1 - x0, 6, 1, true), x0, x1, FIBRE_Z_MM), hex)
}

/** Each sleeve's pieces of one material, placed and merged. */
function mergeSleeves(sleeves: Placed[], pieces: (sleeve: Placed) => BufferGeometry[]): BufferGeometry {
  const parts: Part[] = sleeves.flatMap((sleeve) =>
    pieces(sleeve).map((geometry) => ({ geometry, at: sleeve.at, rotation: [0, sleeve.turn, 0] as Vec3 })),
  )
  return mergeParts(parts)
}

/** A flat frame around a sleeve, seen from above: the keyboard focus. */
function focusFrame(): BufferGeometry {
  const halfX = HALF_LENGTH_MM + FOCUS.marginMm
  const halfZ = RADIUS_MM + FOCUS.marginMm
  const rect = (hx: number, hz: number) =>
    new Shape().moveTo(-hx, -hz).lineTo(hx, -hz).lineTo(hx, hz).lineTo(-hx, hz).closePath()
  const frame = rect(halfX, halfZ)
  frame.holes.push(rect(halfX - FOCUS.lineMm, halfZ - FOCUS.lineMm))
  const geometry = new ShapeGeometry(frame)
  geometry.rotateX(-Math.PI / 2)
  geometry.translate(0, RADIUS_MM + 0.6, 0)
  return geometry
}

function FocusFrames({ layout }: { layout: string }) {
  const frames = useGeometry(
    () => mergeSleeves(JSON.parse(layout) as Placed[], () => [focusFrame()]),
    [layout],
  )
  return <mesh geometry={frames} material={marker(FOCUS.colour)} />
}

/** Tubes, rods and fibres of the sleeves in `layout` (Placed[] as JSON): one merged mesh per material. */
function SleeveMeshes({ layout }: { layout: string }) {
  const tubes = useGeometry(
    () =>
      mergeSleeves(JSON.parse(layout) as Placed[], () => [
        along(sleeveTube(), -HALF_LENGTH_MM, HALF_LENGTH_MM, 0),
      ]),
    [layout],
  )
  const rods = useGeometry(
    () =>
      mergeSleeves(JSON.parse(layout) as Placed[], () => {
        const halfMm = HALF_LENGTH_MM - ROD_SHORTER_MM / 2
        return [
          along(new CylinderGeometry(ROD_RADIUS_MM, ROD_RADIUS_MM, 2 * halfMm, 6), -halfMm, halfMm, ROD_Z_MM),
        ]
      }),
    [layout],
  )
  const fibres = useGeometry(
    () =>
      mergeSleeves(JSON.parse(layout) as Placed[], ({ distHex, dropHex }) => {
        const endMm = HALF_LENGTH_MM + STUB_MM
        return [
          fibrePiece(-endMm, -BARE_HALF_MM, FIBRE_RADIUS_MM, distHex),
          fibrePiece(-BARE_HALF_MM - 0.5, BARE_HALF_MM + 0.5, GLASS_RADIUS_MM, GLASS_HEX),
          fibrePiece(BARE_HALF_MM, endMm, FIBRE_RADIUS_MM, dropHex),
        ]
      }),
    [layout],
  )
  return (
    <>
      <mesh geometry={rods} material={steel()} />
      <mesh geometry={fibres} material={fibreCoating()} />
      <mesh geometry={tubes} material={shrunkSleeve()} />
    </>
  )
}

/** Invisible pick boxes, merged in the order of the sleeves: the face hit says which sleeve it is. */
function HitBoxes({
  layout,
  onPointerDown,
}: {
  layout: string
  onPointerDown: (index: number, event: ThreeEvent<PointerEvent>) => void
}) {
  const hits = useGeometry(
    () =>
      mergeSleeves(JSON.parse(layout) as Placed[], () => [
        new BoxGeometry(HIT.lengthMm, HIT.heightMm, HIT.depthMm),
      ]),
    [layout],
  )
  return (
    <mesh
      geometry={hits}
      visible={false}
      onPointerDown={(event) => onPointerDown(Math.floor((event.faceIndex ?? 0) / BOX_TRIANGLES), event)}
    />
  )
}

export function Sleeves({ items, onPointerDown }: SleevesProps) {
  // Rebuilt only when a sleeve's place or colours change, not on every render of the scene.
  const layout = JSON.stringify(
    items.map(({ distHex, dropHex, at, y = SLOT_Y }) => ({
      distHex,
      dropHex,
      at: [at.x, y, at.z],
      turn: at.angleRad,
    })),
  )
  const focusLayout = JSON.stringify(
    items
      .filter((item) => item.focused)
      .map(({ at, y = SLOT_Y }) => ({ at: [at.x, y, at.z], turn: at.angleRad })),
  )
  if (items.length === 0) return null
  return (
    <group>
      <SleeveMeshes layout={layout} />
      {focusLayout === '[]' ? null : <FocusFrames layout={focusLayout} />}
      {onPointerDown ? (
        <HitBoxes
          layout={layout}
          onPointerDown={(index, event) => {
            const item = items[index]
            if (item) onPointerDown(item.fibre, event)
          }}
        />
      ) : null}
    </group>
  )
}
