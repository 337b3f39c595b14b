/**
 * Reference procedures of the fusion-splicing station (data, versioned). Step ids and order from
 * docs/reference/domain-procedures.md §2–3: the left and right ends are prepared in any order or
 * interleaved; the sleeve goes on before the arc; the arc, the decision, the proof test, the sleeve
 * and the heat-shrink follow each other. One procedure per tolerance set, built from the same numbers
 * as the exercises that use it. A changed number or message needs a new version.
 */
import { DEFAULT_WEIGHTS } from '../../src/engine/weights.ts'
import type { ErrorDef, Procedure, Step } from '../../src/engine/schema.ts'
import { ERR, SIDES, STEP } from './model.ts'
import type { Side } from './model.ts'
import { FUSION_10_02, FUSION_16_01 } from './tolerances.ts'
import type { FusionTolerances } from './tolerances.ts'

const ERRORS: ErrorDef[] = [
  {
    id: ERR.noGlasses,
    level: 'critical',
    penalty: 0.5,
    recoveredPenalty: 0.5,
    message: {
      fr: 'Fibre nue manipulée sans lunettes de sécurité.',
      en: 'Bare fibre handled without safety glasses.',
    },
    consequence: {
      fr: 'Un éclat de verre dans l’œil : blessure grave, très difficile à retirer.',
      en: 'A glass splinter in the eye: a serious injury, very hard to remove.',
    },
  },
  {
    id: ERR.scrapLeft,
    level: 'critical',
    penalty: 0.5,
    recoveredPenalty: 0.5,
    message: {
      fr: '{{count}} chute(s) de fibre laissée(s) sur l’établi au lieu de la poubelle à déchets.',
      en: '{{count}} fibre scrap(s) left on the bench instead of the scrap bin.',
    },
    consequence: {
      fr: 'Une chute de verre invisible se plante dans la peau ou finit dans l’œil d’un collègue.',
      en: 'An invisible glass scrap goes into someone’s skin or ends up in a colleague’s eye.',
    },
  },
  {
    id: ERR.noSleeve,
    level: 'error',
    penalty: 0.35,
    recoveredPenalty: 0.15,
    message: {
      fr: 'Soudure faite sans gaine de protection enfilée sur la fibre.',
      en: 'Splice made without a protection sleeve threaded on the fibre.',
    },
    consequence: {
      fr: 'La gaine ne peut plus passer : il faut casser la soudure et tout refaire (temps et longueur de fibre perdus).',
      en: 'The sleeve can no longer go on: the splice must be broken and redone (time and fibre lost).',
    },
  },
  {
    id: ERR.broken,
    level: 'warning',
    penalty: 0.08,
    recoveredPenalty: 0.08,
    message: {
      fr: 'Fibre {{cote}} cassée au dénudage (traction de travers ou trop longue d’un coup).',
      en: '{{side}} fibre broken while stripping (pulled off-axis or too much at once).',
    },
    consequence: {
      fr: 'La fibre raccourcit : trop de casses et il ne reste plus assez de longueur pour la cassette.',
      en: 'The fibre gets shorter: break it too often and there is not enough left for the cassette.',
    },
  },
  {
    id: ERR.tooShort,
    level: 'error',
    penalty: 0.3,
    recoveredPenalty: 0.3,
    message: {
      fr: 'Fibre {{cote}} trop courte : il a fallu reprendre une nouvelle extrémité.',
      en: '{{side}} fibre too short: a new end had to be taken.',
    },
    consequence: {
      fr: 'Sur le terrain, il faut rouvrir le câble ou le boîtier : une heure de travail en plus.',
      en: 'In the field, the cable or the closure must be reopened: an extra hour of work.',
    },
  },
  {
    id: ERR.badWipe,
    level: 'warning',
    penalty: 0.08,
    recoveredPenalty: 0.08,
    message: {
      fr: 'Fibre {{cote}} mal nettoyée (mauvais sens ou lingette déjà utilisée).',
      en: '{{side}} fibre badly cleaned (wrong direction or a used wipe).',
    },
    consequence: {
      fr: 'Les saletés restent sur le verre et cuisent dans la soudure : bulle et forte perte.',
      en: 'Dirt stays on the glass and burns into the splice: a bubble and a high loss.',
    },
  },
  {
    id: ERR.touched,
    level: 'error',
    penalty: 0.15,
    recoveredPenalty: 0.05,
    message: {
      fr: 'Fibre {{cote}} touchée après le nettoyage.',
      en: '{{side}} fibre touched after cleaning.',
    },
    consequence: {
      fr: 'Le gras du doigt ne brûle pas à l’arc : la soudeuse refuse la « fibre sale », ou la soudure perd beaucoup.',
      en: 'Finger grease does not burn off in the arc: the splicer refuses a "dirty fibre", or the splice loses a lot.',
    },
  },
  {
    id: ERR.dirtyAtSplicer,
    level: 'error',
    penalty: 0.15,
    recoveredPenalty: 0.05,
    message: {
      fr: 'La soudeuse refuse la fibre {{cote}} : fibre sale.',
      en: 'The splicer refuses the {{side}} fibre: dirty fibre.',
    },
    consequence: {
      fr: 'Il faut recouper l’extrémité et refaire dénudage, nettoyage et clive.',
      en: 'The end must be cut back and stripped, cleaned and cleaved again.',
    },
  },
  {
    id: ERR.badCleave,
    level: 'error',
    penalty: 0.15,
    recoveredPenalty: 0.05,
    message: {
      fr: 'Clive {{cote}} refusée : angle {{angleDeg}}° au-dessus de la limite de {{limitDeg}}°.',
      en: '{{side}} cleave refused: angle {{angleDeg}}° above the {{limitDeg}}° limit.',
    },
    consequence: {
      fr: 'Une face de clive en biais donne une soudure à forte perte : il faut recliver.',
      en: 'A slanted end face gives a high-loss splice: the fibre must be cleaved again.',
    },
  },
  {
    id: ERR.acceptedBad,
    level: 'error',
    penalty: 0.4,
    recoveredPenalty: 0.4,
    message: {
      fr: 'Soudure acceptée à {{lossDb}} dB (ou avec une bulle) alors que le seuil est {{limitDb}} dB.',
      en: 'Splice accepted at {{lossDb}} dB (or with a bubble) when the threshold is {{limitDb}} dB.',
    },
    consequence: {
      fr: 'Le budget optique du client devient trop juste : coupures, débit instable, intervention à refaire.',
      en: 'The customer’s optical budget gets too tight: outages, unstable speed, a call-out to redo.',
    },
  },
  {
    id: ERR.bareGlass,
    level: 'error',
    penalty: 0.25,
    recoveredPenalty: 0.25,
    message: {
      fr: 'Gaine décentrée de {{offsetMm}} mm : de la fibre nue dépasse (marge {{marginMm}} mm).',
      en: 'Sleeve off centre by {{offsetMm}} mm: bare fibre sticks out (margin {{marginMm}} mm).',
    },
    consequence: {
      fr: 'La fibre nue casse au bord de la gaine au premier mouvement de la cassette.',
      en: 'The bare fibre breaks at the sleeve’s edge at the first movement of the cassette.',
    },
  },
  {
    id: ERR.notShrunk,
    level: 'error',
    penalty: 0.25,
    recoveredPenalty: 0.25,
    message: {
      fr: 'Gaine sortie du four après {{heatedS}} s, avant la fin de la chauffe ({{cycleS}} s).',
      en: 'Sleeve taken out after {{heatedS}} s, before the heat cycle ended ({{cycleS}} s).',
    },
    consequence: {
      fr: 'Gaine mal rétractée : la soudure n’est pas protégée et casse dans la cassette.',
      en: 'The sleeve is not shrunk: the splice is unprotected and breaks in the cassette.',
    },
  },
  {
    id: ERR.hotSleeve,
    level: 'warning',
    penalty: 0.08,
    recoveredPenalty: 0.08,
    message: {
      fr: 'Gaine encore chaude manipulée ({{heatedS}} s, prête à {{readyS}} s).',
      en: 'Sleeve handled while still hot ({{heatedS}} s, ready at {{readyS}} s).',
    },
    consequence: {
      fr: 'La gaine chaude se déforme et la fibre se courbe dedans : perte et risque de casse.',
      en: 'A hot sleeve deforms and bends the fibre inside: loss and a risk of breaking.',
    },
  },
]

