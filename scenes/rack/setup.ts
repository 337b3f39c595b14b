/**
 * The scene-specific part of a rack exercise: the rack and what is already in it, the devices on the
 * trolley with the elevation plan's U for each, the work zone to blank, the cable schedule and the
 * numbers a trainer may change (tolerances.ts). Identifiers follow TIA-606 (docs/DOMAIN.md,
 * "Labelling"): cabinet `DC.C03`, a device or panel by its bottom U `DC.C03-40`, a port `DC.C03-40:04`.
 */
import { z } from 'zod/mini'
import { validateWith } from '../../src/engine/validate.ts'
import type { Validated } from '../../src/engine/validate.ts'
import { RACK } from './layout.ts'

const positive = z.number().check(z.gt(0))
const nonNegative = z.number().check(z.gte(0))
const text = (max: number) => z.string().check(z.minLength(1), z.maxLength(max))
const u = z.int().check(z.gte(1), z.lte(RACK.units))
const deviceId = z.string().check(z.regex(/^[a-z][a-z0-9]{0,7}$/))

/** A port of a device or panel: `srv:nic1` (server NIC, rear), `sw:p4` (switch), `pp:f4` / `pp:r4` (panel front / rear). */
export const PORT_PATTERN = /^([a-z][a-z0-9]{0,7}):(nic|p|f|r)(\d{1,2})$/
/** A power supply's inlet: `srv:psu1`. */
export const PSU_PATTERN = /^([a-z][a-z0-9]{0,7}):psu([12])$/

const port = z.string().check(z.regex(PORT_PATTERN))
const airflow = z.enum(['front-to-back', 'port-side-intake', 'port-side-exhaust'])

const installed = z.object({
  id: deviceId,
  kind: z.enum(['server', 'switch', 'panel']),
  bottomU: u,
  heightU: z.int().check(z.gte(1), z.lte(4)),
  name: text(24),
})

const device = z.object({
  id: deviceId,
  kind: z.enum(['server', 'switch']),
  heightU: z.int().check(z.gte(1), z.lte(4)),
  massKg: positive,
  name: text(24),
  /** The elevation plan's bottom U. */
  plannedU: u,
  /** Where the plan puts it once the trainee has flagged an unsafe plan (the design office's answer). */
  correctedU: z.optional(u),
  airflow,
  psus: z.int().check(z.gte(1), z.lte(2)),
})

export const RackSetupSchema = z.object({
  /** TIA-606 cabinet identifier: space and cabinet. */
  rackName: z.string().check(z.regex(/^[A-Z0-9]{1,5}\.[A-Z0-9]{1,5}$/)),
  installed: z.array(installed).check(z.maxLength(20)),
  devices: z.array(device).check(z.minLength(1), z.maxLength(4)),
  /** Every U of these ranges must hold equipment or a blanking panel at the end. */
  workZone: z.array(z.object({ fromU: u, toU: u })).check(z.minLength(1), z.maxLength(4)),
  /** The cable schedule: each cable from end a to end b. */
  cables: z
    .array(z.object({ id: z.string().check(z.regex(/^P\d{1,2}$/)), a: port, b: port }))
    .check(z.maxLength(8)),
  blanks: z.int().check(z.gte(0), z.lte(20)),
  liftAloneMaxKg: positive,
  heavyMaxU: u,
  latchMm: positive,
  label: z.object({ targetMm: positive, tolMm: nonNegative, limitMm: positive, bootMm: nonNegative }),
})

export type RackSetup = z.infer<typeof RackSetupSchema>
export type DeviceSpec = RackSetup['devices'][number]
export type InstalledSpec = RackSetup['installed'][number]

export function parseRackSetup(data: unknown): Validated<RackSetup> {
  const parsed = validateWith(RackSetupSchema, data)
  if (!parsed.ok) return parsed
  const { installed: inRack, devices, cables, workZone } = parsed.value
  const issue = (path: string, code: string): Validated<RackSetup> => ({
    ok: false,
    issues: [{ path, code }],
  })
  const ids = [...inRack.map((d) => d.id), ...devices.map((d) => d.id)]
  if (new Set(ids).size !== ids.length) return issue('devices', 'duplicate_id')
  if (new Set(cables.map((c) => c.id)).size !== cables.length) return issue('cables', 'duplicate_id')
  const known = new Set(ids)
  if (cables.some((c) => !known.has(PORT_PATTERN.exec(c.a)![1]!) || !known.has(PORT_PATTERN.exec(c.b)![1]!)))
    return issue('cables', 'unknown_device')
  const taken = new Set<number>()
  for (const d of inRack)
    for (let at = d.bottomU; at < d.bottomU + d.heightU; at++) {
      if (taken.has(at) || at > RACK.units) return issue('installed', 'u_used_twice')
      taken.add(at)
    }
  for (const d of devices)
    for (const bottom of [d.plannedU, d.correctedU ?? d.plannedU])
      for (let at = bottom; at < bottom + d.heightU; at++)
        if (taken.has(at) || at > RACK.units) return issue('devices', 'planned_u_taken')
  if (workZone.some((z) => z.toU < z.fromU)) return issue('workZone', 'empty_range')
  return parsed
}
