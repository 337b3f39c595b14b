/**
 * The line's budget at 1490 nm for the results page: the power a perfect cassette would deliver, what
 * each of the trainee's choices cost, and what reaches the PTO. Pure, from the final state.
 */
import type { ResultPanel } from '../../src/engine/types.ts'
import { MEASURE_NM, costs, lineReadingDbm } from './model.ts'
import type { Costs, SpliceTrayState } from './model.ts'

const COST_KEYS: (keyof Costs)[] = ['splice', 'tieDist', 'tieDrop', 'coilDist', 'coilDrop', 'pinch']

export function lineBudget(state: SpliceTrayState): ResultPanel {
  const c = costs(state)
  const reading = lineReadingDbm(state, MEASURE_NM)
  const { passDbm, linkBudgetDbm } = state.setup
  const notes: ResultPanel['notes'] = []
  const { readingDbm, readAtNm } = state.meter
  if (readAtNm === MEASURE_NM && readingDbm !== null)
    notes.push({ key: 'spliceTray.budget.measured', values: { dbm: readingDbm } })
  else notes.push({ key: 'spliceTray.budget.notMeasured' })
  if (reading === null) notes.push({ key: 'spliceTray.budget.dead' })
  else
    notes.push({
      key: reading > passDbm ? 'spliceTray.budget.pass' : 'spliceTray.budget.fail',
      values: { dbm: passDbm },
    })
  return {
    titleKey: 'spliceTray.budget.title',
    introKey: 'spliceTray.budget.intro',
    lines: [
      { key: 'spliceTray.budget.budget', value: linkBudgetDbm, unit: 'dBm', role: 'start' },
      ...COST_KEYS.map((key) => ({
        key: `spliceTray.budget.${key}`,
        value: -c[key],
        unit: 'dB' as const,
        role: 'cost' as const,
      })),
      ...(reading === null
        ? []
        : [
            {
              key: 'spliceTray.budget.reading',
              value: reading,
              unit: 'dBm' as const,
              role: 'total' as const,
            },
          ]),
    ],
    notes,
  }
}
