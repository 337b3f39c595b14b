/**
 * Macrobend loss of a coiled fibre, per fibre class, from the ITU-T G.657 limits quoted in
 * docs/DOMAIN.md ("Splice tray / PBO cassette"): a loss per turn that grows exponentially as the bend
 * radius shrinks, α(r) = α₀ · exp((r₀ − r) / ρ) dB per turn, through the class's limit points.
 * The limits are maxima at 1550 nm; using them at 1490 nm (the PTO measurement) slightly overstates the
 * loss, which a teaching tool may do. Pure data and arithmetic: the splice-tray scene reads it.
 */
import { db } from '../../src/engine/units.ts'
import type { Db } from '../../src/engine/units.ts'

export const FIBRE_CLASS_IDS = ['G.652.D', 'G.657.A1', 'G.657.A2', 'G.657.B3'] as const
export type FibreClassId = (typeof FIBRE_CLASS_IDS)[number]

export type FibreClass = {
  id: FibreClassId
  /** Smallest radius allowed in a tray for this class (docs/DOMAIN.md). */
  minRadiusMm: number
  /** ITU-T G.657 (and G.652.D) limits: loss per turn at a radius, 1550 nm unless noted. */
  limits: { radiusMm: number; dbPerTurn: number }[]
  /**
   * How many millimetres of radius multiply the loss by e. Fitted from two limit points where the
   * standard gives two; otherwise a teaching assumption [I], data a trainer may change.
   */
  decayMm: number
}

/** A2: 0.1 dB at 10 mm and 0.5 dB at 7.5 mm per turn, so ρ = 2.5 mm / ln 5. */
const A2_DECAY_MM = 2.5 / Math.log(5)
/** B3: 0.08 dB at 7.5 mm and 0.15 dB at 5 mm per turn, so ρ = 2.5 mm / ln(0.15 / 0.08). */
const B3_DECAY_MM = 2.5 / Math.log(0.15 / 0.08)

export const FIBRE_CLASSES: Record<FibreClassId, FibreClass> = {
  // 100 turns at 30 mm ≤ 0.1 dB (at 1625 nm, used here as a bound at 1550): 0.001 dB per turn.
  // Its decay is an assumption [I]: ≈ 0.15 dB per turn at 15 mm, ≈ 0.8 dB at 10 mm.
  'G.652.D': { id: 'G.652.D', minRadiusMm: 30, limits: [{ radiusMm: 30, dbPerTurn: 0.001 }], decayMm: 3 },
  // One point in DOMAIN.md (0.75 dB at 10 mm); the A2 fibres' decay is assumed [I].
  'G.657.A1': {
    id: 'G.657.A1',
    minRadiusMm: 10,
    limits: [{ radiusMm: 10, dbPerTurn: 0.75 }],
    decayMm: A2_DECAY_MM,
  },
  'G.657.A2': {
    id: 'G.657.A2',
    minRadiusMm: 7.5,
    limits: [
      { radiusMm: 10, dbPerTurn: 0.1 },
      { radiusMm: 7.5, dbPerTurn: 0.5 },
    ],
    decayMm: A2_DECAY_MM,
  },
  'G.657.B3': {
    id: 'G.657.B3',
    minRadiusMm: 5,
    limits: [
      { radiusMm: 7.5, dbPerTurn: 0.08 },
      { radiusMm: 5, dbPerTurn: 0.15 },
    ],
    decayMm: B3_DECAY_MM,
  },
}

/** Loss per turn at `radiusMm`, anchored on the class's largest-radius limit point. */
export function lossPerTurnDb(fibreClass: FibreClass, radiusMm: number): Db {
  const anchor = fibreClass.limits.reduce((a, b) => (b.radiusMm > a.radiusMm ? b : a))
  return db(anchor.dbPerTurn * Math.exp((anchor.radiusMm - radiusMm) / fibreClass.decayMm))
}

/** Loss of `turns` turns (a fraction of a turn counts as its share) coiled at `radiusMm`. */
export function macrobendLossDb(fibreClass: FibreClass, radiusMm: number, turns: number): Db {
  if (turns <= 0) return db(0)
  return db(lossPerTurnDb(fibreClass, radiusMm) * turns)
}
