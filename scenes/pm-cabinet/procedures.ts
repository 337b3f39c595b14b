/**
 * Reference procedures of street-cabinet patching (data, versioned). Steps and order from
 * docs/reference/domain-procedures.md §6 (RC-04: route through the guides, before/after photos; the
 * malfaçons of §6e as the error catalogue) and §8 (LB-02…LB-04: print, then label both ends). The
 * before photo comes before anything is touched; the subscriber port is checked before any plug; the
 * operator end, the route and the subscriber end follow each other; labels in either order; the after
 * photo shows the finished job; the door closes, then locks. One procedure per tolerance set.
 */
import { DEFAULT_WEIGHTS } from '../../src/engine/weights.ts'
import type { ErrorDef, ParamSpec, Procedure, Step } from '../../src/engine/schema.ts'
import { ERR, STEP } from './model.ts'
import { PM_PATCH, PM_TRAP } from './tolerances.ts'
import type { PmSet } from './tolerances.ts'

const ERRORS: ErrorDef[] = [
  {
    id: ERR.wrongPort,
    level: 'error',
    penalty: 0.3,
    recoveredPenalty: 0.1,
    message: {
      fr: 'Jarretière branchée sur {{port}} au lieu de {{expected}} (OT).',
      en: 'Patch cord plugged into {{port}} instead of {{expected}} (work order).',
    },
    consequence: {
      fr: 'Mauvais tiroir ou port voisin : un autre client reçoit le service, le vôtre reste coupé.',
      en: 'Wrong drawer or the next port: another customer gets the service, yours stays cut off.',
    },
  },
  {
    id: ERR.wrongCustomer,
    level: 'critical',
    penalty: 0.5,
    recoveredPenalty: 0.5,
    message: {
      fr: 'Parti avec la jarretière sur {{port}}, hors de la route optique de l’OT.',
      en: 'Left with the patch cord on {{port}}, off the work order’s optical route.',
    },
    consequence: {
      fr: 'Non-respect de la route optique : le mauvais client est servi, le vrai appellera le service client.',
      en: 'Optical route not respected: the wrong customer is served; the right one will call support.',
    },
  },
  {
    id: ERR.overwrite,
    level: 'critical',
    penalty: 0.6,
    recoveredPenalty: 0.6,
    message: {
      fr: 'Jarretière d’un autre abonné débranchée en {{port}} ({{ptoRef}}) : écrasement.',
      en: 'Another subscriber’s patch cord unplugged at {{port}} ({{ptoRef}}): overwrite.',
    },
    consequence: {
      fr: 'Ce client perd sa connexion à l’instant : c’est la malfaçon la plus dénoncée en PM.',
      en: 'That customer loses their connection at once: the most reported defect at PM cabinets.',
    },
  },
  {
    id: ERR.mismatch,
    level: 'error',
    penalty: 0.25,
    recoveredPenalty: 0.08,
    message: {
      fr: 'Connecteur UPC (bleu) dans un port APC (vert) en {{port}}.',
      en: 'UPC (blue) connector in an APC (green) port at {{port}}.',
    },
    consequence: {
      fr: 'Les faces ne se touchent pas : environ 3,5 dB de perte par connexion, le client n’a pas de service fiable.',
      en: 'The end faces do not meet: about 3.5 dB lost per connection; the customer has no reliable service.',
    },
  },
  {
    id: ERR.outsideGuides,
    level: 'error',
    penalty: 0.2,
    recoveredPenalty: 0.06,
    message: {
      fr: 'Jarretière passée hors des guides.',
      en: 'Patch cord run outside the guides.',
    },
    consequence: {
      fr: 'Elle pend devant les tiroirs : c’est le « plat de nouilles » où le prochain technicien débranchera le mauvais client.',
      en: 'It hangs in front of the drawers: the tangle where the next technician will unplug the wrong customer.',
    },
  },
  {
    id: ERR.longCord,
    level: 'warning',
    penalty: 0.1,
    recoveredPenalty: 0.03,
    message: {
      fr: 'Jarretière de {{lengthM}} m : plus de {{maxM}} m.',
      en: 'Patch cord of {{lengthM}} m: over {{maxM}} m.',
    },
    consequence: {
      fr: 'Orange signale les cordons de plus de 3,5 m : trop de surlongueur encombre l’armoire.',
      en: 'Orange flags cords over 3.5 m: too much excess clutters the cabinet.',
    },
  },
  {
    id: ERR.slackLoose,
    level: 'error',
    penalty: 0.15,
    recoveredPenalty: 0.05,
    message: {
      fr: 'Surlongueur de {{excessMm}} mm non rangée dans le lovage.',
      en: 'Excess of {{excessMm}} mm not stored in the slack storage.',
    },
    consequence: {
      fr: 'Les boucles pendent devant les autres tiroirs : plat de nouilles, arrachements au prochain passage.',
      en: 'The loops hang in front of the other drawers: a tangle, cords torn out on the next visit.',
    },
  },
  {
    id: ERR.notLatched,
    level: 'error',
    penalty: 0.15,
    recoveredPenalty: 0.05,
    message: {
      fr: 'Connecteur pas enfoncé jusqu’au clic en {{port}} ({{pushMm}} mm).',
      en: 'Connector not pushed home to the click at {{port}} ({{pushMm}} mm).',
    },
    consequence: {
      fr: 'Les férules ne se touchent pas : perte forte ou coupures, et le cordon ressort au moindre choc.',
      en: 'The ferrules do not meet: heavy loss or drop-outs, and the cord falls out at the slightest knock.',
    },
  },
  {
    id: ERR.wrongLabel,
    level: 'error',
    penalty: 0.15,
    recoveredPenalty: 0.05,
    message: {
      fr: 'Étiquette « {{text}} » au lieu de « {{expected}} ».',
      en: 'Label “{{text}}” instead of “{{expected}}”.',
    },
    consequence: {
      fr: 'L’étiquette ne correspond pas à l’OT : le cordon ne se retrouve plus, la moitié des PM auditées en 2022 en étaient là.',
      en: 'The label does not match the work order: the cord cannot be traced; half the PMs audited in 2022 were like this.',
    },
  },
  {
    id: ERR.labelOnBoot,
    level: 'warning',
    penalty: 0.05,
    recoveredPenalty: 0.02,
    message: {
      fr: 'Étiquette à {{distanceMm}} mm du connecteur : sur le manchon.',
      en: 'Label {{distanceMm}} mm from the connector: on the boot.',
    },
    consequence: {
      fr: 'Elle gêne le verrou et s’arrache au prochain débranchement.',
      en: 'It gets in the latch’s way and tears off at the next unplugging.',
    },
  },
  {
    id: ERR.lookedIntoLaser,
    level: 'critical',
    penalty: 0.5,
    recoveredPenalty: 0.5,
    message: {
      fr: 'Regard dans le port opérateur ouvert {{port}}.',
      en: 'Looked into the open operator port {{port}}.',
    },
    consequence: {
      fr: 'Les sorties de coupleur sont allumées en permanence (1490 nm, invisible) : risque de lésion de l’œil.',
      en: 'Splitter outputs are always lit (1490 nm, invisible): risk of eye injury.',
    },
  },
  {
    id: ERR.doorOpen,
    level: 'critical',
    penalty: 0.5,
    recoveredPenalty: 0.5,
    message: { fr: 'Armoire laissée ouverte.', en: 'Cabinet left open.' },
    consequence: {
      fr: 'Tous les clients de l’armoire sont exposés : vandalisme, pluie, débranchements.',
      en: 'Every customer of the cabinet is exposed: vandalism, rain, unplugged cords.',
    },
  },
  {
    id: ERR.doorUnlocked,
    level: 'critical',
    penalty: 0.5,
    recoveredPenalty: 0.5,
    message: { fr: 'Armoire fermée mais pas verrouillée.', en: 'Cabinet closed but not locked.' },
    consequence: {
      fr: 'N’importe qui peut l’ouvrir : c’est une armoire laissée ouverte.',
      en: 'Anyone can open it: it is a cabinet left open.',
    },
  },
  {
    id: ERR.falseReport,
    level: 'warning',
    penalty: 0.1,
    recoveredPenalty: 0.1,
    message: {
      fr: 'Anomalie signalée alors que le port de l’OT est libre.',
      en: 'Anomaly reported though the work order’s port is free.',
    },
    consequence: {
      fr: 'Le raccordement est reporté pour rien : le client attend un nouveau rendez-vous.',
      en: 'The connection is postponed for nothing: the customer waits for a new appointment.',
    },
  },
  {
    id: ERR.dangling,
    level: 'error',
    penalty: 0.2,
    recoveredPenalty: 0.06,
    message: {
      fr: 'Jarretière laissée branchée d’un seul côté ({{port}}).',
      en: 'Patch cord left plugged at one end only ({{port}}).',
    },
    consequence: {
      fr: 'Un cordon orphelin occupe une sortie de coupleur et encombre l’armoire.',
      en: 'An orphan cord takes a splitter output and clutters the cabinet.',
    },
  },
  {
    id: ERR.capOff,
    level: 'warning',
    penalty: 0.05,
    recoveredPenalty: 0.02,
    message: {
      fr: 'Ports laissés sans bouchon : {{ports}}.',
      en: 'Ports left without their dust cap: {{ports}}.',
    },
    consequence: {
      fr: 'La poussière entre dans le raccord : perte ou échec au prochain raccordement.',
      en: 'Dust gets into the adapter: loss or a failed connection next time.',
    },
  },
]

