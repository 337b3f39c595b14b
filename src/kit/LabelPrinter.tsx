/**
 * The technician's handheld label printer (Brady M210 / Dymo XTL class) lying face up: a chunky yellow
 * body with grey rubber grips, the cassette compartment raised at the top end with its clear window
 * showing the label roll, a reflective monochrome LCD that shows what is being typed (capitals in fixed
 * cells, the cursor a solid block: no blinking, the scene only renders on demand), an AZERTY keypad with
 * the green PRINT key, and the cutter slot on the left edge of the top end, where the labels printed so
 * far stick out, the newest on top. Shared by the scenes that label cords (street cabinet, rack).
 *
 * Frame: lying on a surface at `at` (its base at at[1]), top end toward −z, keys toward the technician
 * (+z), turned by `rotationYRad` about the vertical. Six draw calls: body, rubber, print (faceplate and
 * keys on one canvas), LCD, window, labels.
 */
import { use, useMemo } from 'react'
import { BoxGeometry, PlaneGeometry } from 'three'
import { PRINT_FONT, canvasTexture, printFontReady } from './canvasTexture.ts'
import { box, mergeParts, printedBox, roundedBlock } from './geometry.ts'
import type { AtlasRect, Vec3 } from './geometry.ts'
import { clearPlastic, surface } from './materials.ts'
import { useGeometry } from './useGeometry.ts'
import { useLiveCanvasTexture } from './useLiveCanvasTexture.ts'

export type LabelPrinterProps = {
  at: Vec3
  /** What is typed, shown live on the LCD. */
  text: string
  /** Labels printed and not yet taken, oldest first; the last three are shown. */
  printed: { id: string; text: string }[]
  rotationYRad?: number
}

const BODY = { widthMm: 104, lengthMm: 220, heightMm: 42 }
/** The cassette compartment, raised over the top end. */
const HUMP = { lengthMm: 62, heightMm: 52 }
const HUMP_Z = -BODY.lengthMm / 2 + HUMP.lengthMm / 2
/** The flat faceplate below the hump, printed; the LCD and the keys sit on it. */
const FACE = { widthMm: 90, lengthMm: 150, z: 27, y: BODY.heightMm + 0.05 }
const HUMP_PLATE = { widthMm: 90, lengthMm: 50, y: HUMP.heightMm + 0.05 }
const LCD = { widthMm: 72, lengthMm: 26, z: -27, pxPerMm: 10 }
const WINDOW = { widthMm: 68, lengthMm: 30, z: HUMP_Z + 2 }
const KEY = { pitchMm: 9, depthMm: 7, heightMm: 2.6, gapMm: 1.4 }
const KEY_TOP_Y = FACE.y + KEY.heightMm
/** The cutter slot: a horizontal slit in the hump's left face; labels come out of it toward −x. */
const SLOT = { x: -BODY.widthMm / 2, y: 30, z: HUMP_Z + 7, lengthMm: 40 }
const STRIP = { widthMm: 12, outMm: 46, insideMm: 4, thicknessMm: 0.25, pitchMm: 13.5, stepMm: 0.5 }
const SHOWN_LABELS = 3

type KeyStyle = 'char' | 'fn' | 'print'
const KEY_COLOURS: Record<KeyStyle, { cap: string; ink: string }> = {
  char: { cap: '#dfe2e6', ink: '#15181c' },
  fn: { cap: '#4b5058', ink: '#f1f2f4' },
  print: { cap: '#2e9e4f', ink: '#ffffff' },
}
type KeyDef = { legend: string; units: number; style: KeyStyle; row: number; startUnits: number }

