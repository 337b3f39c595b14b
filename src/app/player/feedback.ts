/**
 * What the trainee is told right after a gesture. Refusals are always said (the workplace cannot do
 * it); mistakes are said in guided and practice modes, and kept for the results in evaluation, as a
 * trainer at the bench would.
 */
import type { TFunction } from 'i18next'
import type { Mode, Procedure } from '../../engine/schema.ts'
import type { Outcome } from '../../engine/types.ts'
import { localText } from '../../i18n/index.ts'
import { formatNumber } from '../format.ts'

export type Feedback = { tone: 'refused' | 'mistake' | 'fixed'; text: string }

export function feedbackFor(
  outcomes: readonly Outcome[],
  mode: Mode,
  procedure: Procedure,
  t: TFunction,
  language: string,
): Feedback | null {
  for (const outcome of outcomes) {
    if (outcome.kind === 'rejected') {
      // Numbers read the trainee's way (1,5 m in French), as in the findings.
      const values = Object.fromEntries(
        Object.entries(outcome.detail ?? {}).map(([key, value]) => [
          key,
          typeof value === 'number' ? formatNumber(value, language, 2) : value,
        ]),
      )
      return { tone: 'refused', text: t(`player.rejected.${outcome.reason}`, values) }
    }
  }
  if (mode === 'evaluation' || mode === 'taster') return null
  for (const outcome of outcomes) {
    if (outcome.kind === 'error') {
      const def = procedure.errors.find((e) => e.id === outcome.error)
      if (def) return { tone: 'mistake', text: localText(def.message, language, outcome.detail) }
    }
    if (outcome.kind === 'recovered') return { tone: 'fixed', text: t('player.feedback.recovered') }
  }
  return null
}
