/**
 * Messages of the fusion-splicing station, French and English: loaded with the scene's own chunk, so
 * the first page does not carry every scene's words (docs/ARCHITECTURE.md bundle budgets).
 */
import { splicing as en } from './splicing.en.ts'
import { splicing as fr } from './splicing.fr.ts'

export const messages = { fr: { splicing: fr }, en: { splicing: en } }
