/**
 * The straps of the rack job.
 *
 * EsdStrap: the technician's ESD wrist strap (the kind every server-room kit holds): a blue elastic
 * band with black woven edges and a stainless contact plate inside, the black snap on its outside
 * taking a coiled black cord (the spiral of a phone cord, a fixed number of turns that open up as the
 * cord is stretched) that ends in a 4 mm banana plug. Not worn, it hangs by its band from the trolley's
 * push handle, the plug dangling; worn, the plug is pushed into the rack's ESD jack and the cord runs
 * down toward the technician's wrist, out of view. Two draw calls: band, snap, cord and plug body
 * (vertex colours), and the metal (contact plate, plug pin).
 *
 * HookAndLoop: a black hook-and-loop strap wrapped round a cable bundle, its end folded back over it,
 * as cables are dressed in a rack (never a tight plastic tie on data cables). One draw call.
 */
import { CatmullRomCurve3, CubicBezierCurve3, CylinderGeometry, TubeGeometry, Vector3 } from 'three'
import type { BufferGeometry } from 'three'
import { box, mergeParts } from '../../../src/kit/geometry.ts'
import type { Part, Vec3 } from '../../../src/kit/geometry.ts'
import { surface } from '../../../src/kit/materials.ts'
import { useGeometry } from '../../../src/kit/useGeometry.ts'
import { ESD_JACK } from '../layout.ts'
import { PUSH_HANDLE_GRIP, annulus, paint, vertexColours } from './Trolley.tsx'

/** The coiled cord: jacket radius, coil radius, and its turns (the same, hanging or stretched). */
const CORD = { radiusMm: 1.6, coilMm: 6.5, turns: 40, leadMm: 22, segmentsPerTurn: 14 }
/** The elastic band: inner radius (a wrist), thickness, width, and its black edges' width. */
const BAND = { innerMm: 30, thicknessMm: 3, widthMm: 24, edgeMm: 4 }
const SNAP = { radiusMm: 9, heightMm: 8 }
/** The banana plug: its insulated body, its strain relief, and the 4 mm pin. */
const PLUG = { bodyMm: 36, radiusMm: 5.5, reliefMm: 16, pinMm: 16, pinRadiusMm: 2 }

/** The band hangs over the grip this far along it from the handle's middle (toward the technician). */
const HANG_ALONG_GRIP_MM = 95
/** Worn: where the cord ends at the technician's wrist (the snap on top of the band). */
const WRIST_SNAP: Vec3 = [-150, 950, 900]

/** Hanging: the band's centre, the ring's top inside resting on the grip. */
const HANG_BAND_CENTRE: Vec3 = [
  PUSH_HANDLE_GRIP.x,
  PUSH_HANDLE_GRIP.y + PUSH_HANDLE_GRIP.radiusMm - BAND.innerMm,
  PUSH_HANDLE_GRIP.z + HANG_ALONG_GRIP_MM,
]
const SNAP_TOP_MM = BAND.innerMm + BAND.thicknessMm + SNAP.heightMm
/** Hanging: the length of cord, snap to plug, that the plug's weight draws the coil out to. */
const HANG_CORD_MM = 150

/** Hanging: the plug's middle, where the pointer grabs the strap to plug it into the rack. */
export const ESD_STRAP_POINT: Vec3 = [
  HANG_BAND_CENTRE[0],
  HANG_BAND_CENTRE[1] - SNAP_TOP_MM - HANG_CORD_MM - PLUG.reliefMm - PLUG.bodyMm / 2,
  HANG_BAND_CENTRE[2],
]

/** A flat ring round the z axis, `widthMm` along z centred on z = `z`. */
function ring(innerMm: number, outerMm: number, widthMm: number, z: number): BufferGeometry {
  return annulus(outerMm, innerMm, widthMm)
    .rotateX(Math.PI / 2)
    .translate(0, 0, z - widthMm / 2)
}

/** The band in its own frame: ring round the z axis, the snap on top (+y), its cord leaving upward. */
function bandParts(): Part[] {
  const { innerMm, thicknessMm, widthMm, edgeMm } = BAND
  const outerMm = innerMm + thicknessMm
  const middleMm = widthMm - 2 * edgeMm
  return [
    paint({ geometry: ring(innerMm, outerMm, middleMm, 0) }, '#1f5fbf'),
    paint({ geometry: ring(innerMm + 0.2, outerMm + 0.3, edgeMm, (middleMm + edgeMm) / 2) }, '#15171a'),
    paint({ geometry: ring(innerMm + 0.2, outerMm + 0.3, edgeMm, -(middleMm + edgeMm) / 2) }, '#15171a'),
    // The moulded holder of the stud, then the cord's snap on it.
    paint(box(20, 3, 22, [0, outerMm + 1, 0]), '#15171a'),
    paint(
      {
        geometry: new CylinderGeometry(SNAP.radiusMm, SNAP.radiusMm, SNAP.heightMm - 3, 18),
        at: [0, outerMm + 5.5, 0],
      },
      '#202226',
    ),
  ]
}