/** Rows of keys, as [legend, width in key units, style]; every row is ten units wide. */
const ROWS: [string, number, KeyStyle][][] = [
  [
    ['⏻', 1, 'fn'],
    ['MENU', 1.5, 'fn'],
    ['FEED', 1.5, 'fn'],
    ['', 1, 'fn'],
    ['◀', 1, 'fn'],
    ['▶', 1, 'fn'],
    ['PRINT', 3, 'print'],
  ],
  [...'1234567890'].map((c) => [c, 1, 'char']),
  [...'AZERTYUIOP'].map((c) => [c, 1, 'char']),
  [...'QSDFGHJKLM'].map((c) => [c, 1, 'char']),
  [
    ['MAJ', 1, 'fn'],
    ...[...'WXCVBN-/'].map((c): [string, number, KeyStyle] => [c, 1, 'char']),
    ['EFF', 1, 'fn'],
  ],
  [
    ['FN', 1, 'fn'],
    [',', 1, 'char'],
    ['.', 1, 'char'],
    ['ESPACE', 4, 'char'],
    ['+', 1, 'char'],
    ['OK', 2, 'fn'],
  ],
]
// The blank key in the function row is a gap between the printer keys and the cursor keys.
const KEYS: KeyDef[] = ROWS.flatMap((row, r) => {
  let start = 0
  return row.flatMap(([legend, units, style]) => {
    const key = { legend, units, style, row: r, startUnits: start }
    start += units
    return legend === '' ? [] : [key]
  })
})

const keyX = (key: KeyDef) => -5 * KEY.pitchMm + (key.startUnits + key.units / 2) * KEY.pitchMm
/** The function row, then the five character rows, a little apart from it. */
const keyZ = (row: number) => (row === 0 ? 0 : 3 + row * KEY.pitchMm)
const keyWidth = (key: KeyDef) => key.units * KEY.pitchMm - KEY.gapMm
const PRINT_KEY = KEYS.find((key) => key.legend === 'PRINT')!

/** The output strip `index` (0 at the bottom of the stack): its exposed part's centre, in the printer's frame. */
function stripCentre(index: number): Vec3 {
  return [
    SLOT.x - STRIP.outMm / 2 + STRIP.insideMm / 2,
    SLOT.y + index * STRIP.stepMm,
    SLOT.z + (index - 1) * STRIP.pitchMm,
  ]
}

function turn([x, y, z]: Vec3, at: Vec3, rotationYRad: number): Vec3 {
  const cos = Math.cos(rotationYRad)
  const sin = Math.sin(rotationYRad)
  return [at[0] + x * cos + z * sin, at[1] + y, at[2] - x * sin + z * cos]
}

/** The points the pointer, the keyboard path and the tests aim at, in the scene. */
export function printerPoints(
  at: Vec3,
  rotationYRad = 0,
): { keypad: Vec3; print: Vec3; output: (index: number) => Vec3 } {
  return {
    keypad: turn([0, KEY_TOP_Y, keyZ(3)], at, rotationYRad),
    print: turn([keyX(PRINT_KEY), KEY_TOP_Y, keyZ(0)], at, rotationYRad),
    output: (index) => {
      const [x, y, z] = stripCentre(index)
      return turn([x - STRIP.outMm * 0.15, y + STRIP.thicknessMm, z], at, rotationYRad)
    },
  }
}

/** A press this close to the PRINT key (in plan) presses it, mm. */
const PRINT_KEY_REACH_MM = 12

/**
 * Whether a press on the printer lands on its PRINT key: where the pointer's ray meets the keys' top,
 * not the pick volume's face, tells the key. Any other press opens the printer's keyboard.
 */
export function onPrintKey(
  ray: { origin: { x: number; y: number; z: number }; direction: { x: number; y: number; z: number } },
  printKey: Vec3,
): boolean {
  const [kx, ky, kz] = printKey
  const t = (ky - ray.origin.y) / ray.direction.y
  const x = ray.origin.x + t * ray.direction.x
  const z = ray.origin.z + t * ray.direction.z
  return Number.isFinite(t) && Math.hypot(x - kx, z - kz) <= PRINT_KEY_REACH_MM
}

// ---------------------------------------------------------------------------------------------------------
// The print: faceplate, the hump's plate (cassette seen through the window) and the key caps, one canvas.

