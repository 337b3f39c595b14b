/**
 * The fusion splicer, as a trainee will meet it on the bench (core-alignment type, Fujikura 41S /
 * Sumitomo T-400S): an anthracite body with rubber corner bumpers; on top, the white ceramic V-grooves
 * either side of the electrode pair, the two fibre clamps, the clear wind cover hinged at the back and,
 * behind them, the sleeve heater with its lid and status light; at the front, the tilted monitor with
 * its keys. Only looks: the gestures and the screen's content come from the scene.
 */
import { use, useLayoutEffect, useMemo, useRef } from 'react'
import {
  ConeGeometry,
  CylinderGeometry,
  ExtrudeGeometry,
  Matrix4,
  PlaneGeometry,
  Shape,
  Vector3,
} from 'three'
import type { InstancedMesh, Texture } from 'three'
import { PRINT_FONT, canvasTexture, printFontReady } from '../../../src/kit/canvasTexture.ts'
import { clearPlastic, marker, screenMaterial, surface } from '../../../src/kit/materials.ts'
import { FIBRE_LINE_Y, HEATER_Y, MAT, SPLICER } from '../layout.ts'
import { box, mergeParts, roundedBlock } from '../../../src/kit/geometry.ts'
import { vGrooveBlock } from './vGroove.ts'
import type { Vec3 } from '../../../src/kit/geometry.ts'
import {
  accent,
  ceramic,
  DECK_COLOUR,
  deck,
  housing,
  lightPlastic,
  rubber,
  steel,
} from './splicingMaterials.ts'
import { useGeometry } from '../../../src/kit/useGeometry.ts'

export type HeaterState = 'off' | 'heating' | 'cooling'

export type SplicerBodyProps = {
  coverOpen: boolean
  clampsClosed: boolean
  heaterLidOpen: boolean
  heaterState: HeaterState
  screenTexture?: Texture | null
}

const TOP_Y = MAT.thicknessMm + SPLICER.topMm
const HALF_WIDTH_MM = SPLICER.widthMm / 2
const HALF_DEPTH_MM = SPLICER.depthMm / 2
/** The heater's axis, in the splicer's own frame (z from the splicer's centre). */
const HEATER_Z_MM = SPLICER.heater.z - SPLICER.at.z

/** A fibre resting in a V-groove touches both faces: the groove's bottom is below the fibre line. */
export const V_GROOVE_APEX_Y_MM = FIBRE_LINE_Y - 0.6
/** The V-grooves run along x from this far either side of the electrode axis out to SPLICER.vGrooveMm. */
export const V_GROOVE_INNER_MM = 3.5
/** A closed clamp's rubber pad rests on the fibre's coating from above, at this height. */
export const CLAMP_PAD_Y_MM = FIBRE_LINE_Y + 0.3

const STAGE_TOP_Y = V_GROOVE_APEX_Y_MM - 0.2
const GROOVE_BLOCK_TOP_Y = FIBRE_LINE_Y + 0.25
const GROOVE_BLOCK_DEPTH_MM = 8
const ELECTRODE_RADIUS_MM = 0.9
const ELECTRODE_TIP_MM = 2.2
const ELECTRODE_HOLDER_Z_MM = 11
const ELECTRODE_HOLDER_DEPTH_MM = 8

const CLAMP_HINGE_Z_MM = -12
const CLAMP_LENGTH_MM = 22
const CLAMP_PAD_MM = 0.8
const CLAMP_ARM_MM = 3.2
const CLAMP_OPEN_DEG = 100
const CLAMP_HINGE_Y_MM = CLAMP_PAD_Y_MM + CLAMP_PAD_MM + CLAMP_ARM_MM / 2

const COVER = { halfWidthMm: 50, backZMm: -30, frontZMm: 20, topY: TOP_Y + 18, wallMm: 1.4 }
const COVER_OPEN_DEG = 110

/**
 * A sleeve in the heater lies along x with its axis at HEATER_Y (layout.ts), sunk in the slot: showing
 * above it while the lid is open, covered when it is closed. The housing's height follows from that.
 */
