/**
 * What the rack's state means, without changing it: where the plan puts each device, the TIA-606
 * identifier of a port, the label each cable end must carry, which holes need a cage nut, which U still
 * need a blanking panel. Shared by the model, the HUD's hints and the View (light: no reducer).
 */
import { RACK, RAIL_HOLE_POS, U_MM, earHoles, holeOffsetMm, parseHole } from './layout.ts'
import type { HoleId } from './layout.ts'
import type { RackState } from './model.ts'
import { PORT_PATTERN } from './setup.ts'
import type { DeviceSpec, RackSetup } from './setup.ts'

export type CableEnd = 'a' | 'b'

export function deviceSpec(setup: RackSetup, id: string): DeviceSpec | undefined {
  return setup.devices.find((d) => d.id === id)
}

/** Equipment over the lifting limit planned above the rack's lower half: the plan must be flagged. */
export function planUnsafe(setup: RackSetup): DeviceSpec | undefined {
  return setup.devices.find((d) => d.massKg > setup.liftAloneMaxKg && d.plannedU > setup.heavyMaxU)
}

/** The plan's bottom U for a device, as corrected once the trainee flagged an unsafe plan. */
export function plannedU(state: Pick<RackState, 'setup' | 'planFlagged'>, id: string): number {
  const spec = deviceSpec(state.setup, id)!
  return state.planFlagged && spec.correctedU !== undefined ? spec.correctedU : spec.plannedU
}

/** Bottom U of whatever a port belongs to: equipment already in the rack, or a device by its plan. */
function bottomUOf(state: Pick<RackState, 'setup' | 'planFlagged'>, id: string): number | null {
  const inRack = state.setup.installed.find((d) => d.id === id)
  if (inRack) return inRack.bottomU
  return deviceSpec(state.setup, id) ? plannedU(state, id) : null
}

const two = (n: number) => String(n).padStart(2, '0')

/** TIA-606 identifier of a port: cabinet, bottom U of the device, port (`DC.C03-40:04`); both faces of a panel port share it. */
export function portIdentifier(state: Pick<RackState, 'setup' | 'planFlagged'>, port: string): string {
  const match = PORT_PATTERN.exec(port)
  if (!match) return port
  const bottom = bottomUOf(state, match[1]!)
  return `${state.setup.rackName}-${bottom === null ? '??' : two(bottom)}:${two(Number(match[3]))}`
}

/** What the label at one end of a scheduled cable says: near end first, then the far end. */
export function expectedLabel(
  state: Pick<RackState, 'setup' | 'planFlagged'>,
  cableId: string,
  end: CableEnd,
): string {
  const cable = state.setup.cables.find((c) => c.id === cableId)!
  const [near, far] = end === 'a' ? [cable.a, cable.b] : [cable.b, cable.a]
  return `${portIdentifier(state, near)}/${portIdentifier(state, far)}`
}

/** Every label the schedule asks for, by cable end. */
export function scheduleLabels(state: Pick<RackState, 'setup' | 'planFlagged'>): string[] {
  return state.setup.cables.flatMap((c) => [expectedLabel(state, c.id, 'a'), expectedLabel(state, c.id, 'b')])
}

/** The holes a device's ears screw into at its planned U. */
export function neededNuts(state: Pick<RackState, 'setup' | 'planFlagged'>, id: string): HoleId[] {
  const spec = deviceSpec(state.setup, id)!
  return earHoles(plannedU(state, id), spec.heightU)
}

/** The nearest hole the plan needs a cage nut in, and how far (mm, signed) the given hole is from it. */
export function nearestNeeded(
  state: Pick<RackState, 'setup' | 'planFlagged'>,
  hole: HoleId,
): { hole: HoleId; offsetMm: number } | null {
  const at = parseHole(hole)!
  let best: { hole: HoleId; offsetMm: number } | null = null
  for (const d of state.setup.devices)
    for (const needed of neededNuts(state, d.id)) {
      const n = parseHole(needed)!
      if (n.rail !== at.rail) continue
      const offsetMm = holeOffsetMm(at, n)
      if (!best || Math.abs(offsetMm) < Math.abs(best.offsetMm)) best = { hole: needed, offsetMm }
    }
  return best
}

