/**
 * The street cabinet's rules as questions on a state: which cord is right, how long a route is, what a
 * photo must show, whether the job is done, how a port is called. Pure and light: the model, the HUD and
 * the View share them, and the View loads them without the reducer.
 */
import { DRAWER, SIDES, drawerY, guideRoute, parsePort, routeOf } from './layout.ts'
import type { GuideId, PortId } from './layout.ts'
import type { End, OwnCord, PmState } from './model.ts'
import type { PmSetup } from './setup.ts'

/** The OT's subscriber port already serves someone: the trap exercise. */
export const routeTaken = (state: Pick<PmState, 'setup'>): boolean =>
  state.setup.occupied.some((o) => o.dist === state.setup.route.dist)

/** What the label on the cord must say at both ends: the subscriber's line reference (OT) [I]. */
export const expectedLabel = (state: Pick<PmState, 'setup'>): string => state.setup.workOrder.ptoRef

/** Length a cord needs between two ports along `via`: the run plus each end's boot and bend, mm. */
export function neededMm(setup: PmSetup, a: PortId, via: readonly GuideId[], b: PortId) {
  const run = routeOf(a, via, b)
  return { lengthMm: run.lengthMm + 2 * setup.plugAllowanceMm, inGuides: run.inGuides }
}

/**
 * The right cord for the OT: the shortest on the rack that reaches through the guides (docs/DOMAIN.md:
 * "shortest cord that follows the guides"). Null when none does.
 */
export function rightCord(setup: PmSetup): PmSetup['cords'][number] | null {
  const { route } = setup
  const need = neededMm(setup, route.op, guideRoute(route.op, route.dist), route.dist).lengthMm
  const reaching = setup.cords.filter((c) => c.polish === 'apc' && c.lengthM * 1000 >= need)
  return reaching.sort((x, y) => x.lengthM - y.lengthM)[0] ?? null
}

/** Where anything plugs: the other subscribers' cords, and the trainee's. */
export function occupant(
  state: PmState,
  port: PortId,
): { kind: 'other'; index: number } | { kind: 'own'; end: End } | null {
  const index = state.others.findIndex((o) => !o.unplugged && (o.op === port || o.dist === port))
  if (index >= 0) return { kind: 'other', index }
  if (state.cord?.ends.a === port) return { kind: 'own', end: 'a' }
  if (state.cord?.ends.b === port) return { kind: 'own', end: 'b' }
  return null
}

/** The work area a photo must show: both drawers of the route and the column between them. */
export function workArea(setup: PmSetup) {
  const rows = [parsePort(setup.route.op)!.row, parsePort(setup.route.dist)!.row]
  const half = DRAWER.heightMm / 2 + 20
  return {
    minX: SIDES.op.minX,
    maxX: SIDES.dist.maxX,
    minY: Math.min(...rows.map(drawerY)) - half - DRAWER.guideDropMm,
    maxY: Math.max(...rows.map(drawerY)) + half,
  }
}

/** Share of the work area inside a photo's frame (cabinet front plane, mm), %. */
export function photoCoverage(setup: PmSetup, frame: { x0: number; y0: number; x1: number; y1: number }) {
  const area = workArea(setup)
  const w = Math.max(
    0,
    Math.min(area.maxX, Math.max(frame.x0, frame.x1)) - Math.max(area.minX, Math.min(frame.x0, frame.x1)),
  )
  const h = Math.max(
    0,
    Math.min(area.maxY, Math.max(frame.y0, frame.y1)) - Math.max(area.minY, Math.min(frame.y0, frame.y1)),
  )
  return (100 * w * h) / ((area.maxX - area.minX) * (area.maxY - area.minY))
}

/** Everything the OT asks for is in place: what an "after" photo must show. */
export function jobDone(state: PmState): boolean {
  const cord = state.cord
  // In the trap, the job is the report; a trainee who patched elsewhere documents that instead.
  if (routeTaken(state))
    return state.reported || (cord !== null && cord.ends.a !== null && cord.ends.b !== null)
  return (
    cord !== null &&
    cord.ends.a !== null &&
    cord.ends.b !== null &&
    cord.slackStored &&
    cord.labels.a !== null &&
    cord.labels.b !== null
  )
}

/** A port in words: "D3 · 15" for the findings. */
export function portName(port: PortId): string {
  const p = parsePort(port)!
  return `${p.side === 'op' ? 'C' : 'D'}${p.row} · ${p.port}`
}

/** Cord excess between the route and the cord's length, mm. */
export function excessMm(cord: OwnCord): number {
  return cord.routeMm === null ? 0 : Math.max(0, cord.lengthMm - cord.routeMm)
}
