/**
 * Drag on the horizontal work plane: started from a 3D object's pointer-down, followed on the window
 * so a fast finger that leaves the object is not lost, and ended on release with the point where the
 * pointer let go, in scene millimetres.
 */
import { useThree } from '@react-three/fiber'
import { useCallback, useEffect, useMemo, useRef } from 'react'
import { Raycaster, Vector2 } from 'three'
import { pointOnWorkPlane } from './workPlane.ts'

export type PlanePoint = { x: number; z: number }

export type DragHandlers = {
  /** `event` lets a handler measure on another plane too (what the pointer is aimed at). */
  move(point: PlanePoint, event: PointerEvent): void
  end(point: PlanePoint | null, event: PointerEvent): void
  /** The system took the pointer away (a call, a gesture of the browser). */
  cancel(): void
}

export function useWorkPlaneDrag(heightMm: number) {
  const camera = useThree((state) => state.camera)
  const canvas = useThree((state) => state.gl.domElement)
  const raycaster = useMemo(() => new Raycaster(), [])
  const ndc = useMemo(() => new Vector2(), [])
  const stop = useRef<(() => void) | null>(null)

  /** Where the pointer's ray meets the horizontal plane at `atHeightMm` (the drag's own plane by default). */
  const toPlane = useCallback(
    (clientX: number, clientY: number, atHeightMm: number = heightMm): PlanePoint | null => {
      const rect = canvas.getBoundingClientRect()
      ndc.set(((clientX - rect.left) / rect.width) * 2 - 1, -((clientY - rect.top) / rect.height) * 2 + 1)
      raycaster.setFromCamera(ndc, camera)
      return pointOnWorkPlane(raycaster.ray, atHeightMm)
    },
    [canvas, camera, raycaster, ndc, heightMm],
  )

  const start = useCallback(
    (pointerId: number, handlers: DragHandlers) => {
      stop.current?.()
      const onMove = (event: PointerEvent) => {
        if (event.pointerId !== pointerId) return
        const point = toPlane(event.clientX, event.clientY)
        if (point) handlers.move(point, event)
      }
      const onUp = (event: PointerEvent) => {
        if (event.pointerId !== pointerId) return
        cleanup()
        handlers.end(toPlane(event.clientX, event.clientY), event)
      }
      const onCancel = (event: PointerEvent) => {
        if (event.pointerId !== pointerId) return
        cleanup()
        handlers.cancel()
      }
      const cleanup = () => {
        window.removeEventListener('pointermove', onMove)
        window.removeEventListener('pointerup', onUp)
        window.removeEventListener('pointercancel', onCancel)
        stop.current = null
      }
      window.addEventListener('pointermove', onMove)
      window.addEventListener('pointerup', onUp)
      window.addEventListener('pointercancel', onCancel)
      stop.current = cleanup
    },
    [toPlane],
  )

  useEffect(() => () => stop.current?.(), [])
  return { start, toPlane }
}
