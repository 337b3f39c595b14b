/**
 * The top splice cassette of the PBO, open on the bench: an anthracite moulded tray with rounded corners,
 * the two storage bobbins (fibres wind under their tabs), the black splice-holder comb with its slots
 * numbered 1–12 on the floor beside it, the spare-fibre channel along the front wall, an entry opening
 * and a tie anchor (two slots between two posts) at each front corner, retaining tabs along the walls, and
 * the white label zone on the front lip. The smoked clear cover is hinged at the back: lying on the walls
 * when closed, standing up behind the cassette when open.
 */
import { use, useMemo } from 'react'
import { BoxGeometry, CylinderGeometry, ExtrudeGeometry, Path, Shape } from 'three'
import type { BufferGeometry } from 'three'
import { PRINT_FONT, canvasTexture, printFontReady } from '../../../src/kit/canvasTexture.ts'
import { box, mergeParts, roundedBlock } from '../../../src/kit/geometry.ts'
import type { Part } from '../../../src/kit/geometry.ts'
import { surface } from '../../../src/kit/materials.ts'
import { useGeometry } from '../../../src/kit/useGeometry.ts'
import {
  BOBBINS,
  CABLES,
  CASSETTE,
  ENTRIES,
  HOLDER,
  HOLDER_HALF_DEPTH_MM,
  LABEL_ZONE,
  SPARE_CHANNEL,
} from '../layout.ts'
import { CASSETTE_COLOUR, blackRubber, cassettePlastic, labelWhite, smokedCover } from './trayMaterials.ts'

const FLOOR_MM = 2
const WALL_TOP_Y = CASSETTE.floorY + CASSETTE.wallHeightMm
const OUTER_HALF_WIDTH_MM = CASSETTE.halfWidthMm + CASSETTE.wallMm
const OUTER_HALF_DEPTH_MM = CASSETTE.halfDepthMm + CASSETTE.wallMm
const CORNER_MM = 8
/** Straight walls stop where the corners' arcs start. */
const CORNER_X = OUTER_HALF_WIDTH_MM - CORNER_MM
const CORNER_Z = OUTER_HALF_DEPTH_MM - CORNER_MM
/** The entry openings in the front wall run from the corner's arc to this far past the entry's x. */
const ENTRY_HALF_WIDTH_MM = CORNER_X - Math.abs(ENTRIES.dist.x)
const TAB = { widthMm: 8, thicknessMm: 1.2, overhangMm: 4.5 }
const BOBBIN = { heightMm: 10, wallMm: 2.5, tabReachMm: 5 }
const GUIDE = { heightMm: 7, wallMm: 1.5 }
/** The holder's comb: a rib between every two slots, in two grips either side of the sleeves' middle. */
const COMB = { ribMm: 0.8, heightMm: 4, gripGapMm: 9, baseMm: 1 }
/** The slot numbers, printed on the floor just left of the holder. */
const NUMBERS = { x0: -HOLDER.halfLengthMm - 14.5, x1: -HOLDER.halfLengthMm - 3, pxPerMm: 40 }
const LABEL_HEIGHT_MM = 8
const TIE_POST = { offsetMm: 5.5, widthMm: 2, heightMm: 5, depthMm: 5 }
/** The cover's skirt stops short of the label zone below it on the front wall. */
const COVER = { thicknessMm: 1.5, skirtMm: 2, openDeg: 100, hingeY: WALL_TOP_Y, hingeZ: -OUTER_HALF_DEPTH_MM }

/** A wall-thick quarter ring standing on the floor, for the corner at (sx, sz) = (±1, ±1). */
function cornerWall(sx: number, sz: number): Part {
  // Shape coordinates turn into (x, −z) once the extrusion is stood up.
  const start = Math.atan2(-sz, sx) - Math.PI / 4
  const shape = new Shape()
  shape.absarc(0, 0, CORNER_MM, start, start + Math.PI / 2, false)
  shape.absarc(0, 0, CORNER_MM - CASSETTE.wallMm, start + Math.PI / 2, start, true)
  const geometry = new ExtrudeGeometry(shape, {
    depth: CASSETTE.wallHeightMm + FLOOR_MM,
    bevelEnabled: false,
    curveSegments: 6,
  })
  geometry.rotateX(-Math.PI / 2)
  return { geometry, at: [sx * CORNER_X, CASSETTE.floorY - FLOOR_MM, sz * CORNER_Z] }
}

