/**
 * The precision cleaver (Fujikura CT-30 / CT-50 style): a compact grey die-cast body; on its deck the
 * fibre guide's groove, the rubber clamp pads either side of the blade line and the printed length scale
 * (a mark every millimetre, numbered at the cleave lengths the exercises use); the dark lid with its own
 * pads, hinged at the back; the orange blade carriage pushed from the front across the fibre line; and at
 * the right end the clear scrap collector that catches the cut-off glass.
 */
import { use, useMemo } from 'react'
import { CylinderGeometry } from 'three'
import { PRINT_FONT, canvasTexture, printFontReady } from '../../../src/kit/canvasTexture.ts'
import { clearPlastic, surface } from '../../../src/kit/materials.ts'
import { CLEAVER, MAT } from '../layout.ts'
import { CLEAVER_GUIDE } from '../places.ts'
import { box, mergeParts, roundedBlock } from '../../../src/kit/geometry.ts'
import { vGrooveBlock } from './vGroove.ts'
import { castMetal, glass, housing, rubber, steel } from './splicingMaterials.ts'
import { useGeometry } from '../../../src/kit/useGeometry.ts'

export type CleaverProps = {
  lidOpen: boolean
  /** The blade carriage along its travel: 0 = pulled out to the front, 1 = pushed through the fibre line. */
  bladePushed?: number
  /** A cut-off piece of glass lies in the collector. */
  scrapInCollector?: boolean
}

const BODY_HEIGHT_MM = 24
const BODY_TOP_Y = MAT.thicknessMm + BODY_HEIGHT_MM
const PAD_MM = 1.4
const PAD_TOP_Y = BODY_TOP_Y + PAD_MM
const HALF_WIDTH_MM = CLEAVER.widthMm / 2
const HALF_DEPTH_MM = CLEAVER.depthMm / 2

/**
 * Along the fibre, in the cleaver's frame: the blade line and the fibre line across the deck, where the
 * scene measures cleave lengths and seating (places.ts CLEAVER_GUIDE).
 */
const BLADE_X = CLEAVER_GUIDE.bladeX - CLEAVER.at.x
const FIBRE_Z = CLEAVER_GUIDE.z - CLEAVER.at.z
const SCALE_LENGTH_MM = 26

/** A fibre seated in the guide lies along x (on CLEAVER_GUIDE.z) with its axis at this height. */
export const CLEAVER_GUIDE_Y_MM = PAD_TOP_Y + 0.15

/** The clear scrap collector is fixed on the body's right side (outside CLEAVER.widthMm), where the glass falls. */
export const CLEAVER_COLLECTOR_WIDTH_MM = 14
const COLLECTOR = {
  x0: HALF_WIDTH_MM,
  widthMm: CLEAVER_COLLECTOR_WIDTH_MM,
  z0Mm: FIBRE_Z - 16,
  z1Mm: FIBRE_Z + 16,
  baseTopY: MAT.thicknessMm + 12,
  topY: BODY_TOP_Y + 4,
}

const LID = {
  x0: -HALF_WIDTH_MM + 2,
  x1: HALF_WIDTH_MM - 2,
  backZ: -HALF_DEPTH_MM + 3,
  frontZ: FIBRE_Z + 18,
  topY: MAT.thicknessMm + CLEAVER.heightMm,
}
/** The hinge's axis, at the barrel's centre behind the lid's back edge. */
const LID_HINGE = { y: PAD_TOP_Y + 3, z: -HALF_DEPTH_MM }
const LID_OPEN_DEG = 105
const PADS = [
  { x0: BLADE_X - 23, x1: BLADE_X - 3 },
  { x0: BLADE_X + 3, x1: HALF_WIDTH_MM - 2 },
]
const PAD_DEPTH_MM = 10

/** The carriage: blade disc centre from the front (pushed 0) to past the fibre line (pushed 1). */
const BLADE_Z = { start: HALF_DEPTH_MM - 8, end: FIBRE_Z - 13 }
const BLADE_RADIUS_MM = 5
const TAB = { widthMm: 10, heightMm: 7, depthMm: 9 }

const SCALE_PX_PER_MM = 40
const SCALE_DEPTH_MM = 6
/** The guide at the coating end: the coated fibre lies in its groove, in line with the pads. */
const GUIDE_LENGTH_MM = 16
const LID_LABEL = { widthMm: 44, depthMm: 16 }

