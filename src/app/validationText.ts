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
  'changed_without_new_version',
])

/** Codes whose sentence already names the received value; the others get ", reçu …" appended. */
const RECEIVED_INSIDE = new Set(['duplicate_id', 'unknown_step', 'key_mismatch'])

const TYPE_NAMES = new Set(['number', 'int', 'string', 'boolean', 'object', 'array'])

/** describeReceived() in validate.ts gives these words for values it does not quote. */
const VALUE_WORDS = new Set(['null', 'array', 'object'])

/** "nombre attendu", "liste attendue": the participle agrees with the type word, so each is one message. */
function expectedType(type: string | undefined, t: TFunction): string {
  const name = type ?? '?'
  return TYPE_NAMES.has(name) ? t(`validation.types.${name}`) : t('validation.types.other', { type: name })
}

function expectedText(expected: string | undefined): string {
  if (expected === undefined) return '?'
  return expected.replace(/>=/g, '≥').replace(/<=/g, '≤').replace(/ \| /g, ', ')
}

function receivedText(received: string, t: TFunction): string {
  return VALUE_WORDS.has(received) ? t(`validation.values.${received}`) : received
}

function message(issue: ValidationIssue, t: TFunction): string {
  if (!CODES.has(issue.code)) return t('validation.codes.other', { code: issue.code })
  const absent = issue.received === 'absent'
  if (issue.code === 'invalid_type' && absent) {
    return t('validation.codes.invalid_type_absent', { expected: expectedType(issue.expected, t) })
  }
  const text =
    issue.code === 'invalid_type'
      ? expectedType(issue.expected, t)
      : t(`validation.codes.${issue.code}`, {
          expected: expectedText(issue.expected),
          received: issue.received ?? '?',
        })
  const showReceived = issue.received !== undefined && !absent && !RECEIVED_INSIDE.has(issue.code)
  return showReceived
    ? text + t('validation.received', { value: receivedText(issue.received ?? '', t) })
    : text
}

export function formatIssue(issue: ValidationIssue, t: TFunction): string {
  const text = message(issue, t)
  return issue.path
    ? t('validation.issue', { path: issue.path, message: text })
    : t('validation.issueWhole', { message: text })
}
