import type { TFunction } from 'i18next'
import { describe, expect, it } from 'vitest'
import { feedbackFor } from '../../src/app/player/feedback.ts'
import { PM_PROCEDURES } from '../../scenes/pm-cabinet/procedures.ts'

// Shows what reaches the message: the key and the values it is filled with.
const t = ((key: string, values: Record<string, unknown>) =>
  `${key} ${JSON.stringify(values)}`) as unknown as TFunction

describe('what a refusal says', () => {
  const refused = [
    {
      kind: 'rejected' as const,
      reason: 'cord-too-short',
      seq: 3,
      tMs: 0,
      detail: { missingCm: 13, cordM: 1.5 },
    },
  ]

  it('fills numbers the French way in French and the English way in English', () => {
    const fr = feedbackFor(refused, 'practice', PM_PROCEDURES[0]!, t, 'fr')
    expect(fr).toEqual({
      tone: 'refused',
      text: 'player.rejected.cord-too-short {"missingCm":"13","cordM":"1,5"}',
    })
    const en = feedbackFor(refused, 'practice', PM_PROCEDURES[0]!, t, 'en')
    expect(en?.text).toContain('"cordM":"1.5"')
  })

  it('is said even in evaluation: the workplace cannot do it', () => {
    expect(feedbackFor(refused, 'evaluation', PM_PROCEDURES[0]!, t, 'fr')?.tone).toBe('refused')
  })
})
