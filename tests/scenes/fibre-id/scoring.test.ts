import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Procedure } from '../../../src/engine/schema.ts'
import type { ComponentScores, Finding } from '../../../src/engine/types.ts'
import { ERR, FIND_STEP, layStepId } from '../../../scenes/fibre-id/model.ts'
import { codePosition } from '../../../scenes/common/colourCodes.ts'
import { fibreIdSim } from './sim.ts'

const EVALUATION = 'fibre-id.evaluation-12'
const PRACTICE_12 = 'fibre-id.practice-12'
const PRACTICE_24 = 'fibre-id.practice-24'
const FOTAG = 'fibre-id.practice-fotag'
const FIND = 'fibre-id.practice-find'
const GUIDED = 'fibre-id.guided-12'

/** A trainer's own pace (procedures.ts): well inside the reference time of 8 s per fibre. */
const TRAINER_SECONDS_PER_FIBRE = 6

const ALL_ONE: ComponentScores = { completion: 1, order: 1, parameters: 1, errors: 1, time: 1, economy: 1 }

const errorDef = (procedure: Procedure, id: string) => {
  const def = procedure.errors.find((error) => error.id === id)
  if (!def) throw new Error(`${procedure.id} has no error ${id}`)
  return def
}

const stepWeightShare = (procedure: Procedure, stepId: string) => {
  const total = procedure.steps.reduce((sum, step) => sum + step.weight, 0)
  return (procedure.steps.find((step) => step.id === stepId)?.weight ?? Number.NaN) / total
}

const findingsOf = (findings: readonly Finding[], kind: Finding['kind']) =>
  findings.filter((finding) => finding.kind === kind)

describe('a perfect run', () => {
  it.each([EVALUATION, PRACTICE_12, PRACTICE_24, FOTAG])(
    '%s: every fibre in code order, well seated, in time, scores 1 everywhere',
    (exerciseId) => {
      const sim = fibreIdSim(exerciseId)
        .layAllInOrder({ secondsPerFibre: TRAINER_SECONDS_PER_FIBRE })
        .finish()
      const report = sim.expectNoErrors().report()
      expect(report.durationS).toBeLessThanOrEqual(sim.procedureData.time.refS)
      expect(report.actionCount).toBe(sim.procedureData.minActions)
      expect(report.components).toEqual(ALL_ONE)
      expect(report.score).toBeCloseTo(1, 12)
      expect(report.success).toBe(true)
      expect(report.findings).toEqual([])
    },
  )

  it('lays the same position numbers whatever the colour code: only the colour at each position differs', () => {
    const fotag = fibreIdSim(FOTAG).layAllInOrder().finish()
    const operator = fibreIdSim(PRACTICE_12).layAllInOrder().finish()
    expect(fotag.state.setup.colourCode).toBe('fotag')
    expect(operator.state.setup.colourCode).toBe('fr-operator')
    expect(codePosition(fotag.state.setup.colourCode, 1).colour.id).toBe('bleu')
    expect(codePosition(operator.state.setup.colourCode, 1).colour.id).toBe('rouge')
    expect(fotag.state.slots).toEqual(operator.state.slots)
    expect(fotag.state.slots).toEqual(Array.from({ length: 12 }, (_, i) => `f1.${i + 1}`))
  })

  it('find: opening tube 2 and laying its fibre 7 in slot 7 scores 1 everywhere', () => {
    const sim = fibreIdSim(FIND)
    expect(sim.state.setup.task).toEqual({ kind: 'find', tube: 2, fibre: 7 })
    sim.openTube(2).wait(5).take(2, 7).wait(5).place(7).finish()
    const report = sim.expectNoErrors().report()
    expect(sim.state.slots[6]).toBe('f2.7')
    expect(report.durationS).toBeLessThanOrEqual(sim.procedureData.time.refS)
    expect(report.components).toEqual(ALL_ONE)
    expect(report.score).toBeCloseTo(1, 12)
    expect(report.success).toBe(true)
    expect(report.findings).toEqual([])
  })
})

