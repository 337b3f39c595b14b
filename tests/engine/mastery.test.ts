import { describe, expect, it } from 'vitest'
import { consecutivePasses, isMastered } from '../../src/engine/mastery.ts'

const pass = { success: true, graded: true }
const fail = { success: false, graded: true }
const guidedPass = { success: true, graded: false }
const guidedFail = { success: false, graded: false }

describe('mastery', () => {
  it('counts successes back from the newest graded result', () => {
    expect(consecutivePasses([])).toBe(0)
    expect(consecutivePasses([pass, fail, pass, pass, pass])).toBe(3)
    expect(consecutivePasses([pass, pass, fail])).toBe(0)
  })

  it('needs the last two graded results to be successes', () => {
    expect(isMastered([pass])).toBe(false)
    expect(isMastered([pass, pass])).toBe(true)
    expect(isMastered([pass, fail, pass])).toBe(false)
    expect(isMastered([fail, pass, pass])).toBe(true)
    expect(isMastered([pass, pass, fail])).toBe(false)
  })

  it('skips guided attempts: they neither count nor break a streak', () => {
    expect(isMastered([pass, guidedFail, pass])).toBe(true)
    expect(isMastered([pass, guidedPass])).toBe(false)
    expect(consecutivePasses([guidedPass, guidedPass])).toBe(0)
  })
})
