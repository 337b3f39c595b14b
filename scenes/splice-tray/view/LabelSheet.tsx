/**
 * The sheet of self-adhesive labels printed for the job, lying on the bench: three white labels on their
 * glossy backing, each with the line it names in black capitals and its letter in a corner. A label taken
 * leaves its die-cut place empty on the backing. The label the trainee stuck is drawn on the cassette's
 * front lip. One printed canvas for the sheet and every label, so the sheet and the stuck label cost three
 * draw calls.
 */
import type { ThreeEvent } from '@react-three/fiber'
import { use, useMemo } from 'react'
import type { Material } from 'three'
import { PRINT_FONT, canvasTexture, printFontReady } from '../../../src/kit/canvasTexture.ts'
import { mergeParts, printedBox } from '../../../src/kit/geometry.ts'
import type { AtlasRect } from '../../../src/kit/geometry.ts'
import { surface } from '../../../src/kit/materials.ts'
import { useGeometry } from '../../../src/kit/useGeometry.ts'
import { BENCH_Y, CASSETTE, LABEL_ZONE } from '../layout.ts'

export type SheetLabel = { id: string; text: string; used: boolean }

export type LabelSheetProps = {
  /** The sheet's centre on the bench; its labels run along z, the first at the back. */
  at: { x: number; z: number }
  labels: SheetLabel[]
  onLabelPointerDown?: (id: string, event: ThreeEvent<PointerEvent>) => void
  /** The label stuck on the cassette's front lip, `offsetMm` along x from the label zone's centre. */
  applied: { text: string; offsetMm: number } | null
}

const LABEL = { widthMm: 60, depthMm: 12, thicknessMm: 0.25 }
/** Labels along z at this pitch, centred on the sheet (as places.ts labelOnSheet aims at them). */
const LABEL_PITCH_MM = 20
const SHEET = { widthMm: 72, depthMm: 3 * LABEL_PITCH_MM + 10, thicknessMm: 0.2 }
/** Stuck on the lip it is the same label, at the wall's scale: 8 mm tall, under the lip's 12 mm. */
const STUCK = { widthMm: 40, heightMm: 8, thicknessMm: 0.3 }
const PX_PER_MM = 12
/** Glossy silicone backing paper, tan so the white labels stand out on it. */
const BACKING_COLOUR = '#e3d3a6'
const LABEL_COLOUR = '#ffffff'
/** Triangles of each box in a merged geometry (two per face). */
const BOX_TRIANGLES = 12

/**
 * The printed canvas: the backing sheet at the top, then one strip per label face, then a plain white
 * and a plain backing square for the boxes' edges.
 */
type Atlas = {
  widthPx: number
  heightPx: number
  sheet: AtlasRect
  faces: AtlasRect[]
  white: AtlasRect
  backing: AtlasRect
}

function atlasOf(count: number): Atlas {
  const widthPx = SHEET.widthMm * PX_PER_MM
  const sheetPx = SHEET.depthMm * PX_PER_MM
  const facePx = LABEL.depthMm * PX_PER_MM
  const heightPx = sheetPx + count * facePx + facePx
  const rect = (x0: number, y0: number, x1: number, y1: number): AtlasRect => [
    x0 / widthPx,
    y0 / heightPx,
    x1 / widthPx,
    y1 / heightPx,
  ]
  const labelPx = LABEL.widthMm * PX_PER_MM
  const restTop = sheetPx + count * facePx
  return {
    widthPx,
    heightPx,
    sheet: rect(0, 0, widthPx, sheetPx),
    faces: Array.from({ length: count }, (_, i) =>
      rect(0, sheetPx + i * facePx, labelPx, sheetPx + (i + 1) * facePx),
    ),
    white: rect(4, restTop + 4, facePx - 4, heightPx - 4),
    backing: rect(facePx + 4, restTop + 4, 2 * facePx - 4, heightPx - 4),
  }
}

/** Where label `index` of `count` lies on the sheet, from the sheet's centre along z. */
function rowZ(index: number, count: number): number {
  return (index - (count - 1) / 2) * LABEL_PITCH_MM
}