function drawScale(context: CanvasRenderingContext2D, widthPx: number, heightPx: number) {
  context.fillStyle = '#e9ebe6'
  context.fillRect(0, 0, widthPx, heightPx)
  context.strokeStyle = '#1b1f23'
  context.fillStyle = '#1b1f23'
  context.lineWidth = 3
  // 0 at the blade (the right end); lengths grow toward the coating side, to the left.
  for (let mm = 0; mm <= SCALE_LENGTH_MM; mm++) {
    const x = widthPx - mm * SCALE_PX_PER_MM - 2
    const numbered = CLEAVER.scaleMarksMm.includes(mm)
    const tickPx = numbered ? heightPx * 0.55 : mm % 5 === 0 ? heightPx * 0.4 : heightPx * 0.25
    context.beginPath()
    context.moveTo(x, 0)
    context.lineTo(x, tickPx)
    context.stroke()
  }
  context.font = `700 ${Math.round(heightPx * 0.42)}px ${PRINT_FONT}`
  context.textAlign = 'center'
  context.textBaseline = 'bottom'
  for (const mm of CLEAVER.scaleMarksMm) {
    const x = widthPx - mm * SCALE_PX_PER_MM - 2
    context.fillStyle = '#c0392b'
    context.fillRect(x - 2, 0, 4, heightPx * 0.55)
    context.fillStyle = '#1b1f23'
    context.fillText(String(mm), x, heightPx - 2)
  }
}

function Scale() {
  const material = useMemo(() => {
    const widthPx = (SCALE_LENGTH_MM + 1) * SCALE_PX_PER_MM
    const heightPx = SCALE_DEPTH_MM * SCALE_PX_PER_MM
    const texture = canvasTexture(
      `cleaver-scale-${CLEAVER.scaleMarksMm.join('-')}`,
      widthPx,
      heightPx,
      (context) => drawScale(context, widthPx, heightPx),
    )
    return surface('#ffffff', { roughness: 0.6, map: texture, key: 'cleaver-scale' })
  }, [])
  return (
    <mesh
      position={[
        BLADE_X - (SCALE_LENGTH_MM + 1) / 2,
        BODY_TOP_Y + 0.05,
        FIBRE_Z + PAD_DEPTH_MM / 2 + 0.5 + SCALE_DEPTH_MM / 2,
      ]}
      rotation={[-Math.PI / 2, 0, 0]}
      material={material}
    >
      <planeGeometry args={[SCALE_LENGTH_MM + 1, SCALE_DEPTH_MM]} />
    </mesh>
  )
}

/** The lid's top: the tool's name, and an arrow saying which way the carriage goes. */
function LidLabel() {
  const material = useMemo(() => {
    const texture = canvasTexture('cleaver-lid-label', 512, 186, (context) => {
      context.fillStyle = '#1c2024'
      context.fillRect(0, 0, 512, 186)
      context.strokeStyle = '#8a9198'
      context.lineWidth = 6
      context.strokeRect(3, 3, 506, 180)
      context.fillStyle = '#e9ebe6'
      context.textBaseline = 'middle'
      context.font = `700 64px ${PRINT_FONT}`
      context.fillText('CLIVEUSE', 28, 70)
      context.font = `400 34px ${PRINT_FONT}`
      context.fillText('de précision', 30, 136)
      context.fillStyle = '#cf7a2e'
      context.beginPath()
      context.moveTo(430, 40)
      context.lineTo(470, 92)
      context.lineTo(444, 92)
      context.lineTo(444, 150)
      context.lineTo(416, 150)
      context.lineTo(416, 92)
      context.lineTo(390, 92)
      context.closePath()
      context.fill()
    })
    return surface('#ffffff', { roughness: 0.5, map: texture, key: 'cleaver-lid-label' })
  }, [])
  return (
    <mesh
      position={[
        (LID.x0 + LID.x1) / 2,
        LID.topY - LID_HINGE.y + 0.05,
        (LID.backZ + LID.frontZ) / 2 - LID_HINGE.z,
      ]}
      rotation={[-Math.PI / 2, 0, 0]}
      material={material}
    >
      <planeGeometry args={[LID_LABEL.widthMm, LID_LABEL.depthMm]} />
    </mesh>
  )
}

function Lid({ open }: { open: boolean }) {
  const depthMm = LID.frontZ - LID.backZ
  const bodyHeightMm = LID.topY - PAD_TOP_Y - PAD_MM
  const lid = useGeometry(
    () =>
      mergeParts([
        {
          geometry: roundedBlock(LID.x1 - LID.x0, bodyHeightMm, depthMm, { cornerMm: 4, edgeMm: 1.5 }),
          at: [
            (LID.x0 + LID.x1) / 2,
            PAD_TOP_Y + PAD_MM - LID_HINGE.y,
            (LID.backZ + LID.frontZ) / 2 - LID_HINGE.z,
          ],
        },
        {
          // The hinge barrel, on the hinge's axis so it turns in place.
          geometry: new CylinderGeometry(3, 3, LID.x1 - LID.x0 - 10, 10),
          at: [(LID.x0 + LID.x1) / 2, 0, 0],
          rotation: [0, 0, Math.PI / 2],
        },
      ]),
    [],
  )
  const pads = useGeometry(
    () =>
      mergeParts(
        PADS.map(({ x0, x1 }) =>
          box(x1 - x0, PAD_MM, PAD_DEPTH_MM, [
            (x0 + x1) / 2,
            PAD_TOP_Y + PAD_MM / 2 - LID_HINGE.y,
            FIBRE_Z - LID_HINGE.z,
          ]),
        ),
      ),
    [],
  )
  return (
    <group
      position={[0, LID_HINGE.y, LID_HINGE.z]}
      rotation={[open ? (-LID_OPEN_DEG * Math.PI) / 180 : 0, 0, 0]}
    >
      <mesh geometry={lid} material={housing()} />
      <mesh geometry={pads} material={rubber()} />
      <LidLabel />
    </group>
  )
}

