/**
 * Exercises of rack mounting (data). The numbers come from the tolerance sets the procedures are built
 * from; rack, device and port identifiers follow TIA-606 (docs/DOMAIN.md, "Labelling"); masses are a
 * typical 2U dual-socket server (≈ 25 kg) and a 1U 24-port switch.
 */
import type { Exercise } from '../../src/engine/schema.ts'
import { RACK_CARDS } from './cards.ts'
import type { RackSetup } from './setup.ts'
import { RACK_FLAG_PLAN, RACK_SERVER, RACK_SERVER_SWITCH } from './tolerances.ts'
import type { RackSet } from './tolerances.ts'

const TOOLS = ['esd-strap', 'cage-nut-tool', 'slide-rails', 'blanking-panels', 'patch-cords', 'label-printer']

const SERVER: RackSetup['devices'][number] = {
  id: 'srv',
  kind: 'server',
  heightU: 2,
  massKg: 25,
  name: 'SRV-WEB-01',
  plannedU: 3,
  airflow: 'front-to-back',
  psus: 2,
}

const SWITCH: RackSetup['devices'][number] = {
  id: 'sw',
  kind: 'switch',
  heightU: 1,
  massKg: 3.5,
  name: 'SW-C03-01',
  plannedU: 38,
  airflow: 'port-side-intake',
  psus: 1,
}

/** Already in the rack: an application server at the bottom and the patch panel near the top. */
const INSTALLED: RackSetup['installed'] = [
  { id: 'app', kind: 'server', bottomU: 1, heightU: 2, name: 'SRV-APP-01' },
  { id: 'pp', kind: 'panel', bottomU: 40, heightU: 1, name: 'DC.C03-40' },
]

/** The server's first NIC to the panel's port 4, at the rear (pass-through panel). */
const P1 = { id: 'P1', a: 'srv:nic1', b: 'pp:r4' }
/** The same panel port, at the front, to the switch's port 4. */
const P2 = { id: 'P2', a: 'pp:f4', b: 'sw:p4' }

type Job = Pick<RackSetup, 'installed' | 'devices' | 'workZone' | 'cables' | 'blanks'>

function setup(t: RackSet, job: Job): RackSetup {
  return {
    rackName: 'DC.C03',
    ...job,
    liftAloneMaxKg: t.liftAloneMaxKg,
    heavyMaxU: t.heavyMaxU,
    latchMm: t.latchMm,
    label: t.label,
  }
}

export const RACK_EXERCISES: Exercise[] = [
  {
    ...RACK_CARDS.guided,
    scene: 'rack',
    version: '1.0.0',
    objective: {
      fr: 'Montez le serveur SRV-WEB-01 en U3 selon le plan, alimentez-le sur A et B, câblez-le au panneau et étiquetez.',
      en: 'Mount server SRV-WEB-01 at U3 per the plan, power it from A and B, cable it to the panel and label it.',
    },
    instruction: {
      fr: 'Baie d’abord : pieds, stabilisateur, bracelet. Puis écrous, rails, à deux pour soulever. Le plan est sur la tablette.',
      en: 'Rack first: feet, stabiliser, strap. Then nuts, rails, two people to lift. The plan is on the tablet.',
    },
    tools: TOOLS,
    procedure: { id: RACK_SERVER.id, version: '1.0.0' },
    setup: setup(RACK_SERVER, {
      installed: INSTALLED,
      devices: [SERVER],
      workZone: [{ fromU: 3, toU: 6 }],
      cables: [P1],
      blanks: 4,
    }),
  },
  {
    ...RACK_CARDS.heavyTop,
    scene: 'rack',
    version: '1.0.0',
    objective: {
      fr: 'Le plan met le serveur de 25 kg en U38. Vérifiez le plan avant de monter quoi que ce soit.',
      en: 'The plan puts the 25 kg server at U38. Check the plan before mounting anything.',
    },
    instruction: {
      fr: 'Lisez le plan. Si quelque chose est dangereux, signalez-le sur la tablette, puis suivez le plan corrigé.',
      en: 'Read the plan. If something is unsafe, flag it on the tablet, then follow the corrected plan.',
    },
    tools: TOOLS,
    procedure: { id: RACK_FLAG_PLAN.id, version: '1.0.0' },
    setup: setup(RACK_FLAG_PLAN, {
      installed: INSTALLED,
      devices: [{ ...SERVER, plannedU: 38, correctedU: 3 }],
      workZone: [{ fromU: 3, toU: 6 }],
      cables: [P1],
      blanks: 4,
    }),
  },
  {
    ...RACK_CARDS.evaluation,
    scene: 'rack',
    version: '1.0.0',
    objective: {
      fr: 'Montez le serveur en U3 et le switch en U38, obturez la zone, alimentez, brassez serveur → panneau → switch, étiquetez.',
      en: 'Mount the server at U3 and the switch at U38, blank the zone, power, patch server → panel → switch, label.',
    },
    instruction: {
      fr: 'Évaluation : pas d’aide. Suivez le plan d’implantation et le plan de câblage de la tablette.',
      en: 'Assessment: no help. Follow the elevation plan and the cable schedule on the tablet.',
    },
    tools: TOOLS,
    procedure: { id: RACK_SERVER_SWITCH.id, version: '1.0.0' },
    setup: setup(RACK_SERVER_SWITCH, {
      installed: INSTALLED,
      devices: [SERVER, SWITCH],
      workZone: [
        { fromU: 3, toU: 6 },
        { fromU: 37, toU: 39 },
      ],
      cables: [P1, P2],
      blanks: 6,
    }),
  },
]
