/**
 * The PBO bench's looks, named once so the parts share them: a few colours over the whole scene keep the
 * palette calm and the shader programs few (ARCHITECTURE.md: ≤ 15 per scene). All come from the kit's
 * material cache; the ones with extra settings (clear, vertex-coloured) are cached instances given them once.
 */
import type { MeshStandardMaterial } from 'three'
import { canvasTexture } from '../../../src/kit/canvasTexture.ts'
import { clearPlastic, surface } from '../../../src/kit/materials.ts'

/** The PBO's box and lid: the light grey-ivory ABS of indoor and street boxes (close to RAL 7035). */
export const pboShell = () => surface('#d8d6cc', { roughness: 0.55, key: 'pbo-shell' })
/**
 * The splice cassettes: anthracite ABS. Coloured fibres, white included, read against it, and it stands
 * apart from the light box around it.
 */
export const CASSETTE_COLOUR = '#454b52'
export const cassettePlastic = () => surface(CASSETTE_COLOUR, { roughness: 0.5, key: 'cassette' })
/** Black parts: the splice holder's comb, cable glands, the lid's gasket, tie slots. */
export const blackRubber = () => surface('#1d1f22', { roughness: 0.8, key: 'black-rubber' })
/**
 * Zinc-plated steel: screws, hinge pins, strain-relief straps. There is no environment map, so a light
 * grey with a little metalness reads as metal where a truly metallic surface would render nearly black.
 */
export const steel = () => surface('#b4b9bf', { roughness: 0.32, metalness: 0.35, key: 'steel' })
/** The bench: a beech-laminate top. */
export const benchTop = () => surface('#bf9f78', { roughness: 0.75, key: 'bench-top' })
/** The label zone on the cassette's front lip: a matte white writing surface. */
export const labelWhite = () => surface('#f3f3ee', { roughness: 0.9, key: 'label-zone' })
/** Nylon cable ties, natural (undyed) polyamide. */
export const nylon = () => surface('#ebe6d6', { roughness: 0.45, key: 'tie-nylon' })
/** The distribution cable's black PE sheath. */
export const cableSheath = () => surface('#1b1c1e', { roughness: 0.55, key: 'cable-sheath' })
/** The cassette's cover: smoked clear plastic, so the work under it stays visible. */
export const smokedCover = () => clearPlastic('#66737d', 0.36)

const RING_MARK_PX = 128

/**
 * A loose tube, slightly glossy PBT. Tubes 13–24 carry a black ring every few centimetres: a white
 * texture with a black band, tinted by the tube's colour, so every colour shares one texture.
 */
export function tubeMaterial(hex: string, ringed: boolean): MeshStandardMaterial {
  if (!ringed) return surface(hex, { roughness: 0.3, key: 'loose-tube' })
  const rings = canvasTexture(
    'tube-ring-mark',
    RING_MARK_PX,
    4,
    (context) => {
      context.fillStyle = '#ffffff'
      context.fillRect(0, 0, RING_MARK_PX, 4)
      context.fillStyle = '#000000'
      context.fillRect(0, 0, RING_MARK_PX * 0.14, 4)
    },
    { repeat: true },
  )
  return surface(hex, { roughness: 0.3, map: rings, key: 'loose-tube-ringed' })
}

/** Bare coloured fibres whose colours travel as vertex colours: a whole bundle in one draw call. */
export function fibreBundleMaterial(): MeshStandardMaterial {
  const material = surface('#ffffff', { roughness: 0.35, key: 'fibre-bundle-vertex-colours' })
  if (!material.vertexColors) {
    material.vertexColors = true
    material.needsUpdate = true
  }
  return material
}
