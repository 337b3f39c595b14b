/**
 * The opened PBO on the training bench: a light grey moulded box with screw bosses in its corners and
 * a cable gland with a strain-relief clamp for each cable in its front wall; the lid hinged at the back,
 * standing open, with its gasket and the laser warning label inside; under the top cassette (drawn by
 * Cassette) the stack of further cassettes on their hinge spines. The bench's beech top carries an
 * anti-static mat under the box, with the box's contact shadow printed on it (the scene has no shadow maps).
 */
import { use, useMemo } from 'react'
import { CylinderGeometry, ExtrudeGeometry, Path, Shape } from 'three'
import type { BufferGeometry } from 'three'
import { PRINT_FONT, canvasTexture, printFontReady } from '../../../src/kit/canvasTexture.ts'
import { drawLaserTriangle, fitText } from '../../../src/kit/printedSigns.ts'
import { box, mergeParts, printedBox, roundedBlock, roundedRectPath } from '../../../src/kit/geometry.ts'
import type { Part, Vec3 } from '../../../src/kit/geometry.ts'
import { surface } from '../../../src/kit/materials.ts'
import { useGeometry } from '../../../src/kit/useGeometry.ts'
import { BENCH, BENCH_Y, CABLES, CASSETTE, GLANDS, PBO, PBO_FLOOR_Y } from '../layout.ts'
import { benchTop, blackRubber, cassettePlastic, pboShell, steel } from './trayMaterials.ts'

const WIDTH_MM = 2 * PBO.halfWidthMm
const DEPTH_MM = 2 * PBO.halfDepthMm
const TOP_Y = BENCH_Y + PBO.heightMm
const CORNER_MM = 12
const EDGE_MM = 1.2
const FLOOR_MM = PBO_FLOOR_Y - BENCH_Y
const INNER_HALF_WIDTH_MM = PBO.halfWidthMm - PBO.wallMm
const INNER_HALF_DEPTH_MM = PBO.halfDepthMm - PBO.wallMm

/** The lid: a shallow shell hinged just behind the back wall's top edge, leaning back past upright. */
const LID = { heightMm: 24, openDeg: 105, hingeY: TOP_Y, hingeZ: -PBO.halfDepthMm - 4, knuckleRadiusMm: 4.5 }
const LID_TURN: Vec3 = [(-LID.openDeg * Math.PI) / 180, 0, 0]
/** In the lid's own frame (hinge axis at the origin, lid closed), where its centre lies: over the box's. */
const LID_CENTRE_Z = -LID.hingeZ
const HINGE_X = [-120, 120]
/** The laser warning label on the moulded pad inside the lid (lid frame), in mm. */
const LID_LABEL = { widthMm: 150, depthMm: 80, padMm: 2 }

/** The anti-static mat under the box: wide enough for the cables' run to the front and to the PTO. */
const MAT = { minX: -225, maxX: 225, minZ: -150, maxZ: 165, thicknessMm: 2 }
/** Where the cables lying round the box rest: on the mat, and on the bench beyond it. */
export const BENCH_MAT = { ...MAT, topY: BENCH_Y + MAT.thicknessMm }
const MAT_PX_PER_MM = 1.2
const BENCH_THICKNESS_MM = 30
const BENCH_MARGIN_MM = 40

/** The cassettes under the top one, on the same hinge spines: 12 mm pitch down from the top cassette. */
const STACK = { count: 3, pitchMm: 12, heightMm: 11.4 }
const CASSETTE_BOTTOM_Y = CASSETTE.floorY - 2
const CASSETTE_HALF_WIDTH_MM = CASSETTE.halfWidthMm + CASSETTE.wallMm
const CASSETTE_HALF_DEPTH_MM = CASSETTE.halfDepthMm + CASSETTE.wallMm
/** The stack's hinge: knuckles behind each cassette, pinned to two spines moulded on the box floor. */
const STACK_HINGE = {
  z: -CASSETTE_HALF_DEPTH_MM - 7,
  radiusMm: 3.5,
  spineZ0: -INNER_HALF_DEPTH_MM,
  spineZ1: -82,
}
/**
 * Strain-relief clamps just inside the glands, on brackets from the front wall (the floor under them stays
 * free for a tube let go of): the sheath is clamped before the tube goes on alone.
 */
