/**
 * The two cables of the PBO. The black distribution cable comes over the bench's front edge and into the
 * left gland; past the strain-relief clamp its sheath stops and one loose tube, in its colour code, goes on
 * alone to its end. The white drop cable comes from the subscriber's PTO on the bench into the right
 * gland, and its jacket goes on to its end. Before it is routed an end hangs out over the box's front wall
 * (or lies on the PBO floor); routed, it lies flat on the cassette floor, arriving at its entry heading
 * away from the trainee. At each entry's anchor a
 * nylon tie: an open loop with its long tail while fitted, drawn tight as the tail is pulled; once done,
 * a tight loop with its tail cut short, and a tube crushed under it is flattened there.
 */
import type { ThreeEvent } from '@react-three/fiber'
import { use, useMemo } from 'react'
import {
  BoxGeometry,
  BufferAttribute,
  BufferGeometry,
  CatmullRomCurve3,
  CylinderGeometry,
  Euler,
  Quaternion,
  Vector3,
} from 'three'
import { PRINT_FONT, canvasTexture, printFontReady } from '../../../src/kit/canvasTexture.ts'
import { mergeParts } from '../../../src/kit/geometry.ts'
import { surface } from '../../../src/kit/materials.ts'
import { bendTube, createTubeGeometry } from '../../../src/kit/tubeGeometry.ts'
import { useGeometry } from '../../../src/kit/useGeometry.ts'
import { BENCH_Y, CASSETTE, ENTRIES, GLANDS, PBO, PBO_FLOOR_Y, PTO } from '../layout.ts'
import type { CableId, PointMm } from '../layout.ts'
import { BENCH_MAT, CLAMP_Z } from './PboBox.tsx'
import { cableSheath, nylon, tubeMaterial } from './trayMaterials.ts'

export type TieLook = { state: 'loose' | 'pulled'; pullMm: number; crushed: boolean }

export type CablesProps = {
  /** The loose tube's colour (the colour code of the tube's number). */
  tubeHex: string
  /** Tubes 13–24 carry a black ring mark. */
  tubeRinged: boolean
  /** Where the loose tube's end lies now (cassette coordinates, on the floor plane). */
  distEnd: PointMm
  /** Where the drop cable's jacket ends now. */
  dropEnd: PointMm
  dropFibres: 2 | 4
  /** Null: no tie fitted yet. */
  ties: { dist: TieLook | null; drop: TieLook | null }
  onEndPointerDown?: (cable: CableId, event: ThreeEvent<PointerEvent>) => void
  onTiePointerDown?: (cable: CableId, event: ThreeEvent<PointerEvent>) => void
}

const TUBE_RADIUS_MM = 1.5
const RADIUS_MM: Record<CableId, number> = { dist: TUBE_RADIUS_MM, drop: GLANDS.drop.cableRadiusMm }
/** The sheath is stripped back to just past its clamp; the tube (or the drop's jacket) goes on from here. */
const FREE_FROM_Z = CLAMP_Z - 6
/** Heights of the cables' axes where they lie on the anti-static mat, and on the bench beyond it. */
const LYING_Y: Record<CableId, { mat: number; bench: number }> = {
  dist: { mat: BENCH_MAT.topY + GLANDS.dist.cableRadiusMm, bench: BENCH_Y + GLANDS.dist.cableRadiusMm },
  drop: { mat: BENCH_MAT.topY + GLANDS.drop.cableRadiusMm, bench: BENCH_Y + GLANDS.drop.cableRadiusMm },
}
/** The box's front wall, which a tube end left outside the box hangs over. */
const FRONT_WALL = {
  innerZ: PBO.halfDepthMm - PBO.wallMm,
  outerZ: PBO.halfDepthMm,
  topY: BENCH_Y + PBO.heightMm,
}
/**
 * A tube end left outside: the run rises out of the sheath, over the wall, and the end sticks out a
 * little below the wall's top, clear of the gland under it.
 */