const coverage = (t: PmSet): ParamSpec => ({
  id: 'coveragePct',
  unit: '%',
  target: 100,
  tol: t.photo.tolPct,
  limit: t.photo.limitPct,
  weight: 1,
  label: { fr: 'zone de travail sur la photo', en: 'work area in the photo' },
  why: {
    fr: 'La photo horodatée prouve l’état de l’armoire : on doit y lire les deux tiroirs de la route.',
    en: 'The timestamped photo proves the cabinet’s state: both drawers of the route must be readable on it.',
  },
})

const labelStep = (t: PmSet, id: string, fr: string, en: string): Step => ({
  id,
  weight: 1,
  required: true,
  label: { fr, en },
  params: [
    {
      id: 'distanceMm',
      unit: 'mm',
      target: t.label.targetMm,
      tol: t.label.tolMm,
      limit: t.label.limitMm,
      weight: 1,
      label: { fr: 'distance étiquette – connecteur', en: 'label to connector distance' },
      why: {
        fr: 'Entre 5 et 10 cm du connecteur, le drapeau se lit sans tordre le cordon et reste avec le bon port.',
        en: '5 to 10 cm from the connector, the flag reads without twisting the cord and stays with the right port.',
      },
    },
  ],
})

const STEPS_COMMON = (t: PmSet) => ({
  open: {
    id: STEP.open,
    weight: 1,
    required: true,
    label: { fr: 'Déverrouiller et ouvrir l’armoire', en: 'Unlock and open the cabinet' },
  },
  before: {
    id: STEP.photoBefore,
    weight: 1,
    required: true,
    label: { fr: 'Photo « avant »', en: '“Before” photo' },
    params: [coverage(t)],
  },
  check: {
    id: STEP.check,
    weight: 2,
    required: true,
    label: { fr: 'Vérifier que le port abonné est libre', en: 'Check the subscriber port is free' },
  },
  after: {
    id: STEP.photoAfter,
    weight: 1,
    required: true,
    label: { fr: 'Photo « après »', en: '“After” photo' },
    params: [coverage(t)],
  },
  close: {
    id: STEP.close,
    weight: 1,
    required: true,
    label: { fr: 'Rentrer les tiroirs et fermer la porte', en: 'Push the drawers in and close the door' },
  },
  lock: {
    id: STEP.lock,
    weight: 1,
    required: true,
    label: { fr: 'Verrouiller l’armoire', en: 'Lock the cabinet' },
  },
})

