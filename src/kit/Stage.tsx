/**
 * Our <Canvas>: r3f's createRoot with a catalogue of only the three.js classes the scenes use.
 * r3f's own Canvas registers the whole THREE namespace (`extend(THREE)`), which defeats tree-shaking
 * and costs ≈ 58 KB gzip (docs/reference/tech-anchors.md §2.6) — too much for the 350 KB budget.
 * A scene that needs another element adds its class to CATALOGUE.
 */
import { createRoot, events, extend } from '@react-three/fiber'
import type { ReconcilerRoot, RenderProps } from '@react-three/fiber'
import { Component, Suspense, useEffect, useLayoutEffect, useRef, useState } from 'react'
import type { ErrorInfo, ReactNode } from 'react'
import {
  BoxGeometry,
  Color,
  ConeGeometry,
  CylinderGeometry,
  DirectionalLight,
  Group,
  HemisphereLight,
  InstancedMesh,
  Mesh,
  PlaneGeometry,
  RingGeometry,
  SphereGeometry,
} from 'three'

const CATALOGUE = {
  BoxGeometry,
  Color,
  ConeGeometry,
  CylinderGeometry,
  DirectionalLight,
  Group,
  HemisphereLight,
  InstancedMesh,
  Mesh,
  PlaneGeometry,
  RingGeometry,
  SphereGeometry,
}
extend(CATALOGUE)

export type StageProps = Pick<RenderProps<HTMLCanvasElement>, 'frameloop' | 'dpr' | 'camera' | 'gl'> & {
  children: ReactNode
  className?: string
  /** Shown instead of the scene when the browser cannot give us WebGL. */
  fallback: ReactNode
}

type Size = { width: number; height: number; top: number; left: number }

/**
 * The scene renders in its own r3f root, out of reach of the page's error boundary: an error there is
 * caught here and turned into the Stage's fallback message instead of a silently blank canvas.
 */
class SceneErrorBoundary extends Component<
  { onError: () => void; children: ReactNode },
  { failed: boolean }
> {
  override state = { failed: false }

  static getDerivedStateFromError() {
    return { failed: true }
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error('The 3D scene failed', error, info.componentStack)
    this.props.onError()
  }

  override render() {
    return this.state.failed ? null : this.props.children
  }
}

export function Stage({ children, className, fallback, frameloop, dpr, camera, gl }: StageProps) {
  const container = useRef<HTMLDivElement>(null)
  const canvas = useRef<HTMLCanvasElement>(null)
  const root = useRef<ReconcilerRoot<HTMLCanvasElement> | null>(null)
  const [size, setSize] = useState<Size | null>(null)
  const [failed, setFailed] = useState(false)

  useLayoutEffect(() => {
    const element = container.current
    if (!element) return
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return
      const { width, height } = entry.contentRect
      setSize({ width: Math.round(width), height: Math.round(height), top: 0, left: 0 })
    })
    observer.observe(element)
    return () => observer.disconnect()
  }, [])

  useLayoutEffect(() => {
    const target = canvas.current
    if (!target || !size || size.width === 0 || size.height === 0 || failed) return
    root.current ??= createRoot(target)
    const current = root.current
    current
      .configure({
        frameloop,
        dpr,
        camera,
        gl,
        events,
        size,
        onCreated: (state) => state.events.connect?.(container.current),
      })
      .then(() =>
        current.render(
          <SceneErrorBoundary onError={() => setFailed(true)}>
            <Suspense fallback={null}>{children}</Suspense>
          </SceneErrorBoundary>,
        ),
      )
      .catch((error: unknown) => {
        console.warn('WebGL could not start', error)
        setFailed(true)
      })
  })

  useEffect(
    () => () => {
      root.current?.unmount()
      root.current = null
    },
    [],
  )

  return (
    <div
      ref={container}
      className={className}
      style={{ position: 'relative', overflow: 'hidden', touchAction: 'none' }}
    >
      {failed ? (
        fallback
      ) : (
        <canvas ref={canvas} style={{ display: 'block', width: '100%', height: '100%' }} />
      )}
    </div>
  )
}
