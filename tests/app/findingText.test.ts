import { beforeAll, describe, expect, it } from 'vitest'
import type { TFunction } from 'i18next'
import type { Finding } from '../../src/engine/types.ts'
import { findingText } from '../../src/app/results/findingText.ts'
import { ERR, layStepId } from '../../scenes/fibre-id/model.ts'
import { fibreIdSim } from '../scenes/fibre-id/sim.ts'
import { translator } from './i18nForTests.ts'

const NBSP = '\u00a0'

let fr: TFunction
let en: TFunction
beforeAll(async () => {
  fr = await translator('fr')
  en = await translator('en')
})

const lay12 = () => fibreIdSim('fibre-id.evaluation-12').procedureData

const seating = (value: number): Finding => ({
  kind: 'parameter',
  level: 'warning',
  step: layStepId(3),
  param: 'offsetMm',
  value,
  unit: 'mm',
  target: 0,
  tol: 3,
  limit: 9,
  seq: 5,
  pointsLost: 1.2,
  message: { fr: 'Pourquoi en français.', en: 'Why in English.' },
})

describe('findingText', () => {
  it('words a parameter as the measure against the tolerance band, in the reader’s language', () => {
    expect(findingText(seating(4.23), lay12(), fr, 'fr')).toEqual({
      title: 'Fibre 3 en position 3',
      measure: `écart au centre du logement : 4,2${NBSP}mm — attendu 0 ± 3${NBSP}mm (zéro point au-delà de 9${NBSP}mm)`,
      why: 'Pourquoi en français.',
      consequence: undefined,
    })
    expect(findingText(seating(4.23), lay12(), en, 'en').measure).toBe(
      `offset from the slot centre: 4.2${NBSP}mm — expected 0 ± 3${NBSP}mm (no points beyond 9${NBSP}mm)`,
    )
  })

  it('says the zero-credit band around a target that is not zero', () => {
    const strip: Finding = { ...seating(52), param: 'unknownParam', target: 35, tol: 5, limit: 15 }
    expect(findingText(strip, lay12(), fr, 'fr').measure).toBe(
      `unknownParam : 52${NBSP}mm — attendu 35 ± 5${NBSP}mm (zéro point en dehors de 35 ± 15${NBSP}mm)`,
    )
  })

  it('names missing and out-of-order steps by their label', () => {
    const missing: Finding = { kind: 'missing-step', level: 'error', step: layStepId(2), pointsLost: 2.5 }
    expect(findingText(missing, lay12(), fr, 'fr')).toEqual({
      title: 'Pas fait : Fibre 2 en position 2',
      why: 'Sans cette étape obligatoire, l’essai ne peut pas être réussi.',
    })
    const order: Finding = {
      kind: 'order',
      level: 'warning',
      step: layStepId(4),
      before: layStepId(3),
      pointsLost: 1,
    }
    expect(findingText(order, lay12(), fr, 'fr')).toEqual({
      title: 'Fait trop tôt : Fibre 4 en position 4',
      why: 'Il fallait d’abord : Fibre 3 en position 3.',
    })
  })

  it('titles an error with its catalogue message and keeps the field consequence', () => {
    const error: Finding = {
      kind: 'error',
      level: 'error',
      error: 'E1',
      recovered: true,
      pointsLost: 0.75,
      message: { fr: 'Mauvais emplacement.', en: 'Wrong slot.' },
      consequence: { fr: 'Mauvais client.', en: 'Wrong customer.' },
    }
    expect(findingText(error, lay12(), en, 'en')).toEqual({
      title: 'Wrong slot.',
      consequence: 'Wrong customer.',
    })
  })

  it('words time, economy and hints', () => {
    const time: Finding = {
      kind: 'time',
      level: 'info',
      value: 150,
      unit: 's',
      target: 96,
      limit: 360,
      pointsLost: 1,
    }
    expect(findingText(time, lay12(), fr, 'fr').measure).toBe(
      'durée : 2 min 30 s — référence 1 min 36 s (zéro point à partir de 6 min)',
    )
    const economy: Finding = {
      kind: 'economy',
      level: 'info',
      value: 30,
      target: 24,
      count: 30,
      pointsLost: 1,
    }
    expect(findingText(economy, lay12(), fr, 'fr').measure).toBe('30 gestes — 24 suffisent')
    const hints = (count: number): Finding => ({ kind: 'hint', level: 'info', count, pointsLost: 2 })
    expect(findingText(hints(1), lay12(), fr, 'fr').title).toBe('1 indice utilisé')
    expect(findingText(hints(3), lay12(), en, 'en').title).toBe('3 hints used')
  })

  it('leaves no key or placeholder unfilled for any finding of a real run full of mistakes', () => {
    for (const [language, t] of [
      ['fr', fr],
      ['en', en],
    ] as const) {
      const sim = fibreIdSim('fibre-id.practice-12')
        .hint()
        .take(1, 2)
        .place(1, { offsetMm: 6 })
        .layFibre(1, 5, { offsetMm: 12 })
        .layFibre(1, 4)
        .take(1, 6)
        .drop({ xMm: 200, zMm: 50 })
      // Hesitation: picking fibres up and laying them back costs gestures, not steps.
      for (let i = 0; i < 12; i++) sim.take(1, 7).putBack()
      sim.wait(2000).finish()
      const report = sim.report()
      expect(report.findings.map((f) => f.kind)).toEqual(
        expect.arrayContaining(['missing-step', 'order', 'parameter', 'error', 'time', 'economy', 'hint']),
      )
      expect(report.findings.some((f) => f.error === ERR.wrongSlot)).toBe(true)
      for (const finding of report.findings) {
        const text = Object.values(findingText(finding, sim.procedureData, t, language)).join(' ')
        expect(text).not.toMatch(/\{\{|findings\.|undefined/)
      }
    }
  })
})