const PLATE_PX_PER_MM = 6
const LEGEND_PX_PER_MM = 12
/** Key caps are laid out on the canvas as on the keypad, one shelf per row, plus a shelf of plain colours. */
const UNIT_PX = KEY.pitchMm * LEGEND_PX_PER_MM
const SHELF_PX = KEY.depthMm * LEGEND_PX_PER_MM

type PrintAtlas = {
  widthPx: number
  heightPx: number
  face: AtlasRect
  hump: AtlasRect
  caps: AtlasRect[]
  /** A plain patch of each cap colour, for the keys' sides. */
  plain: Record<KeyStyle, AtlasRect>
}

function printAtlas(): PrintAtlas {
  const plateWidthPx = FACE.widthMm * PLATE_PX_PER_MM
  const faceHeightPx = FACE.lengthMm * PLATE_PX_PER_MM
  const humpHeightPx = HUMP_PLATE.lengthMm * PLATE_PX_PER_MM
  const widthPx = plateWidthPx + 10 * UNIT_PX
  const heightPx = Math.max(faceHeightPx + humpHeightPx, (ROWS.length + 1) * SHELF_PX)
  const rect = (x: number, y: number, w: number, h: number): AtlasRect => [
    x / widthPx,
    y / heightPx,
    (x + w) / widthPx,
    (y + h) / heightPx,
  ]
  const plainRect = (i: number) => rect(plateWidthPx + i * UNIT_PX + 8, ROWS.length * SHELF_PX + 8, 40, 40)
  return {
    widthPx,
    heightPx,
    face: rect(0, 0, plateWidthPx, faceHeightPx),
    hump: rect(0, faceHeightPx, plateWidthPx, humpHeightPx),
    caps: KEYS.map((key) =>
      rect(
        plateWidthPx + key.startUnits * UNIT_PX,
        key.row * SHELF_PX,
        keyWidth(key) * LEGEND_PX_PER_MM,
        SHELF_PX,
      ),
    ),
    plain: { char: plainRect(0), fn: plainRect(1), print: plainRect(2) },
  }
}

const ATLAS = printAtlas()

function drawPower(context: CanvasRenderingContext2D, x: number, y: number, sizePx: number) {
  // The standby symbol, drawn: the print font has none.
  context.lineWidth = sizePx * 0.14
  context.lineCap = 'round'
  context.beginPath()
  context.arc(x, y, sizePx * 0.42, -Math.PI * 0.3, Math.PI * 1.3)
  context.moveTo(x, y - sizePx * 0.56)
  context.lineTo(x, y - sizePx * 0.06)
  context.stroke()
}

function drawTriangle(context: CanvasRenderingContext2D, x: number, y: number, sizePx: number, dir: 1 | -1) {
  context.beginPath()
  context.moveTo(x + dir * sizePx * 0.35, y)
  context.lineTo(x - dir * sizePx * 0.3, y - sizePx * 0.38)
  context.lineTo(x - dir * sizePx * 0.3, y + sizePx * 0.38)
  context.closePath()
  context.fill()
}

function drawCap(context: CanvasRenderingContext2D, key: KeyDef, rect: AtlasRect) {
  const x = rect[0] * ATLAS.widthPx
  const y = rect[1] * ATLAS.heightPx
  const w = (rect[2] - rect[0]) * ATLAS.widthPx
  const h = SHELF_PX
  const { cap, ink } = KEY_COLOURS[key.style]
  context.fillStyle = cap
  context.fillRect(x, y, w, h)
  // A darker rim: the cap's edge seen from above.
  context.strokeStyle = 'rgba(0, 0, 0, 0.25)'
  context.lineWidth = 4
  context.strokeRect(x + 2, y + 2, w - 4, h - 4)
  context.fillStyle = ink
  context.strokeStyle = ink
  const midX = x + w / 2
  const midY = y + h / 2
  if (key.legend === '⏻') return drawPower(context, midX, midY, h * 0.62)
  if (key.legend === '◀' || key.legend === '▶') {
    return drawTriangle(context, midX, midY, h * 0.7, key.legend === '▶' ? 1 : -1)
  }
  // Letters big; words as big as the cap's width allows.
  let sizePx = Math.round(key.legend.length === 1 ? h * 0.66 : h * 0.46)
  context.font = `700 ${sizePx}px ${PRINT_FONT}`
  while (sizePx > 8 && context.measureText(key.legend).width > w * 0.84) {
    sizePx -= 1
    context.font = `700 ${sizePx}px ${PRINT_FONT}`
  }
  context.textAlign = 'center'
  context.textBaseline = 'middle'
  context.fillText(key.legend, midX, midY + sizePx * 0.05)
}

