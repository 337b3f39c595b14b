/**
 * Shared materials: one instance per look, reused by every mesh that has it, so a scene compiles a
 * handful of shader programs and never creates materials while it runs.
 */
import { MeshBasicMaterial, MeshStandardMaterial } from 'three'
import type { Texture } from 'three'

const standard = new Map<string, MeshStandardMaterial>()
const basic = new Map<string, MeshBasicMaterial>()

/** A lit surface: plastic, rubber, painted metal. `key` tells apart looks that share a colour. */
export function surface(
  colour: string,
  {
    roughness = 0.6,
    metalness = 0,
    map,
    key = '',
  }: { roughness?: number; metalness?: number; map?: Texture; key?: string } = {},
): MeshStandardMaterial {
  const id = `${colour}|${roughness}|${metalness}|${map?.uuid ?? ''}|${key}`
  let material = standard.get(id)
  if (!material) {
    material = new MeshStandardMaterial({ color: colour, roughness, metalness, ...(map ? { map } : {}) })
    standard.set(id, material)
  }
  return material
}

/** An unlit marker (hint arrow, focus ring): always readable whatever the lighting. */
export function marker(colour: string, opacity = 1): MeshBasicMaterial {
  const id = `${colour}|${opacity}`
  let material = basic.get(id)
  if (!material) {
    material = new MeshBasicMaterial({
      color: colour,
      transparent: opacity < 1,
      opacity,
      depthTest: opacity === 1,
    })
    basic.set(id, material)
  }
  return material
}
