/**
 * The patch cord's account for the results page: the route the OT's ports need through the guides, the
 * cord that was right for it, the one the trainee took and the excess left to store; then what the
 * connections and the cabinet's other customers went through. Pure, from the final state.
 */
import type { ResultPanel } from '../../src/engine/types.ts'
import { guideRoute } from './layout.ts'
import type { PmState } from './model.ts'
import { excessMm, neededMm, rightCord, routeTaken } from './rules.ts'

const metres = (mm: number) => Math.round(mm / 10) / 100

export function cordAccount(state: PmState): ResultPanel {
  const { setup, cord } = state
  const { route } = setup
  const needMm = neededMm(setup, route.op, guideRoute(route.op, route.dist), route.dist).lengthMm
  const right = rightCord(setup)
  const lines: ResultPanel['lines'] = [
    { key: 'pm.panel.route', value: metres(needMm), unit: 'm', role: 'start' },
    ...(right
      ? [{ key: 'pm.panel.right', value: right.lengthM, unit: 'm' as const, role: 'start' as const }]
      : []),
  ]
  const notes: ResultPanel['notes'] = []
  if (cord) {
    lines.push({ key: 'pm.panel.chosen', value: cord.lengthMm / 1000, unit: 'm', role: 'total' })
    if (cord.routeMm !== null) {
      lines.push({ key: 'pm.panel.led', value: metres(cord.routeMm), unit: 'm', role: 'total' })
      lines.push({ key: 'pm.panel.excess', value: metres(excessMm(cord)), unit: 'm', role: 'cost' })
      if (!cord.inGuides) notes.push({ key: 'pm.panel.outside' })
    }
    if (cord.polish !== 'apc') notes.push({ key: 'pm.panel.mismatch', values: { db: setup.mismatchLossDb } })
  } else notes.push({ key: routeTaken(state) ? 'pm.panel.noCordTrap' : 'pm.panel.noCord' })
  const cut = state.others.filter((o) => o.unplugged).map((o) => o.ptoRef)
  if (cut.length > 0) notes.push({ key: 'pm.panel.overwritten', values: { refs: cut.join(', ') } })
  if (routeTaken(state)) notes.push({ key: state.reported ? 'pm.panel.reported' : 'pm.panel.notReported' })
  return { titleKey: 'pm.panel.title', introKey: 'pm.panel.intro', lines, notes }
}
