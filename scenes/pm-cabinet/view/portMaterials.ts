/**
 * The looks of the cabinet's ports, plugs and cords, named once so the drawers, the connectors and the
 * cords share materials from the kit's cache. A cached instance that needs an extra setting (vertex
 * colours, a glow) gets it once here, as the kit's clearPlastic does.
 */
import type { MeshStandardMaterial } from 'three'
import { surface } from '../../../src/kit/materials.ts'

/** SC/APC green (RAL 6018-ish): the colour a technician checks before plugging in. */
export const SC_APC_HEX = '#3aa655'
/** SC/UPC blue, the flat-polished connector that must never go into an APC port. */
export const SC_UPC_HEX = '#2f6fd0'
/** The yellow jacket of a single-mode patch cord (jarretière). */
export const CORD_YELLOW_HEX = '#f2c200'
/** The drawers' powder-coated sheet metal (light grey, RAL 7035-ish), also the print's background. */
export const DRAWER_GREY_HEX = '#c9cdcb'

/**
 * The adapters: the green body, its dark inside and the ceramic sleeve deep in the mouth, all in the
 * geometry's vertex colours, so 120 adapters stay one draw call.
 */
export function adapterMaterial(): MeshStandardMaterial {
  const material = surface('#ffffff', { roughness: 0.45, key: 'sc-adapter-vertex-colours' })
  material.vertexColors = true
  return material
}

/** The plug-in dust caps: a lighter, softer green than the adapter, so a capped port reads at a glance. */
export const dustCap = () => surface('#63c27d', { roughness: 0.7, key: 'sc-dust-cap' })

export const drawerSheet = () => surface(DRAWER_GREY_HEX, { roughness: 0.55, key: 'pm-drawer' })

/** The slides and pull handles. Same look and key as the other scenes' steel, so they share the instance. */
export const steel = () => surface('#b4b9bf', { roughness: 0.32, metalness: 0.35, key: 'steel' })

/** Zirconia ferrule, same look and key as the other scenes' ceramic parts. */
export const ceramic = () => surface('#ebe7dd', { roughness: 0.4, key: 'ceramic' })

/**
 * White plastic tinted per instance (a plug's latch body, green or blue; its boot in its cord's colour):
 * the instance colour multiplies the white, so every colour shares one draw call.
 */
export const tintedPlastic = () => surface('#ffffff', { roughness: 0.45, key: 'instance-tinted-plastic' })
