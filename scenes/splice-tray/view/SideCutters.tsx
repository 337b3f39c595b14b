/**
 * Electronics side cutters (pince coupante diagonale, Knipex 77 / Facom 403 style), lying flat on the
 * bench: the polished steel head with its two bevelled jaws, the pivot rivet and the coil spring that
 * keeps the handles apart, and two-component insulated grips (red, with yellow finger guards). Three
 * meshes, one per material, built once.
 */
import type { ThreeEvent } from '@react-three/fiber'
import { CatmullRomCurve3, CylinderGeometry, ExtrudeGeometry, Shape, TubeGeometry, Vector3 } from 'three'
import type { BufferGeometry } from 'three'
import { mergeParts } from '../../../src/kit/geometry.ts'
import type { Part } from '../../../src/kit/geometry.ts'
import { surface } from '../../../src/kit/materials.ts'
import { useGeometry } from '../../../src/kit/useGeometry.ts'
import { BENCH_Y } from '../layout.ts'
import { steel } from './instrumentMaterials.ts'

export type SideCuttersProps = {
  /** The middle of the tool on the bench; it lies along x, jaws toward +x (the PBO). */
  at: { x: number; z: number }
  onPointerDown?: (event: ThreeEvent<PointerEvent>) => void
}

/** The pivot's distance from the tool's middle: jaw tip 21 mm ahead of it, grips' ends 95 mm behind. */
const PIVOT_X = 36
const JAW_MM = 21
const STEEL_MM = 4
const GRIP_MM = 10
/** Lying on its grips: the tool's mid-plane this high above the bench. */
const LYING_Y = BENCH_Y + GRIP_MM / 2
/** Each steel shank runs back from the pivot beside the closing line, under its grip. */
const SHANK = { endMm: 30, innerMm: 3.5, outerMm: 8.5 }
/** The grips start behind the spring and splay out; the yellow guard is the grip's first layer showing. */
const GRIP = { startMm: 22, lengthMm: 70, widthMm: 11, guardMm: 5, splayDeg: 6 }
/** At rest the spring holds the jaws a little open. */
const OPEN_DEG = 3
const SPRING = { xMm: -13, radiusMm: 1.8, wireMm: 0.4, turns: 6 }
const DEG = Math.PI / 180

type Side = 1 | -1

/**
 * One steel half in the tool's plane (x along the tool from the pivot, y across; `side` −1 mirrors it):
 * its jaw ahead of the pivot on the +y side of the cutting line, the round boss, and its shank behind the
 * pivot on the −y side, so the halves cross at the rivet like scissors.
 */
function halfShape(side: Side): Shape {
  const shape = new Shape()
  const to = (x: number, y: number) => shape.lineTo(x, side * y)
  // The short, blunt head of a cutter (a plier's is long and pointed): the edge, then a flat tip.
  shape.moveTo(JAW_MM, side * 0.3)
  to(5, 0.3)
  for (let a = 0; a <= 6; a++) {
    const angle = (-a / 6) * Math.PI * 0.62
    to(5 * Math.cos(angle), 5 * Math.sin(angle))
  }
  to(-9, -SHANK.outerMm)
  to(-SHANK.endMm, -SHANK.outerMm - 0.3)
  to(-SHANK.endMm, -SHANK.innerMm)
  to(-9, -SHANK.innerMm + 0.5)
  shape.quadraticCurveTo(-9, side * 8.5, 2, side * 9)
  shape.quadraticCurveTo(JAW_MM * 0.85, side * 9.5, JAW_MM + 0.6, side * 3)
  to(JAW_MM, 0.3)
  return shape
}

/** A grip seen from above, from x = 0 back to −lengthMm: narrow where it takes the shank, round at its end. */
function gripShape(lengthMm: number, widthMm: number): Shape {
  const half = widthMm / 2
  const shape = new Shape()
  shape.moveTo(0, -half * 0.75)
  shape.quadraticCurveTo(-lengthMm * 0.5, -half * 1.05, -lengthMm + half, -half)
  shape.quadraticCurveTo(-lengthMm - half * 0.4, 0, -lengthMm + half, half)
  shape.quadraticCurveTo(-lengthMm * 0.5, half * 1.05, 0, half * 0.75)
  shape.closePath()
  return shape
}

