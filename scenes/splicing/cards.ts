/**
 * What the first page lists of each exercise (id, mode, title): the exercises themselves, with their
 * setups and texts, load with the scene's runtime.
 */
import type { ExerciseCard } from '../../src/engine/schema.ts'

export const SPLICING_CARDS = {
  guided: {
    id: 'splicing.guided',
    mode: 'guided',
    title: { fr: 'Ma première soudure', en: 'My first splice' },
  },
  practice40: {
    id: 'splicing.practice-40',
    mode: 'practice',
    title: { fr: 'Clive 10 mm, gaine 40 mm', en: '10 mm cleave, 40 mm sleeve' },
  },
  evaluation: {
    id: 'splicing.evaluation',
    mode: 'evaluation',
    title: { fr: 'Évaluation : soudure 0,1 dB', en: 'Assessment: 0.1 dB splice' },
  },
} satisfies Record<string, ExerciseCard>
