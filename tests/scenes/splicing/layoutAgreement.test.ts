import { describe, expect, it } from 'vitest'
import { CLEAVER_GUIDE_Y } from '../../../scenes/splicing/layout.ts'
import { CLEAVER_GUIDE_Y_MM } from '../../../scenes/splicing/view/Cleaver.tsx'

describe('the bench layout and the drawing agree', () => {
  it('a fibre seated in the cleaver is measured at the height the cleaver is drawn to hold it', () => {
    expect(CLEAVER_GUIDE_Y).toBeCloseTo(CLEAVER_GUIDE_Y_MM, 2)
  })
})
