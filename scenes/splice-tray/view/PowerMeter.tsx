/**
 * The handheld optical power meter (photomètre, EXFO FPM / VeEX / Grandway style) lying display-up on the
 * bench, its top end toward the PTO: a blue rubber boot with thick corner bumpers, the dark faceplate with
 * its reflective LCD (wavelength, then the reading in dBm, "LO" under the sensor's floor, "----" before a
 * measure), four keys with their legends on their tops, and the detector's universal adapter on the top
 * end. From it runs the yellow test cord ending in a green SC/APC plug: pushed up into the PTO's port when
 * connected, following the pointer while carried, else lying on the bench beside the meter.
 */
import { useThree } from '@react-three/fiber'
import type { ThreeEvent } from '@react-three/fiber'
import { use, useLayoutEffect, useMemo } from 'react'
import { CylinderGeometry, PlaneGeometry, Vector3 } from 'three'
import type { Texture } from 'three'
import { PRINT_FONT, canvasTexture, printFontReady } from '../../../src/kit/canvasTexture.ts'
import { box, mergeParts, roundedBlock } from '../../../src/kit/geometry.ts'
import type { AtlasRect, Vec3 } from '../../../src/kit/geometry.ts'
import { screenMaterial, surface } from '../../../src/kit/materials.ts'
import { bendTube, createTubeGeometry } from '../../../src/kit/tubeGeometry.ts'
import { useGeometry } from '../../../src/kit/useGeometry.ts'
import { useLiveCanvasTexture } from '../../../src/kit/useLiveCanvasTexture.ts'
import { BENCH_Y, POWER_METER } from '../layout.ts'
import { PTO_PORT } from './Pto.tsx'
import { ceramic, cordYellow, darkRubber, scApcGreen, steel } from './instrumentMaterials.ts'

export type MeterDisplay =
  { kind: 'off' } | { kind: 'reading'; dbm: number } | { kind: 'lo' } | { kind: 'ready' }

export type PowerMeterProps = {
  wavelengthNm: number
  display: MeterDisplay
  connected: boolean
  /** While the trainee carries the plug: where its tip is (it is held upright, ready to push into the port). */
  cordEnd?: Vec3 | null
  onConnectorPointerDown?: (event: ThreeEvent<PointerEvent>) => void
  onWavelengthPointerDown?: (event: ThreeEvent<PointerEvent>) => void
  onMeasurePointerDown?: (event: ThreeEvent<PointerEvent>) => void
}

/** 150 × 80 × 35 mm, lying along z, its top end (−z) toward the PTO. */
const BODY = { widthMm: 80, lengthMm: 150, heightMm: 30 }
const BUMPER = { widthMm: 26, lengthMm: 30, heightMm: 36 }
const PANEL = { widthMm: 68, lengthMm: 138, topY: BENCH_Y + 34 }
const TOP_END_Z = -BODY.lengthMm / 2
const LCD = { widthMm: 52, lengthMm: 32, z: -24 }
const LCD_PX_PER_MM = 9
const KEY = { widthMm: 20, heightMm: 3, lengthMm: 11 }
const KEY_TOP_Y = PANEL.topY + KEY.heightMm

type KeyId = 'wavelength' | 'measure' | 'power' | 'reference'
/** The keys in two rows under the display; the two the exercise uses on the top row. */
const KEYS: { id: KeyId; x: number; z: number }[] = [
  { id: 'wavelength', x: -15, z: 14 },
  { id: 'measure', x: 15, z: 14 },
  { id: 'power', x: -15, z: 32 },
  { id: 'reference', x: 15, z: 32 },
]

/** The detector's port on the top end, and the meter end of the cord screwed on it. */
const PORT_Y = BENCH_Y + 17
const PORT = { collarMm: 5, barrelMm: 5, nutMm: 8, bootMm: 14 }
const CORD_START: Vec3 = [0, PORT_Y, TOP_END_Z - PORT.collarMm - PORT.barrelMm - PORT.nutMm - PORT.bootMm]