const HEATER_TOP_Y = HEATER_Y - 1
const HEATER_HOUSING = { widthMm: 96, depthMm: 26, heightMm: HEATER_TOP_Y - TOP_Y }
const HEATER_LID = { widthMm: 80, depthMm: 24, heightMm: 3 }
const HEATER_LID_OPEN_DEG = 100
const HEATER_LED = { x: 43, z: HEATER_Z_MM + 7 }
const LED_COLOUR: Record<HeaterState, string> = { off: '#3a3d40', heating: '#ff3b2f', cooling: '#36d957' }

/**
 * The monitor lies on the body's front slope, hinged at the slope's top edge, its face leaning back so it
 * looks up at the trainee; the slope is cut into the front top of the body between the front bumpers.
 */
const SCREEN_TILT_RAD = (-SPLICER.screen.tiltDeg * Math.PI) / 180
const SLOPE_LENGTH_MM = SPLICER.screen.heightMm + 2
const SLOPE = {
  topZ: HALF_DEPTH_MM - SLOPE_LENGTH_MM * Math.sin(-SCREEN_TILT_RAD),
  bottomY: TOP_Y - SLOPE_LENGTH_MM * Math.cos(SCREEN_TILT_RAD),
}
const SCREEN_HINGE: Vec3 = [0, TOP_Y, SLOPE.topZ]
const BEZEL_MM = 4
const DISPLAY = { widthMm: 80, heightMm: 60, x: -10 }
/**
 * Keys: a column beside the display, each with its legend printed under it as on the real machines, and
 * two more on the deck, right of the cover.
 */
export type SplicerKey = 'set' | 'ok' | 'reset' | 'heat'
const BEZEL_KEYS: { key: SplicerKey; legend: string; y: number }[] = [
  { key: 'set', legend: 'SET', y: -12 },
  { key: 'ok', legend: 'OK', y: -26 },
  { key: 'reset', legend: 'RESET', y: -40 },
  { key: 'heat', legend: 'HEAT', y: -54 },
]
const BEZEL_KEYS_X = 42
const KEY = { widthMm: 10, heightMm: 2.4, depthMm: 7 }
const LEGEND = { widthMm: 14, heightMm: 3.2, belowKeyMm: 6 }
const DECK_KEYS: Vec3[] = [
  [62, TOP_Y, -4],
  [62, TOP_Y, 9],
]

const DEG = Math.PI / 180

/** From the monitor's own frame (x across, y up its face, z out of it) to the splicer's frame. */
const ON_SCREEN = new Matrix4()
  .makeTranslation(...SCREEN_HINGE)
  .multiply(new Matrix4().makeRotationX(SCREEN_TILT_RAD))

/** Where each bezel key's top is, in scene coordinates, for the scene's pick zones and hints. */
export const SPLICER_KEYS = Object.fromEntries(
  BEZEL_KEYS.map(({ key, y }) => {
    const top = new Vector3(BEZEL_KEYS_X, y, BEZEL_MM + KEY.heightMm)
      .applyMatrix4(ON_SCREEN)
      .add(new Vector3(SPLICER.at.x, 0, SPLICER.at.z))
    return [key, [top.x, top.y, top.z]]
  }),
) as Record<SplicerKey, Vec3>

/**
 * The body seen from its side (z across, y up), extruded across its width: a box with rounded edges whose
 * front top is cut into the monitor's slope.
 */
function bodyGeometry() {
  const edge = 2.5
  const back = -HALF_DEPTH_MM + edge
  const front = HALF_DEPTH_MM - edge
  const bottom = MAT.thicknessMm + edge
  const top = TOP_Y - edge
  const round = 8
  const shape = new Shape()
  shape.moveTo(back + round, bottom)
  shape.lineTo(front - round, bottom)
  shape.quadraticCurveTo(front, bottom, front, bottom + round)
  shape.lineTo(front, SLOPE.bottomY)
  shape.lineTo(SLOPE.topZ - edge, top)
  shape.lineTo(back + round, top)
  shape.quadraticCurveTo(back, top, back, top - round)
  shape.lineTo(back, bottom + round)
  shape.quadraticCurveTo(back, bottom, back + round, bottom)
  const widthMm = SPLICER.widthMm - 2 * edge
  const geometry = new ExtrudeGeometry(shape, {
    depth: widthMm,
    bevelEnabled: true,
    bevelThickness: edge,
    bevelSize: edge,
    bevelSegments: 2,
    curveSegments: 3,
  })
  // Extruded along z; turned so the profile's x becomes the depth (z) and the extrusion the width (x).
  geometry.rotateY(-Math.PI / 2)
  geometry.translate(widthMm / 2, 0, 0)
  return geometry
}