describe('order', () => {
  it('lay-all is a chain: each fibre after the one before it; find only asks to open the tube first', () => {
    const layAll = fibreIdSim(PRACTICE_12).procedureData
    expect(layAll.precedence).toEqual(
      Array.from({ length: 11 }, (_, i) => [layStepId(i + 1), layStepId(i + 2)]),
    )
    // Find has a single order: a fibre cannot be taken from a closed tube, so the pair is always kept.
    const find = fibreIdSim(FIND)
    expect(find.procedureData.precedence).toEqual([['CP-07', FIND_STEP]])
    find.take(2, 7).expectOutcome({ kind: 'rejected', reason: 'tube-closed' })
  })

  it('laying out of code order loses exactly the violated pairs over all pairs, and nothing else', () => {
    const numbers = Array.from({ length: 12 }, (_, i) => i + 1)
    fc.assert(
      fc.property(fc.shuffledSubarray(numbers, { minLength: 12, maxLength: 12 }), (order) => {
        const sim = fibreIdSim(EVALUATION)
        for (const n of order) sim.wait(TRAINER_SECONDS_PER_FIBRE).layFibre(1, n)
        const report = sim.finish().report()
        const procedure = sim.procedureData
        const violated = numbers.slice(1).filter((n) => order.indexOf(n) < order.indexOf(n - 1))
        const pairs = procedure.precedence.length
        expect(report.components).toEqual({ ...ALL_ONE, order: 1 - violated.length / pairs })
        expect(report.score).toBeCloseTo(1 - (procedure.weights.order * violated.length) / pairs, 12)
        expect(report.success).toBe(report.score >= procedure.passMark)
        const orderFindings = findingsOf(report.findings, 'order')
        expect(orderFindings.map(({ step, before }) => ({ step, before }))).toEqual(
          expect.arrayContaining(violated.map((n) => ({ step: layStepId(n), before: layStepId(n - 1) }))),
        )
        expect(orderFindings).toHaveLength(violated.length)
      }),
      { numRuns: 60 },
    )
  })

  it('reverse order breaks every pair but still completes the work', () => {
    const sim = fibreIdSim(EVALUATION)
    for (let n = 12; n >= 1; n--) sim.layFibre(1, n)
    const report = sim.finish().expectNoErrors().report()
    expect(report.components.order).toBe(0)
    expect(report.components.completion).toBe(1)
    expect(findingsOf(report.findings, 'order')).toHaveLength(11)
  })
})

