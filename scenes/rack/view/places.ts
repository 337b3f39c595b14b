/**
 * Where things are in the rack scene for a given state: each device's anchor (on the trolley, held in
 * front of the rack, or mounted at its U), the points of its ports and power inlets, and the routes of
 * patch cables and power cords through the cable managers. Used by the View, the keyboard overlay's
 * focus ring and the end-to-end tests' probes; lengths play no part in the score.
 */
import type { CordPoint } from '../../../src/kit/cordPoints.ts'
import { PDU, RACK, holeY, uBottomY } from '../layout.ts'
import type { PduId } from '../layout.ts'
import type { Cord, RackState } from '../model.ts'
import { deviceSpec, plannedU } from '../rules.ts'
import type { CableEnd } from '../rules.ts'
import { PORT_PATTERN, PSU_PATTERN } from '../setup.ts'
import { panelPortPoint } from './PatchPanel.tsx'
import { outletPoint as pduOutletPoint } from './RackFrame.tsx'
import { serverNicPoint, serverPsuPoint } from './Server.tsx'
import { switchPortPoint, switchPsuPoint } from './Switch.tsx'
import { SERVER_ON_TROLLEY_AT, SWITCH_ON_TROLLEY_AT } from './Trolley.tsx'

export type Point3 = [number, number, number]

/** A held device waits this far in front of the rails, at the height it will go in. */
export const HELD_OUT_MM = 420
/** A server on its rails that has not clicked sticks out this much. */
export const UNLATCHED_OUT_MM = 40
/** Cables leave a port straight for this much before they turn toward the manager. */
const LEAD_MM = 60
/** Patch cables run up the right-hand cable manager, front or rear. */
const MANAGER_X = 300

/** [x centre, y bottom, z of the ears' back face] of a device, or of equipment already in the rack. */
export function anchorOf(state: RackState, id: string): Point3 | null {
  const inRack = state.setup.installed.find((d) => d.id === id)
  if (inRack) return [0, uBottomY(inRack.bottomU), RACK.frontRailZ]
  const spec = deviceSpec(state.setup, id)
  const placed = state.devices[id]
  if (!spec || !placed) return null
  switch (placed.where) {
    case 'trolley':
      return spec.kind === 'server' ? [...SERVER_ON_TROLLEY_AT] : [...SWITCH_ON_TROLLEY_AT]
    case 'held': {
      const rail = state.rails.left
      const y =
        spec.kind === 'server' && rail ? holeY(rail.u, rail.pos) - 22.225 : uBottomY(plannedU(state, id))
      return [0, y, RACK.frontRailZ + HELD_OUT_MM]
    }
    case 'mounted':
      // A switch turned ports-to-the-rear hangs by its ears from the rear posts.
      if (placed.facing === 'rear') return [0, uBottomY(placed.bottomU!), RACK.rearRailZ]
      return [
        0,
        uBottomY(placed.bottomU!) + placed.offsetMm,
        RACK.frontRailZ + (placed.latched ? 0 : UNLATCHED_OUT_MM),
      ]
  }
}

/** Which way a port faces: +1 toward the cold aisle (front), −1 toward the hot aisle (rear). */
function portFacing(state: RackState, port: string): 1 | -1 {
  const match = PORT_PATTERN.exec(port)!
  const kind = match[2]
  if (kind === 'nic' || kind === 'r') return -1
  if (kind === 'p') return state.devices[match[1]!]?.facing === 'rear' ? -1 : 1
  return 1
}

/** The mouth of a port (`srv:nic1`, `sw:p4`, `pp:f4`, `pp:r4`), or null when its device is not drawn. */
export function portPoint(state: RackState, port: string): Point3 | null {
  const match = PORT_PATTERN.exec(port)
  if (!match) return null
  const at = anchorOf(state, match[1]!)
  if (!at) return null
  const n = Number(match[3])
  switch (match[2]) {
    case 'nic':
      return serverNicPoint(at, n)
    case 'p':
      return switchPortPoint(at, state.devices[match[1]!]?.facing ?? 'front', n)
    case 'f':
      return panelPortPoint(at, n, 'front')
    default:
      return panelPortPoint(at, n, 'rear')
  }
}

/** A power supply's C14 inlet, at the device's rear. */
export function psuPoint(state: RackState, psu: string): Point3 | null {
  const match = PSU_PATTERN.exec(psu)
  if (!match) return null
  const spec = deviceSpec(state.setup, match[1]!)
  const at = anchorOf(state, match[1]!)
  if (!spec || !at) return null
  return spec.kind === 'server'
    ? serverPsuPoint(at, Number(match[2]) as 1 | 2)
    : switchPsuPoint(at, state.devices[spec.id]?.facing ?? 'front')
}

/** A C13 outlet of a PDU (`A:03`): on its face, toward the rear aisle. */
export function outletPoint(outlet: string): Point3 | null {
  const match = /^([AB]):(\d{1,2})$/.exec(outlet)
  if (!match) return null
  return pduOutletPoint(match[1] as PduId, Number(match[2]))
}

/** A cable from one port to another: straight out of each, across to the manager, along it. */
export function cablePath(state: RackState, a: string, b: string): CordPoint[] | null {
  const pa = portPoint(state, a)
  const pb = portPoint(state, b)
  if (!pa || !pb) return null
  const za = pa[2] + portFacing(state, a) * LEAD_MM
  const zb = pb[2] + portFacing(state, b) * LEAD_MM
  return [pa, [pa[0], pa[1], za], [MANAGER_X, pa[1], za], [MANAGER_X, pb[1], zb], [pb[0], pb[1], zb], pb]
}

/** A cord's path from one end's connector outward (where its flag label goes). */
export function endPath(state: RackState, cord: Cord, end: CableEnd): CordPoint[] | null {
  const path = cablePath(state, cord.a, cord.b)
  if (!path) return null
  return end === 'a' ? path : [...path].reverse()
}

/** A power cord from a PSU's inlet to a PDU outlet: back out of the server, across, up the PDU. */
export function powerPath(state: RackState, psu: string, outlet: string): CordPoint[] | null {
  const from = psuPoint(state, psu)
  const to = outletPoint(outlet)
  if (!from || !to) return null
  const z = PDU.z - LEAD_MM
  return [from, [from[0], from[1], z], [to[0], from[1], z], [to[0], to[1], z], to]
}

/** Every PDU outlet, `A:01` … `B:12`. */
export const OUTLETS = (['A', 'B'] as const).flatMap((pdu) =>
  Array.from({ length: 12 }, (_, i) => `${pdu}:${String(i + 1).padStart(2, '0')}`),
)

/** Ports of whatever is in the rack: the mounted devices', and the patch panel's front and rear. */
export function portTargets(state: RackState): string[] {
  const ports: string[] = []
  for (const d of state.setup.installed)
    if (d.kind === 'panel') for (let n = 1; n <= 24; n++) ports.push(`${d.id}:f${n}`, `${d.id}:r${n}`)
  for (const d of state.setup.devices) {
    if (state.devices[d.id]!.where !== 'mounted') continue
    if (d.kind === 'server') for (let n = 1; n <= 4; n++) ports.push(`${d.id}:nic${n}`)
    else for (let n = 1; n <= 24; n++) ports.push(`${d.id}:p${n}`)
  }
  return ports
}

/** The power inlets of the mounted devices. */
export function psuTargets(state: RackState): string[] {
  return state.setup.devices.flatMap((d) =>
    state.devices[d.id]!.where === 'mounted'
      ? Array.from({ length: d.psus }, (_, i) => `${d.id}:psu${i + 1}`)
      : [],
  )
}
