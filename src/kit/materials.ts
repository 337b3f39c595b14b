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

/**
 * Clear plastic (covers, collectors, sleeves, lenses). Transparent materials do not write
 * depth, so what lies under a clear cover stays visible from every side. A `map`'s alpha cuts a shape
 * out of a plain surface (the glasses' lens).
 */
export function clearPlastic(tint: string, opacity: number, map?: Texture): MeshStandardMaterial {
  const material = surface(tint, { roughness: 0.12, key: `clear-${opacity}`, ...(map ? { map } : {}) })
  if (!material.transparent) {
    material.transparent = true
    material.opacity = opacity
    material.depthWrite = false
  }
  return material
}

/**
 * A device's display: black glass when off; when on, the picture is emitted (a screen lights itself,
 * whatever the bench lights do) under a glossy surface that still catches reflections.
 */
export function screenMaterial(picture: Texture | null): MeshStandardMaterial {
  if (!picture) return surface('#07090b', { roughness: 0.18, key: 'screen-off' })
  const material = surface('#000000', { roughness: 0.18, key: 'screen-on' })
  if (material.emissiveMap !== picture) {
    material.emissive.set('#ffffff')
    material.emissiveMap = picture
    material.needsUpdate = true
  }
  return material
}