describe('wrong slot (FI-E02)', () => {
  const misplaceThree = () => fibreIdSim(EVALUATION).layFibre(1, 1).layFibre(1, 2).take(1, 3).place(5)

  it('is an error naming the fibre and the slot it landed in', () => {
    misplaceThree().expectOutcome({
      kind: 'error',
      error: ERR.wrongSlot,
      ref: 'f1.3',
      detail: { fibre: 3, slot: 5 },
    })
  })

  it('left in place: the report charges the full penalty and says the wrong customer gets the line', () => {
    const sim = misplaceThree().layFibre(1, 4)
    for (let n = 6; n <= 12; n++) sim.layFibre(1, n)
    const report = sim.finish().report()
    const def = errorDef(sim.procedureData, ERR.wrongSlot)
    const [finding] = findingsOf(report.findings, 'error')
    expect(finding).toMatchObject({ error: ERR.wrongSlot, level: def.level, recovered: false })
    expect(finding?.detail).toMatchObject({ fibre: 3, slot: 5 })
    expect(finding?.message).toEqual(def.message)
    expect(finding?.consequence?.fr).toMatch(/mauvais client/)
    expect(report.components.errors).toBeCloseTo(1 - def.penalty, 12)
    // Fibre 3 is not in slot 3, and fibre 5 has nowhere to go.
    expect(report.components.completion).toBeCloseTo(10 / 12, 12)
  })

  it('moved to its own slot: recovered, and charged the smaller recovered penalty', () => {
    const sim = misplaceThree().take(1, 3)
    expect(sim.lastOutcomes).toEqual([])
    sim
      .place(3)
      .expectOutcome({ kind: 'step', step: layStepId(3) })
      .expectOutcome({ kind: 'recovered', error: ERR.wrongSlot, ref: 'f1.3' })
    for (let n = 4; n <= 12; n++) sim.layFibre(1, n)
    const report = sim.finish().report()
    const procedure = sim.procedureData
    const def = errorDef(procedure, ERR.wrongSlot)
    expect(def.recoveredPenalty).toBeLessThan(def.penalty)
    expect(report.components.errors).toBeCloseTo(1 - def.recoveredPenalty, 12)
    expect(report.components.completion).toBe(1)
    expect(report.components.order).toBe(1)
    // Two extra gestures to put it right.
    expect(report.components.economy).toBeCloseTo(procedure.minActions / (procedure.minActions + 2), 12)
    expect(findingsOf(report.findings, 'error')).toEqual([
      expect.objectContaining({
        error: ERR.wrongSlot,
        recovered: true,
        pointsLost: expect.closeTo(100 * procedure.weights.errors * def.recoveredPenalty, 9),
      }),
    ])
  })

  it('a second wrong slot for the same fibre is not charged twice', () => {
    const sim = misplaceThree().take(1, 3).place(6)
    expect(sim.lastOutcomes).toEqual([])
    expect(sim.state.misplaced).toEqual({ 'f1.3': ERR.wrongSlot })
  })
})

describe('wrong fibre (FI-E03, find)', () => {
  it('laying fibre 6 of the work tube is an error; taking it back out puts it right', () => {
    const sim = fibreIdSim(FIND)
      .openTube(2)
      .take(2, 6)
      .place(6)
      .expectOutcome({
        kind: 'error',
        error: ERR.wrongFibre,
        ref: 'f2.6',
        detail: { fibre: 6, tube: 2, slot: 6 },
      })
      .take(2, 6)
      .expectOutcome({ kind: 'recovered', error: ERR.wrongFibre, ref: 'f2.6' })
      .putBack()
      .take(2, 7)
      .place(7)
      .finish()
    const report = sim.report()
    const def = errorDef(sim.procedureData, ERR.wrongFibre)
    expect(report.components.errors).toBeCloseTo(1 - def.recoveredPenalty, 12)
    expect(report.components.completion).toBe(1)
    expect(findingsOf(report.findings, 'error')).toEqual([
      expect.objectContaining({
        error: ERR.wrongFibre,
        recovered: true,
        detail: { fibre: 6, tube: 2, slot: 6 },
      }),
    ])
  })

  it('the right fibre in the wrong slot is a wrong slot, not a wrong fibre', () => {
    fibreIdSim(FIND)
      .openTube(2)
      .take(2, 7)
      .place(6)
      .expectOutcome({ kind: 'error', error: ERR.wrongSlot, ref: 'f2.7', detail: { fibre: 7, slot: 6 } })
  })
})

