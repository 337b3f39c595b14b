/**
 * The three-hole fibre stripper (Miller CFS-3 style): two steel halves crossing at a pivot, like pliers,
 * with red and blue cushion grips. Where the jaws meet, three notches of growing size: the 250 µm coating
 * hole at the tip, the 900 µm buffer hole, the 2–3 mm jacket hole nearest the pivot. Lying on the mat
 * unless the scene holds it somewhere else; squeezed, the handles and the jaws close.
 */
import { ExtrudeGeometry, Matrix4, Quaternion, Shape, Vector3 } from 'three'
import type { BufferGeometry } from 'three'
import { surface } from '../../../src/kit/materials.ts'
import { MAT, STRIPPER } from '../layout.ts'
import { steel } from './splicingMaterials.ts'
import { useGeometry } from '../../../src/kit/useGeometry.ts'

export type StripperProps = {
  /**
   * Held on a fibre: the coating hole at this point, the tool standing across the fibre (which runs along
   * x through the hole, turned by rotationYDeg), jaws down and away, grips up toward the trainee, as a
   * hand holds it from above. Without it, the stripper lies on the mat, its pivot at STRIPPER.at.
   */
  at?: { x: number; z: number; y?: number; rotationYDeg?: number }
  squeezed: boolean
}

/** The coating hole's distance from the pivot along the tool's axis (its +x, before turning). */
export const STRIPPER_COATING_HOLE_MM = 34

const STEEL_MM = 3
const GRIP_MM = 9
/** Lying on the mat, the grips touch it; the steel lies at their mid-height. */
const LYING_Y = MAT.thicknessMm + GRIP_MM / 2
/** Lying turned so its grips point back, away from the glasses and the ruler in front. */
const REST_TURN_DEG = -35
/** Held, the tool's axis leans this far from the horizontal, jaws down. */
const HELD_LEAN_RAD = (35 * Math.PI) / 180
/**
 * The held pose's turn, from the tool's own frame (x toward the jaws, y through its thickness, which is
 * the holes' axis): the holes' axis along the fibre (x), the jaws pointing down and away (−z).
 */
const HELD_TURN = new Quaternion().setFromRotationMatrix(
  new Matrix4().makeBasis(
    new Vector3(0, -Math.sin(HELD_LEAN_RAD), -Math.cos(HELD_LEAN_RAD)),
    new Vector3(1, 0, 0),
    new Vector3(0, -Math.cos(HELD_LEAN_RAD), Math.sin(HELD_LEAN_RAD)),
  ),
)
const JAW_LENGTH_MM = 42
const SHANK_MM = 26
const SHANK_INNER_MM = 3
const SHANK_OUTER_MM = 11
const BOSS_RADIUS_MM = 7
/** The grip covers the shank's end. */
const GRIP_START_MM = 20
const GRIP_LENGTH_MM = 72
/** Each half turns this far from the closed line when the tool is let go (a spring keeps it open). */
const OPEN_HALF_ANGLE_DEG = 7
const SQUEEZED_HALF_ANGLE_DEG = 0.6
/**
 * The notches along the jaw's edge, from the tip: distance from the pivot and radius, mm (the holes'
 * sizes, enlarged so they show). The first one, the 250 µm coating hole, is where the fibre goes.
 */
const NOTCHES = [
  { x: STRIPPER_COATING_HOLE_MM, radiusMm: 0.7 },
  { x: 24, radiusMm: 1.1 },
  { x: 13, radiusMm: 1.8 },
]

/**
 * One steel half in the plane (x along the tool, y across): its jaw ahead of the pivot on the +y side of
 * the closing line, with the notches cut into its edge, the round pivot boss, and its shank behind the
 * pivot on the −y side, where its grip goes.
 */
function halfShape(): Shape {
  const shape = new Shape()
  shape.moveTo(JAW_LENGTH_MM, 0)
  for (const notch of NOTCHES) {
    shape.lineTo(notch.x + notch.radiusMm, 0)
    shape.absarc(notch.x, 0, notch.radiusMm, 0, Math.PI, false)
  }
  shape.lineTo(BOSS_RADIUS_MM, 0)
  shape.absarc(0, 0, BOSS_RADIUS_MM, 0, -Math.PI / 3, true)
  shape.lineTo(-6, -SHANK_OUTER_MM)
  shape.lineTo(-SHANK_MM, -SHANK_OUTER_MM)
  shape.lineTo(-SHANK_MM, -SHANK_INNER_MM)
  shape.lineTo(-6, -SHANK_INNER_MM)
  shape.quadraticCurveTo(-8, 4, 0, 6.5)
  shape.lineTo(JAW_LENGTH_MM - 8, 5)
  shape.quadraticCurveTo(JAW_LENGTH_MM, 4, JAW_LENGTH_MM, 0)
  return shape
}

