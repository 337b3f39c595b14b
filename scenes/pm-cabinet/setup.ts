/**
 * The scene-specific part of a street-cabinet exercise: the work order (OT), the cabinet's existing
 * cords, the cords on the rack and the numbers a trainer may change (tolerances.ts). Numbers tagged [I]
 * in docs/reference/domain-procedures.md live here as exercise data, never in the model.
 */
import { z } from 'zod/mini'
import { validateWith } from '../../src/engine/validate.ts'
import type { Validated } from '../../src/engine/validate.ts'
import { parsePort } from './layout.ts'
import type { PortId } from './layout.ts'

const positive = z.number().check(z.gt(0))
const nonNegative = z.number().check(z.gte(0))
const text = (max: number) => z.string().check(z.minLength(1), z.maxLength(max))
const port = z
  .string()
  .check(
    z.refine((id) => parsePort(id) !== null, { message: 'unknown_port' }),
  ) as unknown as z.ZodMiniType<PortId>
/** A line reference printed on the PTO (format OO-XXXX-XXXX, Arcep decision 2015-0776). */
const ptoRef = z.string().check(z.regex(/^[A-Z0-9]{2}-[A-Z0-9]{4}-[A-Z0-9]{4}$/))

export const PmSetupSchema = z.object({
  /** 'tidy': the existing cords run in the guides; 'messy': a "plat de nouilles" of loops and crossings. */
  start: z.enum(['tidy', 'messy']),
  /** The work order's fields (docs/DOMAIN.md, "Work order (OT) fields we use" [I]). */
  workOrder: z.object({
    id: text(30),
    address: text(120),
    appointment: text(40),
    pmId: text(30),
    ptoRef,
    engineering: z.enum(['mono', 'quadri']),
  }),
  /** The optical route: the operator's splitter output to the subscriber's distribution port. */
  route: z.object({ op: port, dist: port }),
  /** Cords already in place, each serving another subscriber. */
  occupied: z.array(z.object({ op: port, dist: port, ptoRef })).check(z.maxLength(40)),
  /** The patch cords hanging on the rack, by length; SC/APC (green) unless said UPC (blue). */
  cords: z
    .array(z.object({ id: text(8), lengthM: positive, polish: z.enum(['apc', 'upc']) }))
    .check(z.minLength(1), z.maxLength(6)),
  plugAllowanceMm: nonNegative,
  latchMm: positive,
  slackCapacityMm: positive,
  maxCordM: positive,
  mismatchLossDb: nonNegative,
  label: z.object({ targetMm: positive, tolMm: nonNegative, limitMm: positive, bootMm: nonNegative }),
})

export type PmSetup = z.infer<typeof PmSetupSchema>

export function parsePmSetup(data: unknown): Validated<PmSetup> {
  const parsed = validateWith(PmSetupSchema, data)
  if (!parsed.ok) return parsed
  const { route, occupied, cords } = parsed.value
  const issue = (path: string, code: string): Validated<PmSetup> => ({ ok: false, issues: [{ path, code }] })
  if (parsePort(route.op)?.side !== 'op') return issue('route.op', 'not_operator_port')
  if (parsePort(route.dist)?.side !== 'dist') return issue('route.dist', 'not_distribution_port')
  const ends = occupied.flatMap((o) => [o.op, o.dist])
  if (new Set(ends).size !== ends.length) return issue('occupied', 'port_used_twice')
  if (occupied.some((o) => parsePort(o.op)?.side !== 'op' || parsePort(o.dist)?.side !== 'dist'))
    return issue('occupied', 'wrong_side')
  // The splitter output is the operator's to give: the OT never names one already serving someone.
  if (occupied.some((o) => o.op === route.op)) return issue('route.op', 'port_taken')
  if (new Set(cords.map((c) => c.id)).size !== cords.length) return issue('cords', 'duplicate_id')
  return parsed
}