function Carriage({ pushed }: { pushed: number }) {
  const travel = Math.min(1, Math.max(0, pushed))
  const z = BLADE_Z.start + (BLADE_Z.end - BLADE_Z.start) * travel
  const disc = useGeometry(() => new CylinderGeometry(BLADE_RADIUS_MM, BLADE_RADIUS_MM, 0.8, 20), [])
  // The blade's edge just reaches the fibre's underside: it scores the glass, the lid's anvil breaks it.
  const discCentreY = PAD_TOP_Y - BLADE_RADIUS_MM - 0.05
  return (
    <group position={[BLADE_X, 0, z]}>
      <mesh
        geometry={disc}
        material={steel()}
        position={[0, discCentreY, 0]}
        rotation={[0, 0, Math.PI / 2]}
      />
      {/* The thumb tab rides 1 mm deep in the blade's channel, just in front of the disc. */}
      <mesh
        position={[0, BODY_TOP_Y + TAB.heightMm / 2 - 1, BLADE_RADIUS_MM + TAB.depthMm / 2]}
        material={surface('#cf7a2e', { roughness: 0.5, key: 'cleaver-tab' })}
      >
        <boxGeometry args={[TAB.widthMm, TAB.heightMm, TAB.depthMm]} />
      </mesh>
    </group>
  )
}

export function Cleaver({ lidOpen, bladePushed = 0, scrapInCollector = false }: CleaverProps) {
  use(printFontReady())
  const collectorX = COLLECTOR.x0 + COLLECTOR.widthMm / 2
  const collectorDepthMm = COLLECTOR.z1Mm - COLLECTOR.z0Mm
  const collectorZ = (COLLECTOR.z0Mm + COLLECTOR.z1Mm) / 2
  const body = useGeometry(
    () =>
      mergeParts([
        {
          geometry: roundedBlock(CLEAVER.widthMm, BODY_HEIGHT_MM, CLEAVER.depthMm, {
            cornerMm: 6,
            edgeMm: 2,
          }),
          at: [0, MAT.thicknessMm, 0],
        },
        // The fibre guide at the coating end: a raised rail the coated fibre rests along.
        {
          geometry: vGrooveBlock(GUIDE_LENGTH_MM, 8, {
            bottomY: BODY_TOP_Y - 0.5,
            apexY: CLEAVER_GUIDE_Y_MM - 0.35,
            topY: CLEAVER_GUIDE_Y_MM + 0.6,
          }),
          at: [LID.x0 - 1, 0, FIBRE_Z],
        },
        {
          geometry: roundedBlock(COLLECTOR.widthMm, COLLECTOR.baseTopY - MAT.thicknessMm, collectorDepthMm, {
            cornerMm: 3,
            edgeMm: 1,
          }),
          at: [collectorX, MAT.thicknessMm, collectorZ],
        },
      ]),
    [],
  )
  const rubberParts = useGeometry(
    () =>
      mergeParts([
        ...PADS.map(({ x0, x1 }) =>
          box(x1 - x0, PAD_MM, PAD_DEPTH_MM, [(x0 + x1) / 2, BODY_TOP_Y + PAD_MM / 2, FIBRE_Z]),
        ),
        // The blade's channel, across the deck to the front edge.
        box(3, 0.2, HALF_DEPTH_MM - BLADE_Z.end + BLADE_RADIUS_MM, [
          BLADE_X,
          BODY_TOP_Y + 0.1,
          (HALF_DEPTH_MM + BLADE_Z.end - BLADE_RADIUS_MM) / 2,
        ]),
      ]),
    [],
  )
  const collectorHeightMm = COLLECTOR.topY - COLLECTOR.baseTopY
  return (
    <group position={[CLEAVER.at.x, 0, CLEAVER.at.z]}>
      <mesh geometry={body} material={castMetal()} />
      <mesh geometry={rubberParts} material={rubber()} />
      <Scale />
      <Lid open={lidOpen} />
      <Carriage pushed={bladePushed} />
      <mesh
        position={[collectorX, COLLECTOR.baseTopY + collectorHeightMm / 2, collectorZ]}
        material={clearPlastic('#9fb7c9', 0.32)}
      >
        <boxGeometry args={[COLLECTOR.widthMm, collectorHeightMm, collectorDepthMm]} />
      </mesh>
      {scrapInCollector ? (
        <mesh
          position={[collectorX, COLLECTOR.baseTopY + 0.5, collectorZ + 3]}
          rotation={[0, 0.5, Math.PI / 2]}
          material={glass()}
        >
          <cylinderGeometry args={[0.35, 0.35, 11, 6]} />
        </mesh>
      ) : null}
    </group>
  )
}
