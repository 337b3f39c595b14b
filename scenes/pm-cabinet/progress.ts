/**
 * What the HUD shows of the street cabinet: how far the job is, and the next move as a hint. Derived
 * from the state each time, never stored.
 */
import { parsePort } from './layout.ts'
import type { DrawerId, PortId } from './layout.ts'
import { expectedLabel, jobDone, portName, rightCord, routeTaken } from './rules.ts'
import type { PmState } from './model.ts'

export type Hint = { key: string; values?: Record<string, number | string> }

const drawerOf = (port: PortId): DrawerId => parsePort(port)!.drawer

function plugged(state: PmState, port: PortId): boolean {
  const cord = state.cord
  return cord !== null && (cord.ends.a === port || cord.ends.b === port)
}

function latchedAt(state: PmState, port: PortId): boolean {
  const cord = state.cord
  if (!cord) return false
  return (cord.ends.a === port && cord.latched.a) || (cord.ends.b === port && cord.latched.b)
}

/** Milestones of the job, in the procedure's order. */
export function progress(state: PmState): { done: number; total: number } {
  const { route } = state.setup
  const cord = state.cord
  const opened = state.door === 'open' || state.photos.before !== null
  const checked = state.looked.includes(route.dist)
  const milestones = routeTaken(state)
    ? [opened, state.photos.before !== null, checked, state.reported, state.photos.after !== null]
    : [
        opened,
        state.photos.before !== null,
        checked,
        latchedAt(state, route.op),
        latchedAt(state, route.dist),
        cord?.slackStored === true,
        state.printed.some((l) => l.text === expectedLabel(state)),
        cord?.labels.a != null,
        cord?.labels.b != null,
        state.photos.after !== null,
      ]
  milestones.push(
    state.door !== 'open' && state.photos.after !== null,
    state.door === 'locked' && state.photos.after !== null,
  )
  return { done: milestones.filter(Boolean).length, total: milestones.length }
}

/** The next move, in the procedure's order. */
export function hintMessage(state: PmState): Hint {
  const { route } = state.setup
  const port = (p: PortId) => ({ port: portName(p) })
  if (state.door === 'locked' && state.photos.after === null) return { key: 'pm.hints.unlock' }
  if (state.door === 'closed' && state.photos.after === null) return { key: 'pm.hints.open' }
  if (state.photos.before === null && !state.touched) return { key: 'pm.hints.photo-before' }
  if (jobDone(state)) return closingHint(state)
  const cord = state.cord
  const foreign = cord && [cord.ends.a, cord.ends.b].find((p) => p && p !== route.op && p !== route.dist)
  if (foreign) return { key: 'pm.hints.unplug-wrong', values: port(foreign) }
  const open = state.uncapped.find((p) => p !== route.op && p !== route.dist && !plugged(state, p))
  if (open) return { key: 'pm.hints.cap', values: port(open) }
  // Plugged at the subscriber's end first: the cord is led from there to the operator's port.
  if (cord?.ends.a === route.dist && !cord.ends.b) {
    if (!latchedAt(state, route.dist)) return { key: 'pm.hints.push', values: port(route.dist) }
    if (!state.pulled[drawerOf(route.op)])
      return { key: 'pm.hints.pull', values: { drawer: portName(route.op).split(' · ')[0]! } }
    if (!state.uncapped.includes(route.op)) return { key: 'pm.hints.uncap', values: port(route.op) }
    return { key: 'pm.hints.route', values: port(route.op) }
  }
  if (!state.pulled[drawerOf(route.dist)] && !state.looked.includes(route.dist))
    return { key: 'pm.hints.pull', values: { drawer: portName(route.dist).split(' · ')[0]! } }
  if (!state.looked.includes(route.dist)) return { key: 'pm.hints.look', values: port(route.dist) }
  if (routeTaken(state)) return { key: 'pm.hints.report', values: port(route.dist) }
  if (!plugged(state, route.op)) {
    if (!state.pulled[drawerOf(route.op)])
      return { key: 'pm.hints.pull', values: { drawer: portName(route.op).split(' · ')[0]! } }
    if (!state.uncapped.includes(route.op)) return { key: 'pm.hints.uncap', values: port(route.op) }
    if (!cord) return { key: 'pm.hints.take', values: { lengthM: rightCord(state.setup)?.lengthM ?? 0 } }
    return { key: 'pm.hints.plug-op', values: port(route.op) }
  }
  if (!latchedAt(state, route.op)) return { key: 'pm.hints.push', values: port(route.op) }
  if (!plugged(state, route.dist)) {
    if (!state.uncapped.includes(route.dist)) return { key: 'pm.hints.uncap', values: port(route.dist) }
    return { key: 'pm.hints.route', values: port(route.dist) }
  }
  if (!latchedAt(state, route.dist)) return { key: 'pm.hints.push', values: port(route.dist) }
  if (!cord!.slackStored) return { key: 'pm.hints.slack' }
  if (
    !state.printed.some((l) => l.text === expectedLabel(state) && !l.used) &&
    (!cord!.labels.a || !cord!.labels.b)
  )
    return { key: 'pm.hints.print', values: { text: expectedLabel(state) } }
  return { key: 'pm.hints.label' }
}

function closingHint(state: PmState): Hint {
  if (state.photos.after === null) return { key: 'pm.hints.photo-after' }
  if (Object.values(state.pulled).some(Boolean)) return { key: 'pm.hints.push-drawers' }
  if (state.door === 'open') return { key: 'pm.hints.close' }
  if (state.door === 'closed') return { key: 'pm.hints.lock' }
  return { key: 'pm.hints.finish' }
}

/** The target the hint points at (an id the View's locate() knows), or null. */
export function hintTarget(state: PmState): string | null {
  const { route } = state.setup
  const hint = hintMessage(state)
  const name = hint.key.replace('pm.hints.', '')
  const cord = state.cord
  switch (name) {
    case 'unlock':
    case 'lock':
      return 'lock'
    case 'open':
    case 'close':
      return 'handle'
    case 'photo-before':
    case 'photo-after':
      return 'phone'
    case 'pull':
      return `drawer-${hint.values?.drawer === portName(route.op).split(' · ')[0] ? drawerOf(route.op) : drawerOf(route.dist)}`
    case 'look':
    case 'report':
      return `port-${route.dist}`
    case 'uncap':
      return `port-${hint.values?.port === portName(route.op) ? route.op : route.dist}`
    case 'take': {
      const right = rightCord(state.setup)
      return right ? `cord-${right.id}` : null
    }
    case 'plug-op':
    case 'push': {
      const end = cord && (['a', 'b'] as const).find((e) => cord.ends[e] && !cord.latched[e])
      return end ? `port-${cord.ends[end]}` : null
    }
    case 'route':
      return cord?.ends.a === route.dist ? `port-${route.op}` : 'free-end'
    case 'cap':
      return `port-${state.uncapped.find((p) => p !== route.op && p !== route.dist)}`
    case 'unplug-wrong': {
      const foreign = cord && [cord.ends.a, cord.ends.b].find((p) => p && p !== route.op && p !== route.dist)
      return foreign ? `port-${foreign}` : null
    }
    case 'slack':
      return 'storage'
    case 'print':
      return 'printer'
    case 'label':
      return cord?.labels.a ? 'end-b' : 'end-a'
    case 'push-drawers': {
      const out = Object.entries(state.pulled).find(([, pulled]) => pulled)
      return out ? `drawer-${out[0]}` : null
    }
    default:
      return null
  }
}