/** A thin curved wall across a back corner, of the bobbins' radius, a little lower than the walls. */
function guideArc(sx: number): Part {
  const radiusMm = BOBBINS[0]!.radiusMm
  const centre = { x: sx * (CASSETTE.halfWidthMm - radiusMm), z: -(CASSETTE.halfDepthMm - radiusMm) }
  // Shape coordinates turn into (x, −z) once the extrusion is stood up: the corner's quadrant is (sx, +).
  const start = sx > 0 ? 0 : Math.PI / 2
  const shape = new Shape()
  shape.absarc(0, 0, radiusMm, start, start + Math.PI / 2, false)
  shape.absarc(0, 0, radiusMm - GUIDE.wallMm, start + Math.PI / 2, start, true)
  const geometry = new ExtrudeGeometry(shape, {
    depth: GUIDE.heightMm,
    bevelEnabled: false,
    curveSegments: 12,
  })
  geometry.rotateX(-Math.PI / 2)
  return { geometry, at: [centre.x, CASSETTE.floorY, centre.z] }
}

/** A bobbin: a ring wall with cross ribs inside, and tabs at its top reaching out over the wound fibre. */
function bobbinParts(x: number, z: number, radiusMm: number): Part[] {
  const ring = new Shape()
  ring.absarc(0, 0, radiusMm, 0, Math.PI * 2, false)
  const hole = new Path()
  hole.absarc(0, 0, radiusMm - BOBBIN.wallMm, 0, Math.PI * 2, true)
  ring.holes.push(hole)
  const wall = new ExtrudeGeometry(ring, { depth: BOBBIN.heightMm, bevelEnabled: false, curveSegments: 28 })
  wall.rotateX(-Math.PI / 2)
  const topY = CASSETTE.floorY + BOBBIN.heightMm
  const ribLengthMm = 2 * (radiusMm - BOBBIN.wallMm) + 0.5
  const tabLengthMm = BOBBIN.wallMm + BOBBIN.tabReachMm + 2
  return [
    { geometry: wall, at: [x, CASSETTE.floorY, z] },
    box(ribLengthMm, BOBBIN.heightMm - 2, 1.2, [x, CASSETTE.floorY + (BOBBIN.heightMm - 2) / 2, z]),
    box(1.2, BOBBIN.heightMm - 2, ribLengthMm, [x, CASSETTE.floorY + (BOBBIN.heightMm - 2) / 2, z]),
    ...[0, 1, 2, 3].map((k): Part => {
      const angle = Math.PI / 4 + (k * Math.PI) / 2
      const reach = radiusMm - BOBBIN.wallMm - 2 + tabLengthMm / 2
      return {
        geometry: new BoxGeometry(tabLengthMm, TAB.thicknessMm, 6),
        at: [x + reach * Math.cos(angle), topY - TAB.thicknessMm / 2, z + reach * Math.sin(angle)],
        rotation: [0, -angle, 0],
      }
    }),
  ]
}

