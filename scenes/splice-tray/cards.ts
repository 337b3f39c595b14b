/**
 * What the first page lists of each exercise (id, mode, title): the exercises themselves, with their
 * setups and texts, load with the scene's runtime.
 */
import type { ExerciseCard } from '../../src/engine/schema.ts'

export const SPLICE_TRAY_CARDS = {
  guided: {
    id: 'splice-tray.guided',
    mode: 'guided',
    title: { fr: 'Ranger une cassette (G.657.A2)', en: 'Organise a cassette (G.657.A2)' },
  },
  g652: {
    id: 'splice-tray.g652',
    mode: 'practice',
    title: { fr: 'La même en G.652 : attention au rayon', en: 'The same in G.652: mind the radius' },
  },
  rework: {
    id: 'splice-tray.rework',
    mode: 'practice',
    title: { fr: 'Reprendre une cassette mal lovée', en: 'Rework a badly coiled cassette' },
  },
  evaluation: {
    id: 'splice-tray.evaluation',
    mode: 'evaluation',
    title: { fr: 'Évaluation : cassette G.652', en: 'Assessment: G.652 cassette' },
  },
} satisfies Record<string, ExerciseCard>
