/**
 * What the first page lists of each exercise (id, mode, title): the exercises themselves, with their
 * setups and texts, load with the scene's runtime.
 */
import type { ExerciseCard } from '../../src/engine/schema.ts'

export const PM_CARDS = {
  guided: {
    id: 'pm-cabinet.guided',
    mode: 'guided',
    title: { fr: 'Brassage dans une armoire rangée', en: 'Patching in a tidy cabinet' },
  },
  messy: {
    id: 'pm-cabinet.messy',
    mode: 'practice',
    title: { fr: 'Armoire en « plat de nouilles »', en: 'A tangled cabinet' },
  },
  trap: {
    id: 'pm-cabinet.trap',
    mode: 'practice',
    title: { fr: 'Port abonné déjà occupé', en: 'Subscriber port already taken' },
  },
  evaluation: {
    id: 'pm-cabinet.evaluation',
    mode: 'evaluation',
    title: { fr: 'Évaluation : brassage en PM', en: 'Assessment: PM patching' },
  },
} satisfies Record<string, ExerciseCard>