const CLAMP = { bracketDepthMm: 11, bracketHeightMm: 8, strapWidthMm: 4 }
export const CLAMP_Z = INNER_HALF_DEPTH_MM - 7

/**
 * Moulded walls round a rounded rectangle, from y = 0 up to `heightMm`, with softened edges inside and out
 * (the bevel grows both outlines by `edgeMm`, so they are drawn that much inside the finished size).
 */
function frame(widthMm: number, depthMm: number, wallMm: number, heightMm: number, edgeMm = EDGE_MM) {
  const shape = new Shape()
  roundedRectPath(shape, widthMm - 2 * edgeMm, depthMm - 2 * edgeMm, CORNER_MM - edgeMm)
  const hole = new Path()
  roundedRectPath(
    hole,
    widthMm - 2 * wallMm + 2 * edgeMm,
    depthMm - 2 * wallMm + 2 * edgeMm,
    Math.max(1, CORNER_MM - wallMm + edgeMm),
  )
  shape.holes.push(hole)
  const geometry = new ExtrudeGeometry(shape, {
    depth: heightMm - 2 * edgeMm,
    bevelEnabled: true,
    bevelThickness: edgeMm,
    bevelSize: edgeMm,
    bevelSegments: 2,
    curveSegments: 4,
  })
  geometry.rotateX(-Math.PI / 2)
  geometry.translate(0, edgeMm, 0)
  return geometry
}

/** A cylinder part lying along x or z (three's cylinders stand along y). */
function rod(radiusMm: number, lengthMm: number, at: Vec3, along: 'x' | 'z', segments = 12): Part {
  return {
    geometry: new CylinderGeometry(radiusMm, radiusMm, lengthMm, segments),
    at,
    rotation: along === 'x' ? [0, 0, Math.PI / 2] : [Math.PI / 2, 0, 0],
  }
}

/** The lid's moulding, in its own frame: hinge axis on x through the origin, closed, rim down at y = 0. */
function lidShell(): BufferGeometry {
  const ribY = LID.heightMm - 3 - 8
  return mergeParts([
    { geometry: frame(WIDTH_MM, DEPTH_MM, PBO.wallMm, LID.heightMm), at: [0, 0, LID_CENTRE_Z] },
    {
      geometry: roundedBlock(WIDTH_MM, 3, DEPTH_MM, { cornerMm: CORNER_MM, edgeMm: EDGE_MM }),
      at: [0, LID.heightMm - 3, LID_CENTRE_Z],
    },
    // Stiffening ribs under the top, framing the moulded label pad.
    ...[-50, 50].map((z) => box(WIDTH_MM - 2 * PBO.wallMm, 8, 2, [0, ribY + 4, LID_CENTRE_Z + z])),
    ...[-100, 100].map((x) => box(2, 8, DEPTH_MM - 2 * PBO.wallMm, [x, ribY + 4, LID_CENTRE_Z])),
    {
      geometry: roundedBlock(LID_LABEL.widthMm + 10, LID_LABEL.padMm, LID_LABEL.depthMm + 10, {
        cornerMm: 4,
        edgeMm: 0.6,
      }),
      at: [0, LID.heightMm - 3 - LID_LABEL.padMm, LID_CENTRE_Z],
    },
    // Corner bosses matching the box's, for the captive screws.
    ...[-1, 1].flatMap((sx) =>
      [-1, 1].map((sz): Part => ({
        geometry: new CylinderGeometry(6, 6, LID.heightMm - 3, 16),
        at: [
          sx * (INNER_HALF_WIDTH_MM - 6),
          (LID.heightMm - 3) / 2,
          LID_CENTRE_Z + sz * (INNER_HALF_DEPTH_MM - 6),
        ],
      })),
    ),
    // The lid's hinge knuckles, on the axis, and the webs joining them to the back rim.
    ...HINGE_X.flatMap((x): Part[] => [
      rod(LID.knuckleRadiusMm, 22, [x, 0, 0], 'x', 14),
      box(22, 6, 6, [x, 3, 3]),
    ]),
  ])
}

