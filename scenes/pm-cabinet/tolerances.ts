/**
 * The numbers a street-cabinet exercise and its procedure share: connector travel, cord allowances,
 * slack storage, label band, photo framing, the connector mismatch loss. Data only, so the exercise
 * list on the first page stays small; procedures are built from the same sets, so an exercise and the
 * procedure it is scored by cannot disagree.
 */
import type { LabelBand } from '../common/labels.ts'

export type PmSet = {
  /** Procedure id; a changed number needs a new procedure version. */
  id: string
  /** 'patch': connect the OT's route; 'trap': the OT's subscriber port is taken, report it. */
  job: 'patch' | 'trap'
  /** Per cord end: the boot and the bend from the port down into the drawer's finger guide, mm [I]. */
  plugAllowanceMm: number
  /** Travel of an SC plug into its adapter before the latch clicks, mm [I]. */
  latchMm: number
  /** Cord excess the slack storage holds in tidy loops; more hangs in front of the drawers [I]. */
  slackCapacityMm: number
  /** Orange's PM rule: cords longer than 3.5 m are flagged (docs/DOMAIN.md). */
  maxCordM: number
  /** SC/APC mated with SC/UPC: ≈ 3.4–3.7 dB per connection (docs/DOMAIN.md). */
  mismatchLossDb: number
  label: LabelBand
  /** Share of the work area (both drawers of the route and the column) a photo must show, % [I]. */
  photo: { tolPct: number; limitPct: number }
}

const SHARED = {
  plugAllowanceMm: 120,
  latchMm: 6,
  slackCapacityMm: 1500,
  maxCordM: 3.5,
  mismatchLossDb: 3.5,
  // Flag labels 25–300 mm from the connector, ideally 50–100 mm (domain-procedures §8b) [I].
  label: { targetMm: 75, tolMm: 25, limitMm: 225, bootMm: 25 },
  photo: { tolPct: 10, limitPct: 60 },
}

export const PM_PATCH: PmSet = { id: 'pm-cabinet.patch', job: 'patch', ...SHARED }
export const PM_TRAP: PmSet = { id: 'pm-cabinet.trap', job: 'trap', ...SHARED }
