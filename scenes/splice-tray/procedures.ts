/**
 * Reference procedures of the splice cassette (data, versioned). Steps and order from
 * docs/reference/domain-procedures.md §4 (ST-01…ST-06) and §6 (RC-03, the measurement RC-05): tubes
 * secured first; spares, sleeves and coils in any order; the cover closes on all of it; the line is
 * measured once the cassette is closed. The label may go on before or after closing. One procedure per
 * tolerance set (tolerances.ts), so a changed number makes a new version.
 */
import { DEFAULT_WEIGHTS } from '../../src/engine/weights.ts'
import type { ErrorDef, Procedure, ParamSpec, Step } from '../../src/engine/schema.ts'
import { FIBRE_CLASSES } from '../common/macrobend.ts'
import { estimateSpliceLoss } from '../splicing/lossModel.ts'
import { CABLES } from './layout.ts'
import type { CableId } from './layout.ts'
import { ERR, STEP } from './model.ts'
import { TRAY_G652, TRAY_G657A2, TRAY_REWORK_G652 } from './tolerances.ts'
import type { TraySet } from './tolerances.ts'

const CABLE_NAMES: Record<CableId, { fr: string; en: string }> = {
  dist: { fr: 'le tube', en: 'the tube' },
  drop: { fr: 'le câble d’abonné', en: 'the drop cable' },
}