/** A grip: a long cushion, narrow where it takes the shank (x = length), wide and round at its end (x = 0). */
function gripShape(): Shape {
  const shape = new Shape()
  shape.moveTo(GRIP_LENGTH_MM, -4)
  shape.quadraticCurveTo(GRIP_LENGTH_MM * 0.5, -5.5, 8, -6.5)
  shape.quadraticCurveTo(-1, -6.5, 0, 0)
  shape.quadraticCurveTo(1, 6.5, 8, 6.5)
  shape.quadraticCurveTo(GRIP_LENGTH_MM * 0.5, 5.5, GRIP_LENGTH_MM, 4)
  shape.closePath()
  return shape
}

/** Extruded in the plane, then laid flat: x along the tool, y up, z across. */
function flatExtrusion(shape: Shape, thicknessMm: number, bevelMm: number) {
  const geometry = new ExtrudeGeometry(shape, {
    depth: thicknessMm - 2 * bevelMm,
    bevelEnabled: bevelMm > 0,
    bevelThickness: bevelMm,
    bevelSize: bevelMm,
    bevelSegments: 2,
    curveSegments: 6,
  })
  geometry.translate(0, 0, -(thicknessMm - 2 * bevelMm) / 2)
  geometry.rotateX(Math.PI / 2)
  return geometry
}

type HalfProps = {
  mirror: boolean
  angleDeg: number
  gripColour: string
  steelHalf: BufferGeometry
  grip: BufferGeometry
}

/** One half: steel and grip, turned about the pivot; `mirror` gives the other half. */
function Half({ mirror, angleDeg, gripColour, steelHalf, grip }: HalfProps) {
  // Opening turns the jaw away from the closing line and the handle away on the other side (scissors);
  // the mirrored half is turned the same way before its flip, so it opens the other way.
  const turn = (-angleDeg * Math.PI) / 180
  return (
    <group rotation={[mirror ? Math.PI : 0, turn, 0]}>
      <mesh geometry={steelHalf} material={steel()} />
      <mesh
        geometry={grip}
        material={surface(gripColour, { roughness: 0.7, key: 'stripper-grip' })}
        position={[-GRIP_START_MM - GRIP_LENGTH_MM, 0, -(SHANK_INNER_MM + SHANK_OUTER_MM) / 2]}
      />
    </group>
  )
}

export function Stripper({ at, squeezed }: StripperProps) {
  // Both halves are the same shapes, the second one flipped.
  const steelHalf = useGeometry(() => flatExtrusion(halfShape(), STEEL_MM, 0.4), [])
  const grip = useGeometry(() => flatExtrusion(gripShape(), GRIP_MM, 2.5), [])
  const angleDeg = squeezed ? SQUEEZED_HALF_ANGLE_DEG : OPEN_HALF_ANGLE_DEG
  const tool = (
    <>
      <Half mirror={false} angleDeg={angleDeg} gripColour="#b8362c" steelHalf={steelHalf} grip={grip} />
      <Half mirror angleDeg={angleDeg} gripColour="#2f5a9e" steelHalf={steelHalf} grip={grip} />
      <mesh material={steel()}>
        <cylinderGeometry args={[3.2, 3.2, STEEL_MM * 2 + 1, 12]} />
      </mesh>
    </>
  )
  if (!at) {
    return (
      <group
        position={[STRIPPER.at.x, LYING_Y, STRIPPER.at.z]}
        rotation={[0, (REST_TURN_DEG * Math.PI) / 180, 0]}
      >
        {tool}
      </group>
    )
  }
  return (
    <group
      position={[at.x, at.y ?? LYING_Y, at.z]}
      rotation={[0, ((at.rotationYDeg ?? 0) * Math.PI) / 180, 0]}
    >
      <group quaternion={HELD_TURN}>
        <group position={[-STRIPPER_COATING_HOLE_MM, 0, 0]}>{tool}</group>
      </group>
    </group>
  )
}