function bezelPart() {
  const { widthMm, heightMm } = SPLICER.screen
  const geometry = roundedBlock(widthMm, BEZEL_MM, heightMm, { cornerMm: 5, edgeMm: 1.5 })
  // Stood up: its thickness along the face normal (+z), hanging down from the hinge.
  geometry.rotateX(Math.PI / 2)
  geometry.translate(0, -heightMm / 2, 0)
  return { geometry, at: SCREEN_HINGE, rotation: [SCREEN_TILT_RAD, 0, 0] as Vec3 }
}

function Keys() {
  const keys = useRef<InstancedMesh>(null)
  const geometry = useGeometry(
    () => roundedBlock(KEY.widthMm, KEY.heightMm, KEY.depthMm, { cornerMm: 1.6, edgeMm: 0.6 }),
    [],
  )
  const count = BEZEL_KEYS.length + DECK_KEYS.length
  useLayoutEffect(() => {
    const mesh = keys.current
    if (!mesh) return
    const stand = new Matrix4().makeRotationX(Math.PI / 2)
    const key = new Matrix4()
    BEZEL_KEYS.forEach(({ y }, i) => {
      key.makeTranslation(BEZEL_KEYS_X, y, BEZEL_MM).multiply(stand)
      mesh.setMatrixAt(i, key.premultiply(ON_SCREEN))
    })
    DECK_KEYS.forEach((at, i) => mesh.setMatrixAt(BEZEL_KEYS.length + i, key.makeTranslation(...at)))
    mesh.instanceMatrix.needsUpdate = true
  }, [])
  return <instancedMesh ref={keys} args={[geometry, lightPlastic(), count]} />
}

/** The keys' legends, printed on the bezel under each key, on the bezel's own colour. */
function KeyLegends() {
  const pxPerMm = 16
  const material = useMemo(() => {
    const widthPx = LEGEND.widthMm * pxPerMm
    const heightPx = Math.round(LEGEND.heightMm * pxPerMm)
    const texture = canvasTexture('splicer-key-legends', widthPx, heightPx * BEZEL_KEYS.length, (context) => {
      context.fillStyle = DECK_COLOUR
      context.fillRect(0, 0, widthPx, heightPx * BEZEL_KEYS.length)
      context.fillStyle = '#e9ebe6'
      context.font = `700 ${Math.round(heightPx * 0.8)}px ${PRINT_FONT}`
      context.textAlign = 'center'
      context.textBaseline = 'middle'
      BEZEL_KEYS.forEach(({ legend }, i) => context.fillText(legend, widthPx / 2, heightPx * (i + 0.5)))
    })
    return surface('#ffffff', { roughness: 0.5, map: texture, key: 'splicer-key-legends' })
  }, [])
  const geometry = useGeometry(
    () =>
      mergeParts(
        BEZEL_KEYS.map(({ y }, i) => {
          const plane = new PlaneGeometry(LEGEND.widthMm, LEGEND.heightMm)
          // Each legend shows its own band of the printed strip.
          const uv = plane.getAttribute('uv')
          for (let v = 0; v < uv.count; v++) {
            uv.setY(v, 1 - (i + 1 - uv.getY(v)) / BEZEL_KEYS.length)
          }
          plane.translate(BEZEL_KEYS_X, y - LEGEND.belowKeyMm, BEZEL_MM + 0.05)
          return { geometry: plane.applyMatrix4(ON_SCREEN) }
        }),
      ),
    [],
  )
  return <mesh geometry={geometry} material={material} />
}

