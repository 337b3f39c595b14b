/**
 * The looks of the splice tray's small objects and instruments (fibres, sleeves, cutters, labels, PTO, power
 * meter), named once so they share materials. All come from the kit's cache; a cached instance that needs
 * an extra setting gets it once, as the kit's clearPlastic does.
 */
import type { MeshStandardMaterial } from 'three'
import { clearPlastic, surface } from '../../../src/kit/materials.ts'

/**
 * Bare steel (cutters' head, sleeves' strength rods, the meter's port). Same look and key as the splicing
 * bench's, so the two scenes share the instance. No environment map: a light grey with a little metalness
 * reads as steel where a truly metallic surface would render nearly black.
 */
export const steel = () => surface('#b4b9bf', { roughness: 0.32, metalness: 0.35, key: 'steel' })

/** Coloured fibres: the colour of each one is in its vertices, so a whole bundle is one draw call. */
export function fibreCoating(): MeshStandardMaterial {
  const material = surface('#ffffff', { roughness: 0.35, key: 'fibre-vertex-colours' })
  material.vertexColors = true
  return material
}

/** Bare glass where the coating is stripped (inside a splice sleeve). */
export const GLASS_HEX = '#dcecf0'

/**
 * A shrunk splice-protection sleeve: milky where the hot-melt has flowed, yet clear enough that the rod
 * and the bare splice show through from above.
 */
export const shrunkSleeve = () => clearPlastic('#eef3f3', 0.5)

/** The angle-polished connector's green (SC/APC), the colour every technician checks before plugging in. */
export const scApcGreen = () => surface('#1f9a4b', { roughness: 0.45, key: 'sc-apc' })
/** Zirconia ferrule, same look and key as the splicing bench's ceramic parts. */
export const ceramic = () => surface('#ebe7dd', { roughness: 0.4, key: 'ceramic' })
/** The yellow jacket of a single-mode patch cord. */
export const cordYellow = () => surface('#f1c417', { roughness: 0.55, key: 'patch-cord' })
/** Black moulded rubber: boots, strain reliefs, the meter's faceplate. */
export const darkRubber = () => surface('#26292e', { roughness: 0.7, key: 'instrument-dark' })
