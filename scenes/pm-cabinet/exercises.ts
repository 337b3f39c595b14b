/**
 * Exercises of street-cabinet patching (data). The numbers come from the tolerance sets the procedures
 * are built from; PM, OT and PTO references are invented in the operators' formats, addresses too.
 */
import type { Exercise } from '../../src/engine/schema.ts'
import type { PortId } from './layout.ts'
import type { PmSetup } from './setup.ts'
import { PM_PATCH, PM_TRAP } from './tolerances.ts'
import type { PmSet } from './tolerances.ts'
import { PM_CARDS } from './cards.ts'

const TOOLS = ['triangle-key', 'phone', 'patch-cords', 'label-printer']

/** The rack: one cord of each usual length, SC/APC at both ends. */
const RACK: PmSetup['cords'] = [
  { id: 'c1', lengthM: 1, polish: 'apc' },
  { id: 'c15', lengthM: 1.5, polish: 'apc' },
  { id: 'c2', lengthM: 2, polish: 'apc' },
  { id: 'c3', lengthM: 3, polish: 'apc' },
  { id: 'c5', lengthM: 5, polish: 'apc' },
]

/** The same, with a blue SC/UPC cord left among them by someone from another job. */
const RACK_WITH_UPC: PmSetup['cords'] = [
  { id: 'c1', lengthM: 1, polish: 'apc' },
  { id: 'u15', lengthM: 1.5, polish: 'upc' },
  { id: 'c15', lengthM: 1.5, polish: 'apc' },
  { id: 'c2', lengthM: 2, polish: 'apc' },
  { id: 'c3', lengthM: 3, polish: 'apc' },
  { id: 'c5', lengthM: 5, polish: 'apc' },
]

/** Other subscribers' cords, "op-row:port>dist-row:port", each with an invented line reference. */
function occupied(pairs: string[]): PmSetup['occupied'] {
  return pairs.map((pair, i) => {
    const [op, dist] = pair.split('>') as [string, string]
    const n = String(1000 + i * 37).padStart(4, '0')
    return {
      op: `op-${op}` as PortId,
      dist: `dist-${dist}` as PortId,
      ptoRef: `FI-${n}-${(7 * i + 11) % 10}B2C`,
    }
  })
}

type Job = Pick<PmSetup, 'start' | 'workOrder' | 'route' | 'occupied' | 'cords'>

function setup(t: PmSet, job: Job): PmSetup {
  return {
    ...job,
    plugAllowanceMm: t.plugAllowanceMm,
    latchMm: t.latchMm,
    slackCapacityMm: t.slackCapacityMm,
    maxCordM: t.maxCordM,
    mismatchLossDb: t.mismatchLossDb,
    label: t.label,
  }
}