const ERRORS: ErrorDef[] = [
  {
    id: ERR.tieTight,
    level: 'error',
    penalty: 0.25,
    recoveredPenalty: 0.08,
    message: {
      fr: 'Collier trop serré {{cote}} ({{forceN}} N, au-delà de {{pinchN}} N) : le tube est écrasé.',
      en: 'Tie too tight on the {{side}} ({{forceN}} N, over {{pinchN}} N): the tube is crushed.',
    },
    consequence: {
      fr: 'Les fibres du tube sont comprimées : pertes sur toutes les lignes du tube, puis casse avec le temps.',
      en: 'The tube’s fibres are squeezed: loss on every line in the tube, then breaks over time.',
    },
  },
  {
    id: ERR.tieLoose,
    level: 'warning',
    penalty: 0.1,
    recoveredPenalty: 0.03,
    message: {
      fr: 'Câble mal tenu {{cote}} : collier à {{forceN}} N (au moins {{secureN}} N).',
      en: 'Cable not held on the {{side}}: tie at {{forceN}} N (at least {{secureN}} N).',
    },
    consequence: {
      fr: 'Le tube glisse hors de la cassette et tire sur les fibres et les soudures.',
      en: 'The tube slips out of the cassette and pulls on the fibres and splices.',
    },
  },
  {
    id: ERR.tieOnFibres,
    level: 'critical',
    penalty: 0.5,
    recoveredPenalty: 0.5,
    message: {
      fr: 'Collier serré sur les fibres nues : le tube s’arrête avant le collier.',
      en: 'Tie pulled on the bare fibres: the tube stops before the tie.',
    },
    consequence: {
      fr: 'Les fibres écrasées sous le collier : forte perte et casse certaine (règle du fabricant).',
      en: 'Fibres crushed under the tie: heavy loss and a certain break (manufacturer’s rule).',
    },
  },
  {
    id: ERR.wrongSlot,
    level: 'error',
    penalty: 0.12,
    recoveredPenalty: 0.04,
    message: {
      fr: 'Soudure de la fibre {{fibre}} rangée en position {{slot}} au lieu de {{expected}}.',
      en: 'Splice of fibre {{fibre}} stored in position {{slot}} instead of {{expected}}.',
    },
    consequence: {
      fr: 'Le prochain technicien se fie à l’ordre des couleurs : il coupera ou reprendra la mauvaise fibre.',
      en: 'The next technician relies on the colour order: they will cut or rework the wrong fibre.',
    },
  },
  {
    id: ERR.tightBend,
    level: 'error',
    penalty: 0.3,
    recoveredPenalty: 0.1,
    message: {
      fr: 'Lovage trop serré ({{cote}}) : rayon {{radiusMm}} mm, minimum {{minMm}} mm pour une fibre {{fibreClass}} ; perte {{lossDb}} dB.',
      en: 'Coil too tight ({{side}}): radius {{radiusMm}} mm, minimum {{minMm}} mm for {{fibreClass}} fibre; loss {{lossDb}} dB.',
    },
    consequence: {
      fr: 'Une cassette mal lovée perd de la lumière (macrocourbure) et la fibre courbée casse avec le temps.',
      en: 'A badly coiled cassette loses light (macrobending) and the bent fibre breaks over time.',
    },
  },
  {
    id: ERR.overSleeves,
    level: 'error',
    penalty: 0.12,
    recoveredPenalty: 0.04,
    message: {
      fr: 'Fibres qui passent par-dessus les soudures ({{cote}}).',
      en: 'Fibres running over the splices ({{side}}).',
    },
    consequence: {
      fr: 'Le capot appuie la fibre sur les protections : microcourbure, et impossible de sortir une soudure sans tout défaire.',
      en: 'The cover presses the fibre onto the sleeves: microbending, and no splice can come out without undoing everything.',
    },
  },
  {
    id: ERR.pinchedFibre,
    level: 'critical',
    penalty: 0.5,
    recoveredPenalty: 0.5,
    message: {
      fr: 'Fibre pincée par le capot ({{cote}}) : elle dépasse de la cassette.',
      en: 'Fibre pinched by the cover ({{side}}): it sticks out of the cassette.',
    },
    consequence: {
      fr: 'Fibre écrasée : le client perd du signal, puis la fibre casse (malfaçon relevée par les audits).',
      en: 'Crushed fibre: the subscriber loses signal, then the fibre breaks (a defect audits keep finding).',
    },
  },
  {
    id: ERR.looseSleeve,
    level: 'critical',
    penalty: 0.5,
    recoveredPenalty: 0.5,
    message: {
      fr: 'Soudure de la fibre {{fibre}} laissée hors du support au moment de fermer.',
      en: 'Splice of fibre {{fibre}} left out of the holder when closing.',
    },
    consequence: {
      fr: 'La protection libre est écrasée par le capot : la soudure casse.',
      en: 'The loose sleeve is crushed by the cover: the splice breaks.',
    },
  },
  {
    id: ERR.cutFibre,
    level: 'critical',
    penalty: 0.6,
    recoveredPenalty: 0.6,
    message: {
      fr: 'Fibre coupée ({{quoi}}) : on ne coupe jamais une fibre pour ranger.',
      en: 'Fibre cut ({{what}}): a fibre is never cut to tidy up.',
    },
    consequence: {
      fr: 'Fibres de réserve perdues pour les futurs abonnés, ou la ligne en service coupée : il faut ressouder.',
      en: 'Spare fibres lost for future subscribers, or the line in service cut: it must be spliced again.',
    },
  },
  {
    id: ERR.sparesPinched,
    level: 'critical',
    penalty: 0.5,
    recoveredPenalty: 0.5,
    message: {
      fr: 'Fibres de réserve laissées hors de leur canal : le capot les pince.',
      en: 'Spare fibres left out of their channel: the cover pinches them.',
    },
    consequence: {
      fr: 'Les fibres des futurs abonnés sont abîmées avant même d’être utilisées.',
      en: 'Future subscribers’ fibres are damaged before they are even used.',
    },
  },
  {
    id: ERR.wrongLabel,
    level: 'error',
    penalty: 0.15,
    recoveredPenalty: 0.05,
    message: {
      fr: 'Étiquette fausse sur la cassette : « {{text}} ».',
      en: 'Wrong label on the cassette: “{{text}}”.',
    },
    consequence: {
      fr: 'Le prochain technicien cherche la ligne dans le mauvais tube ou pour le mauvais client.',
      en: 'The next technician looks for the line in the wrong tube or for the wrong subscriber.',
    },
  },
  {
    id: ERR.wrongWavelength,
    level: 'warning',
    penalty: 0.05,
    recoveredPenalty: 0.05,
    message: {
      fr: 'Mesure faite à {{nm}} nm : en GPON, le signal descendant est à 1490 nm.',
      en: 'Measured at {{nm}} nm: in GPON the downstream signal is at 1490 nm.',
    },
    consequence: {
      fr: 'Le mesureur applique le mauvais étalonnage : la valeur notée est fausse.',
      en: 'The meter applies the wrong calibration: the recorded value is wrong.',
    },
  },
  {
    id: ERR.lineFails,
    level: 'critical',
    penalty: 0.5,
    recoveredPenalty: 0.5,
    message: {
      fr: 'Ligne laissée sous le seuil : {{readingDbm}} dBm à la PTO (il faut plus de {{passDbm}} dBm).',
      en: 'Line left under the threshold: {{readingDbm}} dBm at the PTO (more than {{passDbm}} dBm needed).',
    },
    consequence: {
      fr: 'Le client n’a pas de service fiable : nouveau déplacement, et raccordement compté en échec.',
      en: 'The subscriber has no reliable service: another visit, and the connection counts as failed.',
    },
  },
]