function Bumpers() {
  const bumpers = useRef<InstancedMesh>(null)
  const geometry = useGeometry(
    () => roundedBlock(24, SPLICER.topMm + 1.5, 24, { cornerMm: 9, edgeMm: 2.5 }),
    [],
  )
  useLayoutEffect(() => {
    const mesh = bumpers.current
    if (!mesh) return
    const matrix = new Matrix4()
    const corners = [-1, 1].flatMap((sx) => [-1, 1].map((sz) => [sx, sz] as const))
    // The front pair stop below the monitor's slope, so they guard its corners without framing it.
    const frontShare = (SLOPE.bottomY + 12 - MAT.thicknessMm) / (SPLICER.topMm + 1.5)
    corners.forEach(([sx, sz], i) => {
      matrix.makeTranslation(sx * (HALF_WIDTH_MM - 9), MAT.thicknessMm, sz * (HALF_DEPTH_MM - 9))
      mesh.setMatrixAt(i, sz > 0 ? matrix.scale(new Vector3(1, frontShare, 1)) : matrix)
    })
    mesh.instanceMatrix.needsUpdate = true
  }, [])
  return <instancedMesh ref={bumpers} args={[geometry, rubber(), 4]} />
}

/** Body, heater housing, electrode holders and the wind cover's hinge posts: one moulded piece. */
function useHousingGeometry() {
  return useGeometry(
    () =>
      mergeParts([
        {
          geometry: bodyGeometry(),
        },
        {
          geometry: roundedBlock(
            HEATER_HOUSING.widthMm,
            HEATER_HOUSING.heightMm + 1,
            HEATER_HOUSING.depthMm,
            {
              cornerMm: 4,
              edgeMm: 1.2,
            },
          ),
          at: [0, TOP_Y - 1, HEATER_Z_MM],
        },
        ...[-1, 1].map((side) =>
          box(9, FIBRE_LINE_Y + 6 - TOP_Y, ELECTRODE_HOLDER_DEPTH_MM, [
            0,
            (FIBRE_LINE_Y + 6 + TOP_Y) / 2,
            side * (ELECTRODE_HOLDER_Z_MM + ELECTRODE_HOLDER_DEPTH_MM / 2),
          ]),
        ),
        ...[-1, 1].map((side) =>
          box(6, COVER.topY - TOP_Y, 6, [
            side * (COVER.halfWidthMm + 3),
            (COVER.topY + TOP_Y) / 2,
            COVER.backZMm,
          ]),
        ),
      ]),
    [],
  )
}

/** The dark deck plate under the cover, the monitor's bezel and the heater's slot. */
function useDeckGeometry() {
  return useGeometry(
    () =>
      mergeParts([
        box(COVER.halfWidthMm * 2 + 8, 0.6, COVER.frontZMm - COVER.backZMm + 4, [0, TOP_Y + 0.3, 1]),
        bezelPart(),
        box(SPLICER.heater.lengthMm, 0.4, 9, [0, HEATER_TOP_Y + 0.2, HEATER_Z_MM]),
      ]),
    [],
  )
}