function drawFace(context: CanvasRenderingContext2D) {
  const mm = PLATE_PX_PER_MM
  const width = FACE.widthMm * mm
  const height = FACE.lengthMm * mm
  // Faceplate coordinates: x from the centre, z in the printer's frame.
  const px = (xMm: number) => width / 2 + xMm * mm
  const pz = (zMm: number) => height / 2 + (zMm - FACE.z) * mm
  context.fillStyle = '#3a3f46'
  context.fillRect(0, 0, width, height)
  // The LCD's bezel and the keypad's well, a shade darker.
  context.fillStyle = '#24282d'
  context.beginPath()
  context.roundRect(
    px(-LCD.widthMm / 2 - 3),
    pz(LCD.z - LCD.lengthMm / 2 - 3),
    (LCD.widthMm + 6) * mm,
    (LCD.lengthMm + 6) * mm,
    3 * mm,
  )
  context.fill()
  context.beginPath()
  context.roundRect(px(-46.5 + 1), pz(keyZ(0) - 5.5), 89 * mm, (keyZ(5) - keyZ(0) + 11) * mm, 3 * mm)
  context.fill()
  context.textBaseline = 'middle'
  context.textAlign = 'center'
  context.fillStyle = '#f2b705'
  context.font = `700 ${6 * mm}px ${PRINT_FONT}`
  context.fillText('LP-210', px(-18), pz(76))
  context.fillStyle = '#c9cdd3'
  context.font = `700 ${2.6 * mm}px ${PRINT_FONT}`
  context.fillText('ÉTIQUETEUSE', px(22), pz(74))
  context.fillText('INDUSTRIELLE', px(22), pz(78))
}

function drawHump(context: CanvasRenderingContext2D, top: number) {
  const mm = PLATE_PX_PER_MM
  const width = HUMP_PLATE.widthMm * mm
  const height = HUMP_PLATE.lengthMm * mm
  const px = (xMm: number) => width / 2 + xMm * mm
  const pz = (zMm: number) => top + height / 2 + (zMm - HUMP_Z) * mm
  context.fillStyle = '#3a3f46'
  context.fillRect(0, top, width, height)
  // Seen through the window: the cassette's black shell, its label roll (white) and ribbon spool (black).
  const x0 = px(-WINDOW.widthMm / 2)
  const z0 = pz(WINDOW.z - WINDOW.lengthMm / 2)
  context.fillStyle = '#1b1d21'
  context.fillRect(x0, z0, WINDOW.widthMm * mm, WINDOW.lengthMm * mm)
  context.fillStyle = '#f4f4f0'
  context.beginPath()
  context.arc(px(-14), pz(WINDOW.z), 12 * mm, 0, Math.PI * 2)
  context.fill()
  context.fillStyle = '#6d737b'
  context.beginPath()
  context.arc(px(-14), pz(WINDOW.z), 4 * mm, 0, Math.PI * 2)
  context.fill()
  context.fillStyle = '#08090a'
  context.beginPath()
  context.arc(px(17), pz(WINDOW.z), 8 * mm, 0, Math.PI * 2)
  context.fill()
  context.fillStyle = '#3d4148'
  context.beginPath()
  context.arc(px(17), pz(WINDOW.z), 3 * mm, 0, Math.PI * 2)
  context.fill()
  context.fillStyle = '#f2b705'
  context.font = `700 ${2.4 * mm}px ${PRINT_FONT}`
  context.textAlign = 'center'
  context.textBaseline = 'middle'
  context.fillText('FLAG 38 × 12', px(17), pz(WINDOW.z + 11.5))
  // The window's frame.
  context.strokeStyle = '#15171a'
  context.lineWidth = 2 * mm
  context.strokeRect(x0 - mm, z0 - mm, (WINDOW.widthMm + 2) * mm, (WINDOW.lengthMm + 2) * mm)
}

