/**
 * The tolerance sets of the splicing procedures, as plain data: the exercises (listed on the first
 * page) and the procedures (loaded with the scene) both read them, so the numbers exist once.
 */
export type FusionTolerances = {
  id: string
  lossThresholdDb: number
  cleaveLengthMm: number
  cleaveAngleLimitDeg: number
  stripTargetMm: number
  sleeveLengthMm: 40 | 60
}

export const FUSION_16_01: FusionTolerances = {
  id: 'splicing.fusion-16mm-0.1dB',
  lossThresholdDb: 0.1,
  cleaveLengthMm: 16,
  cleaveAngleLimitDeg: 1,
  stripTargetMm: 35,
  sleeveLengthMm: 60,
}

export const FUSION_10_02: FusionTolerances = {
  id: 'splicing.fusion-10mm-0.2dB',
  lossThresholdDb: 0.2,
  cleaveLengthMm: 10,
  cleaveAngleLimitDeg: 1,
  stripTargetMm: 30,
  sleeveLengthMm: 40,
}