function bodyGeometry(): BufferGeometry {
  const wallY = CASSETTE.floorY - FLOOR_MM + (CASSETTE.wallHeightMm + FLOOR_MM) / 2
  const wallHeightMm = CASSETTE.wallHeightMm + FLOOR_MM
  const wallMidX = CASSETTE.halfWidthMm + CASSETTE.wallMm / 2
  const wallMidZ = CASSETTE.halfDepthMm + CASSETTE.wallMm / 2
  const frontHalfMm = Math.abs(ENTRIES.dist.x) - ENTRY_HALF_WIDTH_MM
  const tabY = WALL_TOP_Y - TAB.thicknessMm / 2
  const tabInMm = TAB.overhangMm + CASSETTE.wallMm / 2
  const channelTabDepthMm = CASSETTE.halfDepthMm - SPARE_CHANNEL.minZ + 1
  return mergeParts([
    {
      geometry: roundedBlock(2 * OUTER_HALF_WIDTH_MM, FLOOR_MM, 2 * OUTER_HALF_DEPTH_MM, {
        cornerMm: CORNER_MM,
        edgeMm: 0.6,
      }),
      at: [0, CASSETTE.floorY - FLOOR_MM, 0],
    },
    box(2 * CORNER_X, wallHeightMm, CASSETTE.wallMm, [0, wallY, -wallMidZ]),
    box(2 * frontHalfMm, wallHeightMm, CASSETTE.wallMm, [0, wallY, wallMidZ]),
    ...[-1, 1].map((sx) => box(CASSETTE.wallMm, wallHeightMm, 2 * CORNER_Z, [sx * wallMidX, wallY, 0])),
    ...[-1, 1].flatMap((sx) => [-1, 1].map((sz) => cornerWall(sx, sz))),
    // Retaining tabs on the wall tops, reaching in over the fibres laid along the walls.
    ...[-95, 0, 95].map((x) =>
      box(TAB.widthMm, TAB.thicknessMm, tabInMm, [x, tabY, -wallMidZ + tabInMm / 2]),
    ),
    ...[-1, 1].flatMap((sx) =>
      [-35, 35].map((z) =>
        box(tabInMm, TAB.thicknessMm, TAB.widthMm, [sx * (wallMidX - tabInMm / 2), tabY, z]),
      ),
    ),
    ...[-120, 120].map((x) => box(TAB.widthMm, TAB.thicknessMm, tabInMm, [x, tabY, wallMidZ - tabInMm / 2])),
    ...BOBBINS.flatMap(({ centre, radiusMm }) => bobbinParts(centre.x, centre.z, radiusMm)),
    // Bend-limiting guides across the back corners, keeping a coil out of the tight corner.
    ...[-1, 1].map((sx) => guideArc(sx)),
    // The holder's moulded base; its black comb stands on it.
    box(2 * HOLDER.halfLengthMm + 2, COMB.baseMm, 2 * HOLDER_HALF_DEPTH_MM + 2, [
      0,
      CASSETTE.floorY + COMB.baseMm / 2,
      0,
    ]),
    // The spare channel: a low rib along its inner side, and three tabs from the front wall over it.
    box(SPARE_CHANNEL.maxX - SPARE_CHANNEL.minX, 5, 1.2, [
      (SPARE_CHANNEL.minX + SPARE_CHANNEL.maxX) / 2,
      CASSETTE.floorY + 2.5,
      SPARE_CHANNEL.minZ - 0.6,
    ]),
    ...[-70, 0, 70].map((x) =>
      box(6, TAB.thicknessMm, channelTabDepthMm, [
        x,
        CASSETTE.floorY + 5.6,
        CASSETTE.halfDepthMm - channelTabDepthMm / 2,
      ]),
    ),
    // Each entry's tie anchor: a post either side of the tube's path.
    ...CABLES.flatMap((cable) =>
      [-1, 1].map((side) =>
        box(TIE_POST.widthMm, TIE_POST.heightMm, TIE_POST.depthMm, [
          ENTRIES[cable].x + side * TIE_POST.offsetMm,
          CASSETTE.floorY + TIE_POST.heightMm / 2,
          ENTRIES[cable].tieZ,
        ]),
      ),
    ),
    // The cover's hinge knuckles on the back wall, either side of the cover's own.
    ...[-100, 100].flatMap((x) =>
      [-1, 1].map((side): Part => ({
        geometry: new CylinderGeometry(2, 2, 7, 10),
        at: [x + side * 11, COVER.hingeY, COVER.hingeZ - 1],
        rotation: [0, 0, Math.PI / 2],
      })),
    ),
  ])
}

function blackGeometry(): BufferGeometry {
  const gripLengthMm = HOLDER.halfLengthMm - COMB.gripGapMm
  const ribY = CASSETTE.floorY + COMB.baseMm + COMB.heightMm / 2
  return mergeParts([
    ...Array.from({ length: HOLDER.slots + 1 }, (_, k) => -HOLDER_HALF_DEPTH_MM + k * HOLDER.pitchMm).flatMap(
      (z) =>
        [-1, 1].map((side) =>
          box(gripLengthMm, COMB.heightMm, COMB.ribMm, [side * (COMB.gripGapMm + gripLengthMm / 2), ribY, z]),
        ),
    ),
    // The tie's slots through the floor, between the anchor's posts and the tube.
    ...CABLES.flatMap((cable) =>
      [-1, 1].map((side) =>
        box(2.6, 0.2, 3, [ENTRIES[cable].x + side * 3, CASSETTE.floorY + 0.05, ENTRIES[cable].tieZ]),
      ),
    ),
  ])
}

