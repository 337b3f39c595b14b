/**
 * What the first page lists of each exercise (id, mode, title): the exercises themselves, with their
 * setups and texts, load with the scene's runtime.
 */
import type { ExerciseCard } from '../../src/engine/schema.ts'

export const RACK_CARDS = {
  guided: {
    id: 'rack.guided',
    mode: 'guided',
    title: { fr: 'Mon premier serveur en baie', en: 'My first racked server' },
  },
  heavyTop: {
    id: 'rack.heavy-top',
    mode: 'practice',
    title: { fr: 'Un plan qui met le lourd en haut', en: 'A plan with heavy gear at the top' },
  },
  evaluation: {
    id: 'rack.evaluation',
    mode: 'evaluation',
    title: { fr: 'Évaluation : serveur, switch et brassage', en: 'Assessment: server, switch and patching' },
  },
} satisfies Record<string, ExerciseCard>