function lidBlackParts(): BufferGeometry {
  // The gasket sits in a groove along the rim's edge and stands a little proud of it.
  return mergeParts([
    { geometry: frame(WIDTH_MM - 2, DEPTH_MM - 2, 2.2, 1.4, 0.5), at: [0, -0.8, LID_CENTRE_Z] },
  ])
}

function lidSteelParts(): BufferGeometry {
  const x = INNER_HALF_WIDTH_MM - 6
  const z = INNER_HALF_DEPTH_MM - 6
  // Captive screws in the lid's corners, their threaded ends showing below the rim.
  return mergeParts(
    [-x, x].flatMap((sx) =>
      [-z, z].map((sz): Part => ({
        geometry: new CylinderGeometry(2.2, 2.2, 6, 10),
        at: [sx, -1, LID_CENTRE_Z + sz],
      })),
    ),
  )
}

const lidPart = (geometry: BufferGeometry): Part => ({
  geometry,
  at: [0, LID.hingeY, LID.hingeZ],
  rotation: LID_TURN,
})

/** Hex nut, domed cap and lip seal of a cable gland on the front wall's outer face, and the locknut inside. */
function glandParts(x: number, y: number, cableRadiusMm: number): Part[] {
  const nutMm = cableRadiusMm + 6
  const wallZ = PBO.halfDepthMm
  return [
    rod(nutMm + 2, 1.5, [x, y, wallZ + 0.75], 'z', 20),
    rod(nutMm, 7, [x, y, wallZ + 1.5 + 3.5], 'z', 6),
    {
      geometry: new CylinderGeometry(cableRadiusMm + 2, nutMm * 0.9, 9, 20),
      at: [x, y, wallZ + 8.5 + 4.5],
      rotation: [Math.PI / 2, 0, 0],
    },
    rod(cableRadiusMm + 0.6, 2, [x, y, wallZ + 18], 'z', 16),
    rod(nutMm, 3, [x, y, wallZ - PBO.wallMm - 1.5], 'z', 6),
  ]
}

function shellGeometry(): BufferGeometry {
  const bossX = INNER_HALF_WIDTH_MM - 6
  const bossZ = INNER_HALF_DEPTH_MM - 6
  const bossHeightMm = PBO.heightMm - FLOOR_MM - 1
  return mergeParts([
    {
      geometry: roundedBlock(WIDTH_MM, FLOOR_MM, DEPTH_MM, { cornerMm: CORNER_MM, edgeMm: 1 }),
      at: [0, BENCH_Y, 0],
    },
    { geometry: frame(WIDTH_MM, DEPTH_MM, PBO.wallMm, PBO.heightMm), at: [0, BENCH_Y, 0] },
    // Screw bosses in the inside corners: the lid's captive screws go into them.
    ...[-bossX, bossX].flatMap((x) =>
      [-bossZ, bossZ].map((z): Part => ({
        geometry: new CylinderGeometry(6, 7, bossHeightMm, 16),
        at: [x, PBO_FLOOR_Y + bossHeightMm / 2, z],
      })),
    ),
    // The base's hinge knuckles either side of the lid's, on webs from the back wall.
    ...HINGE_X.flatMap((x) =>
      [-1, 1].flatMap((side): Part[] => [
        rod(LID.knuckleRadiusMm, 10, [x + side * 16, LID.hingeY, LID.hingeZ], 'x', 14),
        box(10, 8, 5, [x + side * 16, LID.hingeY - 4, LID.hingeZ + 2]),
      ]),
    ),
    // The catches on the front, where the lid's clips close.
    ...[-110, 110].map((x) => box(26, 12, 5, [x, TOP_Y - 8, PBO.halfDepthMm + 2])),
    ...CABLES.map((cable) => {
      const { x, y, cableRadiusMm } = GLANDS[cable]
      return box(2 * cableRadiusMm + 14, CLAMP.bracketHeightMm, CLAMP.bracketDepthMm, [
        x,
        y - cableRadiusMm - CLAMP.bracketHeightMm / 2,
        INNER_HALF_DEPTH_MM - CLAMP.bracketDepthMm / 2,
      ])
    }),
    // The stack's hinge spines, moulded on the floor against the back wall.
    ...HINGE_X.map((x) => {
      const heightMm = CASSETTE.floorY + 8 - PBO_FLOOR_Y
      const depthMm = STACK_HINGE.spineZ1 - STACK_HINGE.spineZ0
      return box(8, heightMm, depthMm, [x, PBO_FLOOR_Y + heightMm / 2, STACK_HINGE.spineZ0 + depthMm / 2])
    }),
    lidPart(lidShell()),
  ])
}

