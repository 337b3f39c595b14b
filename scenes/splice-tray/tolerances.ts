/**
 * The numbers a splice-cassette exercise and its procedure share: fibre class, slack, tie force, link
 * budget. Data only (no model code), so the exercise list on the first page stays small; procedures are
 * built from the same sets, so an exercise and the procedure it is scored by cannot disagree.
 */
import type { FibreClassId } from '../common/macrobend.ts'

export type TraySet = {
  /** Procedure id; a changed number needs a new procedure version. */
  id: string
  start: 'clean' | 'rework'
  /** Splices the exercises of this set store (one sleeve each). */
  spliceCount: number
  fibreClass: FibreClassId
  slackMm: { dist: number; drop: number }
  tuckMm: number
  tie: { secureN: number; pinchN: number; lossDbPerN: number }
  tubeDepthMm: { target: number; tol: number; limit: number }
  pinchLossDb: number
  linkBudgetDbm: number
  passDbm: number
  splice: { offsetUm: number; distMfdUm: number; dropMfdUm: number; angleDeg: number }
}

/** G.652.D mode-field diameter at 1310 nm ≈ 9.2 µm; G.657.A2 ≈ 8.6 µm (ITU-T, typical datasheets). */
const G652_MFD_UM = 9.2
const G657_MFD_UM = 8.6

const SHARED = {
  // About 1 m of fibre is coiled in a PBO cassette (Objectif Fibre annex, domain-procedures §4): here
  // 0.85 m on the tube's side and 0.8 m on the drop's, what one loop round the bobbins takes.
  slackMm: { dist: 850, drop: 800 },
  // A few centimetres can be tucked under the tabs; beyond that the slack hangs out [I].
  tuckMm: 60,
  // Hand-pulled ties on a 3 mm loose tube: secure from 20 N, crushing from 60 N; crushed, the tube
  // squeezes its fibres, 0.02 dB per newton over the limit [I].
  tie: { secureN: 20, pinchN: 60, lossDbPerN: 0.02 },
  // The tube should reach 15 mm past the tie so the tie grips the tube, never bare fibres [I].
  tubeDepthMm: { target: 15, tol: 10, limit: 25 },
  // A fibre caught under the cover or a tie: a severe bend, 1.5 dB [I].
  pinchLossDb: 1.5,
  // Objectif Fibre: more than −24 dBm at 1490 nm at the PTO.
  passDbm: -24,
} as const

/**
 * Link budgets at 1490 nm for a perfect cassette [I]: OLT +3 dBm, 1:32 splitter 17.5 dB, 8 km at
 * 0.3 dB/km, four connections at 0.5 dB, transport splices 0.3 dB → −19.2 dBm; the same line behind a
 * 1:64 splitter (20.5 dB) and 6 km → −21.6 dBm, less margin.
 */
export const TRAY_G657A2: TraySet = {
  id: 'splice-tray.g657a2',
  start: 'clean',
  spliceCount: 4,
  fibreClass: 'G.657.A2',
  ...SHARED,
  linkBudgetDbm: -19.2,
  splice: { offsetUm: 0.3, distMfdUm: G657_MFD_UM, dropMfdUm: G657_MFD_UM, angleDeg: 0.3 },
}

export const TRAY_G652: TraySet = {
  id: 'splice-tray.g652',
  start: 'clean',
  spliceCount: 2,
  fibreClass: 'G.652.D',
  ...SHARED,
  linkBudgetDbm: -21.6,
  splice: { offsetUm: 0.3, distMfdUm: G652_MFD_UM, dropMfdUm: G657_MFD_UM, angleDeg: 0.3 },
}

export const TRAY_REWORK_G652: TraySet = {
  ...TRAY_G652,
  id: 'splice-tray.rework-g652',
  start: 'rework',
  spliceCount: 4,
}