/** Full credit for any radius from the class's minimum up; nothing at half the minimum. */
const RADIUS_BAND_MM = 30

function secureStep(t: TraySet, cable: CableId, counted: boolean): Step {
  const { secureN, pinchN } = t.tie
  const depth: ParamSpec = {
    id: 'depthMm',
    unit: 'mm',
    ...t.tubeDepthMm,
    weight: 1,
    label: { fr: 'tube au-delà du collier', en: 'tube past the tie' },
    why: {
      fr: 'Le collier doit serrer le tube, jamais les fibres nues ; trop long, le tube encombre le lovage.',
      en: 'The tie must grip the tube, never the bare fibres; too long, the tube gets in the coil’s way.',
    },
  }
  const force: ParamSpec = {
    id: 'forceN',
    unit: 'N',
    target: (secureN + pinchN) / 2,
    tol: (pinchN - secureN) / 2,
    limit: pinchN,
    weight: 1,
    label: { fr: 'serrage du collier', en: 'tie force' },
    why: {
      fr: `Entre ${secureN} et ${pinchN} N : le tube tient sans être écrasé.`,
      en: `Between ${secureN} and ${pinchN} N: the tube holds without being crushed.`,
    },
  }
  return {
    id: STEP.secure(cable),
    weight: counted ? 2 : 0,
    required: counted,
    label: {
      fr: `Fixer ${CABLE_NAMES[cable].fr} à l’entrée de la cassette`,
      en: `Secure ${CABLE_NAMES[cable].en} at the cassette entry`,
    },
    params: [depth, force],
  }
}

function coilStep(t: TraySet, cable: CableId): Step {
  const min = FIBRE_CLASSES[t.fibreClass].minRadiusMm
  return {
    id: STEP.coil(cable),
    weight: 3,
    required: true,
    label: {
      fr: `Lover la fibre ${cable === 'dist' ? 'côté tube' : 'côté abonné'}`,
      en: `Coil the fibre on the ${cable === 'dist' ? 'tube' : 'drop'} side`,
    },
    params: [
      {
        id: 'minRadiusMm',
        unit: 'mm',
        target: min + RADIUS_BAND_MM,
        tol: RADIUS_BAND_MM,
        limit: RADIUS_BAND_MM + min / 2,
        weight: 2,
        label: { fr: 'plus petit rayon', en: 'smallest radius' },
        why: {
          fr: `Fibre ${t.fibreClass} : jamais sous ${min} mm de rayon.`,
          en: `${t.fibreClass} fibre: never under a ${min} mm radius.`,
        },
      },
      {
        id: 'laidMm',
        unit: 'mm',
        target: t.slackMm[cable],
        tol: t.tuckMm,
        limit: 3 * t.tuckMm,
        weight: 1,
        label: { fr: 'longueur lovée', en: 'length coiled' },
        why: {
          fr: 'Toute la réserve est rangée dans les guides : rien ne dépasse, et on pourra ressouder.',
          en: 'All the slack is stored in the guides: nothing sticks out, and the fibre can be re-spliced.',
        },
      },
    ],
  }
}

