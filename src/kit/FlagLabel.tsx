/**
 * A self-laminating flag label as fibre technicians put on thin patch cords (Brady, Panduit "flag"
 * labels): the white strip is wrapped once round the 2 mm cord, then its two printed halves are pressed
 * together into a flat flag standing out from the cord, so the reference reads from either side without
 * the text curling round a cord too thin to read on. Each label is one merged mesh (sleeve and flag)
 * with its own small canvas, cached by text so the same reference costs one texture; `highlight` adds a
 * thin unlit outline round the flag (a second draw call).
 */
import { use, useMemo } from 'react'
import { CylinderGeometry, ExtrudeGeometry, Matrix4, Quaternion, Shape, Vector3 } from 'three'
import { PRINT_FONT, canvasTexture, printFontReady } from './canvasTexture.ts'
import { mergeParts, printedBox, roundedRectPath } from './geometry.ts'
import type { AtlasRect, Vec3 } from './geometry.ts'
import { marker, surface } from './materials.ts'
import { useGeometry } from './useGeometry.ts'

export type FlagLabelProps = {
  /** The point on the cord's axis the label is wrapped round. */
  at: Vec3
  /** The cord's direction there (unit vector). */
  along: Vec3
  text: string
  highlight?: boolean
}

/** The flag, once the two halves are stuck: 38 × 12 mm, two label thicknesses. */
const FLAG = { lengthMm: 38, heightMm: 12, thicknessMm: 0.4 }
/** Wrapped once round a 2 mm jacket: the sleeve's outer radius. */
const SLEEVE_RADIUS_MM = 1.25
const PX_PER_MM = 16
const FACE_PX = { width: FLAG.lengthMm * PX_PER_MM, height: FLAG.heightMm * PX_PER_MM }
/** Canvas: the printed face on top, a plain white band below it for the edges and the sleeve. */
const CANVAS_PX = { width: FACE_PX.width, height: FACE_PX.height + 32 }
const FACE_RECT: AtlasRect = [0, 0, 1, FACE_PX.height / CANVAS_PX.height]
const WHITE_RECT: AtlasRect = [0.1, (FACE_PX.height + 8) / CANVAS_PX.height, 0.9, 1 - 8 / CANVAS_PX.height]
const OUTLINE = { gapMm: 0.3, widthMm: 0.9, depthMm: 1.2, colour: '#0b5575' }

function drawFace(context: CanvasRenderingContext2D, text: string) {
  context.fillStyle = '#ffffff'
  context.fillRect(0, 0, CANVAS_PX.width, CANVAS_PX.height)
  const label = text.toUpperCase()
  // The printer leaves a blank margin at each end: the end by the cord is where the fingers press.
  const maxWidthPx = FACE_PX.width - 6 * PX_PER_MM
  let sizePx = Math.round(FACE_PX.height * 0.62)
  context.font = `700 ${sizePx}px ${PRINT_FONT}`
  while (sizePx > 10 && context.measureText(label).width > maxWidthPx) {
    sizePx -= 1
    context.font = `700 ${sizePx}px ${PRINT_FONT}`
  }
  context.fillStyle = '#111111'
  context.textAlign = 'center'
  context.textBaseline = 'middle'
  context.fillText(label, FACE_PX.width / 2, FACE_PX.height / 2 + sizePx * 0.04)
}

/**
 * The label's frame: x the reading direction, y the letters' up (along the cord), z the face's normal.
 * The face turns toward +z (the technician) as far as the cord allows; the flag hangs down from a
 * horizontal cord and stands to the right of a vertical one; the text always reads left to right.
 */
function labelFrame(along: Vec3): { quaternion: Quaternion; out: Vector3; reading: 1 | -1 } {
  const a = new Vector3(...along).normalize()
  const normal = new Vector3(0, 0, 1).addScaledVector(a, -a.z)
  if (normal.lengthSq() < 0.09) normal.set(0, 1, 0).addScaledVector(a, -a.y)
  normal.normalize()
  const out = new Vector3().crossVectors(a, normal).normalize()
  if (out.y > 0.5 || (Math.abs(out.y) <= 0.5 && out.x < 0)) out.negate()
  const reading = out.x >= -1e-6 ? 1 : -1
  const x = out.clone().multiplyScalar(reading)
  const y = new Vector3().crossVectors(normal, x)
  const quaternion = new Quaternion().setFromRotationMatrix(new Matrix4().makeBasis(x, y, normal))
  return { quaternion, out, reading }
}

export function FlagLabel({ at, along, text, highlight = false }: FlagLabelProps) {
  use(printFontReady())
  const material = useMemo(() => {
    const key = `flag-label|${text.toUpperCase()}`
    const texture = canvasTexture(key, CANVAS_PX.width, CANVAS_PX.height, (context) =>
      drawFace(context, text),
    )
    return surface('#ffffff', { roughness: 0.45, map: texture, key })
  }, [text])
  const [ax, ay, az] = along
  const frame = useMemo(() => labelFrame([ax, ay, az]), [ax, ay, az])
  const { reading } = frame
  // In the label's frame the flag is centred on the origin; the cord runs along y at its inner end.
  const cordX = -reading * (FLAG.lengthMm / 2 + SLEEVE_RADIUS_MM - 0.3)
  const geometry = useGeometry(
    () =>
      mergeParts([
        {
          geometry: printedBox(
            FLAG.lengthMm,
            FLAG.heightMm,
            FLAG.thicknessMm,
            { front: FACE_RECT, back: FACE_RECT },
            WHITE_RECT,
          ),
        },
        {
          // The sleeve round the cord: white all round, so it samples the plain band.
          geometry: whiteUv(new CylinderGeometry(SLEEVE_RADIUS_MM, SLEEVE_RADIUS_MM, FLAG.heightMm, 16)),
          at: [cordX, 0, 0],
        },
      ]),
    [cordX],
  )
  const outline = useGeometry(() => {
    const outerW = FLAG.lengthMm + 2 * (OUTLINE.gapMm + OUTLINE.widthMm)
    const outerH = FLAG.heightMm + 2 * (OUTLINE.gapMm + OUTLINE.widthMm)
    const shape = roundedRectPath(new Shape(), outerW, outerH, 1.5)
    shape.holes.push(
      roundedRectPath(new Shape(), FLAG.lengthMm + 2 * OUTLINE.gapMm, FLAG.heightMm + 2 * OUTLINE.gapMm, 0.8),
    )
    const frameGeometry = new ExtrudeGeometry(shape, { depth: OUTLINE.depthMm, bevelEnabled: false })
    return frameGeometry.translate(0, 0, -OUTLINE.depthMm / 2)
  }, [])
  const centre = frame.out.clone().multiplyScalar(FLAG.lengthMm / 2 + SLEEVE_RADIUS_MM - 0.3)
  return (
    <group position={[at[0] + centre.x, at[1] + centre.y, at[2] + centre.z]} quaternion={frame.quaternion}>
      <mesh geometry={geometry} material={material} />
      {highlight ? <mesh geometry={outline} material={marker(OUTLINE.colour)} /> : null}
    </group>
  )
}

/** Points every uv of `geometry` at the canvas's plain white band. */
function whiteUv<T extends CylinderGeometry>(geometry: T): T {
  const uv = geometry.getAttribute('uv')
  for (let v = 0; v < uv.count; v++) uv.setXY(v, 0.5, 1 - (WHITE_RECT[1] + WHITE_RECT[3]) / 2)
  return geometry
}
