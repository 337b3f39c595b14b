/**
 * Named places on the splicing bench, for the test probe, the keyboard path and the hint marker (the
 * splicer's keys, placed by its drawing, are resolved by the View).
 * Some names carry a measurement: `along-L-35` is 35 mm from the left fibre's tip, `seat-R-16` the spot
 * in the cleaver for the right fibre's coating edge for a 16 mm cleave, `vgroove-R-1.5` the right V-groove 1.5 mm from the electrodes,
 * `joined-3` 3 mm from the splice along the joined fibre.
 */
import { coatingEdge } from './fibrePath.ts'
import {
  CLEAVER,
  CLEAVER_GUIDE_Y,
  FIBRE_LINE_Y,
  FIBRE_ON_MAT_Y,
  HEATER_Y,
  GLASSES,
  SCRAP_BIN,
  SLEEVE_TRAY,
  SPLICER,
  SPLICE_POINT,
  STRIPPER,
  WIPES,
} from './layout.ts'
import type { Side } from './layout.ts'
import type { SplicingState } from './model.ts'
import {
  CLEAVER_GUIDE,
  JOINED_Z,
  REST_TIP,
  TOWARD_CENTRE,
  fibreLie,
  parkedSleeveX,
  scrapSpot,
  seatX,
  stripperOnFibre,
} from './places.ts'

export type Point3 = [number, number, number]

/** What the View is doing with its tools right now (only the stripper's clamp matters here). */
export type WorkForTargets = { stripper: { side: Side; atMm: number } | null }

const SIMPLE: Record<string, Point3> = {
  glasses: [GLASSES.at.x, 6, GLASSES.at.z],
  'sleeve-40': [SLEEVE_TRAY.at.x, 6, SLEEVE_TRAY.at.z - 12],
  'sleeve-60': [SLEEVE_TRAY.at.x, 6, SLEEVE_TRAY.at.z + 12],
  wipes: [WIPES.at.x, 10, WIPES.at.z],
  bin: [SCRAP_BIN.at.x, 10, SCRAP_BIN.at.z],
  'cleaver-lid': [CLEAVER.at.x - 10, CLEAVER.heightMm + 4, CLEAVER.at.z - 10],
  'cleaver-blade': [CLEAVER_GUIDE.bladeX, CLEAVER.heightMm - 10, CLEAVER.at.z + CLEAVER.depthMm / 2],
  clamps: [SPLICER.at.x + SPLICER.clampOffsetMm, SPLICER.topMm + 10, SPLICER.at.z],
  cover: [SPLICER.at.x - SPLICER.clampOffsetMm, SPLICER.topMm + 14, SPLICER.at.z - 10],
  heater: [SPLICER.at.x, HEATER_Y, SPLICER.heater.z],
  'off-bench': [0, FIBRE_ON_MAT_Y, 240],
}

const number = (text: string | undefined) => (text === undefined ? Number.NaN : Number(text))

export function locateTarget(state: SplicingState, id: string, work: WorkForTargets): Point3 | null {
  const simple = SIMPLE[id]
  if (simple) return simple
  const [kind, a, b] = id.split('-')
  const side: Side | null = a === 'L' || a === 'R' ? a : null
  switch (kind) {
    case 'stripper':
      return work.stripper
        ? stripperOnFibre(work.stripper.side, work.stripper.atMm)
        : [STRIPPER.at.x, 6, STRIPPER.at.z]
    case 'along': {
      const mm = number(b)
      if (!side || !Number.isFinite(mm)) return null
      return [REST_TIP[side].x - TOWARD_CENTRE[side] * mm, FIBRE_ON_MAT_Y, REST_TIP[side].z]
    }
    case 'fibre': {
      if (!side) return null
      const lie = fibreLie(state, side)
      const bareMm = lie.where === 'joined' || lie.where === 'heater' ? 0 : state.ends[side].bareMm
      const edge = coatingEdge(side, lie, bareMm)
      const holdX = lie.where === 'joined' ? TOWARD_CENTRE[side] * -40 : edge[0] - TOWARD_CENTRE[side] * 14
      return [holdX, edge[1], edge[2]]
    }
    case 'seat': {
      const mm = number(b)
      return side && Number.isFinite(mm) ? [seatX(side, mm), CLEAVER_GUIDE_Y, CLEAVER_GUIDE.z] : null
    }
    case 'scrap': {
      if (!side) return null
      const spot = scrapSpot(side)
      return [spot.x, 6, spot.z]
    }
    case 'vgroove': {
      const mm = number(b)
      if (!side || !Number.isFinite(mm)) return null
      // Where the coating is held so that the end face, the bare glass further on, stops `mm` from the electrodes.
      return [
        SPLICE_POINT.x - TOWARD_CENTRE[side] * (mm + state.ends[side].bareMm),
        FIBRE_LINE_Y,
        SPLICE_POINT.z,
      ]
    }
    case 'parked':
      return state.sleeve ? [parkedSleeveX(state.sleeve.side), FIBRE_ON_MAT_Y, JOINED_Z] : null
    case 'joined': {
      const mm = number(a)
      return Number.isFinite(mm) ? [SPLICE_POINT.x + mm, FIBRE_ON_MAT_Y, JOINED_Z] : null
    }
    default:
      return null
  }
}
