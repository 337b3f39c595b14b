/**
 * Reference procedures of rack mounting (data, versioned), built from the tolerance sets: one step per
 * device for each of DC-03…DC-07, one per cable for the patch and each label. Order from
 * docs/reference/domain-procedures.md §7b and §8: anti-tip (DC-00) before anything is mounted; the
 * strap (DC-02) before a device is handled; cage nuts → rails → lift → slide in → ears, strictly; blanks
 * once the devices are in; power (DC-09) and patching (DC-10) after mounting, in either order; airflow
 * (DC-08) whenever; LB-01 → LB-02 → labels at either end in any order → LB-05. When the plan is unsafe,
 * flagging it (DC-01) comes before the first cage nut.
 */
import { DEFAULT_WEIGHTS } from '../../src/engine/weights.ts'
import type { ErrorDef, LocalText, Procedure, Step } from '../../src/engine/schema.ts'
import { ERR, STEP, cableStep, deviceStep } from './model.ts'
import { RACK_FLAG_PLAN, RACK_SERVER, RACK_SERVER_SWITCH } from './tolerances.ts'
import type { RackSet } from './tolerances.ts'

const error = (
  id: string,
  level: ErrorDef['level'],
  penalty: number,
  message: LocalText,
  consequence: LocalText,
): ErrorDef => ({
  id,
  level,
  penalty,
  recoveredPenalty: level === 'critical' ? penalty : Math.round(penalty * 33) / 100,
  message,
  consequence,
})