const DRAPE = { endY: FRONT_WALL.topY - 8, riseMm: 30, above: new Vector3(0, 16, -8) }
/** Ends stay in the box, or hang just over its front wall. */
const END_LIMIT = {
  x: PBO.halfWidthMm - PBO.wallMm - 4,
  back: PBO.halfDepthMm - PBO.wallMm - 4,
  front: PBO.halfDepthMm + 30,
}
/** The cassette's outline, walls included: inside it a tube lies on the cassette floor. */
const CASSETTE_OUTLINE = {
  x: CASSETTE.halfWidthMm + CASSETTE.wallMm,
  z: CASSETTE.halfDepthMm + CASSETTE.wallMm,
}
const SAMPLES = { free: 48, outside: 40 }

/** The distribution cable's run from over the bench's front edge to its clamp, heading −z at the end. */
const DIST_RUN: [number, number, number][] = [
  [-199, -200, 247],
  [-198, -70, 246],
  [-196, -12, 245],
  [-190, LYING_Y.dist.bench, 232],
  [-178, LYING_Y.dist.mat, 195],
  [GLANDS.dist.x - 12, LYING_Y.dist.mat + 10, 165],
  [GLANDS.dist.x - 4, GLANDS.dist.y - 8, 142],
  [GLANDS.dist.x, GLANDS.dist.y - 0.5, 128],
  [GLANDS.dist.x, GLANDS.dist.y, 116],
  [GLANDS.dist.x, GLANDS.dist.y, FREE_FROM_Z],
]
/**
 * The drop's run from the PTO (it goes in under the PTO's left side, at its centre) round the power meter's
 * left to the right gland, then straight through the clamp.
 */
const DROP_RUN: [number, number, number][] = [
  [PTO.at.x, LYING_Y.drop.bench, PTO.at.z],
  [PTO.at.x - 30, LYING_Y.drop.bench, PTO.at.z + 8],
  [PTO.at.x - 58, LYING_Y.drop.bench, PTO.at.z + 50],
  [PTO.at.x - 68, LYING_Y.drop.bench, 60],
  [PTO.at.x - 80, LYING_Y.drop.bench, 130],
  [200, LYING_Y.drop.mat, 152],
  [168, LYING_Y.drop.mat + 6, 148],
  [GLANDS.drop.x + 3, GLANDS.drop.y - 8, 136],
  [GLANDS.drop.x, GLANDS.drop.y, 124],
  [GLANDS.drop.x, GLANDS.drop.y, FREE_FROM_Z],
]

/** The tie: a nylon strap, its loop round the tube and through the anchor's slots, its tail toward the trainee. */
const TIE = {
  widthMm: 2.5,
  thicknessMm: 1,
  /** The open loop stands this far off the tube. */
  looseGapMm: 2.4,
  /** A fitted tie's tail, and its stub once pulled tight and cut. */
  tailMm: 38,
  stubMm: 4,
  /** Strap drawn through the head before the open loop closes on the tube. */
  snugPullMm: 8,
  /** The tail rises toward the trainee, clear of the cassette's front wall and the box's. */
  tailRiseRad: (30 * Math.PI) / 180,
}
/** A crushed tube under a tie: its height and width there, as a part of its diameter. */
const CRUSH = { height: 0.5, width: 1.45, halfLengthMm: 4.5 }

const smooth = (t: number) => {
  const k = Math.min(1, Math.max(0, t))
  return k * k * (3 - 2 * k)
}

/** 1 when the point is inside the cassette's walls, 0 once it is two walls' width out, smooth between. */
function insideness(p: PointMm): number {
  const outMm = Math.max(Math.abs(p.x) - CASSETTE.halfWidthMm, Math.abs(p.z) - CASSETTE.halfDepthMm)
  return 1 - smooth(outMm / (2 * CASSETTE.wallMm))
}

const toPath = (points: Vector3[]) => {
  const path = new Float32Array(points.length * 3)
  points.forEach((p, i) => p.toArray(path, i * 3))
  return path
}

/**
 * The free run from `start` (heading −z) to the end, a cubic Bézier. Inside the cassette the end lies
 * flat on its floor, heading −z (routed). Elsewhere in the box it lies on the PBO floor, the run curling
 * outward onto it as a tube let go of does. Past the box's front wall it hangs outside, the run draped
 * over the wall. Between these (while the end is carried) heights and headings blend, so it never jumps.
 */