describe('wrong tube (FI-E01, find)', () => {
  it('opening tube 1 is an error, and exposes its fibres', () => {
    const sim = fibreIdSim(FIND)
      .openTube(1)
      .expectOutcome({ kind: 'error', error: ERR.wrongTube, ref: 't1', detail: { tube: 1 } })
    expect(sim.state.tubesOpen).toEqual([true, false, false, false])
    sim.take(1, 3)
    expect(sim.lastOutcomes).toEqual([])
    expect(sim.state.held).toBe('f1.3')

    const report = sim.putBack().openTube(2).take(2, 7).place(7).finish().report()
    const def = errorDef(sim.procedureData, ERR.wrongTube)
    expect(findingsOf(report.findings, 'error')).toEqual([
      expect.objectContaining({
        error: ERR.wrongTube,
        level: 'error',
        detail: { tube: 1 },
        consequence: def.consequence,
      }),
    ])
    expect(report.components.errors).toBeCloseTo(1 - def.penalty, 12)
    // The trainee still finished the work order.
    expect(report.components.completion).toBe(1)
  })

  it('a fibre of the wrong tube laid in the organiser is a wrong fibre', () => {
    fibreIdSim(FIND)
      .openTube(1)
      .take(1, 7)
      .place(7)
      .expectOutcome({
        kind: 'error',
        error: ERR.wrongFibre,
        ref: 'f1.7',
        detail: { tube: 1, fibre: 7, slot: 7 },
      })
  })
})

describe('dropped fibre (FI-E04)', () => {
  it('is a warning; the fibre lies where it fell and can be picked up again', () => {
    const sim = fibreIdSim(EVALUATION)
      .take(1, 4)
      .drop({ xMm: -120, zMm: 40 })
      .expectOutcome({ kind: 'error', error: ERR.dropped, ref: 'f1.4', detail: { fibre: 4, tube: 1 } })
    expect(sim.state.fibres['f1.4']?.location).toEqual({ at: 'mat', xMm: -120, zMm: 40 })
    expect(sim.state.held).toBeNull()

    sim.take(1, 4)
    expect(sim.lastOutcomes).toEqual([])
    expect(sim.state.held).toBe('f1.4')
    sim.putBack().layAllInOrder().finish()
    const report = sim.report()
    const def = errorDef(sim.procedureData, ERR.dropped)
    expect(def.level).toBe('warning')
    expect(findingsOf(report.findings, 'error')).toEqual([
      expect.objectContaining({ error: ERR.dropped, level: 'warning', recovered: false }),
    ])
    expect(report.components.errors).toBeCloseTo(1 - def.penalty, 12)
  })
})

describe('taking a laid fibre back out', () => {
  it('undoes its step: completion falls by that step’s share until it is laid again', () => {
    const sim = fibreIdSim(EVALUATION).layAllInOrder()
    sim.take(1, 5).expectOutcome({ kind: 'undo', step: layStepId(5) })
    const share = stepWeightShare(sim.procedureData, layStepId(5))

    const undone = sim.report()
    expect(undone.components.completion).toBeCloseTo(1 - share, 12)
    expect(undone.success).toBe(false)
    expect(findingsOf(undone.findings, 'missing-step')).toEqual([
      expect.objectContaining({ step: layStepId(5), level: 'error' }),
    ])

    sim.place(5).expectOutcome({ kind: 'step', step: layStepId(5) })
    const relaid = sim.finish().report()
    expect(relaid.components.completion).toBe(1)
    expect(relaid.components.order).toBe(1)
    expect(relaid.components.errors).toBe(1)
  })
})