function blackGeometry(): BufferGeometry {
  const bossX = INNER_HALF_WIDTH_MM - 6
  const bossZ = INNER_HALF_DEPTH_MM - 6
  return mergeParts([
    ...CABLES.flatMap((cable) => glandParts(GLANDS[cable].x, GLANDS[cable].y, GLANDS[cable].cableRadiusMm)),
    // The brass-lined screw holes read as dark dots on the bosses.
    ...[-bossX, bossX].flatMap((x) =>
      [-bossZ, bossZ].map((z): Part => ({
        geometry: new CylinderGeometry(2.4, 2.4, 0.4, 12),
        at: [x, TOP_Y - 0.8, z],
      })),
    ),
    lidPart(lidBlackParts()),
  ])
}

function steelGeometry(): BufferGeometry {
  return mergeParts([
    ...HINGE_X.map((x) => rod(1.6, 46, [x, LID.hingeY, LID.hingeZ], 'x', 8)),
    ...HINGE_X.flatMap((x) => stackLevelsY().map((y) => rod(1.2, 26, [x, y, STACK_HINGE.z], 'x', 8))),
    // Each clamp: a strap over the sheath and its two screws.
    ...CABLES.flatMap((cable): Part[] => {
      const { x, y, cableRadiusMm } = GLANDS[cable]
      const bracketTopY = y - cableRadiusMm
      const strapRadiusMm = cableRadiusMm + 0.6
      return [
        {
          geometry: new CylinderGeometry(
            strapRadiusMm,
            strapRadiusMm,
            CLAMP.strapWidthMm,
            16,
            1,
            true,
            -Math.PI / 2,
            Math.PI,
          ),
          at: [x, y, CLAMP_Z],
          // Turned so that the half cylinder arches over the sheath.
          rotation: [-Math.PI / 2, 0, 0],
        },
        ...[-1, 1].map((side): Part => ({
          geometry: new CylinderGeometry(2.4, 2.4, 1.6, 12),
          at: [x + side * (cableRadiusMm + 4), bracketTopY + 0.8, CLAMP_Z],
        })),
        ...[-1, 1].map((side) =>
          box(4, 0.8, CLAMP.strapWidthMm, [x + side * (cableRadiusMm + 2.5), bracketTopY + 0.4, CLAMP_Z]),
        ),
      ]
    }),
    lidPart(lidSteelParts()),
  ])
}

/** Heights of the hinge knuckles: one per cassette, the top one included. */
function stackLevelsY(): number[] {
  return Array.from({ length: STACK.count + 1 }, (_, i) => CASSETTE_BOTTOM_Y - i * STACK.pitchMm + 6)
}