function freeRun(start: Vector3, endAt: PointMm, radiusMm: number, outward: number): Vector3[] {
  const end = {
    x: Math.min(END_LIMIT.x, Math.max(-END_LIMIT.x, endAt.x)),
    z: Math.min(END_LIMIT.front, Math.max(-END_LIMIT.back, endAt.z)),
  }
  const inside = insideness(end)
  const hanging = smooth((end.z - FRONT_WALL.innerZ) / (FRONT_WALL.outerZ + radiusMm - FRONT_WALL.innerZ))
  const floorY = CASSETTE.floorY + radiusMm
  const lowY = PBO_FLOOR_Y + radiusMm
  const endY = lowY + (floorY - lowY) * inside
  const p3 = new Vector3(end.x, endY + (DRAPE.endY - endY) * hanging, end.z)
  // On the floor the end points inward (the run curled outward); routed, it points −z.
  const turn = (Math.PI / 2) * inside
  const heading = new Vector3(-outward * Math.cos(turn), 0, -Math.sin(turn))
  const reach = Math.min(40, Math.max(12, 0.35 * start.distanceTo(p3)))
  const p1 = start.clone().add(new Vector3(0, DRAPE.riseMm * hanging, -reach * (1 - hanging) - 6 * hanging))
  const p2 = p3
    .clone()
    .addScaledVector(heading, -reach * (1 - hanging))
    .addScaledVector(DRAPE.above, hanging)
  const points: Vector3[] = []
  for (let i = 0; i <= SAMPLES.free; i++) {
    const t = i / SAMPLES.free
    const u = 1 - t
    const point = start
      .clone()
      .multiplyScalar(u * u * u)
      .addScaledVector(p1, 3 * u * u * t)
      .addScaledVector(p2, 3 * u * t * t)
      .addScaledVector(p3, t * t * t)
    // Carried over the cassette, the tube stays above its floor; over the front wall, above its top.
    const overCassette = Math.abs(point.x) < CASSETTE_OUTLINE.x && Math.abs(point.z) < CASSETTE_OUTLINE.z
    const overWall = point.z > FRONT_WALL.innerZ - radiusMm && point.z < FRONT_WALL.outerZ + radiusMm
    point.y = Math.max(point.y, overCassette ? floorY : lowY, overWall ? FRONT_WALL.topY + radiusMm : lowY)
    points.push(point)
  }
  return points
}

/** The fixed run outside the box, sampled, without its last point (the free run starts there). */
function fixedRun(run: [number, number, number][]): Vector3[] {
  const curve = new CatmullRomCurve3(
    run.map((p) => new Vector3(...p)),
    false,
    'centripetal',
  )
  return curve.getSpacedPoints(SAMPLES.outside).slice(0, -1)
}

/**
 * Flattens the tube where a tie crushes it: the rings near the tie lose height (their bottom stays on the
 * floor) and spread sideways. The tube runs along z there.
 */
function crush(geometry: BufferGeometry, path: Vector3[], radiusMm: number, tie: PointMm) {
  const positions = geometry.getAttribute('position') as BufferAttribute
  const ring = positions.count / path.length
  path.forEach((p, i) => {
    const f =
      1 - smooth((Math.hypot(p.x - tie.x, p.z - tie.z) - CRUSH.halfLengthMm / 2) / (CRUSH.halfLengthMm / 2))
    if (f <= 0) return
    const bottomY = p.y - radiusMm
    const height = 1 - (1 - CRUSH.height) * f
    const width = 1 + (CRUSH.width - 1) * f
    for (let v = i * ring; v < (i + 1) * ring; v++) {
      positions.setX(v, p.x + (positions.getX(v) - p.x) * width)
      positions.setY(v, bottomY + (positions.getY(v) - bottomY) * height)
    }
  })
  positions.needsUpdate = true
  geometry.computeVertexNormals()
}

/** The kit's tube bent along `path` (x, y, z triplets), built to that path's length. */
export function tubeAlong(path: Float32Array, radiusMm: number, radialSegments: number, uPeriodMm: number) {
  const geometry = createTubeGeometry({ pointCount: path.length / 3, radialSegments })
  bendTube(geometry, path, radiusMm, uPeriodMm)
  return geometry
}

