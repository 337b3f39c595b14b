/**
 * The bench and its black work mat: fibre scraps and bare fibres show on black (FOA safety rules,
 * docs/reference/domain-procedures.md §0). The mat carries the soft contact shadows of the tools that
 * never move (baked into its print, so they cost nothing per frame: the scene has no shadow maps) and
 * a printed millimetre ruler along its front edge, to read strip and cleave lengths against.
 */
import { use, useMemo } from 'react'
import { PRINT_FONT, canvasTexture, printFontReady } from '../../../src/kit/canvasTexture.ts'
import { surface } from '../../../src/kit/materials.ts'
import { ALCOHOL_PUMP, CLEAVER, MAT, SCRAP_BIN, SLEEVE_TRAY, SPLICER, WIPES } from '../layout.ts'
import { PUMP_RADIUS_MM } from './AlcoholPump.tsx'
import { CLEAVER_COLLECTOR_WIDTH_MM } from './Cleaver.tsx'
import { SCRAP_BIN_SIZE } from './ScrapBin.tsx'
import { TRAY_SIZE } from './SleeveTray.tsx'
import { WIPES_BOX } from './Wipes.tsx'

/** The ruler printed on the mat: from x0Mm to the right, lengthMm long, centred on zMm. */
export const MAT_RULER = { x0Mm: -150, lengthMm: 300, zMm: MAT.depthMm / 2 - 13, depthMm: 16 }

const MAT_COLOUR = '#212427'
const INK = '#9aa3aa'
const MAT_PX_PER_MM = 1.35
const RULER_PX_PER_MM = 6.8

/** Footprints that cast a shadow on the mat: centre, size and corner radius, in mm. */
type Footprint = { x: number; z: number; widthMm: number; depthMm: number; radiusMm: number }

const FOOTPRINTS: Footprint[] = [
  { ...SPLICER.at, widthMm: SPLICER.widthMm + 6, depthMm: SPLICER.depthMm + 6, radiusMm: 14 },
  {
    x: CLEAVER.at.x + CLEAVER_COLLECTOR_WIDTH_MM / 2,
    z: CLEAVER.at.z,
    widthMm: CLEAVER.widthMm + CLEAVER_COLLECTOR_WIDTH_MM,
    depthMm: CLEAVER.depthMm,
    radiusMm: 6,
  },
  { ...ALCOHOL_PUMP.at, widthMm: PUMP_RADIUS_MM * 2, depthMm: PUMP_RADIUS_MM * 2, radiusMm: PUMP_RADIUS_MM },
  { ...WIPES.at, widthMm: WIPES_BOX.widthMm, depthMm: WIPES_BOX.depthMm, radiusMm: 3 },
  { ...SLEEVE_TRAY.at, widthMm: TRAY_SIZE.widthMm, depthMm: TRAY_SIZE.depthMm, radiusMm: 4 },
  { ...SCRAP_BIN.at, widthMm: SCRAP_BIN_SIZE.widthMm, depthMm: SCRAP_BIN_SIZE.depthMm, radiusMm: 4 },
]

function drawMat(context: CanvasRenderingContext2D, widthPx: number, heightPx: number) {
  context.fillStyle = MAT_COLOUR
  context.fillRect(0, 0, widthPx, heightPx)
  context.fillStyle = 'rgba(0, 0, 0, 0.55)'
  context.shadowColor = 'rgba(0, 0, 0, 0.8)'
  context.shadowBlur = 10
  for (const footprint of FOOTPRINTS) {
    const x = (footprint.x + MAT.widthMm / 2 - footprint.widthMm / 2) * MAT_PX_PER_MM
    const y = (footprint.z + MAT.depthMm / 2 - footprint.depthMm / 2) * MAT_PX_PER_MM
    context.beginPath()
    context.roundRect(
      x,
      y,
      footprint.widthMm * MAT_PX_PER_MM,
      footprint.depthMm * MAT_PX_PER_MM,
      footprint.radiusMm * MAT_PX_PER_MM,
    )
    context.fill()
  }
  context.shadowBlur = 0
  context.strokeStyle = '#33383c'
  context.lineWidth = 3
  context.strokeRect(1.5, 1.5, widthPx - 3, heightPx - 3)
}

function drawRuler(context: CanvasRenderingContext2D, widthPx: number, heightPx: number) {
  context.fillStyle = MAT_COLOUR
  context.fillRect(0, 0, widthPx, heightPx)
  context.strokeStyle = INK
  context.fillStyle = INK
  context.lineWidth = 2
  context.font = `700 30px ${PRINT_FONT}`
  context.textAlign = 'center'
  context.textBaseline = 'bottom'
  for (let mm = 0; mm <= MAT_RULER.lengthMm; mm++) {
    const x = Math.min(widthPx - 1, Math.max(1, mm * RULER_PX_PER_MM))
    const tickPx = mm % 10 === 0 ? 40 : mm % 5 === 0 ? 28 : 16
    context.beginPath()
    context.moveTo(x, 0)
    context.lineTo(x, tickPx)
    context.stroke()
    if (mm % 10 === 0 && mm > 0 && mm < MAT_RULER.lengthMm) context.fillText(String(mm / 10), x, heightPx - 8)
  }
  context.textAlign = 'left'
  context.font = `400 24px ${PRINT_FONT}`
  context.fillText('cm', 8, heightPx - 8)
}

export function Bench() {
  use(printFontReady())
  const matMaterial = useMemo(() => {
    const widthPx = Math.round(MAT.widthMm * MAT_PX_PER_MM)
    const heightPx = Math.round(MAT.depthMm * MAT_PX_PER_MM)
    const texture = canvasTexture('splicing-mat', widthPx, heightPx, (context) =>
      drawMat(context, widthPx, heightPx),
    )
    return surface('#ffffff', { roughness: 0.95, map: texture, key: 'splicing-mat' })
  }, [])
  const rulerMaterial = useMemo(() => {
    const widthPx = Math.round(MAT_RULER.lengthMm * RULER_PX_PER_MM)
    const heightPx = Math.round(MAT_RULER.depthMm * RULER_PX_PER_MM)
    const texture = canvasTexture('splicing-mat-ruler', widthPx, heightPx, (context) =>
      drawRuler(context, widthPx, heightPx),
    )
    return surface('#ffffff', { roughness: 0.95, map: texture, key: 'splicing-ruler' })
  }, [])
  return (
    <group>
      <mesh position={[0, -15, 0]} material={surface('#b89a74', { roughness: 0.8, key: 'bench' })}>
        <boxGeometry args={[1400, 30, 900]} />
      </mesh>
      <mesh position={[0, MAT.thicknessMm / 2, 0]} material={matMaterial}>
        <boxGeometry args={[MAT.widthMm, MAT.thicknessMm, MAT.depthMm]} />
      </mesh>
      <mesh
        position={[MAT_RULER.x0Mm + MAT_RULER.lengthMm / 2, MAT.thicknessMm + 0.05, MAT_RULER.zMm]}
        rotation={[-Math.PI / 2, 0, 0]}
        material={rulerMaterial}
      >
        <planeGeometry args={[MAT_RULER.lengthMm, MAT_RULER.depthMm]} />
      </mesh>
    </group>
  )
}
