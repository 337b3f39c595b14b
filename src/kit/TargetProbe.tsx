/**
 * Publishes `window.__plateauTargets.screenPoint(id)`: where a scene target (a fibre end, a slot)
 * is on the page right now. End-to-end tests use it to aim real mouse and touch drags, which then go
 * through the same raycasting as a person's; it reads the camera and changes nothing.
 */
import { useThree } from '@react-three/fiber'
import { useEffect, useRef } from 'react'
import { Vector3 } from 'three'

declare global {
  interface Window {
    __plateauTargets?: { screenPoint(id: string): { x: number; y: number } | null }
  }
}

export type Locate = (id: string) => [x: number, y: number, z: number] | null

export function TargetProbe({ locate }: { locate: Locate }) {
  const camera = useThree((state) => state.camera)
  const canvas = useThree((state) => state.gl.domElement)
  const latest = useRef(locate)
  useEffect(() => {
    latest.current = locate
  }, [locate])
  useEffect(() => {
    const point = new Vector3()
    window.__plateauTargets = {
      screenPoint(id) {
        const at = latest.current(id)
        if (!at) return null
        point.set(...at).project(camera)
        const rect = canvas.getBoundingClientRect()
        return {
          x: rect.left + ((point.x + 1) / 2) * rect.width,
          y: rect.top + ((1 - point.y) / 2) * rect.height,
        }
      },
    }
    return () => {
      delete window.__plateauTargets
    }
  }, [camera, canvas])
  return null
}