/** Is this tube past its anchor, so that a tie there grips it? */
function throughAnchor(cable: CableId, end: PointMm): boolean {
  const entry = ENTRIES[cable]
  return Math.abs(end.x - entry.x) < 3 && end.z < entry.tieZ - CRUSH.halfLengthMm
}

/**
 * A strap of rectangular section swept along `points`: `widthAt(tangent)` gives the direction its width
 * lies in (made square to the path). Flat-shaded faces, like moulded nylon.
 */
function strap(points: Vector3[], widthAt: (tangent: Vector3) => Vector3): BufferGeometry {
  const corners: Vector3[][] = points.map((p, i) => {
    const tangent = points[Math.min(i + 1, points.length - 1)]!.clone()
      .sub(points[Math.max(i - 1, 0)]!)
      .normalize()
    const across = widthAt(tangent)
    across.addScaledVector(tangent, -across.dot(tangent)).normalize()
    const through = new Vector3().crossVectors(tangent, across)
    const w = TIE.widthMm / 2
    const t = TIE.thicknessMm / 2
    return [
      p.clone().addScaledVector(across, w).addScaledVector(through, t),
      p.clone().addScaledVector(across, -w).addScaledVector(through, t),
      p.clone().addScaledVector(across, -w).addScaledVector(through, -t),
      p.clone().addScaledVector(across, w).addScaledVector(through, -t),
    ]
  })
  const vertices: number[] = []
  for (let i = 0; i < corners.length - 1; i++) {
    const a = corners[i]!
    const b = corners[i + 1]!
    for (let k = 0; k < 4; k++) {
      const k1 = (k + 1) % 4
      // Counter-clockwise seen from outside, so the outside is the front face.
      for (const v of [a[k]!, b[k1]!, b[k]!, a[k]!, a[k1]!, b[k1]!]) vertices.push(v.x, v.y, v.z)
    }
  }
  // The strap's two cut ends.
  const first = corners[0]!
  const last = corners[corners.length - 1]!
  for (const v of [first[0]!, first[1]!, first[2]!, first[0]!, first[2]!, first[3]!])
    vertices.push(v.x, v.y, v.z)
  for (const v of [last[0]!, last[2]!, last[1]!, last[0]!, last[3]!, last[2]!]) vertices.push(v.x, v.y, v.z)
  const geometry = new BufferGeometry()
  geometry.setAttribute('position', new BufferAttribute(new Float32Array(vertices), 3))
  geometry.setAttribute('uv', new BufferAttribute(new Float32Array((vertices.length / 3) * 2), 2))
  geometry.computeVertexNormals()
  return geometry
}

type TieLayout = { loop: Vector3[]; head: Vector3; tail: Vector3[] }

/** Where the tie's loop, head and tail lie, for how far it has been pulled; `crushed`: round a flat tube. */
function tieLayout(cable: CableId, state: TieLook['state'], pullMm: number, crushed: boolean): TieLayout {
  const entry = ENTRIES[cable]
  const radiusMm = RADIUS_MM[cable]
  const inward = cable === 'dist' ? 1 : -1
  const bottomY = CASSETTE.floorY
  const closed = state === 'pulled' ? 1 : smooth(pullMm / TIE.snugPullMm)
  const gap = TIE.thicknessMm / 2 + 0.1 + TIE.looseGapMm * (1 - closed)
  // Round the tube, or round the flattened tube once crushed.
  const halfWidth = (crushed ? radiusMm * CRUSH.width : radiusMm) + gap
  const halfHeight = (crushed ? radiusMm * CRUSH.height : radiusMm) + gap
  const centreY = bottomY + (crushed ? radiusMm * CRUSH.height : radiusMm)
  const loop: Vector3[] = []
  for (let i = 0; i <= 36; i++) {
    const angle = (i / 36) * Math.PI * 2
    loop.push(
      new Vector3(entry.x + halfWidth * Math.cos(angle), centreY + halfHeight * Math.sin(angle), entry.tieZ),
    )
  }
  const head = new Vector3(entry.x + inward * 1.5, centreY + halfHeight + 1.5, entry.tieZ)
  // Pulled tight and cut, a short stub sticks out of the head, on along the strap's way through it.
  if (state === 'pulled')
    return { loop, head, tail: [head.clone(), head.clone().add(new Vector3(inward * TIE.stubMm, 0, 0))] }
  // Fitted, the tail leaves the head inward, turns toward the trainee and rises; the hand holds its far end.
  const out = new Vector3(0, Math.sin(TIE.tailRiseRad), Math.cos(TIE.tailRiseRad))
  const bendStart = head.clone().add(new Vector3(inward * 2.5, 0, 0))
  const bendEnd = bendStart.clone().add(new Vector3(inward * 1.5, 0, 2.5))
  const tail: Vector3[] = [head.clone(), bendStart, bendEnd]
  const straightMm = TIE.tailMm + pullMm - 6
  for (let i = 1; i <= 4; i++) tail.push(bendEnd.clone().addScaledVector(out, (straightMm * i) / 4))
  return { loop, head, tail }
}

