/**
 * The bench's looks, named once so the tools share them: a handful of colours over the whole scene keeps
 * the palette calm and the shader programs few (ARCHITECTURE.md: ≤ 15 per scene). All come from the kit's
 * material cache; the transparent and self-lit ones are cached instances given their extra settings once.
 */
import { surface } from '../../../src/kit/materials.ts'

/** The splicer's housing and the cleaver's lid: dark anthracite, satin moulded plastic. */
export const housing = () => surface('#3a3e44', { roughness: 0.55, key: 'housing' })
/** The darker deck plates and bezels around the work; prints laid on them use the same colour. */
export const DECK_COLOUR = '#25282c'
export const deck = () => surface(DECK_COLOUR, { roughness: 0.5, key: 'deck' })
/** Rubber: bumpers, clamp pads, grips' ends. */
export const rubber = () => surface('#161719', { roughness: 0.92, key: 'rubber' })
/**
 * Machined steel. There is no environment map in the scene, so a truly metallic surface would render
 * nearly black: a light grey with a little metalness reads as bare steel under the bench lights.
 */
export const steel = () => surface('#b4b9bf', { roughness: 0.32, metalness: 0.35, key: 'steel' })
/** Die-cast aluminium, painted grey: the cleaver's body. */
export const castMetal = () => surface('#8a9198', { roughness: 0.45, metalness: 0.2, key: 'cast-metal' })
/** Zirconia V-groove blocks and similar white ceramic parts. */
export const ceramic = () => surface('#ebe7dd', { roughness: 0.4, key: 'ceramic' })
/** Accent for the parts the trainee handles (fibre clamps, heater lid, glasses' frame), a muted steel blue. */
export const accent = () => surface('#2f6690', { roughness: 0.45, key: 'accent' })
/** Light grey plastic: the splicer's keys, the pump's top. */
export const lightPlastic = () => surface('#d5d8dc', { roughness: 0.5, key: 'light-plastic' })
/** Fibre glass as a scrap piece shows it: a thin bright rod. */
export const glass = () => surface('#eef6f8', { roughness: 0.2, key: 'glass-fibre' })
