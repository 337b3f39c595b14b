/**
 * The tube's unused fibres, out of the tube past its tie at the distribution entry. Loose: a bundle
 * hanging out over the cassette's front wall, where the cover would pinch it. Stored: a neat flat loop of
 * two turns in the spare channel, under its tabs. Cut (the fault): short stubs at the tube and the cut-off
 * pieces lying on the PBO floor. The bundle is one mesh whatever the count: every fibre a thin tube, their
 * colours carried as vertex colours, a slow twist along the bundle so each colour shows.
 */
import type { ThreeEvent } from '@react-three/fiber'
import { BufferGeometry, CatmullRomCurve3, Color, Float32BufferAttribute, Vector3 } from 'three'
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js'
import { useGeometry } from '../../../src/kit/useGeometry.ts'
import { ENTRIES, FIBRE_Y, PBO_FLOOR_Y, SPARE_CHANNEL } from '../layout.ts'
import { tubeAlong } from './Cables.tsx'
import { fibreBundleMaterial } from './trayMaterials.ts'

export type SparesProps = {
  state: 'loose' | 'stored' | 'cut'
  /** Colour (hex) of each spare fibre, up to 10. */
  colours: string[]
  onPointerDown?: (event: ThreeEvent<PointerEvent>) => void
}

/** Drawn thicker than the real 250 µm so a fibre reads at bench distance, as the scene's other fibres. */
const FIBRE_RADIUS_MM = 0.3
const PITCH_MM = 2 * FIBRE_RADIUS_MM + 0.04
/** One turn of the bundle's twist, and the sampling along it (enough points per turn to stay round). */
const TWIST_MM = 72
const STEP_MM = 6
const RADIAL_SEGMENTS = 4

type Waypoint = [number, number, number]

const { x: ENTRY_X, tieZ: TIE_Z } = ENTRIES.dist
/** The fibres start inside the tube at its tie and leave it past the deepest a tube end should reach. */
const OUT_OF_TUBE_Z = TIE_Z - 20

/** Points round an arc in the floor plane, centre (cx, cz), from angle a0 to a1 (radians, x toward +x, +z). */
function arc(cx: number, cz: number, radiusMm: number, a0: number, a1: number, y: number): Waypoint[] {
  const steps = Math.max(2, Math.ceil(Math.abs(a1 - a0) / (Math.PI / 8)))
  return Array.from({ length: steps + 1 }, (_, i) => {
    const a = a0 + ((a1 - a0) * i) / steps
    return [cx + radiusMm * Math.cos(a), y, cz + radiusMm * Math.sin(a)]
  })
}

/**
 * Stored: out of the tube, a U-turn back toward the channel, into it along its far lane, then two turns
 * round a flat loop (the second lying on the first), the ends tucked in the channel.
 */
function storedPath(): Waypoint[] {
  const y = FIBRE_Y
  const top = FIBRE_Y + 1.6
  const near = SPARE_CHANNEL.minZ + 3
  const far = SPARE_CHANNEL.maxZ - 3
  const mid = (near + far) / 2
  const turnMm = (far - near) / 2
  const end = SPARE_CHANNEL.maxX - 10
  const start = SPARE_CHANNEL.minX + 10
  return [
    [ENTRY_X, y, TIE_Z],
    [ENTRY_X, y, OUT_OF_TUBE_Z],
    ...arc(ENTRY_X + 10, OUT_OF_TUBE_Z, 10, Math.PI, 2 * Math.PI, y).slice(1),
    ...arc(ENTRY_X + 30, near - 10, 10, Math.PI, Math.PI / 2, y).slice(1),
    ...arc(end, mid, turnMm, -Math.PI / 2, Math.PI / 2, y),
    ...arc(start, mid, turnMm, Math.PI / 2, (3 * Math.PI) / 2, (y + top) / 2),
    ...arc(end, mid, turnMm, -Math.PI / 2, Math.PI / 2, top),
    [start + 40, top, far],
  ]
}

/** Loose: out of the tube, up over the front wall, a loop hanging in front of it, back in over the wall. */
const LOOSE_PATH: Waypoint[] = [
  [ENTRY_X, FIBRE_Y, TIE_Z],
  [ENTRY_X, FIBRE_Y, OUT_OF_TUBE_Z],
  [ENTRY_X + 4, FIBRE_Y + 0.5, OUT_OF_TUBE_Z - 7],
  [ENTRY_X + 13, FIBRE_Y + 2, OUT_OF_TUBE_Z - 8],
  [-118, 48, 46],
  [-114, 53, 60],
  [-112, 56.5, 72],
  [-110, 57.5, 79],
  [-107, 51, 86],
  [-101, 40, 90],
  [-94, 34, 91],
  [-86, 36, 90],
  [-78, 45, 87],
  [-73, 53, 82],
  [-70, 57.5, 76],
  [-67, 54, 70],
  [-63, 47, 64],
  [-57, FIBRE_Y, 58],
  [-48, FIBRE_Y, 55],
]

/** Cut: stubs just out of the tube, and three cut-off pieces lying on the PBO floor in front of the cassette. */
const CUT_STUBS: Waypoint[] = [
  [ENTRY_X, FIBRE_Y, TIE_Z],
  [ENTRY_X, FIBRE_Y, OUT_OF_TUBE_Z - 4],
]
const CUT_PIECES: Waypoint[][] = [
  [
    [-122, 0, 97],
    [-104, 0, 92],
    [-84, 0, 95],
  ],
  [
    [-70, 0, 86],
    [-56, 0, 96],
    [-38, 0, 99],
  ],
  [
    [-112, 0, 84],
    [-98, 0, 82],
    [-90, 0, 86],
  ],
]