/** The loop's strap lies across the tube (its width along it); the tail lies flat. */
function tieGeometry({ loop, head, tail }: TieLayout): BufferGeometry {
  const up = new Vector3(0, 1, 0)
  return mergeParts([
    { geometry: strap(loop, () => new Vector3(0, 0, 1)) },
    { geometry: strap(tail, (tangent) => new Vector3().crossVectors(up, tangent)) },
    { geometry: new BoxGeometry(4.2, 3.2, 4.2), at: head.toArray() },
  ])
}

function Tie({
  cable,
  look,
  crushed,
  onPointerDown,
}: {
  cable: CableId
  look: TieLook
  /** The tie crushes the tube it grips (not bare fibres, nor the air). */
  crushed: boolean
  onPointerDown?: (cable: CableId, event: ThreeEvent<PointerEvent>) => void
}) {
  // Half-millimetre steps: a pull redraws the tie without rebuilding it for every pointer move.
  const pullMm = Math.round(look.pullMm * 2) / 2
  const layout = useMemo(
    () => tieLayout(cable, look.state, pullMm, crushed),
    [cable, look.state, pullMm, crushed],
  )
  const geometry = useGeometry(() => tieGeometry(layout), [layout])
  const tip = layout.tail[layout.tail.length - 1]!
  return (
    <group>
      <mesh geometry={geometry} material={nylon()} />
      {onPointerDown ? (
        // A finger-sized volume along the tail, whatever its length.
        <mesh
          name={`tie-tail-${cable}`}
          position={layout.head.clone().add(tip).multiplyScalar(0.5)}
          visible={false}
          onPointerDown={(event) => onPointerDown(cable, event)}
        >
          <boxGeometry args={[12, 12 + tip.y - layout.head.y, Math.max(12, tip.z - layout.head.z)]} />
        </mesh>
      ) : null}
    </group>
  )
}

function EndPick({
  cable,
  at,
  onPointerDown,
}: {
  cable: CableId
  at: Vector3
  onPointerDown: (cable: CableId, event: ThreeEvent<PointerEvent>) => void
}) {
  return (
    <mesh
      name={`cable-end-${cable}`}
      position={at}
      visible={false}
      onPointerDown={(event) => onPointerDown(cable, event)}
    >
      <sphereGeometry args={[7, 10, 8]} />
    </mesh>
  )
}

/** A cap closing the cut end of a jacket, square to its last stretch. */
function endCap(points: Vector3[], radiusMm: number) {
  const end = points[points.length - 1]!
  const direction = end
    .clone()
    .sub(points[points.length - 2]!)
    .normalize()
  const turn = new Euler().setFromQuaternion(
    new Quaternion().setFromUnitVectors(new Vector3(0, 1, 0), direction),
  )
  return {
    geometry: new CylinderGeometry(radiusMm * 0.98, radiusMm * 0.98, 0.2, 12),
    at: end.toArray(),
    rotation: [turn.x, turn.y, turn.z] as [number, number, number],
  }
}

