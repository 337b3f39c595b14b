/**
 * Exercises of the fusion-splicing station (data). Thresholds and consumables come from the same
 * tolerance sets as the procedures; [I] numbers (cool time, spare length, stripping limits) are here for
 * a trainer to change, never in the model.
 */
import type { Exercise } from '../../src/engine/schema.ts'
import { FUSION_10_02, FUSION_16_01 } from './tolerances.ts'
import type { FusionTolerances } from './tolerances.ts'
import type { SplicingSetup } from './setup.ts'
import { SPLICING_CARDS } from './cards.ts'

const TOOLS = [
  'fusion-splicer',
  'cleaver',
  'stripper',
  'alcohol-wipes',
  'sleeves',
  'scrap-bin',
  'safety-glasses',
]

/** G.652.D mode-field diameter at 1310 nm ≈ 9.2 µm; G.657.A2 ≈ 8.6 µm (ITU-T, typical datasheets). */
const G652_MFD_UM = 9.2
const G657_MFD_UM = 8.6

/** Heat cycles from a splicer datasheet (Fujikura 26S): 60 mm sleeve 24 s, slim 40 mm 16 s. */
const HEAT_S = { 40: 16, 60: 24 } as const

function setup(t: FusionTolerances, fibres: Pick<SplicingSetup, 'left' | 'right'>): SplicingSetup {
  return {
    colourCode: 'fr-operator',
    ...fibres,
    lossThresholdDb: t.lossThresholdDb,
    cleaveAngleLimitDeg: t.cleaveAngleLimitDeg,
    cleaveLengthMm: t.cleaveLengthMm,
    stripTargetMm: t.stripTargetMm,
    sleeveLengthMm: t.sleeveLengthMm,
    heatCycleS: HEAT_S[t.sleeveLengthMm],
    sleeveOverlapMm: 2,
    coolS: 20,
    spareMm: 120,
    maxPullMm: 30,
    breakOffAxisDeg: 15,
  }
}

export const SPLICING_EXERCISES: Exercise[] = [
  {
    ...SPLICING_CARDS.guided,
    scene: 'splicing',
    version: '1.0.0',
    objective: {
      fr: 'Soudez la fibre rouge à la fibre rouge, pas à pas : lunettes, gaine, dénudage, nettoyage, clive, soudure, gaine.',
      en: 'Splice the red fibre to the red fibre, step by step: glasses, sleeve, strip, clean, cleave, splice, sleeve.',
    },
    instruction: {
      fr: 'Mettez vos lunettes, enfilez la gaine, puis préparez les deux fibres. L’écran vous guide.',
      en: 'Put on your glasses, thread the sleeve, then prepare both fibres. The screen guides you.',
    },
    tools: TOOLS,
    procedure: { id: FUSION_16_01.id, version: '1.0.0' },
    seed: 41,
    setup: setup(FUSION_16_01, {
      left: { number: 1, mfdUm: G652_MFD_UM },
      right: { number: 1, mfdUm: G652_MFD_UM },
    }),
  },
  {
    ...SPLICING_CARDS.practice40,
    scene: 'splicing',
    version: '1.0.0',
    objective: {
      fr: 'Soudez une fibre G.657 (bleue) à une G.652 (bleue) : clive 10 mm, gaine 40 mm, refaire au-dessus de 0,2 dB.',
      en: 'Splice a G.657 fibre (blue) to a G.652 (blue): 10 mm cleave, 40 mm sleeve, redo above 0.2 dB.',
    },
    instruction: {
      fr: 'Clive à dix millimètres et gaine de quarante. Au-dessus de zéro virgule deux décibel, on refait.',
      en: 'Cleave at ten millimetres, forty millimetre sleeve. Above zero point two decibel, redo.',
    },
    tools: TOOLS,
    procedure: { id: FUSION_10_02.id, version: '1.0.0' },
    setup: setup(FUSION_10_02, {
      left: { number: 2, mfdUm: G657_MFD_UM },
      right: { number: 2, mfdUm: G652_MFD_UM },
    }),
  },
  {
    ...SPLICING_CARDS.evaluation,
    scene: 'splicing',
    version: '1.0.0',
    objective: {
      fr: 'Soudez la fibre verte, sans aide. Seuil de reprise : 0,1 dB. Sécurité et propreté comptent.',
      en: 'Splice the green fibre, without help. Redo threshold: 0.1 dB. Safety and cleanliness count.',
    },
    instruction: {
      fr: 'Évaluation. Soudez la fibre verte. Au-dessus de zéro virgule un décibel, refaites la soudure.',
      en: 'Assessment. Splice the green fibre. Above zero point one decibel, redo the splice.',
    },
    tools: TOOLS,
    procedure: { id: FUSION_16_01.id, version: '1.0.0' },
    seed: 1207,
    setup: setup(FUSION_16_01, {
      left: { number: 3, mfdUm: G652_MFD_UM },
      right: { number: 3, mfdUm: G652_MFD_UM },
    }),
  },
]