function patchProcedure(t: PmSet): Procedure {
  const s = STEPS_COMMON(t)
  return {
    id: t.id,
    version: '1.0.0',
    scene: 'pm-cabinet',
    title: { fr: 'Brassage en armoire de rue (PM)', en: 'Patching in a street cabinet (PM)' },
    steps: [
      s.open,
      s.before,
      s.check,
      {
        id: STEP.plugOperator,
        weight: 2,
        required: true,
        label: {
          fr: 'Brancher le port opérateur de l’OT (clic)',
          en: 'Plug the work order’s operator port (click)',
        },
      },
      {
        id: STEP.route,
        weight: 3,
        required: true,
        label: {
          fr: 'Passer la jarretière dans les guides, la plus courte possible',
          en: 'Run the patch cord through the guides, as short as possible',
        },
        params: [
          {
            id: 'detourMm',
            unit: 'mm',
            target: 0,
            tol: 50,
            limit: 600,
            weight: 1,
            label: { fr: 'détour par rapport au chemin le plus court', en: 'detour over the shortest route' },
            why: {
              fr: 'Le chemin le plus court dans les guides laisse la place aux cordons des autres clients.',
              en: 'The shortest route through the guides leaves room for the other customers’ cords.',
            },
          },
          {
            id: 'extraM',
            unit: 'm',
            target: 0,
            tol: 0,
            limit: 2,
            weight: 2,
            label: { fr: 'jarretière plus longue que nécessaire', en: 'cord longer than needed' },
            why: {
              fr: 'La bonne jarretière est la plus courte qui suit les guides : chaque mètre en trop finit en boucles.',
              en: 'The right cord is the shortest that follows the guides: every extra metre ends up in loops.',
            },
          },
        ],
      },
      {
        id: STEP.plugSubscriber,
        weight: 2,
        required: true,
        label: {
          fr: 'Brancher le port abonné de l’OT (clic)',
          en: 'Plug the work order’s subscriber port (click)',
        },
      },
      {
        id: STEP.slack,
        weight: 1,
        required: true,
        label: { fr: 'Ranger la surlongueur dans le lovage', en: 'Store the excess in the slack storage' },
      },
      {
        id: STEP.print,
        weight: 1,
        required: true,
        label: {
          fr: 'Imprimer l’étiquette (référence de l’OT)',
          en: 'Print the label (work order reference)',
        },
      },
      labelStep(t, STEP.labelOperator, 'Étiqueter le côté opérateur', 'Label the operator end'),
      labelStep(t, STEP.labelSubscriber, 'Étiqueter le côté abonné', 'Label the subscriber end'),
      s.after,
      s.close,
      s.lock,
    ],
    precedence: [
      [STEP.open, STEP.photoBefore],
      [STEP.photoBefore, STEP.check],
      [STEP.photoBefore, STEP.plugOperator],
      [STEP.check, STEP.plugOperator],
      [STEP.check, STEP.plugSubscriber],
      [STEP.plugOperator, STEP.route],
      [STEP.route, STEP.plugSubscriber],
      [STEP.plugSubscriber, STEP.slack],
      [STEP.print, STEP.labelOperator],
      [STEP.print, STEP.labelSubscriber],
      [STEP.plugOperator, STEP.labelOperator],
      [STEP.plugSubscriber, STEP.labelSubscriber],
      [STEP.slack, STEP.photoAfter],
      [STEP.labelOperator, STEP.photoAfter],
      [STEP.labelSubscriber, STEP.photoAfter],
      [STEP.photoAfter, STEP.close],
      [STEP.close, STEP.lock],
    ],
    errors: ERRORS,
    // A patch in a PM takes a trained technician about ten minutes on site [I]; past thirty, no time credit.
    time: { refS: 600, maxS: 1800 },
    // unlock, open, photo, 2 drawers, look, 2 uncaps, take, plug, route, plug, slack, print, 2 labels,
    // photo, 2 drawers in, close, lock.
    minActions: 22,
    passMark: 0.75,
    weights: DEFAULT_WEIGHTS,
    hintPenalty: 0.02,
  }
}