/** The drop's jacket print, repeated along it: what the cable is, with its fibre count. */
function dropMaterial(fibres: 2 | 4) {
  const widthPx = 1024
  const heightPx = 96
  const texture = canvasTexture(
    `drop-jacket-${fibres}`,
    widthPx,
    heightPx,
    (context) => {
      context.fillStyle = '#efeee9'
      context.fillRect(0, 0, widthPx, heightPx)
      // Drawn upside down: the tube's texture runs round it the other way from how it is seen.
      context.translate(0, heightPx)
      context.scale(1, -1)
      context.fillStyle = '#5a5e63'
      context.font = `700 ${Math.round(heightPx * 0.2)}px ${PRINT_FONT}`
      context.textBaseline = 'middle'
      context.fillText(`FTTH  BRANCHEMENT  ${fibres} FO  ▸`, 16, heightPx * 0.25)
    },
    { repeat: true },
  )
  return surface('#ffffff', { roughness: 0.55, map: texture, key: `drop-jacket-${fibres}` })
}

export function Cables({
  tubeHex,
  tubeRinged,
  distEnd,
  dropEnd,
  dropFibres,
  ties,
  onEndPointerDown,
  onTiePointerDown,
}: CablesProps) {
  use(printFontReady())
  const distCrushed = Boolean(ties.dist?.crushed) && throughAnchor('dist', distEnd)
  const dropCrushed = Boolean(ties.drop?.crushed) && throughAnchor('drop', dropEnd)
  const sheath = useGeometry(() => {
    const points = [...fixedRun(DIST_RUN), new Vector3(...DIST_RUN[DIST_RUN.length - 1]!)]
    return mergeParts([
      { geometry: tubeAlong(toPath(points), GLANDS.dist.cableRadiusMm, 16, 100) },
      endCap(points, GLANDS.dist.cableRadiusMm),
    ])
  }, [])
  const { x: distX, z: distZ } = distEnd
  const { x: dropX, z: dropZ } = dropEnd
  const distPath = useMemo(
    () =>
      freeRun(
        new Vector3(GLANDS.dist.x, GLANDS.dist.y, FREE_FROM_Z),
        { x: distX, z: distZ },
        TUBE_RADIUS_MM,
        -1,
      ),
    [distX, distZ],
  )
  const tube = useGeometry(() => {
    // One ring mark every 30 mm along the tube (when it is ringed).
    const geometry = tubeAlong(toPath(distPath), TUBE_RADIUS_MM, 10, 30)
    if (distCrushed) crush(geometry, distPath, TUBE_RADIUS_MM, { x: ENTRIES.dist.x, z: ENTRIES.dist.tieZ })
    return geometry
  }, [distPath, distCrushed])
  const dropPath = useMemo(
    () => [
      ...fixedRun(DROP_RUN),
      ...freeRun(
        new Vector3(GLANDS.drop.x, GLANDS.drop.y, FREE_FROM_Z),
        { x: dropX, z: dropZ },
        RADIUS_MM.drop,
        1,
      ),
    ],
    [dropX, dropZ],
  )
  const drop = useGeometry(() => {
    const geometry = tubeAlong(toPath(dropPath), RADIUS_MM.drop, 10, 160)
    if (dropCrushed) crush(geometry, dropPath, RADIUS_MM.drop, { x: ENTRIES.drop.x, z: ENTRIES.drop.tieZ })
    return mergeParts([{ geometry }, endCap(dropPath, RADIUS_MM.drop)])
  }, [dropPath, dropCrushed])
  const ends: Record<CableId, Vector3> = {
    dist: distPath[distPath.length - 1]!,
    drop: dropPath[dropPath.length - 1]!,
  }
  const crushed: Record<CableId, boolean> = { dist: distCrushed, drop: dropCrushed }
  return (
    <group>
      <mesh geometry={sheath} material={cableSheath()} />
      <mesh geometry={tube} material={tubeMaterial(tubeHex, tubeRinged)} />
      <mesh geometry={drop} material={dropMaterial(dropFibres)} />
      {(['dist', 'drop'] as const).map((cable) => {
        const look = ties[cable]
        return (
          <group key={cable}>
            {look ? (
              <Tie cable={cable} look={look} crushed={crushed[cable]} onPointerDown={onTiePointerDown} />
            ) : null}
            {onEndPointerDown ? (
              <EndPick cable={cable} at={ends[cable]} onPointerDown={onEndPointerDown} />
            ) : null}
          </group>
        )
      })}
    </group>
  )
}
