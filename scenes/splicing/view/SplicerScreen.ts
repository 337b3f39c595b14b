/**
 * What a core-alignment splicer's monitor shows (Fujikura 41S / Sumitomo T-400S style): the two camera
 * views X and Y of the fibre ends, the measured cleave angles, the estimated loss after the arc and a
 * status line. Drawn on a 2D canvas; the caller (useScreenTexture) turns it into the display's texture.
 */
import { PRINT_FONT } from '../../../src/kit/canvasTexture.ts'

export type ScreenView = {
  status: string
  leftAngleDeg?: number
  rightAngleDeg?: number
  lossDb?: number
  bubble?: boolean
  offsetUm?: number
  leftPresent: boolean
  rightPresent: boolean
  language?: 'fr' | 'en'
}

/** The canvas size; 4:3 like the display area on the splicer's bezel. */
export const SCREEN_WIDTH_PX = 512
export const SCREEN_HEIGHT_PX = 384

/**
 * A 0.5° cleave is invisible at screen scale; drawn ten times steeper, the trainee sees a good end
 * face as nearly square and a bad one as clearly slanted (a teaching exaggeration, not the optics).
 */
const ANGLE_EXAGGERATION = 10
/** Lateral offsets are exaggerated the same way: 1 µm would be under one pixel. */
const OFFSET_PX_PER_UM = 4
const MAX_OFFSET_PX = 28
/** The fibre's 125 µm cladding as drawn, and the gap the splicer leaves between the ends before the arc. */
const FIBRE_BAND_PX = 78
const END_GAP_PX = 18

const TOP_BAR_PX = 34
const VIEW_TOP_PX = 40
const VIEW_HEIGHT_PX = 200
const VIEW_MARGIN_PX = 6
const STATUS_BAR_PX = 46

const LOSS_LABEL = { fr: 'Perte estimée', en: 'Est. loss' } as const

type ViewBox = { x: number; y: number; width: number; height: number }

/** The fibre's look in a splicer camera: dark refracting edges, a light body and a bright core line. */
function fibreFill(context: CanvasRenderingContext2D, top: number): CanvasGradient {
  const gradient = context.createLinearGradient(0, top, 0, top + FIBRE_BAND_PX)
  gradient.addColorStop(0, '#1c1f22')
  gradient.addColorStop(0.1, '#8d9296')
  gradient.addColorStop(0.3, '#d6d9dc')
  gradient.addColorStop(0.46, '#f2f4f5')
  gradient.addColorStop(0.5, '#ffffff')
  gradient.addColorStop(0.54, '#f2f4f5')
  gradient.addColorStop(0.7, '#d6d9dc')
  gradient.addColorStop(0.9, '#8d9296')
  gradient.addColorStop(1, '#1c1f22')
  return gradient
}

/**
 * One fibre entering from `side` and ending at `endX` (on the band's centre line), its end face slanted
 * by its cleave angle; after the arc the caller passes 0 and the two halves meet as one fused fibre.
 */
function drawFibre(
  context: CanvasRenderingContext2D,
  box: ViewBox,
  side: 'L' | 'R',
  endX: number,
  centreY: number,
  angleDeg: number,
) {
  const top = centreY - FIBRE_BAND_PX / 2
  const bottom = centreY + FIBRE_BAND_PX / 2
  const lean = Math.tan(((angleDeg * ANGLE_EXAGGERATION) / 180) * Math.PI) * (FIBRE_BAND_PX / 2)
  const outerX = side === 'L' ? box.x : box.x + box.width
  // Left and right faces lean opposite ways, as two independent cleaves usually do.
  const leanSigned = side === 'L' ? lean : -lean
  context.fillStyle = fibreFill(context, top)
  context.beginPath()
  context.moveTo(outerX, top)
  context.lineTo(endX + leanSigned, top)
  context.lineTo(endX - leanSigned, bottom)
  context.lineTo(outerX, bottom)
  context.closePath()
  context.fill()
}