/** A right arrow drawn as a path: the print font has no "→". */
function arrow(context: CanvasRenderingContext2D, x: number, midY: number, lengthPx: number, sizePx: number) {
  context.lineWidth = sizePx * 0.11
  context.beginPath()
  context.moveTo(x, midY)
  context.lineTo(x + lengthPx, midY)
  context.moveTo(x + lengthPx - sizePx * 0.32, midY - sizePx * 0.3)
  context.lineTo(x + lengthPx, midY)
  context.lineTo(x + lengthPx - sizePx * 0.32, midY + sizePx * 0.3)
  context.stroke()
}

/** Bold capitals at the largest size up to `sizePx` that fits in `maxWidthPx`. */
function fitFont(
  context: CanvasRenderingContext2D,
  text: string,
  sizePx: number,
  maxWidthPx: number,
): number {
  let size = sizePx
  context.font = `700 ${size}px ${PRINT_FONT}`
  while (size > 8 && context.measureText(text).width > maxWidthPx) {
    size -= 1
    context.font = `700 ${size}px ${PRINT_FONT}`
  }
  return size
}

/**
 * One label's face: its letter small in the top-left corner, the line in two rows (cable, tube and
 * fibres; then the arrow and the PTO's reference), centred.
 */
function drawLabel(context: CanvasRenderingContext2D, id: string, text: string, top: number) {
  const width = LABEL.widthMm * PX_PER_MM
  const height = LABEL.depthMm * PX_PER_MM
  context.fillStyle = LABEL_COLOUR
  context.fillRect(0, top, width, height)
  context.fillStyle = '#111111'
  context.strokeStyle = '#111111'
  context.textBaseline = 'middle'
  context.textAlign = 'left'
  context.font = `700 ${Math.round(height * 0.2)}px ${PRINT_FONT}`
  context.fillText(id, height * 0.1, top + height * 0.17)
  const [from = '', to] = text
    .toUpperCase()
    .split('→')
    .map((part) => part.trim())
  const rows = to === undefined ? [from] : [from, to]
  const rowPx = (height * 0.78) / rows.length
  rows.forEach((row, i) => {
    const midY = top + height * 0.14 + rowPx * (i + 0.5)
    const arrowPx = i === 1 ? rowPx * 1.1 : 0
    const size = fitFont(context, row, Math.round(rowPx * 0.82), width * 0.84 - arrowPx)
    const rowWidth = context.measureText(row).width + arrowPx
    const x = (width - rowWidth) / 2
    if (arrowPx) arrow(context, x, midY, arrowPx * 0.8, size)
    context.fillText(row, x + arrowPx, midY)
  })
}

/** The backing: the job's header, and each label's die-cut outline, empty where a label was taken. */
function drawSheet(context: CanvasRenderingContext2D, count: number) {
  const width = SHEET.widthMm * PX_PER_MM
  const height = SHEET.depthMm * PX_PER_MM
  context.fillStyle = BACKING_COLOUR
  context.fillRect(0, 0, width, height)
  context.fillStyle = '#8c7a4e'
  context.font = `700 ${2.2 * PX_PER_MM}px ${PRINT_FONT}`
  context.textBaseline = 'middle'
  context.textAlign = 'left'
  context.fillText('ÉTIQUETTES PBO', 6 * PX_PER_MM, 2.6 * PX_PER_MM)
  context.strokeStyle = '#c4b283'
  context.lineWidth = 3
  for (let i = 0; i < count; i++) {
    const z = (SHEET.depthMm / 2 + rowZ(i, count) - LABEL.depthMm / 2) * PX_PER_MM
    context.beginPath()
    context.roundRect(6 * PX_PER_MM, z, LABEL.widthMm * PX_PER_MM, LABEL.depthMm * PX_PER_MM, PX_PER_MM)
    context.stroke()
  }
}