function usePrintMaterial() {
  use(printFontReady())
  return useMemo(() => {
    const texture = canvasTexture('label-printer-print', ATLAS.widthPx, ATLAS.heightPx, (context) => {
      drawFace(context)
      drawHump(context, ATLAS.hump[1] * ATLAS.heightPx)
      KEYS.forEach((key, i) => drawCap(context, key, ATLAS.caps[i]!))
      ;(['char', 'fn', 'print'] as KeyStyle[]).forEach((style) => {
        const [x0, y0, x1, y1] = ATLAS.plain[style]
        context.fillStyle = KEY_COLOURS[style].cap
        const w = ATLAS.widthPx
        const h = ATLAS.heightPx
        context.fillRect(x0 * w - 4, y0 * h - 4, (x1 - x0) * w + 8, (y1 - y0) * h + 8)
      })
    })
    return surface('#ffffff', { roughness: 0.55, map: texture, key: 'label-printer-print' })
  }, [])
}

/** A plane lying face up, showing one area of the print canvas, its top edge toward −z. */
function flatPrint(widthMm: number, lengthMm: number, rect: AtlasRect, at: Vec3) {
  const plane = new PlaneGeometry(widthMm, lengthMm)
  const uv = plane.getAttribute('uv')
  const [left, top, right, bottom] = rect
  for (let v = 0; v < uv.count; v++) {
    uv.setXY(v, left + uv.getX(v) * (right - left), 1 - bottom + uv.getY(v) * (bottom - top))
  }
  plane.rotateX(-Math.PI / 2)
  return { geometry: plane, at }
}

function Print() {
  const material = usePrintMaterial()
  const geometry = useGeometry(
    () =>
      mergeParts([
        flatPrint(FACE.widthMm, FACE.lengthMm, ATLAS.face, [0, FACE.y, FACE.z]),
        flatPrint(HUMP_PLATE.widthMm, HUMP_PLATE.lengthMm, ATLAS.hump, [0, HUMP_PLATE.y, HUMP_Z]),
        ...KEYS.map((key, i) => ({
          geometry: printedBox(
            keyWidth(key),
            KEY.heightMm,
            key.row === 0 ? KEY.depthMm - 1 : KEY.depthMm,
            { top: ATLAS.caps[i]! },
            ATLAS.plain[key.style],
          ),
          at: [keyX(key), FACE.y + KEY.heightMm / 2, keyZ(key.row)] as Vec3,
        })),
      ]),
    [],
  )
  return <mesh geometry={geometry} material={material} />
}

// ---------------------------------------------------------------------------------------------------------
// The LCD: reflective, dark pixels on grey-green, lit by the scene rather than glowing.

const LCD_PX = { width: LCD.widthMm * LCD.pxPerMm, height: LCD.lengthMm * LCD.pxPerMm }
const LCD_INK = '#1c2419'

