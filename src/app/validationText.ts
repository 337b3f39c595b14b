/**
 * A validation issue (see src/engine/validate.ts) in plain words, for the trainers who maintain exercise
 * files and for the notice about records set aside. The engine keeps issues structured; wording is ours.
 */
import type { TFunction } from 'i18next'
import type { ValidationIssue } from '../engine/validate.ts'

const CODES = new Set([
  'invalid_type',
  'too_small',
  'too_big',
  'invalid_value',
  'invalid_union',
  'unrecognized_keys',
  'custom',
  'duplicate_id',
  'unknown_step',
  'cycle',
  'limit_not_above_tol',
  'weights_sum',
  'sequence_gap',
  'key_mismatch',
  'unknown_procedure',
])

/** Codes whose sentence already names the received value; the others get ", reçu …" appended. */
const RECEIVED_INSIDE = new Set(['duplicate_id', 'unknown_step', 'key_mismatch'])

const TYPE_NAMES = new Set(['number', 'int', 'string', 'boolean', 'object', 'array'])

/** describeReceived() in validate.ts gives these words for values it does not quote. */
const VALUE_WORDS = new Set(['null', 'array', 'object'])

function expectedText(expected: string | undefined, t: TFunction): string {
  if (expected === undefined) return '?'
  if (TYPE_NAMES.has(expected)) return t(`validation.types.${expected}`)
  return expected.replace(/>=/g, '≥').replace(/<=/g, '≤').replace(/ \| /g, ', ')
}

function receivedText(received: string, t: TFunction): string {
  return VALUE_WORDS.has(received) ? t(`validation.values.${received}`) : received
}

export function formatIssue(issue: ValidationIssue, t: TFunction): string {
  const expected = expectedText(issue.expected, t)
  const absent = issue.received === 'absent'
  let message: string
  if (!CODES.has(issue.code)) {
    message = t('validation.codes.other', { code: issue.code })
  } else if (issue.code === 'invalid_type' && absent) {
    message = t('validation.codes.invalid_type_absent', { expected })
  } else {
    message = t(`validation.codes.${issue.code}`, { expected, received: issue.received ?? '?' })
    if (issue.received !== undefined && !absent && !RECEIVED_INSIDE.has(issue.code)) {
      message += t('validation.received', { value: receivedText(issue.received, t) })
    }
  }
  return issue.path
    ? t('validation.issue', { path: issue.path, message })
    : t('validation.issueWhole', { message })
}