const sideName = { L: { fr: 'gauche', en: 'left' }, R: { fr: 'droite', en: 'right' } } as const

function sideSteps(side: Side, t: FusionTolerances): Step[] {
  const name = sideName[side]
  return [
    {
      id: STEP.strip(side),
      weight: 1,
      required: true,
      label: { fr: `Dénuder la fibre ${name.fr}`, en: `Strip the ${name.en} fibre` },
      params: [
        {
          id: 'stripLengthMm',
          unit: 'mm',
          target: t.stripTargetMm,
          tol: 5,
          limit: 15,
          weight: 1,
          label: { fr: 'longueur dénudée', en: 'strip length' },
          why: {
            fr: 'Trop court, la clive touche le revêtement ; trop long, la fibre nue casse dans le support.',
            en: 'Too short and the cleave hits the coating; too long and the bare fibre breaks in the holder.',
          },
        },
      ],
    },
    {
      id: STEP.clean(side),
      weight: 1,
      required: true,
      label: { fr: `Nettoyer la fibre ${name.fr}`, en: `Clean the ${name.en} fibre` },
    },
    {
      id: STEP.cleave(side),
      weight: 2,
      required: true,
      label: { fr: `Cliver la fibre ${name.fr}`, en: `Cleave the ${name.en} fibre` },
      params: [
        {
          id: 'cleaveLengthMm',
          unit: 'mm',
          target: t.cleaveLengthMm,
          tol: 1,
          limit: 4,
          weight: 1,
          label: { fr: 'longueur de clive', en: 'cleave length' },
          why: {
            fr: 'La longueur de clive doit correspondre au support et à la gaine, sinon la fibre nue dépasse.',
            en: 'The cleave length must match the holder and the sleeve, or bare fibre sticks out.',
          },
        },
        {
          id: 'cleaveAngleDeg',
          unit: 'deg',
          target: 0,
          tol: 0.5,
          limit: t.cleaveAngleLimitDeg,
          weight: 2,
          label: { fr: 'angle de clive', en: 'cleave angle' },
          why: {
            fr: 'Une clive droite (≈ 0,5° avec une cliveuse de précision) est le secret d’une bonne soudure.',
            en: 'A square cleave (≈ 0.5° with a precision cleaver) is the secret of a good splice.',
          },
        },
      ],
    },
    {
      id: STEP.scrap(side),
      weight: 1,
      required: true,
      label: { fr: `Jeter la chute ${name.fr} à la poubelle`, en: `Put the ${name.en} scrap in the bin` },
    },
    {
      id: STEP.load(side),
      weight: 1,
      required: true,
      label: { fr: `Placer la fibre ${name.fr} dans le V`, en: `Load the ${name.en} fibre in the V-groove` },
      params: [
        {
          id: 'tipMm',
          unit: 'mm',
          target: 1.5,
          tol: 0.75,
          limit: 3,
          weight: 1,
          label: { fr: 'distance de l’extrémité aux électrodes', en: 'end-to-electrode distance' },
          why: {
            fr: 'Trop loin, la soudeuse ne trouve pas la fibre ; trop près, les extrémités se touchent et s’abîment.',
            en: 'Too far and the splicer cannot find the fibre; too close and the ends touch and chip.',
          },
        },
      ],
    },
  ]
}