/** One hole or one U off: the classic miscount the error names. */
export function offByOne(offsetMm: number): boolean {
  const off = Math.abs(offsetMm)
  return [15.875, 12.7, U_MM].some((pitch) => Math.abs(off - pitch) < 0.01)
}

/** Where the slide rails must hook: the middle hole of the server's planned bottom U. */
export function plannedRailHole(state: Pick<RackState, 'setup' | 'planFlagged'>, id: string) {
  return { u: plannedU(state, id), pos: RAIL_HOLE_POS }
}

export type UnitUse = { kind: 'installed' | 'device' | 'blank'; id: string }

/** What occupies each U now (installed equipment, mounted devices, blanks). */
export function unitUse(state: RackState): Map<number, UnitUse> {
  const used = new Map<number, UnitUse>()
  for (const d of state.setup.installed)
    for (let at = d.bottomU; at < d.bottomU + d.heightU; at++) used.set(at, { kind: 'installed', id: d.id })
  for (const d of state.setup.devices) {
    const placed = state.devices[d.id]!
    if (placed.where !== 'mounted' || placed.bottomU === null) continue
    for (let at = placed.bottomU; at < placed.bottomU + d.heightU; at++)
      used.set(at, { kind: 'device', id: d.id })
  }
  for (const at of state.blanks) used.set(at, { kind: 'blank', id: `blank-${at}` })
  return used
}

/** U of the work zone that are neither used nor kept for a device the plan puts there. */
export function blanksNeeded(state: RackState): number[] {
  const used = unitUse(state)
  const kept = new Set<number>()
  for (const d of state.setup.devices) {
    const bottom = plannedU(state, d.id)
    for (let at = bottom; at < bottom + d.heightU; at++) kept.add(at)
  }
  const needed: number[] = []
  for (const zone of state.setup.workZone)
    for (let at = zone.fromU; at <= zone.toU; at++) if (!used.has(at) && !kept.has(at)) needed.push(at)
  return needed
}

/** U the rack shows blanked from the start: every free U outside the work zone and the plan. */
export function preBlanked(setup: RackSetup): number[] {
  const skip = new Set<number>()
  for (const d of setup.installed) for (let at = d.bottomU; at < d.bottomU + d.heightU; at++) skip.add(at)
  for (const d of setup.devices)
    for (const bottom of [d.plannedU, d.correctedU ?? d.plannedU])
      for (let at = bottom; at < bottom + d.heightU; at++) skip.add(at)
  for (const zone of setup.workZone) for (let at = zone.fromU; at <= zone.toU; at++) skip.add(at)
  return Array.from({ length: RACK.units }, (_, i) => i + 1).filter((at) => !skip.has(at))
}

/** Whether a device mounted this way takes its air from the cold aisle (the front). */
export function intakeFront(spec: DeviceSpec, facing: 'front' | 'rear'): boolean {
  if (spec.airflow === 'front-to-back') return facing === 'front'
  return (spec.airflow === 'port-side-intake') === (facing === 'front')
}

/** A hole's name the way trainees read it off the rail: "U10 trou du bas, montant avant gauche". */
export function holeName(hole: HoleId): string {
  const at = parseHole(hole)!
  return `U${at.u}.${at.pos} ${at.rail.toUpperCase()}`
}

/** The schedule's cable whose ends are these two ports, either way round. */
export function scheduledCable(setup: RackSetup, a: string, b: string) {
  return setup.cables.find((c) => (c.a === a && c.b === b) || (c.a === b && c.b === a))
}

/** Everything the job asks for is in place (devices screwed, power, cables, labels, blanks). */
export function jobDone(state: RackState): boolean {
  return (
    state.setup.devices.every((d) => {
      const placed = state.devices[d.id]!
      return placed.where === 'mounted' && placed.screwed.left && placed.screwed.right
    }) && blanksNeeded(state).length === 0
  )
}
