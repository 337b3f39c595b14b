/**
 * What the HUD shows of the rack: how far the job is, and the next move as a hint (with the target the
 * View points at). Derived from the state each time, never stored.
 */
import { parseHole } from './layout.ts'
import type { RackState } from './model.ts'
import {
  blanksNeeded,
  expectedLabel,
  neededNuts,
  planUnsafe,
  plannedRailHole,
  plannedU,
  scheduledCable,
} from './rules.ts'
import type { CableEnd } from './rules.ts'

export type Hint = { key: string; values?: Record<string, number | string>; target?: string }

function cordOf(state: RackState, cableId: string) {
  const cable = state.setup.cables.find((c) => c.id === cableId)!
  return state.cords.find((c) => scheduledCable(state.setup, c.a, c.b) === cable)
}

/** Milestones of the job, in the procedure's order. */
export function progress(state: RackState): { done: number; total: number } {
  const { setup } = state
  const milestones = [state.feetLowered && state.stabiliser, state.strap]
  if (planUnsafe(setup)) milestones.push(state.planFlagged)
  for (const d of setup.devices) {
    const placed = state.devices[d.id]!
    milestones.push(
      neededNuts(state, d.id).every((hole) => state.nuts.some((n) => n.hole === hole)),
      placed.where === 'mounted',
      placed.screwed.left && placed.screwed.right,
    )
  }
  milestones.push(
    blanksNeeded(state).length === 0 && setup.devices.every((d) => state.devices[d.id]!.where === 'mounted'),
    Object.values(state.devices).every((d) => d.airflowChecked),
    setup.devices.every((d) =>
      Array.from({ length: d.psus }, (_, i) => state.power[`${d.id}:psu${i + 1}`]).every(Boolean),
    ),
  )
  for (const c of setup.cables) {
    const cord = cordOf(state, c.id)
    milestones.push(cord !== undefined, Boolean(cord?.labels.a && cord.labels.b))
  }
  milestones.push(state.dressed, state.recorded)
  return { done: milestones.filter(Boolean).length, total: milestones.length }
}