/** The V-groove stage, clamp bases, electrodes and hinge pins. */
function useSteelGeometry() {
  return useGeometry(() => {
    const rodLengthMm = ELECTRODE_HOLDER_Z_MM - SPLICER.electrodeGapMm / 2 - ELECTRODE_TIP_MM
    const tipZ = SPLICER.electrodeGapMm / 2
    const electrodes = [-1, 1].flatMap((side) => [
      {
        geometry: new CylinderGeometry(ELECTRODE_RADIUS_MM, ELECTRODE_RADIUS_MM, rodLengthMm, 10),
        at: [0, FIBRE_LINE_Y, side * (tipZ + ELECTRODE_TIP_MM + rodLengthMm / 2)] as Vec3,
        rotation: [(side * Math.PI) / 2, 0, 0] as Vec3,
      },
      {
        // The cone points along +y; turned so each tip points at the other electrode.
        geometry: new ConeGeometry(ELECTRODE_RADIUS_MM, ELECTRODE_TIP_MM, 10),
        at: [0, FIBRE_LINE_Y, side * (tipZ + ELECTRODE_TIP_MM / 2)] as Vec3,
        rotation: [(-side * Math.PI) / 2, 0, 0] as Vec3,
      },
    ])
    const stageHeight = STAGE_TOP_Y - TOP_Y
    return mergeParts([
      box(SPLICER.vGrooveMm * 2 + 12, stageHeight, 22, [0, TOP_Y + stageHeight / 2, 0]),
      ...[-1, 1].map((side) =>
        box(14, CLAMP_PAD_Y_MM - 0.75 - TOP_Y, 18, [
          side * SPLICER.clampOffsetMm,
          (CLAMP_PAD_Y_MM - 0.75 + TOP_Y) / 2,
          0,
        ]),
      ),
      ...electrodes,
      ...[-1, 1].flatMap((side) => [
        {
          geometry: new CylinderGeometry(1.6, 1.6, 16, 8),
          at: [side * SPLICER.clampOffsetMm, CLAMP_HINGE_Y_MM, CLAMP_HINGE_Z_MM] as Vec3,
          rotation: [0, 0, Math.PI / 2] as Vec3,
        },
        box(16, CLAMP_HINGE_Y_MM - TOP_Y, 3, [
          side * SPLICER.clampOffsetMm,
          (CLAMP_HINGE_Y_MM + TOP_Y) / 2,
          CLAMP_HINGE_Z_MM - 2,
        ]),
      ]),
      {
        geometry: new CylinderGeometry(2.2, 2.2, COVER.halfWidthMm * 2 + 12, 10),
        at: [0, COVER.topY, COVER.backZMm] as Vec3,
        rotation: [0, 0, Math.PI / 2] as Vec3,
      },
      {
        geometry: new CylinderGeometry(2, 2, SPLICER.screen.widthMm - 20, 10),
        at: SCREEN_HINGE,
        rotation: [0, 0, Math.PI / 2] as Vec3,
      },
    ])
  }, [])
}

function FibreClamps({ closed }: { closed: boolean }) {
  const arms = useGeometry(
    () =>
      mergeParts(
        [-1, 1].map((side) => ({
          geometry: roundedBlock(12, CLAMP_ARM_MM, CLAMP_LENGTH_MM, { cornerMm: 2.5, edgeMm: 0.8 }),
          at: [side * SPLICER.clampOffsetMm, -CLAMP_ARM_MM / 2, CLAMP_LENGTH_MM / 2 - 1] as Vec3,
        })),
      ),
    [],
  )
  const pads = useGeometry(
    () =>
      mergeParts(
        [-1, 1].map((side) =>
          box(10, CLAMP_PAD_MM, CLAMP_LENGTH_MM - 6, [
            side * SPLICER.clampOffsetMm,
            -CLAMP_ARM_MM / 2 - CLAMP_PAD_MM / 2,
            CLAMP_LENGTH_MM / 2 + 1,
          ]),
        ),
      ),
    [],
  )
  return (
    // Both clamps hinge on the same pin line at the back, so they turn as one.
    <group
      position={[0, CLAMP_HINGE_Y_MM, CLAMP_HINGE_Z_MM]}
      rotation={[closed ? 0 : -CLAMP_OPEN_DEG * DEG, 0, 0]}
    >
      <mesh geometry={arms} material={accent()} />
      <mesh geometry={pads} material={rubber()} />
    </group>
  )
}

