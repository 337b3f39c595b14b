import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  FIBRE_CLASSES,
  FIBRE_CLASS_IDS,
  lossPerTurnDb,
  macrobendLossDb,
} from '../../../scenes/common/macrobend.ts'

describe('macrobend loss per fibre class (ITU-T G.657 limits, docs/DOMAIN.md)', () => {
  it('passes through every limit point the class gives', () => {
    for (const id of FIBRE_CLASS_IDS) {
      for (const { radiusMm, dbPerTurn } of FIBRE_CLASSES[id].limits) {
        expect(lossPerTurnDb(FIBRE_CLASSES[id], radiusMm)).toBeCloseTo(dbPerTurn, 10)
      }
    }
  })

  it('matches the documented values: A2 0.1 dB at 10 mm, 0.5 dB at 7.5 mm; B3 0.15 dB at 5 mm', () => {
    expect(lossPerTurnDb(FIBRE_CLASSES['G.657.A2'], 10)).toBeCloseTo(0.1, 10)
    expect(lossPerTurnDb(FIBRE_CLASSES['G.657.A2'], 7.5)).toBeCloseTo(0.5, 10)
    expect(lossPerTurnDb(FIBRE_CLASSES['G.657.B3'], 5)).toBeCloseTo(0.15, 10)
  })

  it('orders the classes as the standard does: at 10 mm, G.652 loses most and B3 least', () => {
    const at10 = FIBRE_CLASS_IDS.map((id) => lossPerTurnDb(FIBRE_CLASSES[id], 10))
    expect(at10).toEqual([...at10].sort((a, b) => b - a))
  })

  it('makes a G.652 coil at a G.657.A2 radius a real fault, and a coil at its own minimum harmless', () => {
    expect(macrobendLossDb(FIBRE_CLASSES['G.652.D'], 7.5, 2)).toBeGreaterThan(1)
    expect(macrobendLossDb(FIBRE_CLASSES['G.652.D'], 30, 2)).toBeLessThan(0.01)
  })

  it('grows as the radius shrinks, and with the number of turns', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FIBRE_CLASS_IDS),
        fc.double({ min: 2, max: 40, noNaN: true }),
        fc.double({ min: 0.1, max: 10, noNaN: true }),
        fc.double({ min: 0, max: 5, noNaN: true }),
        (id, radiusMm, shrinkMm, turns) => {
          const fibreClass = FIBRE_CLASSES[id]
          expect(lossPerTurnDb(fibreClass, radiusMm - shrinkMm)).toBeGreaterThan(
            lossPerTurnDb(fibreClass, radiusMm),
          )
          expect(macrobendLossDb(fibreClass, radiusMm, turns + 1)).toBeGreaterThan(
            macrobendLossDb(fibreClass, radiusMm, turns),
          )
        },
      ),
    )
  })

  it('costs nothing for no turn', () => {
    expect(macrobendLossDb(FIBRE_CLASSES['G.657.A1'], 3, 0)).toBe(0)
  })
})