/** The banana plug in its own frame: the pin's root at the origin, the pin toward −z, the cord toward +z. */
function plugBodyParts(): Part[] {
  const { bodyMm, radiusMm, reliefMm } = PLUG
  const alongZ = (geometry: CylinderGeometry, z: number) => ({
    geometry: geometry.rotateX(Math.PI / 2),
    at: [0, 0, z] as Vec3,
  })
  const parts: Part[] = [
    paint(alongZ(new CylinderGeometry(radiusMm, radiusMm, bodyMm, 16), bodyMm / 2), '#1b1c1f'),
    paint(alongZ(new CylinderGeometry(2.6, radiusMm - 0.5, reliefMm, 12), bodyMm + reliefMm / 2), '#1b1c1f'),
  ]
  // Grip rings round the body.
  for (let i = 0; i < 4; i++) {
    parts.push(
      paint(alongZ(new CylinderGeometry(radiusMm + 0.6, radiusMm + 0.6, 2, 16), 12 + i * 5), '#2b2d31'),
    )
  }
  return parts
}

function plugMetalParts(): Part[] {
  const { pinMm, pinRadiusMm } = PLUG
  return [
    {
      geometry: new CylinderGeometry(pinRadiusMm, pinRadiusMm, pinMm, 10).rotateX(Math.PI / 2),
      at: [0, 0, -pinMm / 2],
    },
    {
      geometry: new CylinderGeometry(pinRadiusMm + 0.4, pinRadiusMm + 0.4, 5, 10).rotateX(Math.PI / 2),
      at: [0, 0, -pinMm / 2],
    },
  ]
}

/** The band's stainless contact plate, inside the ring under the snap. */
function contactPlateParts(): Part[] {
  return [box(14, 1, 14, [0, BAND.innerMm - 0.4, 0])]
}

const smoothstep = (edge0: number, edge1: number, x: number) => {
  const t = Math.min(1, Math.max(0, (x - edge0) / (edge1 - edge0)))
  return t * t * (3 - 2 * t)
}

/**
 * The coiled cord: a helix of CORD.turns wound round a Bézier curve (the line the stretched coil
 * follows, sagging `sagMm` under its weight), its radius easing to nothing over the first and last turn,
 * with straight leads into the plug and the snap.
 */
function coiledCord(
  from: Vector3,
  fromDirection: Vector3,
  to: Vector3,
  toDirection: Vector3,
  sagMm: number,
): BufferGeometry {
  const start = from.clone().addScaledVector(fromDirection, CORD.leadMm)
  const end = to.clone().addScaledVector(toDirection, CORD.leadMm)
  const reach = start.distanceTo(end) / 3
  const sag = new Vector3(0, -sagMm, 0)
  const axis = new CubicBezierCurve3(
    start,
    start.clone().addScaledVector(fromDirection, reach).add(sag),
    end.clone().addScaledVector(toDirection, reach).add(sag),
    end,
  )
  const samples = CORD.turns * CORD.segmentsPerTurn
  const { normals, binormals } = axis.computeFrenetFrames(samples, false)
  const points = [from.clone()]
  const ease = 1 / CORD.turns
  for (let i = 0; i <= samples; i++) {
    const t = i / samples
    const radius = CORD.coilMm * smoothstep(0, ease, t) * smoothstep(1, 1 - ease, t)
    const angle = t * CORD.turns * Math.PI * 2
    points.push(
      axis
        .getPointAt(t)
        .addScaledVector(normals[i]!, radius * Math.cos(angle))
        .addScaledVector(binormals[i]!, radius * Math.sin(angle)),
    )
  }
  points.push(to.clone())
  return new TubeGeometry(new CatmullRomCurve3(points), points.length, CORD.radiusMm, 6, false)
}