export function fusionProcedure(t: FusionTolerances): Procedure {
  const perSide = SIDES.flatMap((side) => sideSteps(side, t))
  const chain = (side: Side): [string, string][] => [
    [STEP.glasses, STEP.strip(side)],
    [STEP.strip(side), STEP.clean(side)],
    [STEP.clean(side), STEP.cleave(side)],
    [STEP.cleave(side), STEP.scrap(side)],
    [STEP.cleave(side), STEP.load(side)],
    [STEP.load(side), STEP.arc],
  ]
  return {
    id: t.id,
    version: '1.0.0',
    scene: 'splicing',
    title: { fr: 'Soudure par fusion d’une fibre', en: 'Fusion splice of one fibre' },
    steps: [
      {
        id: STEP.glasses,
        weight: 1,
        required: true,
        label: { fr: 'Mettre les lunettes de sécurité', en: 'Put on the safety glasses' },
      },
      {
        id: STEP.sleeve,
        weight: 2,
        required: true,
        label: {
          fr: `Enfiler la gaine de ${t.sleeveLengthMm} mm`,
          en: `Thread the ${t.sleeveLengthMm} mm sleeve`,
        },
      },
      ...perSide,
      {
        id: STEP.arc,
        weight: 2,
        required: true,
        label: { fr: 'Souder (arc)', en: 'Splice (arc)' },
        params: [
          {
            id: 'lossDb',
            unit: 'dB',
            target: 0,
            tol: t.lossThresholdDb,
            limit: 3 * t.lossThresholdDb,
            weight: 2,
            label: { fr: 'perte estimée', en: 'estimated loss' },
            why: {
              fr: `Au-dessus de ${t.lossThresholdDb} dB, on refait la soudure (règle de l’opérateur).`,
              en: `Above ${t.lossThresholdDb} dB, the splice is redone (operator rule).`,
            },
          },
        ],
      },
      {
        id: STEP.decide,
        weight: 2,
        required: true,
        label: { fr: 'Décider : garder ou refaire la soudure', en: 'Decide: keep or redo the splice' },
      },
      {
        id: STEP.proof,
        weight: 1,
        required: true,
        label: { fr: 'Test de traction à l’ouverture', en: 'Proof test on opening' },
      },
      {
        id: STEP.centre,
        weight: 1,
        required: true,
        label: { fr: 'Centrer la gaine sur la soudure', en: 'Centre the sleeve on the splice' },
        params: [
          {
            id: 'centreOffsetMm',
            unit: 'mm',
            target: 0,
            tol: 2,
            limit: 6,
            weight: 1,
            label: { fr: 'décentrage de la gaine', en: 'sleeve off-centre' },
            why: {
              fr: 'Centrée, la gaine couvre toute la fibre nue et tient le revêtement des deux côtés.',
              en: 'Centred, the sleeve covers all the bare fibre and grips the coating on both sides.',
            },
          },
        ],
      },
      {
        id: STEP.heat,
        weight: 1,
        required: true,
        label: {
          fr: 'Chauffer la gaine puis la laisser refroidir',
          en: 'Heat-shrink the sleeve and let it cool',
        },
      },
    ],
    precedence: [
      ...chain('L'),
      ...chain('R'),
      [STEP.sleeve, STEP.arc],
      [STEP.arc, STEP.decide],
      [STEP.decide, STEP.proof],
      [STEP.proof, STEP.centre],
      [STEP.centre, STEP.heat],
    ],
    errors: ERRORS,
    // A trainer's reference run takes about four minutes [I]; past twenty, no time credit.
    time: { refS: 240, maxS: 1200 },
    // glasses, sleeve, 2 × (strip, wipe, cleave, bin, load), clamps, cover, arc, accept, open, slide, heater in/out
    minActions: 20,
    passMark: 0.75,
    weights: DEFAULT_WEIGHTS,
    hintPenalty: 0.02,
  }
}

export const SPLICING_PROCEDURES: Procedure[] = [fusionProcedure(FUSION_16_01), fusionProcedure(FUSION_10_02)]
