/**
 * Publishes the renderer's counters on `window.__plateauPerf` after every rendered frame, so the
 * end-to-end tests can hold each scene to the budgets of ARCHITECTURE.md (draw calls, programs,
 * triangles, frames rendered while idle). It only reads counters three.js keeps anyway.
 */
import { addAfterEffect, useThree } from '@react-three/fiber'
import { useEffect } from 'react'

export type PerfSnapshot = {
  calls: number
  triangles: number
  programs: number
  geometries: number
  textures: number
  /** Frames rendered since the canvas mounted; stays still while the scene is idle (demand loop). */
  frames: number
}

declare global {
  interface Window {
    __plateauPerf?: { snapshot(): PerfSnapshot }
  }
}

export function PerfProbe() {
  const gl = useThree((state) => state.gl)
  useEffect(() => {
    const last: PerfSnapshot = { calls: 0, triangles: 0, programs: 0, geometries: 0, textures: 0, frames: 0 }
    const unsubscribe = addAfterEffect(() => {
      last.calls = gl.info.render.calls
      last.triangles = gl.info.render.triangles
      last.programs = gl.info.programs?.length ?? 0
      last.geometries = gl.info.memory.geometries
      last.textures = gl.info.memory.textures
      last.frames += 1
    })
    window.__plateauPerf = { snapshot: () => ({ ...last }) }
    return () => {
      unsubscribe()
      delete window.__plateauPerf
    }
  }, [gl])
  return null
}