const ERRORS: ErrorDef[] = [
  error(
    ERR.noAntiTip,
    'critical',
    0.6,
    {
      fr: 'Équipement glissé dans la baie sans pieds descendus et stabilisateur posé.',
      en: 'Equipment slid into the rack without the feet down and the stabiliser fitted.',
    },
    {
      fr: 'Une baie sur roulettes bascule dès qu’un serveur sort sur ses rails : 500 kg sur le technicien.',
      en: 'A rack on its castors tips as soon as a server comes out on its rails: 500 kg onto the technician.',
    },
  ),
  error(
    ERR.liftAlone,
    'critical',
    0.6,
    {
      fr: 'Équipement de {{massKg}} kg soulevé seul (plus de {{maxKg}} kg).',
      en: '{{massKg}} kg lifted alone (over {{maxKg}} kg).',
    },
    {
      fr: 'Au-delà de 18 kg, on porte à deux (IEC 61010) : dos bloqué, serveur lâché sur les pieds.',
      en: 'Over 18 kg it takes two (IEC 61010): a locked back, a server dropped on the feet.',
    },
  ),
  error(
    ERR.noEsd,
    'error',
    0.2,
    { fr: 'Équipement manipulé sans bracelet antistatique.', en: 'Equipment handled without the ESD strap.' },
    {
      fr: 'Une décharge invisible peut abîmer une carte : la panne apparaît des semaines plus tard.',
      en: 'An invisible discharge can damage a board: the failure shows up weeks later.',
    },
  ),
  error(
    ERR.wrongHole,
    'error',
    0.2,
    {
      fr: 'Trou {{hole}} au lieu de {{expected}} ({{offsetMm}} mm).',
      en: 'Hole {{hole}} instead of {{expected}} ({{offsetMm}} mm).',
    },
    {
      fr: 'Un trou ou un U de décalage : l’équipement ne tombe plus en face de ses vis, ou monte de travers.',
      en: 'One hole or one U off: the equipment no longer meets its screws, or sits crooked.',
    },
  ),
  error(
    ERR.frontNut,
    'error',
    0.15,
    { fr: 'Écrou cage posé par l’avant en {{hole}}.', en: 'Cage nut fitted from the front at {{hole}}.' },
    {
      fr: 'Les pattes du cage portent la charge au lieu de l’écrou : l’équipement peut tomber.',
      en: 'The cage’s clips carry the load instead of the nut: the equipment can fall.',
    },
  ),
  error(
    ERR.notLevel,
    'error',
    0.2,
    {
      fr: 'Rails pas au même trou à gauche et à droite ({{levelMm}} mm).',
      en: 'Rails not at the same hole left and right ({{levelMm}} mm).',
    },
    {
      fr: 'Le serveur coince ou glisse de travers : rails tordus, serveur qui ne se verrouille pas.',
      en: 'The server jams or slides in crooked: bent rails, a server that does not latch.',
    },
  ),
  error(
    ERR.wrongU,
    'error',
    0.25,
    {
      fr: '{{device}} monté en U{{u}} au lieu de U{{expected}}.',
      en: '{{device}} mounted at U{{u}} instead of U{{expected}}.',
    },
    {
      fr: 'Le plan d’implantation est faux : le prochain équipement prévu n’a plus sa place.',
      en: 'The elevation plan is now wrong: the next planned equipment has no room.',
    },
  ),
  error(
    ERR.heavyHigh,
    'critical',
    0.5,
    {
      fr: '{{device}} ({{massKg}} kg) monté en haut de baie, en U{{u}}.',
      en: '{{device}} ({{massKg}} kg) mounted high, at U{{u}}.',
    },
    {
      fr: 'Le lourd en haut rend la baie instable et se monte au-dessus des épaules : on remplit par le bas.',
      en: 'Heavy gear at the top makes the rack unstable and is lifted above the shoulders: fill from the bottom.',
    },
  ),
  error(
    ERR.samePdu,
    'critical',
    0.5,
    {
      fr: 'Les deux alimentations de {{device}} sur le PDU {{pdu}}.',
      en: 'Both power supplies of {{device}} on PDU {{pdu}}.',
    },
    {
      fr: 'Si cette voie tombe (maintenance, disjoncteur), le serveur s’éteint : la redondance A/B ne sert à rien.',
      en: 'If that feed goes (maintenance, a breaker), the server goes down: the A/B redundancy is lost.',
    },
  ),
  error(
    ERR.missingBlank,
    'error',
    0.15,
    {
      fr: '{{count}} U vide(s) sans obturateur : {{units}}.',
      en: '{{count}} empty U without a blanking panel: {{units}}.',
    },
    {
      fr: 'L’air chaud de l’arrière revient par le trou vers les entrées d’air : les serveurs chauffent.',
      en: 'Hot air from the rear comes back through the gap to the intakes: the servers run hot.',
    },
  ),
  error(
    ERR.airflow,
    'error',
    0.25,
    { fr: '{{device}} monté à l’envers pour l’air.', en: '{{device}} mounted the wrong way for airflow.' },
    {
      fr: 'Il aspire dans l’allée chaude et souffle dans l’allée froide : il surchauffe et réchauffe les voisins.',
      en: 'It draws from the hot aisle and blows into the cold aisle: it overheats and heats its neighbours.',
    },
  ),
  error(
    ERR.wrongLabel,
    'error',
    0.15,
    {
      fr: 'Étiquette « {{text}} » au lieu de « {{expected}} ».',
      en: 'Label “{{text}}” instead of “{{expected}}”.',
    },
    {
      fr: 'L’étiquette ne correspond pas au plan de câblage : au prochain incident, on débranche le mauvais câble.',
      en: 'The label does not match the schedule: at the next incident, the wrong cable gets unplugged.',
    },
  ),
  error(
    ERR.oneEndLabel,
    'error',
    0.15,
    {
      fr: 'Câble {{ports}} étiqueté à {{labelled}} bout(s) sur 2.',
      en: 'Cable {{ports}} labelled at {{labelled}} end(s) of 2.',
    },
    {
      fr: 'Depuis le bout sans étiquette, impossible de savoir où va le câble sans le suivre.',
      en: 'From the unlabelled end nobody can tell where the cable goes without tracing it.',
    },
  ),
  error(
    ERR.notLatched,
    'error',
    0.15,
    {
      fr: '{{device}} pas poussé jusqu’au clic des verrous.',
      en: '{{device}} not pushed in until the latches click.',
    },
    {
      fr: 'Le serveur peut ressortir de lui-même sur ses rails : chute au prochain choc.',
      en: 'The server can roll out on its rails by itself: it falls at the next knock.',
    },
  ),
  error(
    ERR.wrongPort,
    'error',
    0.25,
    {
      fr: 'Câble {{ports}} : le plan dit {{expected}}.',
      en: 'Cable {{ports}}: the schedule says {{expected}}.',
    },
    {
      fr: 'Le serveur est branché sur le mauvais port : pas de réseau, ou celui d’un autre client.',
      en: 'The server is on the wrong port: no network, or someone else’s.',
    },
  ),
  error(
    ERR.falseFlag,
    'warning',
    0.1,
    { fr: 'Plan signalé alors qu’il était correct.', en: 'Plan flagged though it was sound.' },
    {
      fr: 'Le bureau d’études est dérangé pour rien et l’installation prend du retard.',
      en: 'The design office is called for nothing and the job is delayed.',
    },
  ),
  error(
    ERR.notSecured,
    'error',
    0.2,
    { fr: '{{device}} laissé sans ses vis d’oreilles.', en: '{{device}} left without its ear screws.' },
    {
      fr: 'Il sort de la baie au premier câble tiré : chute, arrachement des câbles.',
      en: 'It comes out at the first pulled cable: a fall, cables torn out.',
    },
  ),
  error(
    ERR.labelOnBoot,
    'warning',
    0.05,
    {
      fr: 'Étiquette à {{distanceMm}} mm du connecteur : sur le manchon.',
      en: 'Label {{distanceMm}} mm from the connector: on the boot.',
    },
    {
      fr: 'Elle gêne le clip du connecteur et s’arrache au prochain débranchement.',
      en: 'It gets in the latch’s way and tears off at the next unplugging.',
    },
  ),
]