function trayProcedure(t: TraySet): Procedure {
  const rework = t.start === 'rework'
  const idealDbm =
    t.linkBudgetDbm -
    estimateSpliceLoss({
      offsetUm: t.splice.offsetUm,
      leftMfdUm: t.splice.distMfdUm,
      rightMfdUm: t.splice.dropMfdUm,
      leftAngleDeg: t.splice.angleDeg,
      rightAngleDeg: t.splice.angleDeg,
      bubble: false,
    }).lossDb
  const secured = rework ? (['dist'] as const) : CABLES
  return {
    id: t.id,
    version: '1.0.0',
    scene: 'splice-tray',
    title: rework
      ? { fr: 'Reprendre une cassette mal lovée', en: 'Rework a badly coiled cassette' }
      : { fr: 'Organiser une cassette de PBO', en: 'Organise a PBO splice cassette' },
    steps: [
      secureStep(t, 'dist', true),
      secureStep(t, 'drop', !rework),
      {
        id: STEP.spares,
        weight: 2,
        required: true,
        label: { fr: 'Ranger les fibres de réserve sans les couper', en: 'Store the spare fibres, uncut' },
      },
      {
        id: STEP.sleeves,
        weight: 2,
        required: true,
        label: {
          fr: 'Placer les soudures dans l’ordre des couleurs',
          en: 'Place the splices in colour order',
        },
      },
      coilStep(t, 'dist'),
      coilStep(t, 'drop'),
      {
        id: STEP.close,
        weight: 1,
        required: true,
        label: { fr: 'Fermer le capot de la cassette', en: 'Close the cassette cover' },
      },
      {
        id: STEP.label,
        weight: 1,
        required: true,
        label: { fr: 'Étiqueter la cassette', en: 'Label the cassette' },
        params: [
          {
            id: 'offsetMm',
            unit: 'mm',
            target: 0,
            tol: 10,
            limit: 24,
            weight: 1,
            label: { fr: 'décalage de l’étiquette', en: 'label offset' },
            why: {
              fr: 'Posée dans sa zone, l’étiquette reste lisible cassettes empilées.',
              en: 'In its place, the label stays readable with the cassettes stacked.',
            },
          },
        ],
      },
      {
        id: STEP.measure,
        weight: 2,
        required: true,
        label: {
          fr: 'Mesurer la puissance à la PTO (1490 nm)',
          en: 'Measure the power at the PTO (1490 nm)',
        },
        params: [
          {
            id: 'readingDbm',
            unit: 'dBm',
            target: Math.round(idealDbm * 100) / 100,
            tol: 0.3,
            limit: Math.round((idealDbm - t.passDbm) * 100) / 100,
            weight: 2,
            label: { fr: 'puissance reçue', en: 'power received' },
            why: {
              fr: `Une cassette bien faite ne coûte presque rien ; sous ${t.passDbm} dBm, le client n’a pas de service fiable.`,
              en: `A well-made cassette costs almost nothing; under ${t.passDbm} dBm the subscriber has no reliable service.`,
            },
          },
        ],
      },
    ],
    precedence: [
      ...secured.flatMap((c): [string, string][] => [
        [STEP.secure(c), STEP.sleeves],
        [STEP.secure(c), STEP.coil(c)],
      ]),
      [STEP.secure('dist'), STEP.spares],
      [STEP.spares, STEP.close],
      [STEP.sleeves, STEP.close],
      [STEP.coil('dist'), STEP.close],
      [STEP.coil('drop'), STEP.close],
      [STEP.close, STEP.measure],
    ],
    errors: ERRORS,
    // A trainer organises a cassette in about five minutes [I]; past twenty, no time credit.
    time: { refS: 300, maxS: 1200 },
    // finish is not an action. clean: 2 × (route, tie), spares, one move per sleeve, 2 coils, close, label,
    // connect, 1490, measure; rework: cut and tie, spares, 3 moves for a swapped pair, 2 coils, close,
    // label, connect, 1490, measure.
    minActions: rework ? 13 : 12 + t.spliceCount,
    passMark: 0.75,
    weights: DEFAULT_WEIGHTS,
    hintPenalty: 0.02,
  }
}

export const SPLICE_TRAY_PROCEDURES: Procedure[] = [TRAY_G657A2, TRAY_G652, TRAY_REWORK_G652].map(
  trayProcedure,
)