/** Where each fibre sits in the bundle's section: a hexagonal pack, or side by side when lying flat. */
function sectionOffsets(count: number, flat: boolean): [number, number][] {
  if (flat) return Array.from({ length: count }, (_, k) => [(k - (count - 1) / 2) * PITCH_MM, 0])
  return Array.from({ length: count }, (_, k): [number, number] => {
    if (k === 0) return [0, 0]
    const ring = k <= 6 ? 1 : 2
    const slots = ring === 1 ? 6 : Math.max(1, count - 7)
    const a = ((k - (ring === 1 ? 1 : 7)) / slots) * Math.PI * 2 + (ring === 2 ? Math.PI / 6 : 0)
    return [ring * PITCH_MM * Math.cos(a), ring * PITCH_MM * Math.sin(a)]
  })
}

/**
 * Fibre tubes round a centreline, frames carried along it so the bundle never flips; `fanMm` spreads the
 * section over the last millimetres (cut ends splay).
 */
function bundleGeometries(
  waypoints: Waypoint[],
  colours: string[],
  { flat = false, fanMm = 0 }: { flat?: boolean; fanMm?: number } = {},
): BufferGeometry[] {
  const curve = new CatmullRomCurve3(
    waypoints.map((p) => new Vector3(...p)),
    false,
    'centripetal',
  )
  const lengthMm = curve.getLength()
  const centre = curve.getSpacedPoints(Math.max(2, Math.ceil(lengthMm / STEP_MM)))
  const tangent = new Vector3()
  const previous = new Vector3()
  const normal = new Vector3()
  const binormal = new Vector3()
  const axis = new Vector3()
  const frames = centre.map((p, i) => {
    tangent
      .copy(centre[Math.min(i + 1, centre.length - 1)]!)
      .sub(centre[Math.max(i - 1, 0)]!)
      .normalize()
    if (i === 0) normal.set(0, 1, 0).cross(tangent).normalize()
    else {
      axis.crossVectors(previous, tangent)
      const sin = axis.length()
      if (sin > 1e-6) normal.applyAxisAngle(axis.divideScalar(sin), Math.asin(Math.min(1, sin)))
    }
    previous.copy(tangent)
    binormal.crossVectors(tangent, normal)
    return { p, normal: normal.clone(), binormal: binormal.clone() }
  })
  const offsets = sectionOffsets(colours.length, flat)
  const colour = new Color()
  return colours.map((hex, k) => {
    const [u, v] = offsets[k]!
    const path = new Float32Array(frames.length * 3)
    frames.forEach(({ p, normal: n, binormal: b }, i) => {
      const alongMm = (i / (frames.length - 1)) * lengthMm
      const twist = flat ? 0 : (alongMm / TWIST_MM) * Math.PI * 2
      const fan = fanMm > 0 ? 1 + 1.5 * Math.max(0, 1 - (lengthMm - alongMm) / fanMm) : 1
      const a = (u * Math.cos(twist) - v * Math.sin(twist)) * fan
      const c = (u * Math.sin(twist) + v * Math.cos(twist)) * fan
      path[i * 3] = p.x + n.x * a + b.x * c
      path[i * 3 + 1] = p.y + n.y * a + b.y * c
      path[i * 3 + 2] = p.z + n.z * a + b.z * c
    })
    const geometry = tubeAlong(path, FIBRE_RADIUS_MM, RADIAL_SEGMENTS, 10)
    // Vertex colours are linear; Color converts the sRGB hex.
    colour.set(hex)
    const count = geometry.getAttribute('position').count
    const rgb = new Float32Array(count * 3)
    for (let v3 = 0; v3 < count; v3++) colour.toArray(rgb, v3 * 3)
    geometry.setAttribute('color', new Float32BufferAttribute(rgb, 3))
    return geometry
  })
}

function sparesGeometry(state: SparesProps['state'], colours: string[]): BufferGeometry {
  let parts: BufferGeometry[]
  if (state === 'stored') parts = bundleGeometries(storedPath(), colours)
  else if (state === 'loose') parts = bundleGeometries(LOOSE_PATH, colours)
  else {
    const lyingY = PBO_FLOOR_Y + FIBRE_RADIUS_MM
    parts = [
      ...bundleGeometries(CUT_STUBS, colours, { fanMm: 6 }),
      ...CUT_PIECES.flatMap((piece, i) => {
        const some = colours.filter((_, k) => k % CUT_PIECES.length === i)
        const lying = piece.map(([x, , z]): Waypoint => [x, lyingY, z])
        return some.length ? bundleGeometries(lying, some, { flat: true }) : []
      }),
    ]
  }
  if (!parts.length) return new BufferGeometry()
  const merged = mergeGeometries(parts)
  parts.forEach((part) => part.dispose())
  if (!merged) throw new Error('Spares: fibre geometries do not merge')
  return merged
}

export function Spares({ state, colours, onPointerDown }: SparesProps) {
  const shown = colours.slice(0, 10)
  const key = shown.join(',')
  const geometry = useGeometry(() => sparesGeometry(state, key ? key.split(',') : []), [state, key])
  if (!shown.length) return null
  return (
    <mesh name="spares" geometry={geometry} material={fibreBundleMaterial()} onPointerDown={onPointerDown} />
  )
}