function useSheetTexture(entries: { id: string; text: string }[]) {
  const key = entries.map(({ id, text }) => `${id}:${text}`).join('|')
  return useMemo(() => {
    const list = key.split('|').map((entry) => {
      const colon = entry.indexOf(':')
      return { id: entry.slice(0, colon), text: entry.slice(colon + 1) }
    })
    const atlas = atlasOf(list.length)
    const texture = canvasTexture(`label-sheet|${key}`, atlas.widthPx, atlas.heightPx, (context) => {
      drawSheet(context, list.length)
      list.forEach(({ id, text }, i) =>
        drawLabel(context, id, text, atlas.sheet[3] * atlas.heightPx + i * LABEL.depthMm * PX_PER_MM),
      )
      context.fillStyle = LABEL_COLOUR
      context.fillRect(0, atlas.white[1] * atlas.heightPx - 4, atlas.widthPx, atlas.heightPx)
      context.fillStyle = BACKING_COLOUR
      context.fillRect(
        atlas.backing[0] * atlas.widthPx - 4,
        atlas.backing[1] * atlas.heightPx - 4,
        atlas.widthPx,
        atlas.heightPx,
      )
    })
    return { atlas, material: surface('#ffffff', { roughness: 0.45, map: texture, key: 'label-sheet' }) }
  }, [key])
}

/** The labels still on the sheet (`rows`: their indices, comma-separated), merged in that order. */
function Labels({
  atlas,
  material,
  rows,
  count,
  onPointerDown,
}: {
  atlas: Atlas
  material: Material
  rows: string
  count: number
  onPointerDown: (row: number, event: ThreeEvent<PointerEvent>) => void
}) {
  const faces = useGeometry(
    () =>
      mergeParts(
        rows.split(',').map((row) => ({
          geometry: printedBox(
            LABEL.widthMm,
            LABEL.thicknessMm,
            LABEL.depthMm,
            { top: atlas.faces[Number(row)] },
            atlas.white,
          ),
          at: [0, SHEET.thicknessMm / 2 + LABEL.thicknessMm / 2, rowZ(Number(row), count)],
        })),
      ),
    [atlas, rows, count],
  )
  return (
    <mesh
      geometry={faces}
      material={material}
      // Merged in the order of `rows`: the face hit says which label it is.
      onPointerDown={(event) => onPointerDown(Math.floor((event.faceIndex ?? 0) / BOX_TRIANGLES), event)}
    />
  )
}

export function LabelSheet({ at, labels, onLabelPointerDown, applied }: LabelSheetProps) {
  use(printFontReady())
  // The stuck label is one of the sheet's; should it not be, it still gets its own face on the canvas.
  const stuckIsOwn = applied !== null && !labels.some((label) => label.text === applied.text)
  const entries = stuckIsOwn && applied ? [...labels, { id: '', text: applied.text }] : labels
  const { atlas, material } = useSheetTexture(entries)
  const stuckFace = applied ? entries.findIndex((label) => label.text === applied.text) : -1
  const shown = labels.map((label, index) => ({ ...label, index })).filter((label) => !label.used)
  const shownKey = shown.map(({ index }) => index).join()

  const sheet = useGeometry(
    () => printedBox(SHEET.widthMm, SHEET.thicknessMm, SHEET.depthMm, { top: atlas.sheet }, atlas.backing),
    [atlas],
  )
  const stuck = useGeometry(
    () =>
      printedBox(
        STUCK.widthMm,
        STUCK.heightMm,
        STUCK.thicknessMm,
        { front: atlas.faces[Math.max(stuckFace, 0)] },
        atlas.white,
      ),
    [atlas, stuckFace],
  )
  return (
    <group>
      <group position={[at.x, BENCH_Y + SHEET.thicknessMm / 2, at.z]}>
        <mesh geometry={sheet} material={material} />
        {shown.length > 0 ? (
          <Labels
            atlas={atlas}
            material={material}
            rows={shownKey}
            count={labels.length}
            onPointerDown={(row, event) => {
              const label = shown[row]
              if (label && onLabelPointerDown) onLabelPointerDown(label.id, event)
            }}
          />
        ) : null}
      </group>
      {applied ? (
        <mesh
          geometry={stuck}
          material={material}
          position={[
            LABEL_ZONE.x + applied.offsetMm,
            CASSETTE.floorY + CASSETTE.wallHeightMm / 2,
            LABEL_ZONE.z + STUCK.thicknessMm / 2,
          ]}
        />
      ) : null}
    </group>
  )
}