export const PM_EXERCISES: Exercise[] = [
  {
    ...PM_CARDS.guided,
    scene: 'pm-cabinet',
    version: '1.0.0',
    objective: {
      fr: 'Reliez la sortie de coupleur au port du client, par les guides, avec la jarretière la plus courte. Étiquetez, photographiez, refermez.',
      en: 'Connect the splitter output to the customer’s port through the guides with the shortest cord. Label, photograph, close.',
    },
    instruction: {
      fr: 'Lisez l’OT sur la tablette. Ouvrez l’armoire, photo « avant », puis suivez la route optique de l’OT.',
      en: 'Read the work order on the tablet. Open the cabinet, take the “before” photo, then follow the optical route.',
    },
    tools: TOOLS,
    procedure: { id: PM_PATCH.id, version: '1.0.0' },
    setup: setup(PM_PATCH, {
      start: 'tidy',
      workOrder: {
        id: 'OT-2611-48213',
        address: '14 rue des Tilleuls, bât. B, 2e étage, porte 21, 69008 Lyon',
        appointment: 'mar. 24/11, 8 h – 12 h',
        pmId: 'PM-69-0412',
        ptoRef: 'FI-7K2B-40QD',
        engineering: 'mono',
      },
      route: { op: 'op-2:5', dist: 'dist-3:8' },
      occupied: occupied([
        '1:1>1:2',
        '1:2>1:7',
        '1:4>2:3',
        '2:1>2:9',
        '2:2>3:4',
        '2:3>3:9',
        '3:1>4:1',
        '3:5>4:6',
        '4:2>5:11',
      ]),
      cords: RACK,
    }),
  },
  {
    ...PM_CARDS.messy,
    scene: 'pm-cabinet',
    version: '1.0.0',
    objective: {
      fr: 'Des cordons pendent partout : n’en débranchez aucun. Brassez proprement, par les guides.',
      en: 'Cords hang everywhere: unplug none of them. Patch cleanly, through the guides.',
    },
    instruction: {
      fr: 'Ne touchez qu’à votre route. Vérifiez tiroir et port.',
      en: 'Touch only your route. Check drawer and port.',
    },
    tools: TOOLS,
    procedure: { id: PM_PATCH.id, version: '1.0.0' },
    seed: 7,
    setup: setup(PM_PATCH, {
      start: 'messy',
      workOrder: {
        id: 'OT-2611-50977',
        address: '3 allée des Peupliers, 33400 Talence',
        appointment: 'mer. 25/11, 13 h – 17 h',
        pmId: 'PM-33-1187',
        ptoRef: 'SR-3P8M-11ZA',
        engineering: 'mono',
      },
      route: { op: 'op-1:9', dist: 'dist-5:3' },
      occupied: occupied([
        '1:1>1:1',
        '1:3>5:2',
        '1:5>5:4',
        '1:8>2:6',
        '1:10>4:4',
        '2:2>1:8',
        '2:4>3:3',
        '2:6>6:10',
        '2:9>2:2',
        '3:3>6:1',
        '3:4>3:12',
        '3:8>4:9',
        '4:1>5:7',
        '4:6>1:11',
        '4:11>6:6',
      ]),
      cords: RACK,
    }),
  },
  {
    ...PM_CARDS.trap,
    scene: 'pm-cabinet',
    version: '1.0.0',
    objective: {
      fr: 'Suivez l’OT… mais vérifiez avant de brancher. Un port occupé ne se débranche jamais : on signale.',
      en: 'Follow the work order… but check before you plug. A taken port is never unplugged: report it.',
    },
    instruction: {
      fr: 'Lisez l’OT. Avant de brancher, regardez de près le port abonné.',
      en: 'Read the work order. Before plugging, look closely at the subscriber port.',
    },
    tools: TOOLS,
    procedure: { id: PM_TRAP.id, version: '1.0.0' },
    setup: setup(PM_TRAP, {
      start: 'tidy',
      workOrder: {
        id: 'OT-2611-51302',
        address: '27 avenue Jean-Jaurès, bât. A, RDC, porte 2, 31000 Toulouse',
        appointment: 'jeu. 26/11, 8 h – 12 h',
        pmId: 'PM-31-0655',
        ptoRef: 'FT-9Q4C-27LM',
        engineering: 'mono',
      },
      route: { op: 'op-3:2', dist: 'dist-2:11' },
      occupied: occupied(['1:3>1:5', '2:5>2:11', '2:7>2:10', '3:1>4:2', '3:6>5:5', '4:4>6:8']),
      cords: RACK,
    }),
  },
  {
    ...PM_CARDS.evaluation,
    scene: 'pm-cabinet',
    version: '1.0.0',
    objective: {
      fr: 'Le brassage de l’OT sans aide, dans les règles.',
      en: 'The work order’s patch without help, by the rules.',
    },
    instruction: {
      fr: 'Évaluation. Réalisez le brassage de l’OT.',
      en: 'Assessment. Carry out the work order’s patch.',
    },
    tools: TOOLS,
    procedure: { id: PM_PATCH.id, version: '1.0.0' },
    seed: 2611,
    setup: setup(PM_PATCH, {
      start: 'messy',
      workOrder: {
        id: 'OT-2611-53840',
        address: '8 place du Marché, 44000 Nantes',
        appointment: 'ven. 27/11, 13 h – 17 h',
        pmId: 'PM-44-0219',
        ptoRef: 'OR-5T1X-08VN',
        engineering: 'mono',
      },
      route: { op: 'op-4:7', dist: 'dist-1:10' },
      occupied: occupied([
        '1:2>1:9',
        '1:6>1:11',
        '2:3>2:4',
        '2:8>3:6',
        '3:2>4:10',
        '3:9>5:8',
        '4:3>6:3',
        '4:5>2:12',
        '4:8>1:3',
      ]),
      cords: RACK_WITH_UPC,
    }),
  },
]
