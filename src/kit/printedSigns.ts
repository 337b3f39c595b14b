/**
 * What the scenes print on their stickers and plates, drawn on a 2D canvas: text fitted to its box,
 * and the laser radiation warning every fibre enclosure carries (ISO 7010 W004).
 */
import { PRINT_FONT } from './canvasTexture.ts'

/** Writes `text` at (x, y), aligned as the context says, in the largest size up to `sizePx` that fits in `widthPx`. */
export function fitText(
  context: CanvasRenderingContext2D,
  text: string,
  x: number,
  y: number,
  widthPx: number,
  sizePx: number,
  weight: 400 | 700,
) {
  let size = sizePx
  context.font = `${weight} ${size}px ${PRINT_FONT}`
  while (size > 8 && context.measureText(text).width > widthPx) {
    size -= 1
    context.font = `${weight} ${size}px ${PRINT_FONT}`
  }
  context.fillText(text, x, y)
}

/** ISO 7010 W004: a yellow triangle with a black border, the laser's starburst with one long ray. */
export function drawLaserTriangle(context: CanvasRenderingContext2D, cx: number, cy: number, size: number) {
  context.fillStyle = '#f5c400'
  context.strokeStyle = '#111111'
  context.lineJoin = 'round'
  context.lineWidth = size * 0.09
  context.beginPath()
  context.moveTo(cx, cy - size)
  context.lineTo(cx + size * 1.12, cy + size * 0.9)
  context.lineTo(cx - size * 1.12, cy + size * 0.9)
  context.closePath()
  context.fill()
  context.stroke()
  const burstY = cy + size * 0.32
  context.fillStyle = '#111111'
  context.beginPath()
  context.arc(cx, burstY, size * 0.12, 0, Math.PI * 2)
  context.fill()
  context.lineWidth = size * 0.045
  for (let ray = 0; ray < 12; ray++) {
    const angle = (ray / 12) * Math.PI * 2
    const outer = ray === 6 ? size * 0.85 : size * 0.38
    context.beginPath()
    context.moveTo(cx + Math.cos(angle) * size * 0.18, burstY + Math.sin(angle) * size * 0.18)
    context.lineTo(cx + Math.cos(angle) * outer, burstY + Math.sin(angle) * outer)
    context.stroke()
  }
}
