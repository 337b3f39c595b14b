/**
 * What the cassette's View, HUD and model all need to know without the reducer: the meter's wavelengths,
 * which slot each sleeve belongs in, where a cable's bundle reaches the holder. Pure and light, so the
 * 3D View loads them without the model.
 */
import { slotZ } from './layout.ts'
import type { SpliceTraySetup } from './setup.ts'

/** The power meter's wavelengths; GPON's downstream is 1490 nm, the one to read at the PTO. */
export const WAVELENGTHS_NM = [1310, 1490, 1550] as const
export const MEASURE_NM = 1490

/** A sleeve goes in the holder slot of its distribution fibre's number (colour order). */
export function expectedSlot(tubeFibre: number): number {
  return tubeFibre
}

/** Where a cable's bundle of fibres reaches the holder: the middle of its sleeves' slots. */
export function bundleEndZ(state: { setup: Pick<SpliceTraySetup, 'splices'> }): number {
  const slots = state.setup.splices.map((s) => expectedSlot(s.tubeFibre))
  return (slotZ(Math.min(...slots)) + slotZ(Math.max(...slots))) / 2
}
