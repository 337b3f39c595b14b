/**
 * What the first page lists of each exercise (id, mode, title): the exercises themselves, with their
 * setups and texts, load with the scene's runtime.
 */
import type { ExerciseCard } from '../../src/engine/schema.ts'

export const FIBRE_ID_CARDS = {
  guided12: {
    id: 'fibre-id.guided-12',
    mode: 'guided',
    title: { fr: 'Découvrir le code couleur', en: 'Discover the colour code' },
  },
  practiceFind: {
    id: 'fibre-id.practice-find',
    mode: 'practice',
    title: { fr: 'Trouver tube 2, fibre 7', en: 'Find tube 2, fibre 7' },
  },
  practice12: {
    id: 'fibre-id.practice-12',
    mode: 'practice',
    title: { fr: 'Ranger un tube de 12 fibres', en: 'Lay a 12-fibre tube' },
  },
  evaluation12: {
    id: 'fibre-id.evaluation-12',
    mode: 'evaluation',
    title: { fr: 'Évaluation : tube de 12 fibres', en: 'Assessment: 12-fibre tube' },
  },
  practice24: {
    id: 'fibre-id.practice-24',
    mode: 'practice',
    title: { fr: 'Tube de 24 fibres (bagues noires)', en: '24-fibre tube (black rings)' },
  },
  practiceFotag: {
    id: 'fibre-id.practice-fotag',
    mode: 'practice',
    title: { fr: 'Code FOTAG / TIA-598', en: 'FOTAG / TIA-598 code' },
  },
} satisfies Record<string, ExerciseCard>