function coverGeometry(): BufferGeometry {
  const depthMm = 2 * OUTER_HALF_DEPTH_MM
  return mergeParts([
    {
      geometry: roundedBlock(2 * OUTER_HALF_WIDTH_MM, COVER.thicknessMm, depthMm, {
        cornerMm: CORNER_MM,
        edgeMm: 0.5,
      }),
      at: [0, 0, depthMm / 2],
    },
    // The tongue the thumb lifts the cover by.
    box(30, COVER.thicknessMm, 6, [0, COVER.thicknessMm / 2, depthMm + 2.5]),
    // A skirt round the edges, just outside the walls: the cover's outline reads, open or closed.
    box(2 * CORNER_X, COVER.skirtMm, 1, [0, -COVER.skirtMm / 2, 0.5]),
    box(2 * CORNER_X, COVER.skirtMm, 1, [0, -COVER.skirtMm / 2, depthMm - 0.5]),
    ...[-1, 1].map((sx) =>
      box(1, COVER.skirtMm, 2 * CORNER_Z, [
        sx * (OUTER_HALF_WIDTH_MM - 0.5),
        -COVER.skirtMm / 2,
        depthMm / 2,
      ]),
    ),
    ...[-100, 100].map((x): Part => ({
      geometry: new CylinderGeometry(2, 2, 14, 10),
      at: [x, 0, -1],
      rotation: [0, 0, Math.PI / 2],
    })),
  ])
}

function drawNumbers(context: CanvasRenderingContext2D, widthPx: number, heightPx: number) {
  const pitchPx = HOLDER.pitchMm * NUMBERS.pxPerMm
  context.fillStyle = CASSETTE_COLOUR
  context.fillRect(0, 0, widthPx, heightPx)
  context.fillStyle = '#eef0f2'
  context.strokeStyle = '#eef0f2'
  context.lineWidth = 6
  context.font = `700 ${Math.round(pitchPx * 0.78)}px ${PRINT_FONT}`
  context.textAlign = 'right'
  context.textBaseline = 'middle'
  // Canvas top is the far side: slot 1.
  for (let slot = 1; slot <= HOLDER.slots; slot++) {
    const y = (slot - 0.5) * pitchPx
    context.fillText(String(slot), widthPx - pitchPx * 0.9, y + pitchPx * 0.04)
    context.beginPath()
    context.moveTo(widthPx - pitchPx * 0.7, y)
    context.lineTo(widthPx, y)
    context.stroke()
  }
}

function SlotNumbers() {
  const widthMm = NUMBERS.x1 - NUMBERS.x0
  const depthMm = 2 * HOLDER_HALF_DEPTH_MM
  const material = useMemo(() => {
    const widthPx = Math.round(widthMm * NUMBERS.pxPerMm)
    const heightPx = Math.round(depthMm * NUMBERS.pxPerMm)
    const texture = canvasTexture('cassette-slot-numbers', widthPx, heightPx, (context) =>
      drawNumbers(context, widthPx, heightPx),
    )
    return surface('#ffffff', { roughness: 0.5, map: texture, key: 'cassette-slot-numbers' })
  }, [widthMm, depthMm])
  return (
    <mesh
      position={[(NUMBERS.x0 + NUMBERS.x1) / 2, CASSETTE.floorY + 0.04, 0]}
      rotation={[-Math.PI / 2, 0, 0]}
      material={material}
    >
      <planeGeometry args={[widthMm, depthMm]} />
    </mesh>
  )
}

export function Cassette({ coverClosed }: { coverClosed: boolean }) {
  use(printFontReady())
  const body = useGeometry(bodyGeometry, [])
  const black = useGeometry(blackGeometry, [])
  const cover = useGeometry(coverGeometry, [])
  return (
    <group>
      <mesh geometry={body} material={cassettePlastic()} />
      <mesh geometry={black} material={blackRubber()} />
      <SlotNumbers />
      <mesh
        position={[LABEL_ZONE.x, CASSETTE.floorY + CASSETTE.wallHeightMm / 2, LABEL_ZONE.z + 0.06]}
        material={labelWhite()}
      >
        <planeGeometry args={[2 * LABEL_ZONE.halfWidthMm, LABEL_HEIGHT_MM]} />
      </mesh>
      <group
        position={[0, COVER.hingeY, COVER.hingeZ]}
        rotation={[coverClosed ? 0 : (-COVER.openDeg * Math.PI) / 180, 0, 0]}
      >
        <mesh geometry={cover} material={smokedCover()} />
      </group>
    </group>
  )
}
