/**
 * The alcohol dispenser (a "Menda"-type pump bottle): a milky translucent bottle with the liquid showing
 * through, a white pump whose shallow dish is pressed with the wipe to wet it, and a red label "IPA /
 * Alcool" with the flammable pictogram (GHS02), as on the bottles in the training centres.
 */
import { use, useMemo } from 'react'
import { LatheGeometry, Vector2 } from 'three'
import { PRINT_FONT, canvasTexture, printFontReady } from '../../../src/kit/canvasTexture.ts'
import { clearPlastic, surface } from '../../../src/kit/materials.ts'
import { ALCOHOL_PUMP, MAT } from '../layout.ts'
import { lightPlastic, steel } from './splicingMaterials.ts'
import { useGeometry } from '../../../src/kit/useGeometry.ts'

export const PUMP_RADIUS_MM = 32
const BOTTLE_HEIGHT_MM = 78
const LIQUID_HEIGHT_MM = 48
const LABEL = { heightMm: 34, centreYMm: 34, turnShare: 0.5 }
const LATHE_SEGMENTS = 24
/** The dish's top, where the wipe is pressed: exported so the scene can aim the wetting gesture there. */
export const PUMP_DISH_Y_MM = MAT.thicknessMm + BOTTLE_HEIGHT_MM + 26

const bottleProfile = [
  [0, 0],
  [PUMP_RADIUS_MM - 2, 0],
  [PUMP_RADIUS_MM, 2],
  [PUMP_RADIUS_MM, BOTTLE_HEIGHT_MM - 10],
  [PUMP_RADIUS_MM - 5, BOTTLE_HEIGHT_MM - 3],
  [15, BOTTLE_HEIGHT_MM],
  [0, BOTTLE_HEIGHT_MM],
]

/** The pump, from the collar screwed on the neck up to the dish, heights above the bottle's top. */
const pumpProfile = [
  [0, -1],
  [16, -1],
  [16, 8],
  [6, 9],
  [5, 17],
  [26, 19],
  [30, 23],
  [30, 26],
  [27, 26],
  [9, 22.5],
  [0, 22.5],
]

function lathe(profile: number[][]) {
  return new LatheGeometry(
    profile.map(([r, y]) => new Vector2(r, y)),
    LATHE_SEGMENTS,
  )
}

/** The flammable pictogram: a red-bordered diamond with a black flame. */
function drawFlame(context: CanvasRenderingContext2D, cx: number, cy: number, half: number) {
  context.fillStyle = '#ffffff'
  context.strokeStyle = '#d21f1f'
  context.lineWidth = half * 0.14
  context.beginPath()
  context.moveTo(cx, cy - half)
  context.lineTo(cx + half, cy)
  context.lineTo(cx, cy + half)
  context.lineTo(cx - half, cy)
  context.closePath()
  context.fill()
  context.stroke()
  const s = half * 0.45
  context.fillStyle = '#111111'
  context.beginPath()
  context.moveTo(cx - s * 0.7, cy + s * 0.8)
  context.quadraticCurveTo(cx - s * 1.1, cy - s * 0.1, cx - s * 0.1, cy - s * 1.1)
  context.quadraticCurveTo(cx + s * 0.1, cy - s * 0.4, cx + s * 0.4, cy - s * 0.3)
  context.quadraticCurveTo(cx + s * 1.1, cy + s * 0.2, cx + s * 0.7, cy + s * 0.8)
  context.closePath()
  context.fill()
  context.fillRect(cx - s, cy + s * 0.85, s * 2, s * 0.25)
}

function drawLabel(context: CanvasRenderingContext2D, widthPx: number, heightPx: number) {
  context.fillStyle = '#c62828'
  context.fillRect(0, 0, widthPx, heightPx)
  context.fillStyle = '#ffffff'
  context.fillRect(0, 10, widthPx, 6)
  context.fillRect(0, heightPx - 16, widthPx, 6)
  context.textAlign = 'center'
  context.textBaseline = 'middle'
  context.font = `700 96px ${PRINT_FONT}`
  context.fillText('IPA', widthPx * 0.4, heightPx * 0.38)
  context.font = `700 44px ${PRINT_FONT}`
  context.fillText('Alcool', widthPx * 0.4, heightPx * 0.72)
  // Kept within the label's front half: the rest turns away from the trainee.
  drawFlame(context, widthPx * 0.68, heightPx * 0.5, heightPx * 0.26)
}

export function AlcoholPump() {
  use(printFontReady())
  const bottle = useGeometry(() => lathe(bottleProfile), [])
  const pump = useGeometry(() => lathe(pumpProfile), [])
  const labelMaterial = useMemo(() => {
    const texture = canvasTexture('alcohol-label', 640, 256, (context) => drawLabel(context, 640, 256))
    return surface('#ffffff', { roughness: 0.5, map: texture, key: 'alcohol-label' })
  }, [])
  const labelTurnRad = LABEL.turnShare * Math.PI * 2
  return (
    <group position={[ALCOHOL_PUMP.at.x, MAT.thicknessMm, ALCOHOL_PUMP.at.z]}>
      <mesh
        position={[0, 0.8 + LIQUID_HEIGHT_MM / 2, 0]}
        material={surface('#cfe2ea', { roughness: 0.2, key: 'ipa' })}
      >
        <cylinderGeometry
          args={[PUMP_RADIUS_MM - 1.2, PUMP_RADIUS_MM - 1.2, LIQUID_HEIGHT_MM, LATHE_SEGMENTS]}
        />
      </mesh>
      <mesh geometry={bottle} material={clearPlastic('#eef2f2', 0.45)} />
      <mesh position={[0, LABEL.centreYMm, 0]} material={labelMaterial}>
        {/* Centred on +z, facing the trainee. */}
        <cylinderGeometry
          args={[
            PUMP_RADIUS_MM + 0.2,
            PUMP_RADIUS_MM + 0.2,
            LABEL.heightMm,
            LATHE_SEGMENTS,
            1,
            true,
            -labelTurnRad / 2,
            labelTurnRad,
          ]}
        />
      </mesh>
      <mesh geometry={pump} material={lightPlastic()} position={[0, BOTTLE_HEIGHT_MM, 0]} />
      <mesh position={[0, BOTTLE_HEIGHT_MM + 22.7, 0]} material={steel()}>
        <cylinderGeometry args={[9, 9, 0.4, 16]} />
      </mesh>
    </group>
  )
}
