/**
 * The numbers a rack exercise and its procedure share: lifting limit, how high heavy equipment may go,
 * slide-rail latch travel, the label band. Data only, so the first page stays small; the procedures are
 * built from the same sets, so an exercise and the procedure it is scored by cannot disagree.
 */
import type { LabelBand } from '../common/labels.ts'

export type RackSet = {
  /** Procedure id; a changed number needs a new procedure version. */
  id: string
  /** The devices to mount and the cables of the schedule, by id: they make the procedure's steps. */
  devices: { id: string; kind: 'server' | 'switch'; psus: number }[]
  cables: string[]
  /** Empty U of the work zone once the devices are in: one blanking panel each (a check test ties it to the setup). */
  zoneBlanks: number
  /** The plan puts heavy equipment high: the first step is to flag it. */
  flagPlan: boolean
  /** Above this a device is not lifted alone: IEC 61010-1 §7.4, 18 kg (docs/DOMAIN.md). */
  liftAloneMaxKg: number
  /** Highest bottom U for equipment over the lifting limit: the lower half of a 42U rack [I]. */
  heavyMaxU: number
  /** Travel of a server on its slide rails past the point where the latches click, mm [I]. */
  latchMm: number
  label: LabelBand
}

const SHARED = {
  liftAloneMaxKg: 18,
  heavyMaxU: 21,
  latchMm: 20,
  // Flag labels 25–300 mm from the connector, ideally 50–100 mm (domain-procedures §8b) [I].
  label: { targetMm: 75, tolMm: 25, limitMm: 225, bootMm: 25 },
}

export const RACK_SERVER: RackSet = {
  id: 'rack.server',
  devices: [{ id: 'srv', kind: 'server', psus: 2 }],
  cables: ['P1'],
  zoneBlanks: 2,
  flagPlan: false,
  ...SHARED,
}

export const RACK_SERVER_SWITCH: RackSet = {
  id: 'rack.server-switch',
  devices: [
    { id: 'srv', kind: 'server', psus: 2 },
    { id: 'sw', kind: 'switch', psus: 1 },
  ],
  cables: ['P1', 'P2'],
  zoneBlanks: 4,
  flagPlan: false,
  ...SHARED,
}

export const RACK_FLAG_PLAN: RackSet = { ...RACK_SERVER, id: 'rack.flag-plan', flagPlan: true }