function drawLcd(context: CanvasRenderingContext2D, text: string) {
  const { width, height } = LCD_PX
  const glass = context.createLinearGradient(0, 0, 0, height)
  glass.addColorStop(0, '#c3cfb0')
  glass.addColorStop(1, '#aab998')
  context.fillStyle = glass
  context.fillRect(0, 0, width, height)
  context.fillStyle = LCD_INK
  context.textBaseline = 'middle'
  context.textAlign = 'left'
  context.font = `700 22px ${PRINT_FONT}`
  context.fillText('ABC', 16, 24)
  context.fillText('12 mm', 84, 24)
  context.fillText('FLAG', 190, 24)
  // The battery, three bars of four.
  context.strokeStyle = LCD_INK
  context.lineWidth = 3
  context.strokeRect(width - 66, 13, 42, 22)
  context.fillRect(width - 24, 19, 5, 10)
  for (let i = 0; i < 3; i++) context.fillRect(width - 62 + i * 10, 17, 8, 14)
  context.fillRect(14, 44, width - 28, 2)
  // The text in fixed cells, as the printer's own font: capitals, the cursor a block after them.
  const chars = [...text.toUpperCase()]
  const maxCells = 24
  const cells = Math.max(16, Math.min(maxCells, chars.length + 1))
  const cellPx = (width - 32) / cells
  const shown = chars.slice(Math.max(0, chars.length - (cells - 1)))
  const sizePx = Math.min(120, cellPx * 1.45)
  const midY = 46 + (height - 46) / 2
  context.font = `700 ${Math.round(sizePx)}px ${PRINT_FONT}`
  context.textAlign = 'center'
  shown.forEach((char, i) => context.fillText(char, 16 + (i + 0.5) * cellPx, midY + sizePx * 0.04))
  const cursorX = 16 + shown.length * cellPx
  context.fillRect(cursorX + cellPx * 0.1, midY - sizePx * 0.38, cellPx * 0.8, sizePx * 0.76)
}

function Lcd({ text }: { text: string }) {
  const picture = useLiveCanvasTexture(LCD_PX.width, LCD_PX.height, { text }, (context, view) =>
    drawLcd(context, view.text),
  )
  const geometry = useGeometry(() => new PlaneGeometry(LCD.widthMm, LCD.lengthMm).rotateX(-Math.PI / 2), [])
  return (
    <mesh
      geometry={geometry}
      material={surface('#ffffff', { roughness: 0.3, map: picture, key: 'label-printer-lcd' })}
      position={[0, FACE.y + 0.08, LCD.z]}
    />
  )
}

// ---------------------------------------------------------------------------------------------------------
// The printed labels sticking out of the slot: one live canvas for the (up to) three shown.

const STRIP_PX_PER_MM = 14
const STRIP_FACE_PX = { width: STRIP.outMm * STRIP_PX_PER_MM, height: STRIP.widthMm * STRIP_PX_PER_MM }
const STRIP_CANVAS_PX = { width: STRIP_FACE_PX.width, height: STRIP_FACE_PX.height * SHOWN_LABELS + 24 }

function drawStrips(context: CanvasRenderingContext2D, texts: string[]) {
  const { width, height } = STRIP_CANVAS_PX
  context.fillStyle = '#ffffff'
  context.fillRect(0, 0, width, height)
  context.fillStyle = '#111111'
  context.textAlign = 'center'
  context.textBaseline = 'middle'
  texts.forEach((text, i) => {
    const label = text.toUpperCase()
    const top = i * STRIP_FACE_PX.height
    let sizePx = Math.round(STRIP_FACE_PX.height * 0.6)
    context.font = `700 ${sizePx}px ${PRINT_FONT}`
    while (sizePx > 10 && context.measureText(label).width > width - 8 * STRIP_PX_PER_MM) {
      sizePx -= 1
      context.font = `700 ${sizePx}px ${PRINT_FONT}`
    }
    // Centred on the part out of the slot, kept clear of the slot's lips.
    context.fillText(label, width / 2 - 2 * STRIP_PX_PER_MM, top + STRIP_FACE_PX.height / 2 + sizePx * 0.04)
  })
}

