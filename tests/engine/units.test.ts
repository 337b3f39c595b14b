import { describe, expect, it } from 'vitest'
import { UNITS, db, dbm, degrees, mm, ms, msToSeconds, seconds } from '../../src/engine/units.ts'

describe('units', () => {
  it('brands numbers without changing them', () => {
    expect([mm(35), degrees(0.5), db(-0.1), dbm(-20), seconds(60), ms(1500)]).toEqual([
      35, 0.5, -0.1, -20, 60, 1500,
    ])
  })

  it('converts milliseconds to seconds', () => {
    expect(msToSeconds(ms(1500))).toBe(1.5)
    expect(msToSeconds(ms(0))).toBe(0)
  })

  it('lists the units a procedure may use', () => {
    expect(UNITS).toEqual(['mm', 'm', 'deg', 'dB', 'dBm', 'N', 's', '%', 'count'])
  })
})
