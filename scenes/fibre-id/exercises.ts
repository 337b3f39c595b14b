/**
 * Exercises of "Repérage des fibres" (data). Guided shows hints on its own and is not graded;
 * practice offers hints on demand at a small cost; evaluation offers none.
 */
import type { Exercise } from '../../src/engine/schema.ts'
import type { FibreIdSetup } from './setup.ts'
import { FIBRE_ID_CARDS } from './cards.ts'

const TOOLS = ['work-mat', 'organiser', 'tube-cutter']

/** Half of the 15 mm organiser pitch: a release nearer to a slot than this lands in it. */
const SNAP_MM = 7.5

const setup = (s: Omit<FibreIdSetup, 'snapMm'>): Record<string, unknown> => ({ ...s, snapMm: SNAP_MM })

export const FIBRE_ID_EXERCISES: Exercise[] = [
  {
    ...FIBRE_ID_CARDS.guided12,
    scene: 'fibre-id',
    version: '1.0.0',
    objective: {
      fr: 'Rangez les 12 fibres du tube dans la cassette, dans l’ordre du code : rouge, bleu, vert…',
      en: 'Lay the 12 fibres of the tube into the organiser in code order: red, blue, green…',
    },
    instruction: {
      fr: 'Prenez chaque fibre par son bout et posez-la dans son emplacement. Commencez par la rouge, en position un.',
      en: 'Take each fibre by its end and lay it in its slot. Start with the red one, in position one.',
    },
    tools: TOOLS,
    procedure: { id: 'fibre-id.lay-all-12', version: '1.0.0' },
    seed: 12,
    setup: setup({ colourCode: 'fr-operator', fibresPerTube: 12, tubeCount: 1, task: { kind: 'lay-all' } }),
  },
  {
    ...FIBRE_ID_CARDS.practiceFind,
    scene: 'fibre-id',
    version: '1.0.0',
    objective: {
      fr: 'Ordre de travail : tube 2, fibre 7. Ouvrez le bon tube, puis rangez la fibre 7 en position 7.',
      en: 'Work order: tube 2, fibre 7. Open the right tube, then lay fibre 7 in position 7.',
    },
    instruction: {
      fr: 'Tube deux, fibre sept. Trouvez le tube bleu, ouvrez-le en glissant le coupe-tube, puis rangez la fibre orange en position sept.',
      en: 'Tube two, fibre seven. Find the blue tube, open it by sliding the tube cutter, then lay the orange fibre in position seven.',
    },
    tools: TOOLS,
    procedure: { id: 'fibre-id.find', version: '1.0.0' },
    setup: setup({
      colourCode: 'fr-operator',
      fibresPerTube: 12,
      tubeCount: 4,
      task: { kind: 'find', tube: 2, fibre: 7 },
    }),
  },
  {
    ...FIBRE_ID_CARDS.practice12,
    scene: 'fibre-id',
    version: '1.0.0',
    objective: {
      fr: 'Rangez les 12 fibres dans l’ordre du code opérateur. Indices disponibles (ils coûtent un peu de points).',
      en: 'Lay the 12 fibres in operator-code order. Hints available (they cost a few points).',
    },
    instruction: {
      fr: 'Rangez les douze fibres dans l’ordre du code, de la position un à la position douze.',
      en: 'Lay the twelve fibres in code order, from position one to position twelve.',
    },
    tools: TOOLS,
    procedure: { id: 'fibre-id.lay-all-12', version: '1.0.0' },
    setup: setup({ colourCode: 'fr-operator', fibresPerTube: 12, tubeCount: 1, task: { kind: 'lay-all' } }),
  },
  {
    ...FIBRE_ID_CARDS.evaluation12,
    scene: 'fibre-id',
    version: '1.0.0',
    objective: {
      fr: 'Rangez les 12 fibres dans l’ordre du code opérateur, sans aide. Soignez la pose dans chaque logement.',
      en: 'Lay the 12 fibres in operator-code order, without help. Seat each fibre carefully in its slot.',
    },
    instruction: {
      fr: 'Évaluation. Rangez les douze fibres dans l’ordre du code, sans indice.',
      en: 'Assessment. Lay the twelve fibres in code order, without hints.',
    },
    tools: TOOLS,
    procedure: { id: 'fibre-id.lay-all-12', version: '1.0.0' },
    seed: 2026,
    setup: setup({ colourCode: 'fr-operator', fibresPerTube: 12, tubeCount: 1, task: { kind: 'lay-all' } }),
  },
  {
    ...FIBRE_ID_CARDS.practice24,
    scene: 'fibre-id',
    version: '1.0.0',
    objective: {
      fr: 'Rangez les 24 fibres : 13 à 24 reprennent les couleurs avec une bague noire.',
      en: 'Lay the 24 fibres: 13 to 24 repeat the colours with a black ring.',
    },
    instruction: {
      fr: 'Vingt-quatre fibres. Les fibres treize à vingt-quatre ont les mêmes couleurs, avec une bague noire.',
      en: 'Twenty-four fibres. Fibres thirteen to twenty-four have the same colours, with a black ring.',
    },
    tools: TOOLS,
    procedure: { id: 'fibre-id.lay-all-24', version: '1.0.0' },
    setup: setup({ colourCode: 'fr-operator', fibresPerTube: 24, tubeCount: 1, task: { kind: 'lay-all' } }),
  },
  {
    ...FIBRE_ID_CARDS.practiceFotag,
    scene: 'fibre-id',
    version: '1.0.0',
    objective: {
      fr: 'Câble au code FOTAG : la fibre 1 est bleue, pas rouge. Rangez les 12 fibres dans cet ordre.',
      en: 'FOTAG-coded cable: fibre 1 is blue, not red. Lay the 12 fibres in that order.',
    },
    instruction: {
      fr: 'Attention, ce câble suit le code FOTAG : bleu, orange, vert, marron…',
      en: 'Careful, this cable follows the FOTAG code: blue, orange, green, brown…',
    },
    tools: TOOLS,
    procedure: { id: 'fibre-id.lay-all-12', version: '1.0.0' },
    setup: setup({ colourCode: 'fotag', fibresPerTube: 12, tubeCount: 1, task: { kind: 'lay-all' } }),
  },
]
