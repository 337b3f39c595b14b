/**
 * A geometry built in code (merged parts, extrusions, lathes) for as long as the component is mounted:
 * built once per `deps`, disposed when they change or the component goes, so leaving and re-entering
 * the scene leaves the renderer's geometry count where it was (ARCHITECTURE.md budgets).
 */
import { useEffect, useMemo } from 'react'
import type { BufferGeometry } from 'three'

export function useGeometry<T extends BufferGeometry>(build: () => T, deps: readonly unknown[]): T {
  // The caller names what the geometry depends on, as with useMemo.
  const geometry = useMemo(build, deps)
  useEffect(() => () => geometry.dispose(), [geometry])
  return geometry
}
