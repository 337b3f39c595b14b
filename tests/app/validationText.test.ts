import { beforeAll, describe, expect, it } from 'vitest'
import type { TFunction } from 'i18next'
import { formatIssue } from '../../src/app/validationText.ts'
import { parseExercise, parseProcedure } from '../../src/engine/validate.ts'
import { FIBRE_ID_EXERCISES } from '../../scenes/fibre-id/exercises.ts'
import { FIBRE_ID_PROCEDURES } from '../../scenes/fibre-id/procedures.ts'
import { translator } from './i18nForTests.ts'

let fr: TFunction
let en: TFunction
beforeAll(async () => {
  fr = await translator('fr')
  en = await translator('en')
})

describe('formatIssue', () => {
  it('names the field, what was expected and what was found', () => {
    const issue = { path: 'steps[2].weight', code: 'invalid_type', expected: 'number', received: '"abc"' }
    expect(formatIssue(issue, fr)).toBe('Le champ « steps[2].weight » : nombre attendu, reçu "abc".')
    expect(formatIssue(issue, en)).toBe('Field “steps[2].weight”: number expected, got "abc".')
  })

  it('makes "expected" agree with the type word in French', () => {
    expect(
      formatIssue({ path: 'tools', code: 'invalid_type', expected: 'array', received: '"mat"' }, fr),
    ).toBe('Le champ « tools » : liste attendue, reçu "mat".')
  })

  it('says a field is missing rather than "received absent"', () => {
    expect(
      formatIssue({ path: 'title.fr', code: 'invalid_type', expected: 'string', received: 'absent' }, fr),
    ).toBe('Le champ « title.fr » : champ manquant (texte attendu).')
  })

  it('words the engine’s own codes, a whole-record issue and an unknown code', () => {
    expect(formatIssue({ path: 'steps[1].id', code: 'duplicate_id', received: 'FI-01' }, fr)).toBe(
      'Le champ « steps[1].id » : l’identifiant FI-01 est utilisé deux fois.',
    )
    expect(formatIssue({ path: '', code: 'sequence_gap', expected: 'seq 3' }, fr)).toBe(
      'L’ensemble du fichier : il manque des gestes dans le journal (premier manquant : seq 3).',
    )
    expect(formatIssue({ path: 'x', code: 'something_new' }, en)).toBe(
      'Field “x”: incorrect value (code “something_new”).',
    )
  })

  it('words every issue the validators give for broken files, leaving no key or placeholder behind', () => {
    const [procedure] = FIBRE_ID_PROCEDURES
    const [exercise] = FIBRE_ID_EXERCISES
    const broken = [
      parseProcedure({
        ...procedure,
        steps: [...procedure!.steps, procedure!.steps[0], { id: 'x', weight: 'abc' }],
        precedence: [['nowhere', 'x']],
        weights: { ...procedure!.weights, time: 0.5 },
        extra: true,
      }),
      parseProcedure({
        ...procedure,
        precedence: [...procedure!.precedence, [procedure!.steps[1]!.id, procedure!.steps[0]!.id]],
      }),
      parseExercise({ ...exercise, mode: 'exam', tools: 'mat', seed: 1.5, title: {} }),
    ]
    const issues = broken.flatMap((result) => (result.ok ? [] : result.issues))
    expect(issues.length).toBeGreaterThan(5)
    for (const issue of issues) {
      for (const t of [fr, en]) expect(formatIssue(issue, t)).not.toMatch(/\{\{|validation\.|undefined/)
    }
  })
})