function trapProcedure(t: PmSet): Procedure {
  const s = STEPS_COMMON(t)
  return {
    id: t.id,
    version: '1.0.0',
    scene: 'pm-cabinet',
    title: { fr: 'PM : port abonné déjà occupé', en: 'PM: subscriber port already taken' },
    steps: [
      s.open,
      s.before,
      s.check,
      {
        id: STEP.report,
        weight: 4,
        required: true,
        label: {
          fr: 'Ne rien débrancher et signaler l’anomalie',
          en: 'Unplug nothing and report the anomaly',
        },
      },
      s.after,
      s.close,
      s.lock,
    ],
    precedence: [
      [STEP.open, STEP.photoBefore],
      [STEP.photoBefore, STEP.check],
      [STEP.check, STEP.report],
      [STEP.report, STEP.photoAfter],
      [STEP.photoAfter, STEP.close],
      [STEP.close, STEP.lock],
    ],
    errors: ERRORS,
    time: { refS: 300, maxS: 1200 },
    // unlock, open, photo, drawer, look, report, photo, drawer in, close, lock.
    minActions: 10,
    passMark: 0.75,
    weights: DEFAULT_WEIGHTS,
    hintPenalty: 0.02,
  }
}

export const PM_PROCEDURES: Procedure[] = [patchProcedure(PM_PATCH), trapProcedure(PM_TRAP)]