function stackGeometry(): BufferGeometry {
  return mergeParts([
    ...Array.from({ length: STACK.count }, (_, i) => ({
      geometry: roundedBlock(2 * CASSETTE_HALF_WIDTH_MM, STACK.heightMm, 2 * CASSETTE_HALF_DEPTH_MM, {
        cornerMm: 8,
        edgeMm: 1.2,
      }),
      at: [0, CASSETTE_BOTTOM_Y - (i + 1) * STACK.pitchMm, 0] as Vec3,
    })),
    // Every cassette's knuckles either side of a spine, on a web from its back wall.
    ...HINGE_X.flatMap((x) =>
      stackLevelsY().flatMap((y) =>
        [-1, 1].flatMap((side): Part[] => [
          rod(STACK_HINGE.radiusMm, 8, [x + side * 8, y, STACK_HINGE.z], 'x', 12),
          box(8, 5, 7, [x + side * 8, y, -CASSETTE_HALF_DEPTH_MM - 3.5]),
        ]),
      ),
    ),
  ])
}

function drawMat(context: CanvasRenderingContext2D, widthPx: number, heightPx: number) {
  const px = (mm: number) => mm * MAT_PX_PER_MM
  context.fillStyle = '#2f3c46'
  context.fillRect(0, 0, widthPx, heightPx)
  // The mat's fine woven grid.
  context.strokeStyle = 'rgba(255, 255, 255, 0.035)'
  context.lineWidth = 1
  for (let mm = 0; mm < MAT.maxX - MAT.minX; mm += 10) {
    context.beginPath()
    context.moveTo(px(mm), 0)
    context.lineTo(px(mm), heightPx)
    context.stroke()
  }
  for (let mm = 0; mm < MAT.maxZ - MAT.minZ; mm += 10) {
    context.beginPath()
    context.moveTo(0, px(mm))
    context.lineTo(widthPx, px(mm))
    context.stroke()
  }
  // The box's contact shadow, a little behind it, away from the bench light.
  context.save()
  context.fillStyle = 'rgba(0, 0, 0, 0.6)'
  context.shadowColor = 'rgba(0, 0, 0, 0.85)'
  context.shadowBlur = 14
  context.beginPath()
  context.roundRect(
    px(-PBO.halfWidthMm - MAT.minX - 2),
    px(-PBO.halfDepthMm - MAT.minZ - 6),
    px(WIDTH_MM + 4),
    px(DEPTH_MM + 6),
    px(CORNER_MM),
  )
  context.fill()
  context.restore()
  // The earthing stud and the ESD mark in the front-left corner.
  const studX = px(18)
  const studY = heightPx - px(18)
  context.fillStyle = '#c9ced3'
  context.beginPath()
  context.arc(studX, studY, px(5), 0, Math.PI * 2)
  context.fill()
  context.fillStyle = '#8d949a'
  context.beginPath()
  context.arc(studX, studY, px(2.5), 0, Math.PI * 2)
  context.fill()
  const markX = px(40)
  const markY = heightPx - px(12)
  const size = px(14)
  context.fillStyle = '#f2c230'
  context.beginPath()
  context.moveTo(markX, markY)
  context.lineTo(markX + size, markY)
  context.lineTo(markX + size / 2, markY - size * 0.87)
  context.closePath()
  context.fill()
  context.fillStyle = '#2f3c46'
  context.font = `700 ${Math.round(px(5))}px ${PRINT_FONT}`
  context.textAlign = 'center'
  context.fillText('ESD', markX + size / 2, markY - px(2))
  context.strokeStyle = '#26313a'
  context.lineWidth = 3
  context.strokeRect(1.5, 1.5, widthPx - 3, heightPx - 3)
}

