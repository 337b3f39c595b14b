/**
 * A camera a novice cannot get lost with: named presets that frame the work (the HUD switches them),
 * and a bounded orbit and zoom. Left mouse and one finger are left to the work gestures; the camera
 * turns with the right button or two fingers, and zooms with the wheel or a pinch.
 */
import { OrbitControls } from '@react-three/drei'
import { useFrame, useThree } from '@react-three/fiber'
import { useEffect, useRef } from 'react'
import { MOUSE, MathUtils, TOUCH, Vector3 } from 'three'
import type { PerspectiveCamera } from 'three'
import type { OrbitControls as OrbitControlsImpl } from 'three-stdlib'

export type CameraPreset = {
  /** Point looked at, in scene units. */
  target: [number, number, number]
  /** Turn around the vertical axis, 0 = from the front. */
  azimuthDeg: number
  /** Angle from the vertical, 0 = straight down. */
  polarDeg: number
  /** Width of the work area to frame, in scene units, whatever the screen's shape. */
  width: number
}

export type CameraRigProps = {
  presets: Record<string, CameraPreset>
  view: string
  /** Orbit limits around the preset, so the work never leaves the screen. */
  maxAzimuthDeg?: number
  minPolarDeg?: number
  maxPolarDeg?: number
}

const TRANSITION_MS = 450
const fromPosition = new Vector3()
const toPosition = new Vector3()
const fromTarget = new Vector3()
const toTarget = new Vector3()
const offset = new Vector3()

function framingDistance(camera: PerspectiveCamera, width: number): number {
  const verticalHalf = MathUtils.degToRad(camera.fov / 2)
  const horizontalHalf = Math.atan(Math.tan(verticalHalf) * camera.aspect)
  // The width must fit across; on a wide screen the height then limits, so keep a margin for it.
  return Math.max(width / 2 / Math.tan(horizontalHalf), (width * 0.45) / Math.tan(verticalHalf))
}

export function CameraRig({
  presets,
  view,
  maxAzimuthDeg = 50,
  minPolarDeg = 8,
  maxPolarDeg = 70,
}: CameraRigProps) {
  const controls = useRef<OrbitControlsImpl>(null)
  const camera = useThree((state) => state.camera) as PerspectiveCamera
  const width = useThree((state) => state.size.width)
  const height = useThree((state) => state.size.height)
  const invalidate = useThree((state) => state.invalidate)
  const transition = useRef<{ startMs: number } | null>(null)
  const placed = useRef(false)
  const overview = presets.overview ?? Object.values(presets)[0]
  const overviewDistance = overview ? framingDistance(camera, overview.width) : 500

  useEffect(() => {
    const preset = presets[view] ?? overview
    const orbit = controls.current
    if (!preset || !orbit) return
    const distance = framingDistance(camera, preset.width)
    const polar = MathUtils.degToRad(preset.polarDeg)
    const azimuth = MathUtils.degToRad(preset.azimuthDeg)
    offset.set(Math.sin(polar) * Math.sin(azimuth), Math.cos(polar), Math.sin(polar) * Math.cos(azimuth))
    toTarget.set(...preset.target)
    toPosition.copy(toTarget).addScaledVector(offset, distance)
    if (!placed.current) {
      camera.position.copy(toPosition)
      orbit.target.copy(toTarget)
      orbit.update()
      placed.current = true
    } else {
      fromPosition.copy(camera.position)
      fromTarget.copy(orbit.target)
      transition.current = { startMs: performance.now() }
    }
    invalidate()
    // width/height: a turned phone re-frames the same preset.
  }, [view, width, height, presets, overview, camera, invalidate])

  useFrame(() => {
    const orbit = controls.current
    if (!transition.current || !orbit) return
    const k = Math.min(1, (performance.now() - transition.current.startMs) / TRANSITION_MS)
    const eased = k * k * (3 - 2 * k)
    camera.position.lerpVectors(fromPosition, toPosition, eased)
    orbit.target.lerpVectors(fromTarget, toTarget, eased)
    orbit.update()
    if (k < 1) invalidate()
    else transition.current = null
  })

  return (
    <OrbitControls
      ref={controls}
      makeDefault
      enablePan={false}
      enableDamping={false}
      mouseButtons={{ LEFT: -1 as MOUSE, MIDDLE: MOUSE.DOLLY, RIGHT: MOUSE.ROTATE }}
      touches={{ ONE: -1 as TOUCH, TWO: TOUCH.DOLLY_ROTATE }}
      minDistance={overviewDistance * 0.25}
      maxDistance={overviewDistance * 1.4}
      minPolarAngle={MathUtils.degToRad(minPolarDeg)}
      maxPolarAngle={MathUtils.degToRad(maxPolarDeg)}
      minAzimuthAngle={MathUtils.degToRad(-maxAzimuthDeg)}
      maxAzimuthAngle={MathUtils.degToRad(maxAzimuthDeg)}
    />
  )
}
