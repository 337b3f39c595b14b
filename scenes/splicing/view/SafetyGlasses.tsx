/**
 * Safety glasses (EN 166 type: one wraparound lens whose ends make the side shields, a brow bar, a nose
 * bridge), standing on the mat with their arms folded behind the lens, facing the trainee. Gone from the
 * mat while worn.
 */
import { useMemo } from 'react'
import { BoxGeometry, CylinderGeometry, Shape, TorusGeometry } from 'three'
import { canvasTexture } from '../../../src/kit/canvasTexture.ts'
import { GLASSES, MAT } from '../layout.ts'
import { mergeParts } from '../../../src/kit/geometry.ts'
import type { Vec3 } from '../../../src/kit/geometry.ts'
import { clearPlastic } from '../../../src/kit/materials.ts'
import { accent, rubber } from './splicingMaterials.ts'
import { useGeometry } from '../../../src/kit/useGeometry.ts'

export type SafetyGlassesProps = { visible: boolean }

/** The lens wraps round a vertical cylinder of this radius; its outline is printed on that band. */
const WRAP_RADIUS_MM = 78
const LENS_HALF_WIDTH_MM = 70
const LENS_HEIGHT_MM = 44
/** Upright, the glasses rest on the bottom of the lens's two lobes. */
const LENS_BOTTOM_Y = MAT.thicknessMm + 0.2
const BROW_RADIUS_MM = 2.4
const TEMPLE = { lengthMm: 112, heightMm: 5, thicknessMm: 2.2 }
/** The wrap's axis lies behind the lens, so the glasses' footprint is centred on GLASSES.at. */
const AXIS_Z = -WRAP_RADIUS_MM + 18
const WRAP_RAD = (2 * LENS_HALF_WIDTH_MM) / WRAP_RADIUS_MM
/** Where the arms are hinged: the lens's two ends. */
const HINGE_X = WRAP_RADIUS_MM * Math.sin(WRAP_RAD / 2)
const HINGE_Z = AXIS_Z + WRAP_RADIUS_MM * Math.cos(WRAP_RAD / 2)

/** The lens seen from the front, flat: a straight brow, two lobes and the nose bridge's arch between. */
function lensOutline(): Shape {
  const w = LENS_HALF_WIDTH_MM
  const h = LENS_HEIGHT_MM
  const shape = new Shape()
  shape.moveTo(-w + 12, h)
  shape.lineTo(w - 12, h)
  shape.quadraticCurveTo(w, h - 1, w, h - 12)
  shape.lineTo(w - 1, 16)
  shape.quadraticCurveTo(w - 3, 2, w - 20, 1)
  shape.quadraticCurveTo(30, 0, 20, 5)
  shape.quadraticCurveTo(12, 10, 9, 17)
  shape.quadraticCurveTo(0, 25, -9, 17)
  shape.quadraticCurveTo(-12, 10, -20, 5)
  shape.quadraticCurveTo(-30, 0, -w + 20, 1)
  shape.quadraticCurveTo(-w + 3, 2, -w + 1, 16)
  shape.lineTo(-w, h - 12)
  shape.quadraticCurveTo(-w, h - 1, -w + 12, h)
  return shape
}

/**
 * The lens's print: its outline filled (the material's opacity tints it), transparent elsewhere, so a
 * plain wrapped band of two dozen triangles shows the lens's true shape.
 */
function drawLens(context: CanvasRenderingContext2D, widthPx: number, heightPx: number) {
  const pxPerMm = widthPx / (2 * LENS_HALF_WIDTH_MM)
  const points = lensOutline().getPoints(8)
  context.clearRect(0, 0, widthPx, heightPx)
  context.beginPath()
  points.forEach((point, i) => {
    const x = (point.x + LENS_HALF_WIDTH_MM) * pxPerMm
    const y = heightPx - point.y * pxPerMm
    if (i === 0) context.moveTo(x, y)
    else context.lineTo(x, y)
  })
  context.closePath()
  context.fillStyle = '#ffffff'
  context.fill()
  // A darker rim, as the lens's moulded edge catches the light.
  context.strokeStyle = '#7f8c93'
  context.lineWidth = 5
  context.stroke()
}

function useFrameGeometry() {
  return useGeometry(() => {
    const browY = LENS_BOTTOM_Y + LENS_HEIGHT_MM
    const temples = [-1, 1].map((side, i) => ({
      // Folded: each arm runs from its hinge across the back of the lens, one just above the other.
      geometry: new BoxGeometry(TEMPLE.lengthMm, TEMPLE.heightMm, TEMPLE.thicknessMm),
      at: [
        side * (HINGE_X - TEMPLE.lengthMm / 2),
        browY - 5 - i * (TEMPLE.heightMm + 1),
        HINGE_Z - 3 - i * 3,
      ] as Vec3,
      rotation: [0, side * 0.05, 0] as Vec3,
    }))
    return mergeParts([
      {
        // A torus arc lies in its xy plane from angle 0: laid flat and turned to follow the lens's top edge.
        geometry: new TorusGeometry(WRAP_RADIUS_MM - 0.6, BROW_RADIUS_MM, 6, 24, WRAP_RAD - 0.25),
        at: [0, browY - 1, AXIS_Z],
        rotation: [Math.PI / 2, 0, Math.PI / 2 - (WRAP_RAD - 0.25) / 2],
      },
      ...[-1, 1].map((side) => ({
        geometry: new BoxGeometry(5, 10, 8),
        at: [side * HINGE_X, browY - 6, HINGE_Z - 1] as Vec3,
        rotation: [0, (side * WRAP_RAD) / 2, 0] as Vec3,
      })),
      ...temples,
    ])
  }, [])
}

export function SafetyGlasses({ visible }: SafetyGlassesProps) {
  const frame = useFrameGeometry()
  const lens = useGeometry(
    () =>
      new CylinderGeometry(
        WRAP_RADIUS_MM,
        WRAP_RADIUS_MM,
        LENS_HEIGHT_MM,
        24,
        1,
        true,
        -WRAP_RAD / 2,
        WRAP_RAD,
      ),
    [],
  )
  const lensMaterial = useMemo(() => {
    const widthPx = 512
    const heightPx = Math.round((widthPx * LENS_HEIGHT_MM) / (2 * LENS_HALF_WIDTH_MM))
    const print = canvasTexture('safety-glasses-lens', widthPx, heightPx, (context) =>
      drawLens(context, widthPx, heightPx),
    )
    return clearPlastic('#c9dde6', 0.4, print)
  }, [])
  const nosePads = useGeometry(
    () =>
      mergeParts(
        [-1, 1].map((side) => ({
          geometry: new CylinderGeometry(2.2, 2.6, 8, 8),
          at: [side * 7, LENS_BOTTOM_Y + 15, AXIS_Z + WRAP_RADIUS_MM - 5] as Vec3,
          rotation: [0.3, 0, side * 0.5] as Vec3,
        })),
      ),
    [],
  )
  if (!visible) return null
  return (
    <group position={[GLASSES.at.x, 0, GLASSES.at.z]}>
      <mesh geometry={frame} material={accent()} />
      <mesh geometry={nosePads} material={rubber()} />
      <mesh
        geometry={lens}
        material={lensMaterial}
        position={[0, LENS_BOTTOM_Y + LENS_HEIGHT_MM / 2, AXIS_Z]}
      />
    </group>
  )
}