function WindCover({ open }: { open: boolean }) {
  const { halfWidthMm, backZMm, frontZMm, topY, wallMm } = COVER
  const depthMm = frontZMm - backZMm
  const wallHeightMm = topY - TOP_Y - 0.8
  // Its sides stop above the fibre line: the fibres run out through the gap, as through a real cover's slots.
  const sideHeightMm = topY - (CLAMP_PAD_Y_MM + CLAMP_PAD_MM + CLAMP_ARM_MM + 1)
  const geometry = useGeometry(
    () =>
      mergeParts([
        box(halfWidthMm * 2, wallMm, depthMm, [0, -wallMm / 2, depthMm / 2]),
        box(halfWidthMm * 2, wallHeightMm, wallMm, [0, -wallHeightMm / 2, depthMm - wallMm / 2]),
        box(halfWidthMm * 2, wallHeightMm, wallMm, [0, -wallHeightMm / 2, wallMm / 2]),
        ...[-1, 1].map((side) =>
          box(wallMm, sideHeightMm, depthMm, [
            side * (halfWidthMm - wallMm / 2),
            -sideHeightMm / 2,
            depthMm / 2,
          ]),
        ),
      ]),
    [],
  )
  return (
    <mesh
      geometry={geometry}
      material={clearPlastic('#9fb7c9', 0.32)}
      position={[0, topY, backZMm]}
      rotation={[open ? -COVER_OPEN_DEG * DEG : 0, 0, 0]}
    />
  )
}

function Heater({ lidOpen, state }: { lidOpen: boolean; state: HeaterState }) {
  const lid = useGeometry(
    () =>
      roundedBlock(HEATER_LID.widthMm, HEATER_LID.heightMm, HEATER_LID.depthMm, { cornerMm: 3, edgeMm: 0.8 }),
    [],
  )
  const hingeZ = HEATER_Z_MM - HEATER_LID.depthMm / 2
  return (
    <group>
      <group position={[0, HEATER_TOP_Y, hingeZ]} rotation={[lidOpen ? -HEATER_LID_OPEN_DEG * DEG : 0, 0, 0]}>
        <mesh geometry={lid} material={accent()} position={[0, 0, HEATER_LID.depthMm / 2]} />
      </group>
      <mesh position={[HEATER_LED.x, HEATER_TOP_Y + 0.5, HEATER_LED.z]} material={marker(LED_COLOUR[state])}>
        <boxGeometry args={[4, 1, 3]} />
      </mesh>
    </group>
  )
}

function Display({ picture }: { picture: Texture | null }) {
  const geometry = useGeometry(() => {
    const plane = new PlaneGeometry(DISPLAY.widthMm, DISPLAY.heightMm)
    plane.translate(DISPLAY.x, -SPLICER.screen.heightMm / 2, BEZEL_MM + 0.05)
    return plane
  }, [])
  return (
    <mesh
      geometry={geometry}
      material={screenMaterial(picture)}
      position={SCREEN_HINGE}
      rotation={[SCREEN_TILT_RAD, 0, 0]}
    />
  )
}

export function SplicerBody({
  coverOpen,
  clampsClosed,
  heaterLidOpen,
  heaterState,
  screenTexture,
}: SplicerBodyProps) {
  use(printFontReady())
  const housingGeometry = useHousingGeometry()
  const deckGeometry = useDeckGeometry()
  const steelGeometry = useSteelGeometry()
  const grooves = useGeometry(() => {
    const groove = () =>
      vGrooveBlock(SPLICER.vGrooveMm - V_GROOVE_INNER_MM, GROOVE_BLOCK_DEPTH_MM, {
        bottomY: STAGE_TOP_Y,
        apexY: V_GROOVE_APEX_Y_MM,
        topY: GROOVE_BLOCK_TOP_Y,
      })
    return mergeParts([
      { geometry: groove(), at: [V_GROOVE_INNER_MM, 0, 0] },
      { geometry: groove(), at: [-SPLICER.vGrooveMm, 0, 0] },
    ])
  }, [])
  return (
    <group position={[SPLICER.at.x, 0, SPLICER.at.z]}>
      <mesh geometry={housingGeometry} material={housing()} />
      <mesh geometry={deckGeometry} material={deck()} />
      <mesh geometry={steelGeometry} material={steel()} />
      <mesh geometry={grooves} material={ceramic()} />
      <Bumpers />
      <Keys />
      <KeyLegends />
      <Display picture={screenTexture ?? null} />
      <FibreClamps closed={clampsClosed} />
      <Heater lidOpen={heaterLidOpen} state={heaterState} />
      <WindCover open={coverOpen} />
    </group>
  )
}