const DEVICE_NAMES: Record<string, LocalText> = {
  server: { fr: 'serveur', en: 'server' },
  switch: { fr: 'switch', en: 'switch' },
}

function deviceSteps(set: RackSet): Step[] {
  return set.devices.flatMap((d) => {
    const name = DEVICE_NAMES[d.kind]!
    const s = (id: Parameters<typeof deviceStep>[0], weight: number, fr: string, en: string): Step => ({
      id: deviceStep(id, d.id),
      weight,
      required: true,
      label: { fr: `${fr} (${name.fr})`, en: `${en} (${name.en})` },
    })
    const steps = [
      s(
        'DC-03',
        1,
        'Écrous cage par l’intérieur, aux trous du plan',
        'Cage nuts from the inside, at the planned holes',
      ),
    ]
    if (d.kind === 'server')
      steps.push({
        ...s('DC-04', 2, 'Rails au même trou des deux côtés', 'Rails at the same hole on both sides'),
        params: [
          {
            id: 'offsetMm',
            unit: 'mm',
            target: 0,
            tol: 0,
            limit: 44.45,
            weight: 1,
            label: { fr: 'écart au trou du plan', en: 'offset from the planned hole' },
            why: {
              fr: 'Un trou de trop et le serveur monte entre deux U : ses oreilles ne tombent plus en face des écrous.',
              en: 'One hole off and the server sits between two U: its ears no longer meet the nuts.',
            },
          },
        ],
      })
    steps.push(s('DC-05', 2, 'Soulever (à deux au-delà de 18 kg)', 'Lift (two people over 18 kg)'))
    if (d.kind === 'server')
      steps.push(s('DC-06', 1, 'Glisser jusqu’au clic des verrous', 'Slide in until the latches click'))
    steps.push(s('DC-07', 1, 'Visser les oreilles', 'Screw the ears'))
    return steps
  })
}

function cableSteps(set: RackSet): Step[] {
  return set.cables.flatMap((id) => [
    {
      id: cableStep('DC-10', id),
      weight: 2,
      required: true,
      label: { fr: `Brasser ${id} selon le plan de câblage`, en: `Patch ${id} per the cable schedule` },
    },
    ...(['LB-03', 'LB-04'] as const).map((lb): Step => ({
      id: cableStep(lb, id),
      weight: 1,
      required: true,
      label:
        lb === 'LB-03'
          ? { fr: `Étiqueter ${id}, premier bout`, en: `Label ${id}, first end` }
          : { fr: `Étiqueter ${id}, second bout`, en: `Label ${id}, second end` },
      params: [
        {
          id: 'distanceMm',
          unit: 'mm',
          target: set.label.targetMm,
          tol: set.label.tolMm,
          limit: set.label.limitMm,
          weight: 1,
          label: { fr: 'distance étiquette – connecteur', en: 'label to connector distance' },
          why: {
            fr: 'Entre 5 et 10 cm du connecteur, le drapeau se lit sans tordre le câble et reste avec son port.',
            en: '5 to 10 cm from the connector, the flag reads without twisting the cable and stays with its port.',
          },
        },
      ],
    })),
  ])
}

