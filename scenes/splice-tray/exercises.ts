/**
 * Exercises of the splice cassette (data). The numbers come from the tolerance sets the procedures are
 * built from; the PBO, cable and PTO references are invented in the operators' formats.
 */
import type { Exercise } from '../../src/engine/schema.ts'
import { TRAY_G652, TRAY_G657A2, TRAY_REWORK_G652 } from './tolerances.ts'
import type { TraySet } from './tolerances.ts'
import type { SpliceTraySetup } from './setup.ts'
import { SPLICE_TRAY_CARDS } from './cards.ts'

const TOOLS = ['pbo-cassette', 'cable-ties', 'side-cutters', 'label-sheet', 'power-meter']

type Job = Pick<SpliceTraySetup, 'pboId' | 'cableId' | 'tubeNumber' | 'dropFibres' | 'ptoRef' | 'splices'>

function setup(t: TraySet, job: Job): SpliceTraySetup {
  return {
    colourCode: 'fr-operator',
    fibreClass: t.fibreClass,
    start: t.start,
    ...job,
    subscriberDropFibre: 1,
    splice: t.splice,
    slackMm: t.slackMm,
    tuckMm: t.tuckMm,
    tie: t.tie,
    tubeDepthMm: t.tubeDepthMm,
    pinchLossDb: t.pinchLossDb,
    linkBudgetDbm: t.linkBudgetDbm,
    passDbm: t.passDbm,
  }
}

/** A quadri-fibre drop (rouge, bleu, vert, jaune) on four fibres of the tube, from `first`. */
const quadri = (first: number) => [1, 2, 3, 4].map((d) => ({ tubeFibre: first + d - 1, dropFibre: d }))
const mono = (first: number) => [1, 2].map((d) => ({ tubeFibre: first + d - 1, dropFibre: d }))

export const SPLICE_TRAY_EXERCISES: Exercise[] = [
  {
    ...SPLICE_TRAY_CARDS.guided,
    scene: 'splice-tray',
    version: '1.0.0',
    objective: {
      fr: 'Fixez les câbles, rangez les réserves, placez les 4 soudures dans l’ordre, lovez, fermez, étiquetez, mesurez.',
      en: 'Secure the cables, store the spares, place the 4 splices in order, coil, close, label, measure.',
    },
    instruction: {
      fr: 'Fixez le tube et le câble d’abonné avec les colliers. Puis rangez tout dans la cassette et mesurez à la prise.',
      en: 'Secure the tube and the drop cable with the ties. Then store everything in the cassette and measure at the outlet.',
    },
    tools: TOOLS,
    procedure: { id: TRAY_G657A2.id, version: '1.0.0' },
    seed: 52,
    setup: setup(TRAY_G657A2, {
      pboId: 'PBO-21-0457',
      cableId: 'CD-0457',
      tubeNumber: 2,
      dropFibres: 4,
      ptoRef: 'FI-7K2B-40QD',
      splices: quadri(5),
    }),
  },
  {
    ...SPLICE_TRAY_CARDS.g652,
    scene: 'splice-tray',
    version: '1.0.0',
    objective: {
      fr: 'Fibre G.652 : jamais sous 30 mm de rayon. Rangez, lovez autour des guides, mesurez plus de −24 dBm.',
      en: 'G.652 fibre: never under a 30 mm radius. Store, coil round the guides, measure above −24 dBm.',
    },
    instruction: {
      fr: 'Fibre G.652 : elle ne supporte pas les petits rayons. Lovez autour des guides, jamais plus serré.',
      en: 'G.652 fibre: it does not take small radii. Coil round the guides, never tighter.',
    },
    tools: TOOLS,
    procedure: { id: TRAY_G652.id, version: '1.0.0' },
    setup: setup(TRAY_G652, {
      pboId: 'PBO-33-1208',
      cableId: 'CD-1208',
      tubeNumber: 4,
      dropFibres: 2,
      ptoRef: 'SR-3P8M-11ZA',
      splices: mono(3),
    }),
  },
  {
    ...SPLICE_TRAY_CARDS.rework,
    scene: 'splice-tray',
    version: '1.0.0',
    objective: {
      fr: 'Un collègue a mal rangé cette cassette. Trouvez et corrigez chaque défaut, puis mesurez.',
      en: 'A colleague organised this cassette badly. Find and fix every fault, then measure.',
    },
    instruction: {
      fr: 'Cette cassette a plusieurs défauts. Regardez bien : collier, soudures, lovage, réserves. Corrigez sans rien couper.',
      en: 'This cassette has several faults. Look closely: tie, splices, coils, spares. Fix them without cutting anything.',
    },
    tools: TOOLS,
    procedure: { id: TRAY_REWORK_G652.id, version: '1.0.0' },
    setup: setup(TRAY_REWORK_G652, {
      pboId: 'PBO-69-0311',
      cableId: 'CD-0311',
      tubeNumber: 1,
      dropFibres: 4,
      ptoRef: 'FT-9Q4C-27LM',
      splices: quadri(9),
    }),
  },
  {
    ...SPLICE_TRAY_CARDS.evaluation,
    scene: 'splice-tray',
    version: '1.0.0',
    objective: {
      fr: 'Organisez la cassette sans aide, puis mesurez la ligne du client à 1490 nm.',
      en: 'Organise the cassette without help, then measure the subscriber’s line at 1490 nm.',
    },
    instruction: {
      fr: 'Évaluation. Organisez la cassette et mesurez à la prise du client.',
      en: 'Assessment. Organise the cassette and measure at the subscriber’s outlet.',
    },
    tools: TOOLS,
    procedure: { id: TRAY_G652.id, version: '1.0.0' },
    seed: 2203,
    setup: setup(TRAY_G652, {
      pboId: 'PBO-75-2210',
      cableId: 'CD-2210',
      tubeNumber: 3,
      dropFibres: 2,
      ptoRef: 'OR-5T1X-08VN',
      splices: mono(1),
    }),
  },
]
