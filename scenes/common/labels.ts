/**
 * Cable labels, the way every scene judges them (street cabinet, rack): what a label printer prints
 * from what was typed, and where a flag label sits on a cord. Rules from
 * docs/reference/domain-procedures.md §8b: machine-printed, upper case, sans-serif; both ends; on
 * thin fibre cords a flag label 25–300 mm from the connector, ideally 50–100 mm [I] — the band is
 * exercise data, never a constant here.
 */

/**
 * Longest text a flag label takes at a readable size: room for a TIA-606 cable identifier with both
 * ends, near end first (`DC.C03-03:01/DC.C03-40:04`, 25 characters) [I].
 */
export const LABEL_MAX_CHARS = 32

/** What the printer prints from what was typed: upper case, single spaces, trimmed, cut at the label's length. */
export function printedText(typed: string): string {
  return typed.toUpperCase().replace(/\s+/g, ' ').trim().slice(0, LABEL_MAX_CHARS)
}

/** Where a flag label may sit on a cord, measured from the connector's boot, mm. */
export type LabelBand = {
  /** Ideal distance and the half-width of the ideal band (50–100 mm: 75 ± 25). */
  targetMm: number
  tolMm: number
  /** Beyond target ± limit the label counts for nothing (lost in the bundle, or read on the wrong cord). */
  limitMm: number
  /** Closer than this, the label sits on the boot: it hides the latch and is torn off by the next unplugging. */
  bootMm: number
}

export type LabelPlacement = 'on-boot' | 'ideal' | 'acceptable' | 'too-far'

export function labelPlacement(distanceMm: number, band: LabelBand): LabelPlacement {
  if (distanceMm < band.bootMm) return 'on-boot'
  const off = Math.abs(distanceMm - band.targetMm)
  if (off <= band.tolMm) return 'ideal'
  return off < band.limitMm ? 'acceptable' : 'too-far'
}