function precedence(set: RackSet): [string, string][] {
  const pairs: [string, string][] = []
  const last = (d: RackSet['devices'][number]) => deviceStep('DC-07', d.id)
  for (const d of set.devices) {
    type DeviceStepId = Parameters<typeof deviceStep>[0]
    const rails: DeviceStepId[] = d.kind === 'server' ? ['DC-04'] : []
    const latch: DeviceStepId[] = d.kind === 'server' ? ['DC-06'] : []
    const chain: DeviceStepId[] = ['DC-03', ...rails, 'DC-05', ...latch, 'DC-07']
    const ids = chain.map((s) => deviceStep(s, d.id))
    for (let i = 1; i < ids.length; i++) pairs.push([ids[i - 1]!, ids[i]!])
    pairs.push([STEP.antiTip, ids[0]!], [STEP.esd, deviceStep('DC-05', d.id)])
    if (set.flagPlan) pairs.push([STEP.plan, ids[0]!])
    pairs.push([last(d), STEP.blanks], [last(d), STEP.power])
    for (const c of set.cables) pairs.push([last(d), cableStep('DC-10', c)])
  }
  pairs.push([STEP.identify, STEP.print])
  for (const c of set.cables) {
    pairs.push([cableStep('DC-10', c), STEP.dress])
    for (const lb of ['LB-03', 'LB-04'] as const)
      pairs.push(
        [STEP.print, cableStep(lb, c)],
        [cableStep('DC-10', c), cableStep(lb, c)],
        [cableStep(lb, c), STEP.record],
      )
  }
  return pairs
}

function rackProcedure(set: RackSet, title: LocalText): Procedure {
  const s = (id: string, weight: number, fr: string, en: string): Step => ({
    id,
    weight,
    required: true,
    label: { fr, en },
  })
  return {
    id: set.id,
    version: '1.0.0',
    scene: 'rack',
    title,
    steps: [
      s(
        STEP.antiTip,
        3,
        'Descendre les pieds et poser le stabilisateur',
        'Lower the feet and fit the stabiliser',
      ),
      ...(set.flagPlan
        ? [s(STEP.plan, 4, 'Signaler le plan : le lourd en bas', 'Flag the plan: heavy gear at the bottom')]
        : []),
      s(STEP.esd, 2, 'Bracelet antistatique relié à la baie', 'ESD strap clipped to the rack'),
      ...deviceSteps(set),
      s(
        STEP.blanks,
        1,
        'Obturateurs dans chaque U vide de la zone',
        'Blanking panels in every empty U of the zone',
      ),
      s(
        STEP.airflow,
        1,
        'Vérifier le sens de l’air (entrée côté allée froide)',
        'Check the airflow (intake on the cold aisle)',
      ),
      s(
        STEP.power,
        3,
        'Alimenter : PSU1 sur le PDU A, PSU2 sur le PDU B',
        'Power: PSU1 on PDU A, PSU2 on PDU B',
      ),
      ...cableSteps(set),
      s(
        STEP.dress,
        1,
        'Ranger les câbles (velcro, passe-câbles)',
        'Dress the cables (hook-and-loop, managers)',
      ),
      s(
        STEP.identify,
        1,
        'Lire l’identifiant dans le plan de câblage',
        'Read the identifier in the schedule',
      ),
      s(STEP.print, 1, 'Imprimer les étiquettes', 'Print the labels'),
      s(STEP.record, 1, 'Mettre à jour le registre', 'Update the record'),
    ],
    precedence: precedence(set),
    errors: ERRORS,
    // A trained technician racks and cables a server in about twenty minutes [I]; past an hour, no time credit.
    time: { refS: 900 + 300 * (set.devices.length - 1), maxS: 3600 },
    minActions: minActions(set),
    passMark: 0.75,
    weights: DEFAULT_WEIGHTS,
    hintPenalty: 0.02,
  }
}

/**
 * The fewest gestures of a perfect run: feet, stabiliser, strap, per device its four nuts, lift, slide
 * (or place), two ear screws, its airflow check and one gesture per PSU; the server's colleague and two
 * rails; per cable the patch, two prints and two labels; one blank per empty U; dressing, the record;
 * flagging.
 */
function minActions(set: RackSet): number {
  const perDevice = set.devices.reduce(
    (sum, d) => sum + 4 + 1 + 1 + 2 + 1 + d.psus + (d.kind === 'server' ? 3 : 0),
    0,
  )
  return 3 + perDevice + set.zoneBlanks + set.cables.length * 5 + 2 + (set.flagPlan ? 1 : 0)
}

export const RACK_PROCEDURES: Procedure[] = [
  rackProcedure(RACK_SERVER, { fr: 'Monter un serveur en baie', en: 'Rack a server' }),
  rackProcedure(RACK_SERVER_SWITCH, {
    fr: 'Monter un serveur et un switch, brasser',
    en: 'Rack a server and a switch, patch',
  }),
  rackProcedure(RACK_FLAG_PLAN, {
    fr: 'Plan dangereux : signaler puis monter',
    en: 'Unsafe plan: flag, then rack',
  }),
]