/** The next move, in the procedure's order. */
export function hintMessage(state: RackState): Hint {
  const { setup } = state
  if (!state.feetLowered) return { key: 'rack.hints.feet', target: 'foot-0' }
  if (!state.stabiliser) return { key: 'rack.hints.stabiliser', target: 'stabiliser' }
  const unsafe = planUnsafe(setup)
  if (unsafe && !state.planFlagged)
    return { key: 'rack.hints.flag', values: { device: unsafe.name, u: unsafe.plannedU } }
  if (!state.strap) return { key: 'rack.hints.strap', target: 'strap' }
  const wrongNut = state.nuts.find((n) => state.open[`hole-${n.hole}`] || state.open[`front-${n.hole}`])
  if (wrongNut)
    return {
      key: 'rack.hints.remove-nut',
      values: { u: parseHole(wrongNut.hole)!.u },
      target: `hole-${wrongNut.hole}`,
    }
  for (const d of setup.devices) {
    const placed = state.devices[d.id]!
    const u = plannedU(state, d.id)
    const misplaced =
      placed.where === 'mounted' &&
      (state.open[`u-${d.id}`] !== undefined ||
        state.open[`airflow-${d.id}`] !== undefined ||
        placed.offsetMm !== 0)
    if (misplaced) {
      // Off the plan's U, a hole off on its rails, or turned the wrong way for the air: out it comes.
      const screwedSide = placed.screwed.left ? 'left' : placed.screwed.right ? 'right' : null
      if (screwedSide)
        return { key: 'rack.hints.unscrew', values: { device: d.name }, target: `ear-${d.id}-${screwedSide}` }
      return { key: 'rack.hints.slide-out', values: { device: d.name }, target: `device-${d.id}` }
    }
    if (placed.where === 'mounted' && placed.screwed.left && placed.screwed.right) continue
    const missing = neededNuts(state, d.id).find((hole) => !state.nuts.some((n) => n.hole === hole))
    if (missing && placed.where !== 'mounted') {
      const h = parseHole(missing)!
      return { key: 'rack.hints.nut', values: { u: h.u, pos: h.pos }, target: `hole-${missing}` }
    }
    if (d.kind === 'server' && placed.where !== 'mounted') {
      const hole = plannedRailHole(state, d.id)
      for (const side of ['left', 'right'] as const) {
        const rail = state.rails[side]
        if (rail && (rail.u !== hole.u || rail.pos !== hole.pos))
          return { key: 'rack.hints.remove-rail', values: { side }, target: `rail-${side}` }
        if (!rail) return { key: `rack.hints.rail-${side}`, values: { u: hole.u }, target: `rail-${side}` }
      }
    }
    if (placed.where === 'trolley') {
      if (d.massKg > setup.liftAloneMaxKg && !state.colleague)
        return { key: 'rack.hints.colleague', values: { massKg: d.massKg }, target: 'radio' }
      if (!placed.airflowChecked)
        return { key: 'rack.hints.airflow', values: { device: d.name }, target: `airflow-${d.id}` }
      return { key: 'rack.hints.lift', values: { device: d.name }, target: `device-${d.id}` }
    }
    if (placed.where === 'held')
      return d.kind === 'server'
        ? { key: 'rack.hints.slide', values: { device: d.name }, target: `device-${d.id}` }
        : { key: 'rack.hints.place', values: { device: d.name, u }, target: `device-${d.id}` }
    if (!placed.latched)
      return { key: 'rack.hints.push', values: { device: d.name }, target: `device-${d.id}` }
    const side = placed.screwed.left ? 'right' : 'left'
    return { key: 'rack.hints.screw', values: { device: d.name }, target: `ear-${d.id}-${side}` }
  }
  const blankU = blanksNeeded(state)[0]
  if (blankU !== undefined) return { key: 'rack.hints.blank', values: { u: blankU }, target: `u-${blankU}` }
  const unchecked = setup.devices.find((d) => !state.devices[d.id]!.airflowChecked)
  if (unchecked)
    return {
      key: 'rack.hints.airflow',
      values: { device: unchecked.name },
      target: `airflow-${unchecked.id}`,
    }
  const sharedFeed = setup.devices.find((d) => state.open[`feed-${d.id}`] !== undefined)
  if (sharedFeed)
    return {
      key: 'rack.hints.feed',
      values: { device: sharedFeed.name },
      target: `psu-${sharedFeed.id}:psu2`,
    }
  for (const d of setup.devices)
    for (let n = 1; n <= d.psus; n++) {
      const psu = `${d.id}:psu${n}`
      if (!state.power[psu])
        return {
          key: 'rack.hints.power',
          values: { device: d.name, psu: n, pdu: n === 1 ? 'A' : 'B' },
          target: `psu-${psu}`,
        }
    }
  // A cord off the schedule first: it may hold a port the schedule needs, and patching would be refused.
  const wrongCord = state.cords.find((c) => !scheduledCable(setup, c.a, c.b))
  if (wrongCord) return { key: 'rack.hints.disconnect', target: `cord-${wrongCord.id}` }
  for (const c of setup.cables) {
    const cord = cordOf(state, c.id)
    if (!cord) return { key: 'rack.hints.patch', values: { cable: c.id }, target: `port-${c.a}` }
  }
  if (!state.dressed) return { key: 'rack.hints.dress', target: 'manager' }
  for (const c of setup.cables) {
    const cord = cordOf(state, c.id)!
    for (const end of ['a', 'b'] as CableEnd[]) {
      if (cord.labels[end]) continue
      const text = expectedLabel(state, c.id, cord[end] === c.a ? 'a' : 'b')
      const inHand = state.printed.some((l) => !l.used && l.text === text)
      if (!inHand) return { key: 'rack.hints.print', values: { text }, target: 'printer' }
      return { key: 'rack.hints.label', values: { text }, target: `end-${cord.id}-${end}` }
    }
  }
  if (!state.recorded) return { key: 'rack.hints.record' }
  return { key: 'rack.hints.finish' }
}