describe('seating (offsetMm)', () => {
  it.each([2, 3, 4.5, 6, -6, 8.9, 9, 15])(
    'fibre 4 released %s mm off the groove centre earns q = (limit − |x|)/(limit − tol)',
    (offsetMm) => {
      const sim = fibreIdSim(EVALUATION)
      for (let n = 1; n <= 12; n++) sim.layFibre(1, n, { offsetMm: n === 4 ? offsetMm : 0 })
      const report = sim.finish().report()
      const procedure = sim.procedureData
      const specs = procedure.steps.flatMap((step) => step.params ?? [])
      const spec = procedure.steps.find((step) => step.id === layStepId(4))?.params?.[0]
      if (!spec) throw new Error('FI-04 grades no parameter')
      expect(spec).toMatchObject({ id: 'offsetMm', unit: 'mm', target: 0 })
      const distance = Math.abs(offsetMm - spec.target)
      const q =
        distance <= spec.tol
          ? 1
          : distance >= spec.limit
            ? 0
            : (spec.limit - distance) / (spec.limit - spec.tol)
      const totalWeight = specs.reduce((sum, s) => sum + s.weight, 0)
      expect(report.components.parameters).toBeCloseTo(
        (totalWeight - spec.weight * (1 - q)) / totalWeight,
        12,
      )

      const findings = findingsOf(report.findings, 'parameter')
      if (q === 1) {
        expect(findings).toEqual([])
        return
      }
      expect(findings).toEqual([
        expect.objectContaining({
          step: layStepId(4),
          param: 'offsetMm',
          value: Math.abs(offsetMm),
          target: spec.target,
          tol: spec.tol,
          limit: spec.limit,
          unit: 'mm',
          level: q > 0 ? 'warning' : 'error',
        }),
      ])
    },
  )

  it('a re-laid fibre is judged on its last seating', () => {
    const sim = fibreIdSim(EVALUATION)
    for (let n = 1; n <= 12; n++) sim.layFibre(1, n, { offsetMm: n === 4 ? 8 : 0 })
    sim.take(1, 4).place(4, { offsetMm: 1 })
    expect(sim.finish().report().components.parameters).toBe(1)
  })
})

describe('hints', () => {
  it('in practice, each hint costs exactly the procedure’s hint penalty', () => {
    const plain = fibreIdSim(PRACTICE_12).layAllInOrder({ secondsPerFibre: 5 }).finish()
    const helped = fibreIdSim(PRACTICE_12).hint().wait(5).layFibre(1, 1).hint()
    for (let n = 2; n <= 12; n++) helped.wait(5).layFibre(1, n)
    helped.finish()
    const without = plain.report()
    const withHints = helped.report()
    expect(withHints.hintsUsed).toBe(2)
    expect(withHints.components).toEqual(without.components)
    expect(without.score - withHints.score).toBeCloseTo(2 * helped.procedureData.hintPenalty, 12)
    expect(findingsOf(withHints.findings, 'hint')).toEqual([expect.objectContaining({ count: 2 })])
  })

  it('in guided mode the attempt is not graded and hints are free', () => {
    const plain = fibreIdSim(GUIDED).layAllInOrder().finish().report()
    const helped = fibreIdSim(GUIDED).hint().layFibre(1, 1).hint()
    for (let n = 2; n <= 12; n++) helped.layFibre(1, n)
    const report = helped.finish().report()
    expect(report.mode).toBe('guided')
    expect(report.graded).toBe(false)
    expect(report.hintsUsed).toBe(2)
    expect(report.score).toBe(plain.score)
    expect(findingsOf(report.findings, 'hint')).toEqual([])
  })
})

describe('time', () => {
  it('slower than the cut-off: no time credit, still a success when the rest is perfect', () => {
    const sim = fibreIdSim(EVALUATION).layAllInOrder()
    const { maxS } = sim.procedureData.time
    const report = sim
      .wait(maxS + 30)
      .finish()
      .report()
    expect(report.durationS).toBeGreaterThan(maxS)
    expect(report.components).toEqual({ ...ALL_ONE, time: 0 })
    expect(report.score).toBeCloseTo(1 - sim.procedureData.weights.time, 12)
    expect(report.success).toBe(true)
    expect(findingsOf(report.findings, 'time')).toEqual([
      expect.objectContaining({ value: report.durationS, target: sim.procedureData.time.refS, limit: maxS }),
    ])
  })

  it('between the reference time and the cut-off, credit falls linearly', () => {
    const sim = fibreIdSim(EVALUATION).layAllInOrder()
    const { refS, maxS } = sim.procedureData.time
    const durationS = (refS + maxS) / 2
    const report = sim.wait(durationS).finish().report()
    expect(report.components.time).toBeCloseTo((maxS - durationS) / (maxS - refS), 12)
  })
})