function Strips({ texts }: { texts: string[] }) {
  const picture = useLiveCanvasTexture(
    STRIP_CANVAS_PX.width,
    STRIP_CANVAS_PX.height,
    { texts },
    (context, view) => drawStrips(context, view.texts),
  )
  const count = texts.length
  const geometry = useGeometry(() => {
    const rows = SHOWN_LABELS * STRIP_FACE_PX.height + 24
    const white: AtlasRect = [0.3, (rows - 16) / rows, 0.7, (rows - 8) / rows]
    return mergeParts(
      Array.from({ length: count }, (_, i) => {
        const face: AtlasRect = [
          0,
          (i * STRIP_FACE_PX.height) / rows,
          1,
          ((i + 1) * STRIP_FACE_PX.height) / rows,
        ]
        const [x, y, z] = stripCentre(i)
        // The printed part is what is out of the slot; the rest of the strip, inside, is plain.
        const out = printedBox(STRIP.outMm, STRIP.thicknessMm, STRIP.widthMm, { top: face }, white)
        const inside = printedBox(STRIP.insideMm + 2, STRIP.thicknessMm, STRIP.widthMm, {}, white)
        return [
          { geometry: out, at: [x, y, z] as Vec3 },
          { geometry: inside, at: [SLOT.x + 1 - STRIP.insideMm / 2, y, z] as Vec3 },
        ]
      }).flat(),
    )
  }, [count])
  return (
    <mesh
      geometry={geometry}
      material={surface('#ffffff', { roughness: 0.4, map: picture, key: 'label-printer-strips' })}
    />
  )
}

// ---------------------------------------------------------------------------------------------------------

function useBodyGeometry() {
  return useGeometry(
    () =>
      mergeParts([
        { geometry: roundedBlock(BODY.widthMm, BODY.heightMm, BODY.lengthMm, { cornerMm: 16, edgeMm: 5 }) },
        {
          geometry: roundedBlock(BODY.widthMm, HUMP.heightMm, HUMP.lengthMm, { cornerMm: 16, edgeMm: 6 }),
          at: [0, 0, HUMP_Z],
        },
      ]),
    [],
  )
}

function useRubberGeometry() {
  return useGeometry(
    () =>
      mergeParts([
        // The grips along both long sides, where the hand holds it.
        ...[-1, 1].map((side) => ({
          geometry: roundedBlock(12, BODY.heightMm - 6, 128, { cornerMm: 6, edgeMm: 3 }),
          at: [side * (BODY.widthMm / 2 - 4), 3, 36] as Vec3,
        })),
        // The bottom end's bumper and the top corners' guards.
        { geometry: roundedBlock(BODY.widthMm + 4, 30, 18, { cornerMm: 8, edgeMm: 3 }), at: [0, 4, 103] },
        ...[-1, 1].map((side) => ({
          geometry: roundedBlock(20, HUMP.heightMm + 2, 16, { cornerMm: 7, edgeMm: 3 }),
          at: [side * (BODY.widthMm / 2 - 7), -1, -BODY.lengthMm / 2 + 6] as Vec3,
        })),
        // The cutter slot's dark lips on the left face of the hump.
        box(2, 4, SLOT.lengthMm, [SLOT.x - 0.4, SLOT.y, SLOT.z]),
        // The cutter lever beside the slot.
        box(4, 8, 8, [SLOT.x - 1, SLOT.y + 7, SLOT.z + SLOT.lengthMm / 2 + 5]),
      ]),
    [],
  )
}

export function LabelPrinter({ at, text, printed, rotationYRad = 0 }: LabelPrinterProps) {
  const body = useBodyGeometry()
  const rubber = useRubberGeometry()
  const windowGeometry = useGeometry(() => new BoxGeometry(WINDOW.widthMm, 1.4, WINDOW.lengthMm), [])
  const shown = printed.slice(-SHOWN_LABELS).map((label) => label.text)
  return (
    <group position={at} rotation={[0, rotationYRad, 0]}>
      <mesh geometry={body} material={surface('#f2b705', { roughness: 0.55, key: 'label-printer-body' })} />
      <mesh
        geometry={rubber}
        material={surface('#4a4f57', { roughness: 0.9, key: 'label-printer-rubber' })}
      />
      <Print />
      <Lcd text={text} />
      <mesh
        geometry={windowGeometry}
        material={clearPlastic('#dfe8ee', 0.28)}
        position={[0, HUMP_PLATE.y + 0.7, WINDOW.z]}
      />
      {shown.length > 0 ? <Strips texts={shown} /> : null}
    </group>
  )
}
