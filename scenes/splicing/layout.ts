/**
 * The fusion-splicing bench, in millimetres (the scene's 3D unit): x to the right, z toward the
 * trainee, y up, the mat's top at y = MAT.thicknessMm. Pure geometry shared by the View (drawing and
 * hit-testing), the keyboard overlay and the tests.
 */
export type PointMm = { x: number; z: number }
export type Side = 'L' | 'R'

export const MAT = { widthMm: 760, depthMm: 480, thicknessMm: 4 }

/** Fusion splicer: body centred at (x, z); its top (V-grooves, electrodes) at `topMm` above the mat. */
export const SPLICER = {
  at: { x: 0, z: -95 },
  widthMm: 170,
  depthMm: 125,
  topMm: 88,
  /** The electrodes' axis, across the fibre line, at the splicer's centre. */
  electrodeGapMm: 3,
  /** Each V-groove runs from the electrode axis outward this far along x. */
  vGrooveMm: 14,
  /** Fibre clamps and holders sit this far from the electrode axis on each side. */
  clampOffsetMm: 30,
  /** The screen, hinged on the front edge, tilted toward the trainee. */
  screen: { widthMm: 110, heightMm: 70, tiltDeg: 35 },
  /** The sleeve heater lies along x behind the V-grooves. */
  heater: { z: -140, lengthMm: 70 },
}

/** Where each fibre comes from: its loose tube ends on the mat, left and right of the splicer. */
export const FIBRE_ORIGIN: Record<Side, PointMm> = { L: { x: -330, z: -95 }, R: { x: 330, z: -95 } }

/** Precision cleaver (e.g. a CT-30 type): body, length scale along x, lid, blade slider, scrap collector. */
export const CLEAVER = {
  at: { x: -215, z: 95 },
  widthMm: 80,
  depthMm: 60,
  heightMm: 38,
  scaleMarksMm: [10, 16],
}

/** Three-hole stripper lying on the mat, and where the ruler is read while stripping. */
export const STRIPPER = { at: { x: 170, z: 150 } }

export const ALCOHOL_PUMP = { at: { x: 285, z: 40 } }
export const WIPES = { at: { x: 285, z: 145 } }
/** Tray with the protection sleeves, 40 mm and 60 mm. */
export const SLEEVE_TRAY = { at: { x: -70, z: 160 }, lengthsMm: [40, 60] }
/** The marked container for fibre scraps (FOA safety rules). */
export const SCRAP_BIN = { at: { x: -320, z: 160 } }
export const GLASSES = { at: { x: 70, z: 185 } }

/** The point on the fibre line where the two fibre ends meet (the splice point). */
export const SPLICE_POINT = { x: SPLICER.at.x, z: SPLICER.at.z }
/** Height of the plane on which carried tools and fibres travel: above the mat, below the splicer's top. */
export const CARRY_Y_MM = 40

/** Height of the fibre line across the splicer's V-grooves. */
export const FIBRE_LINE_Y = MAT.thicknessMm + SPLICER.topMm + 2

/** Heights where things are aimed at: a fibre lying on the mat, the cleaver's guide, the heater's slot. */
export const FIBRE_ON_MAT_Y = MAT.thicknessMm + 1.6
/** A fibre seated in the cleaver lies on the pad at this height (Cleaver.tsx draws the body around it). */
export const CLEAVER_GUIDE_Y = 29.55
export const HEATER_Y = MAT.thicknessMm + SPLICER.topMm + 8
