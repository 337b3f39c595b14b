import { describe, expect, it } from 'vitest'
import { parseExercise, parseProcedure } from '../../../src/engine/validate.ts'
import { FIBRE_ID_EXERCISES } from '../../../scenes/fibre-id/exercises.ts'
import { FIBRE_ID_PROCEDURES } from '../../../scenes/fibre-id/procedures.ts'
import { parseFibreIdSetup } from '../../../scenes/fibre-id/setup.ts'
import { ERR, FIND_STEP, OPEN_TUBE_STEP, layStepId } from '../../../scenes/fibre-id/model.ts'
import { COLOUR_CODES, codePosition } from '../../../scenes/common/colourCodes.ts'
import { SLOT_PITCH_MM } from '../../../scenes/fibre-id/layout.ts'
import { procedureFor } from './sim.ts'

const setupOf = (exerciseId: string) => {
  const exercise = FIBRE_ID_EXERCISES.find((candidate) => candidate.id === exerciseId)
  const parsed = parseFibreIdSetup(exercise?.setup)
  if (!parsed.ok) throw new Error(`${exerciseId}: ${JSON.stringify(parsed.issues)}`)
  return parsed.value
}

describe('fibre-id data files', () => {
  describe.each(FIBRE_ID_EXERCISES.map((exercise) => [exercise.id, exercise] as const))(
    'exercise %s',
    (_, exercise) => {
      it('is a valid exercise record of this scene', () => {
        expect(parseExercise(exercise)).toEqual({ ok: true, value: exercise })
        expect(exercise.scene).toBe('fibre-id')
      })

      it('has a valid scene setup', () => {
        expect(parseFibreIdSetup(exercise.setup)).toEqual({ ok: true, value: exercise.setup })
      })

      it('names an existing procedure version of the same scene', () => {
        const procedure = procedureFor(exercise)
        expect(procedure.version).toBe(exercise.procedure.version)
        expect(procedure.scene).toBe(exercise.scene)
      })

      it('uses a procedure whose steps are exactly the ones the model can report for its task', () => {
        const setup = setupOf(exercise.id)
        const stepIds = procedureFor(exercise).steps.map((step) => step.id)
        if (setup.task.kind === 'find') expect(stepIds).toEqual([OPEN_TUBE_STEP, FIND_STEP])
        else expect(stepIds).toEqual(Array.from({ length: setup.fibresPerTube }, (_, i) => layStepId(i + 1)))
      })

      it('snaps no wider than half the slot pitch, so two slots never claim one release', () => {
        expect(setupOf(exercise.id).snapMm).toBeLessThanOrEqual(SLOT_PITCH_MM / 2)
      })
    },
  )

  it('has unique exercise ids', () => {
    const ids = FIBRE_ID_EXERCISES.map((exercise) => exercise.id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  describe.each(FIBRE_ID_PROCEDURES.map((procedure) => [procedure.id, procedure] as const))(
    'procedure %s',
    (_, procedure) => {
      it('passes the procedure schema and the cross-field rules', () => {
        expect(parseProcedure(procedure)).toEqual({ ok: true, value: procedure })
      })

      it('catalogues every error the model can raise', () => {
        expect(procedure.errors.map((error) => error.id).sort()).toEqual(Object.values(ERR).sort())
      })

      it('never charges a recovered error more than an unrecovered one', () => {
        for (const error of procedure.errors)
          expect(error.recoveredPenalty).toBeLessThanOrEqual(error.penalty)
      })
    },
  )

  it('has unique procedure versions', () => {
    const labels = FIBRE_ID_PROCEDURES.map((procedure) => `${procedure.id}@${procedure.version}`)
    expect(new Set(labels).size).toBe(labels.length)
  })

  it('rejects a find task outside the cable, naming the task', () => {
    const setup = { ...setupOf('fibre-id.practice-find'), task: { kind: 'find', tube: 5, fibre: 7 } }
    const parsed = parseFibreIdSetup(setup)
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(parsed.issues).toContainEqual(expect.objectContaining({ path: 'task' }))
  })
})

describe('colour codes', () => {
  it('starts the French operator code with red and FOTAG with blue', () => {
    expect(codePosition('fr-operator', 1).colour.id).toBe('rouge')
    expect(codePosition('fotag', 1).colour.id).toBe('bleu')
  })

  it('repeats positions 1–12 with a black ring on 13–24', () => {
    for (const code of ['fr-operator', 'fotag'] as const) {
      for (let n = 1; n <= 12; n++) {
        expect(codePosition(code, n)).toEqual({ colour: codePosition(code, n).colour, ringed: false })
        expect(codePosition(code, n + 12)).toEqual({ colour: codePosition(code, n).colour, ringed: true })
        expect(codePosition(code, n).colour.id).toBe(COLOUR_CODES[code][n - 1])
      }
    }
  })

  it('uses twelve distinct colours in each code', () => {
    for (const code of ['fr-operator', 'fotag'] as const) {
      const ids = Array.from({ length: 12 }, (_, i) => codePosition(code, i + 1).colour.id)
      expect(new Set(ids).size).toBe(12)
    }
  })
})