/** The SC/APC plug, in its own frame: ferrule tip at the origin, its body down −y, its cord leaving at the boot's end. */
const PLUG = { ferruleMm: 3, housingMm: 24, bootMm: 16, widthMm: 9, depthMm: 7.4 }
const PLUG_LENGTH_MM = PLUG.ferruleMm + PLUG.housingMm + PLUG.bootMm
/** Pushed home, the ferrule's tip is this far up inside the adapter. */
const PLUGGED_DEPTH_MM = 5
/** At rest the plug lies on its wide face on the bench, left of the meter, tip toward the trainee. */
const PLUG_REST = { x: -62, z: 22 }
const CORD_RADIUS_MM = 1
const CORD_POINTS = 48

const meterAt = (local: Vec3): Vec3 => [POWER_METER.at.x + local[0], local[1], POWER_METER.at.z + local[2]]

/** The points the pointer, the keyboard path and the tests aim at, in the scene. */
export const METER_POINTS: Record<'wavelength' | 'measure' | 'connector', Vec3> = {
  wavelength: meterAt([KEYS[0]!.x, KEY_TOP_Y, KEYS[0]!.z]),
  measure: meterAt([KEYS[1]!.x, KEY_TOP_Y, KEYS[1]!.z]),
  connector: meterAt([
    PLUG_REST.x,
    BENCH_Y + PLUG.depthMm / 2,
    PLUG_REST.z - PLUG.ferruleMm - PLUG.housingMm / 2,
  ]),
}

// ---------------------------------------------------------------------------------------------------------
// Printing: the faceplate and the key tops share one canvas.

const PRINT_PX_PER_MM = 6
const LEGEND = { widthMm: KEY.widthMm - 2, lengthMm: KEY.lengthMm - 2, pxPerMm: 12 }
const FACE_COLOUR = '#2b2f35'
const KEY_COLOUR = '#d3d7dc'

type PrintAtlas = { widthPx: number; heightPx: number; panel: AtlasRect; legends: Record<KeyId, AtlasRect> }

function printAtlas(): PrintAtlas {
  const panelWidthPx = PANEL.widthMm * PRINT_PX_PER_MM
  const legendWidthPx = LEGEND.widthMm * LEGEND.pxPerMm
  const legendHeightPx = LEGEND.lengthMm * LEGEND.pxPerMm
  const widthPx = panelWidthPx + legendWidthPx
  const heightPx = PANEL.lengthMm * PRINT_PX_PER_MM
  const legends = Object.fromEntries(
    KEYS.map(({ id }, i) => [
      id,
      [
        panelWidthPx / widthPx,
        (i * legendHeightPx) / heightPx,
        1,
        ((i + 1) * legendHeightPx) / heightPx,
      ] as AtlasRect,
    ]),
  ) as Record<KeyId, AtlasRect>
  return { widthPx, heightPx, panel: [0, 0, panelWidthPx / widthPx, 1], legends }
}

/** λ as two strokes: the print font has no Greek. */
function lambda(context: CanvasRenderingContext2D, x: number, y: number, sizePx: number) {
  context.lineWidth = sizePx * 0.13
  context.lineCap = 'round'
  context.beginPath()
  context.moveTo(x - sizePx * 0.3, y - sizePx * 0.5)
  context.lineTo(x + sizePx * 0.32, y + sizePx * 0.5)
  context.moveTo(x + sizePx * 0.02, y - sizePx * 0.04)
  context.lineTo(x - sizePx * 0.32, y + sizePx * 0.5)
  context.stroke()
}

/** The standby symbol (IEC 60417-5009), drawn: not in the print font either. */
function standby(context: CanvasRenderingContext2D, x: number, y: number, sizePx: number) {
  context.lineWidth = sizePx * 0.13
  context.lineCap = 'round'
  context.beginPath()
  context.arc(x, y, sizePx * 0.42, -Math.PI * 0.32, Math.PI * 1.32)
  context.moveTo(x, y - sizePx * 0.55)
  context.lineTo(x, y - sizePx * 0.05)
  context.stroke()
}

