/**
 * The box of lint-free wipes: a printed carton with a wipe standing out of its slot, and the used wipes
 * the trainee dropped beside it, crumpled (one per fresh wipe taken: one pass per wipe).
 */
import { use, useLayoutEffect, useMemo, useRef } from 'react'
import { Euler, Matrix4, Quaternion, SphereGeometry, Vector3 } from 'three'
import type { InstancedMesh } from 'three'
import { PRINT_FONT, canvasTexture, printFontReady } from '../../../src/kit/canvasTexture.ts'
import { surface } from '../../../src/kit/materials.ts'
import { MAT, WIPES } from '../layout.ts'
import { printedBox } from '../../../src/kit/geometry.ts'
import type { AtlasRect } from '../../../src/kit/geometry.ts'
import { useGeometry } from '../../../src/kit/useGeometry.ts'

export type WipesProps = {
  /** Used wipes lying crumpled beside the box; at most USED_SPOTS.length are drawn. */
  fresh: number
}

export const WIPES_BOX = { widthMm: 96, depthMm: 52, heightMm: 44 }
/** The top of the wipe standing out of the slot, where the trainee takes the next one. */
export const WIPE_PICK_Y_MM = MAT.thicknessMm + WIPES_BOX.heightMm + 18

const ATLAS = { widthPx: 512, heightPx: 512 }
const TOP_RECT: AtlasRect = [0, 0, 1, 0.5]
const FRONT_RECT: AtlasRect = [0, 0.5, 1, 0.92]
const SIDE_RECT: AtlasRect = [0, 0.92, 1, 1]
const BLUE = '#1f5aa6'

/** Where used wipes land, from the box's centre (in front of it, clear of the stripper and the ruler). */
const USED_SPOTS: { x: number; z: number; turn: number }[] = [
  { x: -30, z: 48, turn: 0.4 },
  { x: 2, z: 56, turn: 2.1 },
  { x: 32, z: 46, turn: 1.2 },
  { x: -12, z: 74, turn: 2.9 },
]

function drawCarton(context: CanvasRenderingContext2D) {
  const { widthPx, heightPx } = ATLAS
  context.fillStyle = '#f7f8f6'
  context.fillRect(0, 0, widthPx, heightPx)
  // Top: a blue frame round the dispensing slot.
  context.fillStyle = BLUE
  context.fillRect(0, 0, widthPx, 24)
  context.fillRect(0, 232, widthPx, 24)
  context.fillStyle = '#3b3f44'
  context.beginPath()
  context.ellipse(widthPx / 2, 128, 150, 34, 0, 0, Math.PI * 2)
  context.fill()
  // Front: the label.
  const frontTop = heightPx * FRONT_RECT[1]
  const frontHeight = heightPx * (FRONT_RECT[3] - FRONT_RECT[1])
  context.fillStyle = BLUE
  context.fillRect(0, frontTop, widthPx, frontHeight)
  context.fillStyle = '#ffffff'
  context.fillRect(0, frontTop + frontHeight * 0.62, widthPx, frontHeight * 0.38)
  context.textAlign = 'center'
  context.textBaseline = 'middle'
  context.fillStyle = '#ffffff'
  context.font = `700 46px ${PRINT_FONT}`
  context.fillText('Lingettes', widthPx / 2, frontTop + frontHeight * 0.18)
  context.font = `700 38px ${PRINT_FONT}`
  context.fillText('non pelucheuses', widthPx / 2, frontTop + frontHeight * 0.44)
  context.fillStyle = BLUE
  context.font = `400 28px ${PRINT_FONT}`
  context.fillText('280 lingettes · fibre optique', widthPx / 2, frontTop + frontHeight * 0.81)
  context.fillStyle = BLUE
  context.fillRect(0, heightPx * SIDE_RECT[1], widthPx, heightPx * (SIDE_RECT[3] - SIDE_RECT[1]))
}

/**
 * A crumpled tissue: a coarse sphere pushed in and out by a fixed pseudo-random amount per vertex
 * position (so the seam's twin vertices move together), then shaded flat like creased paper.
 */
function crumpledGeometry() {
  const sphere = new SphereGeometry(1, 9, 7)
  const position = sphere.getAttribute('position')
  const vertex = new Vector3()
  for (let i = 0; i < position.count; i++) {
    vertex.fromBufferAttribute(position, i)
    const noise = Math.sin(vertex.x * 12.9898 + vertex.y * 78.233 + vertex.z * 37.719) * 43758.5453
    vertex.multiplyScalar(0.78 + 0.34 * (noise - Math.floor(noise)))
    position.setXYZ(i, vertex.x, vertex.y, vertex.z)
  }
  const flat = sphere.toNonIndexed()
  sphere.dispose()
  flat.computeVertexNormals()
  return flat
}

function WipesOut({ used }: { used: number }) {
  const wipes = useRef<InstancedMesh>(null)
  const geometry = useGeometry(crumpledGeometry, [])
  const shown = Math.min(USED_SPOTS.length, Math.max(0, Math.floor(used)))
  useLayoutEffect(() => {
    const mesh = wipes.current
    if (!mesh) return
    const matrix = new Matrix4()
    const turn = new Quaternion()
    // The next wipe, standing out of the slot: thin and upright.
    mesh.setMatrixAt(
      0,
      matrix.compose(
        new Vector3(0, WIPE_PICK_Y_MM - 14, 0),
        turn.setFromEuler(new Euler(0.1, 0.25, 0.08)),
        new Vector3(13, 17, 2.5),
      ),
    )
    USED_SPOTS.slice(0, shown).forEach(({ x, z, turn: yaw }, i) => {
      matrix.compose(
        new Vector3(x, MAT.thicknessMm + 4, z),
        turn.setFromEuler(new Euler(0.3, yaw, 0.2)),
        new Vector3(10, 5.5, 9),
      )
      mesh.setMatrixAt(i + 1, matrix)
    })
    mesh.count = shown + 1
    mesh.instanceMatrix.needsUpdate = true
    // Culling uses the instances' bounds, which change with the count.
    mesh.computeBoundingSphere()
  }, [shown])
  return (
    <instancedMesh
      ref={wipes}
      args={[geometry, surface('#f4f5f1', { roughness: 1, key: 'wipe' }), USED_SPOTS.length + 1]}
    />
  )
}

export function Wipes({ fresh }: WipesProps) {
  use(printFontReady())
  const carton = useGeometry(
    () =>
      printedBox(
        WIPES_BOX.widthMm,
        WIPES_BOX.heightMm,
        WIPES_BOX.depthMm,
        { top: TOP_RECT, front: FRONT_RECT },
        SIDE_RECT,
      ),
    [],
  )
  const material = useMemo(() => {
    const texture = canvasTexture('wipes-carton', ATLAS.widthPx, ATLAS.heightPx, drawCarton)
    return surface('#ffffff', { roughness: 0.8, map: texture, key: 'wipes-carton' })
  }, [])
  return (
    <group position={[WIPES.at.x, 0, WIPES.at.z]}>
      <mesh
        geometry={carton}
        material={material}
        position={[0, MAT.thicknessMm + WIPES_BOX.heightMm / 2, 0]}
      />
      <WipesOut used={fresh} />
    </group>
  )
}