function drawLabel(context: CanvasRenderingContext2D, widthPx: number, heightPx: number) {
  context.fillStyle = '#f6f5ef'
  context.fillRect(0, 0, widthPx, heightPx)
  context.strokeStyle = '#1b1f23'
  context.lineWidth = 6
  context.strokeRect(10, 10, widthPx - 20, heightPx - 20)
  // The laser radiation warning (ISO 7010 W004).
  drawLaserTriangle(context, heightPx * 0.36, heightPx * 0.5, heightPx * 0.27)
  const left = heightPx * 0.74
  const textWidthPx = widthPx - left - 34
  context.fillStyle = '#1b1f23'
  context.textBaseline = 'alphabetic'
  fitText(context, 'FIBRE OPTIQUE', left, heightPx * 0.28, textWidthPx, 56, 700)
  fitText(context, 'Rayonnement laser invisible', left, heightPx * 0.43, textWidthPx, 30, 400)
  fitText(context, 'Ne pas regarder dans le faisceau', left, heightPx * 0.54, textWidthPx, 30, 400)
  context.fillStyle = '#c0392b'
  context.fillRect(left, heightPx * 0.62, textWidthPx, 5)
  context.fillStyle = '#1b1f23'
  fitText(context, 'PBO', left, heightPx * 0.8, textWidthPx, 48, 700)
  fitText(context, 'point de branchement optique', left, heightPx * 0.9, textWidthPx, 26, 400)
}

export function PboBox() {
  use(printFontReady())
  const shell = useGeometry(shellGeometry, [])
  const black = useGeometry(blackGeometry, [])
  const metal = useGeometry(steelGeometry, [])
  const stack = useGeometry(stackGeometry, [])
  const matWidthMm = MAT.maxX - MAT.minX
  const matDepthMm = MAT.maxZ - MAT.minZ
  const mat = useGeometry(
    () => printedBox(matWidthMm, MAT.thicknessMm, matDepthMm, { top: [0, 0, 1, 1] }, [0.3, 0.02, 0.32, 0.04]),
    [matWidthMm, matDepthMm],
  )
  const matMaterial = useMemo(() => {
    const widthPx = Math.round(matWidthMm * MAT_PX_PER_MM)
    const heightPx = Math.round(matDepthMm * MAT_PX_PER_MM)
    const texture = canvasTexture('pbo-bench-mat', widthPx, heightPx, (context) =>
      drawMat(context, widthPx, heightPx),
    )
    return surface('#ffffff', { roughness: 0.95, map: texture, key: 'pbo-bench-mat' })
  }, [matWidthMm, matDepthMm])
  const labelMaterial = useMemo(() => {
    const texture = canvasTexture('pbo-lid-label', 750, 400, (context) => drawLabel(context, 750, 400))
    return surface('#ffffff', { roughness: 0.6, map: texture, key: 'pbo-lid-label' })
  }, [])
  const benchWidthMm = BENCH.maxX - BENCH.minX + 2 * BENCH_MARGIN_MM
  const benchDepthMm = BENCH.maxZ - BENCH.minZ + 2 * BENCH_MARGIN_MM
  return (
    <group>
      <mesh
        position={[
          (BENCH.minX + BENCH.maxX) / 2,
          BENCH_Y - BENCH_THICKNESS_MM / 2,
          (BENCH.minZ + BENCH.maxZ) / 2,
        ]}
        material={benchTop()}
      >
        <boxGeometry args={[benchWidthMm, BENCH_THICKNESS_MM, benchDepthMm]} />
      </mesh>
      <mesh
        geometry={mat}
        position={[(MAT.minX + MAT.maxX) / 2, BENCH_Y + MAT.thicknessMm / 2, (MAT.minZ + MAT.maxZ) / 2]}
        material={matMaterial}
      />
      <mesh geometry={shell} material={pboShell()} />
      <mesh geometry={black} material={blackRubber()} />
      <mesh geometry={metal} material={steel()} />
      <mesh geometry={stack} material={cassettePlastic()} />
      {/* The label faces down inside the closed lid; turned with the lid, it faces the trainee. */}
      <group position={[0, LID.hingeY, LID.hingeZ]} rotation={LID_TURN}>
        <mesh
          position={[0, LID.heightMm - 3 - LID_LABEL.padMm - 0.05, LID_CENTRE_Z]}
          rotation={[Math.PI / 2, 0, 0]}
          material={labelMaterial}
        >
          <planeGeometry args={[LID_LABEL.widthMm, LID_LABEL.depthMm]} />
        </mesh>
      </group>
    </group>
  )
}
