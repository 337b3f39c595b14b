/**
 * One finding of the scorer as sentences a trainee can read: a title, the measured value against the
 * tolerance, why it matters and what it causes in the field. Pure, so the replay timeline shows the same words.
 */
import type { TFunction } from 'i18next'
import type { Procedure, Step } from '../../engine/schema.ts'
import type { Finding } from '../../engine/types.ts'
import type { Unit } from '../../engine/units.ts'
import { localText } from '../../i18n/index.ts'
import { formatDuration, formatNumber } from '../format.ts'

export type FindingText = { title: string; measure?: string; why?: string; consequence?: string }

/** Decimals worth reading for each unit: tenths of a millimetre, hundredths of a decibel. */
const DIGITS: Record<Unit, number> = { mm: 1, m: 1, deg: 1, dB: 2, dBm: 2, N: 0, s: 0, '%': 0, count: 0 }

function withUnit(number: string, unit: Unit | undefined, t: TFunction): string {
  const symbol = unit ? t(`units.${unit}`) : ''
  if (!symbol) return number
  // "4,2°" but "4,2 mm"; a no-break space keeps the number and its unit on one line.
  return unit === 'deg' ? `${number}${symbol}` : `${number}\u00a0${symbol}`
}

function stepLabel(procedure: Procedure, stepId: string | undefined, language: string): string {
  const step = procedure.steps.find((s) => s.id === stepId)
  return step ? localText(step.label, language) : (stepId ?? '')
}

function paramMeasure(
  finding: Finding,
  step: Step | undefined,
  t: TFunction,
  language: string,
): string | undefined {
  const { value, unit, target, tol, limit } = finding
  if (value === undefined || target === undefined || tol === undefined || limit === undefined)
    return undefined
  const bare = (x: number) => formatNumber(x, language, unit ? DIGITS[unit] : 1)
  const measured = (x: number) => withUnit(bare(x), unit, t)
  const spec = step?.params?.find((p) => p.id === finding.param)
  return t('findings.parameter.measure', {
    label: spec ? localText(spec.label, language) : (finding.param ?? ''),
    value: measured(value),
    expected:
      tol > 0
        ? t('findings.parameter.expectedTol', { target: bare(target), tol: measured(tol) })
        : measured(target),
    // The limit is a distance from the target: "au-delà de 9 mm" reads right only around zero.
    limit:
      target === 0
        ? t('findings.parameter.limitFromZero', { limit: measured(limit) })
        : t('findings.parameter.limitAround', { target: bare(target), limit: measured(limit) }),
  })
}

export function findingText(
  finding: Finding,
  procedure: Procedure,
  t: TFunction,
  language: string,
): FindingText {
  const why = finding.message ? localText(finding.message, language, finding.detail) : undefined
  const consequence = finding.consequence ? localText(finding.consequence, language) : undefined
  const step = procedure.steps.find((s) => s.id === finding.step)
  switch (finding.kind) {
    case 'missing-step':
      return {
        title: t('findings.missingStep.title', { step: stepLabel(procedure, finding.step, language) }),
        why: t(step?.required ? 'findings.missingStep.required' : 'findings.missingStep.optional'),
      }
    case 'order':
      return {
        title: t('findings.order.title', { step: stepLabel(procedure, finding.step, language) }),
        why: t('findings.order.why', { before: stepLabel(procedure, finding.before, language) }),
      }
    case 'parameter':
      return {
        title: stepLabel(procedure, finding.step, language),
        measure: paramMeasure(finding, step, t, language),
        why,
        consequence,
      }
    case 'error': {
      // The catalogue message names the mistake; it is the title, so it is not repeated as "why".
      const title = why ?? t('findings.error.fallback', { id: finding.error ?? '?' })
      return { title, consequence }
    }
    case 'time':
      return {
        title: t('findings.time.title'),
        measure:
          finding.value === undefined || finding.target === undefined || finding.limit === undefined
            ? undefined
            : t('findings.time.measure', {
                duration: formatDuration(finding.value, t),
                reference: formatDuration(finding.target, t),
                max: formatDuration(finding.limit, t),
              }),
        why: t('findings.time.why'),
      }
    case 'economy':
      return {
        title: t('findings.economy.title'),
        measure:
          finding.value === undefined || finding.target === undefined
            ? undefined
            : t('findings.economy.measure', { actions: finding.value, minimum: finding.target }),
        why: t('findings.economy.why'),
      }
    case 'hint':
      return { title: t('findings.hint.title', { count: finding.count ?? 1 }), why: t('findings.hint.why') }
  }
}