/** Where the band, the snap's top, and the plug are, hanging or worn. */
function strapPose(clipped: boolean) {
  if (clipped) {
    const snapTop = new Vector3(...WRIST_SNAP)
    const plugRoot = new Vector3(ESD_JACK.x, ESD_JACK.y, ESD_JACK.z)
    return {
      bandCentre: snapTop.clone().add(new Vector3(0, -SNAP_TOP_MM, 0)),
      bandTurn: [0, 0, 0] as Vec3,
      snapTop,
      // The cord leaves the snap toward the rack, and sags between wrist and jack under its weight.
      snapDirection: new Vector3(0, 0.3, -1).normalize(),
      sagMm: 90,
      plugRoot,
      // The plug sticks straight out of the jack toward the technician.
      plugTurn: [0, 0, 0] as Vec3,
      plugDirection: new Vector3(0, 0, 1),
    }
  }
  const bandCentre = new Vector3(...HANG_BAND_CENTRE)
  const plugRoot = new Vector3(...ESD_STRAP_POINT).add(new Vector3(0, -PLUG.bodyMm / 2, 0))
  return {
    bandCentre,
    bandTurn: [0, 0, Math.PI] as Vec3,
    snapTop: bandCentre.clone().add(new Vector3(0, -SNAP_TOP_MM, 0)),
    snapDirection: new Vector3(0, -1, 0),
    sagMm: 0,
    plugRoot,
    // Hanging pin down.
    plugTurn: [-Math.PI / 2, 0, 0] as Vec3,
    plugDirection: new Vector3(0, 1, 0),
  }
}

export function EsdStrap({ clipped }: { clipped: boolean }) {
  const plastics = useGeometry(() => {
    const pose = strapPose(clipped)
    const cordStart = pose.plugRoot
      .clone()
      .addScaledVector(pose.plugDirection, PLUG.bodyMm + PLUG.reliefMm - 2)
    const cord = coiledCord(cordStart, pose.plugDirection, pose.snapTop, pose.snapDirection, pose.sagMm)
    return mergeParts([
      { geometry: mergeParts(bandParts()), at: pose.bandCentre.toArray() as Vec3, rotation: pose.bandTurn },
      { geometry: mergeParts(plugBodyParts()), at: pose.plugRoot.toArray() as Vec3, rotation: pose.plugTurn },
      paint({ geometry: cord }, '#26282c'),
    ])
  }, [clipped])
  const metal = useGeometry(() => {
    const pose = strapPose(clipped)
    return mergeParts([
      {
        geometry: mergeParts(contactPlateParts()),
        at: pose.bandCentre.toArray() as Vec3,
        rotation: pose.bandTurn,
      },
      {
        geometry: mergeParts(plugMetalParts()),
        at: pose.plugRoot.toArray() as Vec3,
        rotation: pose.plugTurn,
      },
    ])
  }, [clipped])
  return (
    <group>
      <mesh geometry={plastics} material={vertexColours('esd-strap-vertex-colours', 0.6)} />
      <mesh
        geometry={metal}
        material={surface('#c4c8cc', { roughness: 0.25, metalness: 0.6, key: 'esd-metal' })}
      />
    </group>
  )
}

/** Which way the bundle runs through the strap. */
export type BundleAxis = 'x' | 'y' | 'z'

const STRAP = { widthMm: 20, thicknessMm: 2.4, tailMm: 22 }
const AXIS_TURN: Record<BundleAxis, Vec3> = { x: [0, Math.PI / 2, 0], y: [Math.PI / 2, 0, 0], z: [0, 0, 0] }

/** A hook-and-loop strap round a bundle of cords: `at` is the bundle's centre, `radiusMm` its radius. */
export function HookAndLoop({
  at,
  axis = 'y',
  radiusMm = 18,
}: {
  at: Vec3
  axis?: BundleAxis
  radiusMm?: number
}) {
  const geometry = useGeometry(
    () =>
      mergeParts([
        { geometry: ring(radiusMm, radiusMm + STRAP.thicknessMm, STRAP.widthMm, 0) },
        // The end folded back over the wrap, standing off it a little where it was pulled tight.
        {
          geometry: box(STRAP.thicknessMm, STRAP.tailMm, STRAP.widthMm, [0, 0, 0]).geometry,
          at: [radiusMm + STRAP.thicknessMm * 1.5, STRAP.tailMm / 2 - 2, 0],
          rotation: [0, 0, -0.12],
        },
      ]),
    [radiusMm],
  )
  return (
    <mesh
      geometry={geometry}
      position={at}
      rotation={AXIS_TURN[axis]}
      material={surface('#151618', { roughness: 0.95, key: 'hook-and-loop' })}
    />
  )
}