function drawLegend(context: CanvasRenderingContext2D, id: KeyId, top: number, left: number) {
  const width = LEGEND.widthMm * LEGEND.pxPerMm
  const height = LEGEND.lengthMm * LEGEND.pxPerMm
  const midX = left + width / 2
  const midY = top + height / 2
  // The measure key is the yellow one, as the key a meter's manual says to press.
  context.fillStyle = id === 'measure' ? '#f2c21b' : KEY_COLOUR
  context.fillRect(left, top, width, height)
  context.fillStyle = '#1b1f24'
  context.strokeStyle = '#1b1f24'
  context.textAlign = 'center'
  context.textBaseline = 'middle'
  const font = (sizePx: number) => `700 ${Math.round(sizePx)}px ${PRINT_FONT}`
  if (id === 'wavelength') lambda(context, midX, midY, height * 0.62)
  if (id === 'measure') {
    context.beginPath()
    context.arc(midX - width * 0.24, midY, height * 0.15, 0, Math.PI * 2)
    context.fill()
    context.font = font(height * 0.48)
    context.fillText('MES', midX + width * 0.1, midY)
  }
  if (id === 'power') {
    context.strokeStyle = '#c0392b'
    standby(context, midX, midY + height * 0.04, height * 0.6)
  }
  if (id === 'reference') {
    context.font = font(height * 0.42)
    context.fillText('REF', midX, midY)
  }
}

function drawPanel(context: CanvasRenderingContext2D) {
  const mm = PRINT_PX_PER_MM
  const width = PANEL.widthMm * mm
  const height = PANEL.lengthMm * mm
  const x = (xMm: number) => width / 2 + xMm * mm
  const z = (zMm: number) => height / 2 + zMm * mm
  context.fillStyle = FACE_COLOUR
  context.fillRect(0, 0, width, height)
  // The LCD's bezel, a shade lighter, with the window's frame.
  context.fillStyle = '#3b4048'
  context.beginPath()
  context.roundRect(
    x(-LCD.widthMm / 2 - 3),
    z(LCD.z - LCD.lengthMm / 2 - 3),
    (LCD.widthMm + 6) * mm,
    (LCD.lengthMm + 6) * mm,
    2 * mm,
  )
  context.fill()
  context.textAlign = 'center'
  context.textBaseline = 'middle'
  context.fillStyle = '#e9ebe6'
  context.font = `700 ${3.4 * mm}px ${PRINT_FONT}`
  context.fillText('OPM-35', x(-14), z(2.5))
  context.fillStyle = '#9aa3ad'
  context.font = `400 ${2.6 * mm}px ${PRINT_FONT}`
  context.fillText('1310 · 1490 · 1550 nm', x(12), z(2.5))
  context.fillStyle = '#e9ebe6'
  context.font = `700 ${3 * mm}px ${PRINT_FONT}`
  context.fillText('PHOTOMÈTRE', x(0), z(52))
  context.fillStyle = '#9aa3ad'
  context.font = `400 ${2.4 * mm}px ${PRINT_FONT}`
  context.fillText('−70 … +10 dBm', x(0), z(57))
  // The port's marking at the top end.
  context.fillStyle = '#e9ebe6'
  context.font = `700 ${2.8 * mm}px ${PRINT_FONT}`
  context.fillText('IN', x(0), z(-58))
  context.beginPath()
  context.moveTo(x(-2), z(-61))
  context.lineTo(x(2), z(-61))
  context.lineTo(x(0), z(-64))
  context.closePath()
  context.fill()
}

const ATLAS = printAtlas()