function drawCameraView(
  context: CanvasRenderingContext2D,
  box: ViewBox,
  label: string,
  view: ScreenView,
  offsetPx: number,
) {
  const background = context.createRadialGradient(
    box.x + box.width / 2,
    box.y + box.height / 2,
    10,
    box.x + box.width / 2,
    box.y + box.height / 2,
    box.width * 0.7,
  )
  background.addColorStop(0, '#80858a')
  background.addColorStop(1, '#4e5257')
  context.fillStyle = background
  context.fillRect(box.x, box.y, box.width, box.height)

  context.save()
  context.beginPath()
  context.rect(box.x, box.y, box.width, box.height)
  context.clip()
  const centreX = box.x + box.width / 2
  const centreY = box.y + box.height / 2
  const spliced = view.lossDb !== undefined
  const halfGap = spliced ? 0 : END_GAP_PX / 2
  if (view.leftPresent) {
    drawFibre(context, box, 'L', centreX - halfGap, centreY, spliced ? 0 : (view.leftAngleDeg ?? 0))
  }
  if (view.rightPresent) {
    drawFibre(
      context,
      box,
      'R',
      centreX + halfGap,
      centreY + offsetPx,
      spliced ? 0 : (view.rightAngleDeg ?? 0),
    )
  }
  if (spliced && view.bubble) {
    context.fillStyle = '#17191b'
    context.strokeStyle = '#b9bdc1'
    context.lineWidth = 2
    context.beginPath()
    context.ellipse(centreX, centreY + offsetPx / 2, 11, 17, 0, 0, Math.PI * 2)
    context.fill()
    context.stroke()
  }
  // The electrode axis: the reference every splicer draws across its views.
  context.strokeStyle = 'rgba(255, 214, 90, 0.55)'
  context.setLineDash([6, 6])
  context.lineWidth = 1.5
  context.beginPath()
  context.moveTo(centreX, box.y)
  context.lineTo(centreX, box.y + box.height)
  context.stroke()
  context.setLineDash([])
  context.restore()

  context.fillStyle = '#ffffff'
  context.font = `700 20px ${PRINT_FONT}`
  context.textBaseline = 'top'
  context.fillText(label, box.x + 8, box.y + 6)
}

/** Writes `text` in bold at `sizePx`, smaller if needed so it fits in `maxWidthPx`. */
function fitText(
  context: CanvasRenderingContext2D,
  text: string,
  x: number,
  y: number,
  sizePx: number,
  maxWidthPx: number,
) {
  let size = sizePx
  context.font = `700 ${size}px ${PRINT_FONT}`
  while (size > 12 && context.measureText(text).width > maxWidthPx) {
    size -= 1
    context.font = `700 ${size}px ${PRINT_FONT}`
  }
  context.fillText(text, x, y)
}

export function drawSplicerScreen(context: CanvasRenderingContext2D, view: ScreenView) {
  const width = SCREEN_WIDTH_PX
  const height = SCREEN_HEIGHT_PX
  context.fillStyle = '#0b1016'
  context.fillRect(0, 0, width, height)

  context.fillStyle = '#16324c'
  context.fillRect(0, 0, width, TOP_BAR_PX)
  context.fillStyle = '#ffffff'
  context.font = `700 20px ${PRINT_FONT}`
  context.textBaseline = 'middle'
  context.fillText('SM AUTO', 12, TOP_BAR_PX / 2)
  // A battery gauge, as on every field splicer.
  context.strokeStyle = '#ffffff'
  context.lineWidth = 2
  context.strokeRect(width - 52, 10, 36, 15)
  context.fillRect(width - 16, 14, 4, 7)
  context.fillStyle = '#6ccf6c'
  context.fillRect(width - 49, 13, 24, 9)

  const offsetPx = Math.min(MAX_OFFSET_PX, Math.max(0, view.offsetUm ?? 0) * OFFSET_PX_PER_UM)
  const viewWidth = (width - VIEW_MARGIN_PX * 3) / 2
  drawCameraView(
    context,
    { x: VIEW_MARGIN_PX, y: VIEW_TOP_PX, width: viewWidth, height: VIEW_HEIGHT_PX },
    'X',
    view,
    offsetPx,
  )
  // The Y camera looks at the joint at right angles to X, so the same offset shows a different amount.
  drawCameraView(
    context,
    { x: VIEW_MARGIN_PX * 2 + viewWidth, y: VIEW_TOP_PX, width: viewWidth, height: VIEW_HEIGHT_PX },
    'Y',
    view,
    -offsetPx * 0.6,
  )

  const readingsTop = VIEW_TOP_PX + VIEW_HEIGHT_PX + 10
  context.fillStyle = '#ffffff'
  context.textBaseline = 'top'
  const angles = [
    view.leftAngleDeg === undefined ? null : `L ${view.leftAngleDeg.toFixed(1)}°`,
    view.rightAngleDeg === undefined ? null : `R ${view.rightAngleDeg.toFixed(1)}°`,
  ].filter((text) => text !== null)
  if (angles.length > 0) fitText(context, angles.join('   '), 14, readingsTop, 30, width - 28)
  if (view.lossDb !== undefined) {
    context.fillStyle = '#ffd65a'
    fitText(
      context,
      `${LOSS_LABEL[view.language ?? 'fr']} ${view.lossDb.toFixed(2)} dB`,
      14,
      readingsTop + 40,
      28,
      width - 28,
    )
  }

  context.fillStyle = '#1f4466'
  context.fillRect(0, height - STATUS_BAR_PX, width, STATUS_BAR_PX)
  context.fillStyle = '#ffffff'
  context.textBaseline = 'middle'
  fitText(context, view.status, 14, height - STATUS_BAR_PX / 2, 24, width - 28)
}