/** Extruded through `thicknessMm` and laid flat: the shape's x along the tool, its y across (z). */
function flat(shape: Shape, thicknessMm: number, bevelMm: number, bevelSegments = 2): BufferGeometry {
  const geometry = new ExtrudeGeometry(shape, {
    depth: thicknessMm - 2 * bevelMm,
    bevelEnabled: true,
    bevelThickness: bevelMm,
    bevelSize: bevelMm,
    bevelSegments,
    curveSegments: 8,
  })
  geometry.translate(0, 0, -(thicknessMm - 2 * bevelMm) / 2)
  geometry.rotateX(Math.PI / 2)
  return geometry
}

/** A piece of one half, turned about the pivot by the opening: jaws apart, handles apart. */
function onHalf(geometry: BufferGeometry, side: Side, layerY = 0): Part {
  return { geometry, at: [PIVOT_X, LYING_Y + layerY, 0], rotation: [0, -side * OPEN_DEG * DEG, 0] }
}

/** A grip (or its guard) `side`'s shank takes, splayed out from the closing line. */
function grip(side: Side, lengthMm: number, widthMm: number, thicknessMm: number, fromMm: number): Part {
  const geometry = flat(gripShape(lengthMm, widthMm), thicknessMm, thicknessMm * 0.3, 4)
  geometry.rotateY(-side * GRIP.splayDeg * DEG)
  geometry.translate(-fromMm, 0, -side * (SHANK.innerMm + SHANK.outerMm) * 0.5)
  return onHalf(geometry, side)
}

export function SideCutters({ at, onPointerDown }: SideCuttersProps) {
  const steelParts = useGeometry(() => {
    const perTurn = 10
    const spring = new CatmullRomCurve3(
      Array.from({ length: SPRING.turns * perTurn + 1 }, (_, i) => {
        const angle = (i / perTurn) * Math.PI * 2
        const z = (i / (SPRING.turns * perTurn) - 0.5) * 2 * SHANK.innerMm
        return new Vector3(SPRING.radiusMm * Math.cos(angle), SPRING.radiusMm * Math.sin(angle), z)
      }),
    )
    return mergeParts([
      onHalf(flat(halfShape(1), STEEL_MM, 0.6), 1, STEEL_MM / 2),
      onHalf(flat(halfShape(-1), STEEL_MM, 0.6), -1, -STEEL_MM / 2),
      { geometry: new CylinderGeometry(3.2, 3.2, 2 * STEEL_MM + 1, 16), at: [PIVOT_X, LYING_Y, 0] },
      {
        geometry: new TubeGeometry(spring, SPRING.turns * 16, SPRING.wireMm, 5),
        at: [PIVOT_X + SPRING.xMm, LYING_Y, 0],
      },
    ])
  }, [])
  const grips = useGeometry(
    () =>
      mergeParts(
        ([1, -1] as const).map((side) => grip(side, GRIP.lengthMm, GRIP.widthMm, GRIP_MM, GRIP.startMm + 3)),
      ),
    [],
  )
  const guards = useGeometry(
    () =>
      mergeParts(
        ([1, -1] as const).map((side) =>
          grip(side, GRIP.guardMm, GRIP.widthMm + 1.2, GRIP_MM + 1, GRIP.startMm),
        ),
      ),
    [],
  )
  return (
    <group position={[at.x, 0, at.z]} onPointerDown={onPointerDown}>
      <mesh geometry={steelParts} material={steel()} />
      <mesh geometry={grips} material={surface('#c8302b', { roughness: 0.55, key: 'cutter-grip' })} />
      <mesh geometry={guards} material={surface('#f0c419', { roughness: 0.55, key: 'cutter-guard' })} />
    </group>
  )
}