/** The faceplate's print and the key tops' legends: one canvas, one merged mesh. */
function Print() {
  use(printFontReady())
  const material = useMemo(() => {
    const texture = canvasTexture('power-meter-print', ATLAS.widthPx, ATLAS.heightPx, (context) => {
      drawPanel(context)
      const legendHeightPx = LEGEND.lengthMm * LEGEND.pxPerMm
      KEYS.forEach(({ id }, i) =>
        drawLegend(context, id, i * legendHeightPx, PANEL.widthMm * PRINT_PX_PER_MM),
      )
    })
    return surface('#ffffff', { roughness: 0.5, map: texture, key: 'power-meter-print' })
  }, [])
  const geometry = useGeometry(
    () =>
      mergeParts([
        flatPrint(PANEL.widthMm, PANEL.lengthMm, ATLAS.panel, [0, PANEL.topY + 0.02, 0]),
        ...KEYS.map(({ id, x, z }) =>
          flatPrint(LEGEND.widthMm, LEGEND.lengthMm, ATLAS.legends[id], [x, KEY_TOP_Y + 0.02, z]),
        ),
      ]),
    [],
  )
  return <mesh geometry={geometry} material={material} />
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

// ---------------------------------------------------------------------------------------------------------
// The LCD

const LCD_INK = '#1d2619'

function drawLcd(context: CanvasRenderingContext2D, wavelengthNm: number, display: MeterDisplay) {
  const width = LCD.widthMm * LCD_PX_PER_MM
  const height = LCD.lengthMm * LCD_PX_PER_MM
  const glass = context.createLinearGradient(0, 0, 0, height)
  glass.addColorStop(0, '#c5d2b2')
  glass.addColorStop(1, '#aebd9c')
  context.fillStyle = glass
  context.fillRect(0, 0, width, height)
  context.fillStyle = LCD_INK
  context.strokeStyle = LCD_INK
  context.textBaseline = 'middle'
  const font = (sizePx: number) => `700 ${Math.round(sizePx)}px ${PRINT_FONT}`
  // Top row: the wavelength the meter is calibrated for, and the battery.
  lambda(context, 22, 34, 30)
  context.textAlign = 'left'
  context.font = font(34)
  context.fillText(`${wavelengthNm} nm`, 44, 36)
  context.lineWidth = 3
  context.strokeRect(width - 62, 22, 40, 22)
  context.fillRect(width - 22, 28, 5, 10)
  context.fillRect(width - 57, 27, 26, 12)
  // The reading, right-aligned as on the instrument, its unit small after it.
  const mainY = height * 0.6
  const unitX = width - 78
  context.textAlign = 'right'
  context.font = font(104)
  const text =
    display.kind === 'reading'
      ? display.dbm.toFixed(2).replace('-', '−')
      : display.kind === 'lo'
        ? 'LO'
        : '----'
  context.fillText(text, unitX - 8, mainY)
  context.textAlign = 'left'
  context.font = font(30)
  context.fillText('dBm', unitX, mainY + 22)
  context.font = font(22)
  context.fillText('ABS', 20, height - 24)
  if (display.kind === 'reading') {
    context.fillRect(width - 98, height - 40, 78, 30)
    context.fillStyle = '#c5d2b2'
    context.fillText('HOLD', width - 89, height - 24)
  }
}

/** The LCD's picture, redrawn when what it shows changes; none when the meter is off. */
function useLcd(wavelengthNm: number, display: MeterDisplay): Texture | null {
  const texture = useLiveCanvasTexture(
    LCD.widthMm * LCD_PX_PER_MM,
    LCD.lengthMm * LCD_PX_PER_MM,
    { wavelengthNm, display },
    (context, view) => drawLcd(context, view.wavelengthNm, view.display),
  )
  return display.kind === 'off' ? null : texture
}

// ---------------------------------------------------------------------------------------------------------
// The cord and its plug

/** Where the plug's tip is, and the unit vector from the tip back along its body toward its cord. */
type PlugPose = { tip: Vec3; back: Vec3 }

function plugPose(connected: boolean, cordEnd: Vec3 | null): PlugPose {
  if (connected) return { tip: [PTO_PORT[0], PTO_PORT[1] + PLUGGED_DEPTH_MM, PTO_PORT[2]], back: [0, -1, 0] }
  if (cordEnd) return { tip: cordEnd, back: [0, -1, 0] }
  return { tip: meterAt([PLUG_REST.x, BENCH_Y + PLUG.depthMm / 2, PLUG_REST.z]), back: [0, 0, -1] }
}

// Reused: the cord is rewritten on every pointer move while the plug is carried.
const start = new Vector3(...meterAt(CORD_START))
const end = new Vector3()
const back = new Vector3()
const c1 = new Vector3()
const c2 = new Vector3()
const point = new Vector3()

/**
 * The cord from the meter's boot to the plug's boot: a cubic curve leaving each along its axis, sagging
 * with the span and resting on the bench where it would go under it.
 */
function writeCord(path: Float32Array, pose: PlugPose) {
  back.set(...pose.back)
  end.set(...pose.tip).addScaledVector(back, PLUG_LENGTH_MM)
  const span = start.distanceTo(end)
  const handle = Math.min(80, Math.max(18, span * 0.45))
  const sag = span * 0.2
  c1.set(start.x, start.y - sag, start.z - handle)
  c2.copy(end).addScaledVector(back, handle)
  c2.y -= sag
  for (let i = 0; i < CORD_POINTS; i++) {
    const t = i / (CORD_POINTS - 1)
    const u = 1 - t
    point
      .copy(start)
      .multiplyScalar(u * u * u)
      .addScaledVector(c1, 3 * u * u * t)
      .addScaledVector(c2, 3 * u * t * t)
      .addScaledVector(end, t * t * t)
    path[i * 3] = point.x
    path[i * 3 + 1] = Math.max(BENCH_Y + CORD_RADIUS_MM, point.y)
    path[i * 3 + 2] = point.z
  }
}

/** The plug's turn from its own frame (body down −y) to its pose. */
function plugRotation(back: Vec3): Vec3 {
  // Body along −z (lying, tip toward the trainee): a quarter turn about x.
  return back[2] === -1 ? [Math.PI / 2, 0, 0] : [0, 0, 0]
}

function Cord({ pose }: { pose: PlugPose }) {
  const invalidate = useThree((state) => state.invalidate)
  const geometry = useGeometry(() => createTubeGeometry({ pointCount: CORD_POINTS, radialSegments: 8 }), [])
  const path = useMemo(() => new Float32Array(CORD_POINTS * 3), [])
  const key = JSON.stringify(pose)
  useLayoutEffect(() => {
    writeCord(path, JSON.parse(key) as PlugPose)
    bendTube(geometry, path, CORD_RADIUS_MM, 10)
    invalidate()
  }, [geometry, path, key, invalidate])
  return <mesh geometry={geometry} material={cordYellow()} />
}

function Plug({
  pose,
  onPointerDown,
}: {
  pose: PlugPose
  onPointerDown?: (event: ThreeEvent<PointerEvent>) => void
}) {
  const body = useGeometry(
    () =>
      mergeParts([
        {
          geometry: roundedBlock(PLUG.widthMm, PLUG.housingMm, PLUG.depthMm, { cornerMm: 1.2, edgeMm: 0.6 }),
          at: [0, -PLUG.ferruleMm - PLUG.housingMm, 0],
        },
        // The SC key on one face, and the grip's ribs across the outer housing.
        box(3, 10, 0.8, [0, -PLUG.ferruleMm - 8, PLUG.depthMm / 2 + 0.3]),
        ...[0, 1, 2].map((i) =>
          box(PLUG.widthMm + 0.6, 0.8, PLUG.depthMm - 1, [0, -PLUG.ferruleMm - 15 - i * 2.4, 0]),
        ),
        {
          // The boot tapers from the housing to the cord.
          geometry: new CylinderGeometry(2.9, 1.5, PLUG.bootMm, 12),
          at: [0, -PLUG.ferruleMm - PLUG.housingMm - PLUG.bootMm / 2, 0],
        },
      ]),
    [],
  )
  const ferrule = useGeometry(
    () => new CylinderGeometry(1.25, 1.25, PLUG.ferruleMm + 2, 10).translate(0, -(PLUG.ferruleMm + 2) / 2, 0),
    [],
  )
  return (
    <group position={pose.tip} rotation={plugRotation(pose.back)} onPointerDown={onPointerDown}>
      <mesh geometry={body} material={scApcGreen()} />
      <mesh geometry={ferrule} material={ceramic()} />
    </group>
  )
}

// ---------------------------------------------------------------------------------------------------------

function Body() {
  const boot = useGeometry(
    () =>
      mergeParts([
        {
          geometry: roundedBlock(BODY.widthMm, BODY.heightMm, BODY.lengthMm, { cornerMm: 12, edgeMm: 4 }),
          at: [0, BENCH_Y, 0],
        },
        ...[-1, 1].flatMap((sx) =>
          [-1, 1].map((sz) => ({
            geometry: roundedBlock(BUMPER.widthMm, BUMPER.heightMm, BUMPER.lengthMm, {
              cornerMm: 10,
              edgeMm: 3,
            }),
            at: [
              sx * (BODY.widthMm / 2 - BUMPER.widthMm / 2 + 1),
              BENCH_Y,
              sz * (BODY.lengthMm / 2 - BUMPER.lengthMm / 2 + 1),
            ] as Vec3,
          })),
        ),
      ]),
    [],
  )
  const dark = useGeometry(
    () =>
      mergeParts([
        {
          geometry: roundedBlock(PANEL.widthMm, 5, PANEL.lengthMm, { cornerMm: 6, edgeMm: 1 }),
          at: [0, PANEL.topY - 5, 0],
        },
        {
          // The meter end of the cord: its strain-relief boot behind the connector's nut.
          geometry: new CylinderGeometry(1.5, 2.8, PORT.bootMm, 12),
          at: [0, PORT_Y, CORD_START[2] + PORT.bootMm / 2],
          rotation: [-Math.PI / 2, 0, 0],
        },
      ]),
    [],
  )
  const metal = useGeometry(() => {
    const along = (radiusMm: number, lengthMm: number, fromZ: number, segments: number) => ({
      geometry: new CylinderGeometry(radiusMm, radiusMm, lengthMm, segments),
      at: [0, PORT_Y, fromZ - lengthMm / 2] as Vec3,
      rotation: [Math.PI / 2, 0, 0] as Vec3,
    })
    return mergeParts([
      along(6, PORT.collarMm + 2, TOP_END_Z + 2, 16),
      along(3.6, PORT.barrelMm, TOP_END_Z - PORT.collarMm, 16),
      // The connector's knurled nut, screwed on the barrel.
      along(4.2, PORT.nutMm, TOP_END_Z - PORT.collarMm - PORT.barrelMm, 8),
    ])
  }, [])
  return (
    <>
      <mesh geometry={boot} material={surface('#2a62b5', { roughness: 0.8, key: 'meter-boot' })} />
      <mesh geometry={dark} material={darkRubber()} />
      <mesh geometry={metal} material={steel()} />
    </>
  )
}

export function PowerMeter({
  wavelengthNm,
  display,
  connected,
  cordEnd = null,
  onConnectorPointerDown,
  onWavelengthPointerDown,
  onMeasurePointerDown,
}: PowerMeterProps) {
  const picture = useLcd(wavelengthNm, display)
  const keys = useGeometry(
    () =>
      mergeParts(
        KEYS.map(({ x, z }) => ({
          geometry: roundedBlock(KEY.widthMm, KEY.heightMm, KEY.lengthMm, { cornerMm: 3, edgeMm: 1 }),
          at: [x, PANEL.topY, z] as Vec3,
        })),
      ),
    [],
  )
  const lcd = useGeometry(() => new PlaneGeometry(LCD.widthMm, LCD.lengthMm).rotateX(-Math.PI / 2), [])
  const pose = plugPose(connected, cordEnd)
  const pressKey = (event: ThreeEvent<PointerEvent>) => {
    // The keys are merged in KEYS' order, each of the same triangles: the face hit says which key.
    const perKey = keys.getAttribute('position').count / 3 / KEYS.length
    const key = KEYS[Math.floor((event.faceIndex ?? 0) / perKey)]?.id
    if (key === 'wavelength') onWavelengthPointerDown?.(event)
    if (key === 'measure') onMeasurePointerDown?.(event)
  }
  return (
    <group>
      <group position={[POWER_METER.at.x, 0, POWER_METER.at.z]}>
        <Body />
        <Print />
        <mesh geometry={lcd} material={screenMaterial(picture)} position={[0, PANEL.topY + 0.06, LCD.z]} />
        <mesh
          geometry={keys}
          material={surface(KEY_COLOUR, { roughness: 0.5, key: 'meter-keys' })}
          onPointerDown={pressKey}
        />
      </group>
      <Cord pose={pose} />
      <Plug pose={pose} onPointerDown={onConnectorPointerDown} />
    </group>
  )
}
