/**
 * Data the scenes' procedures share; kept out of the modules the first page loads.
 */
import type { ComponentWeights } from './schema.ts'

/** SCORING.md's default component weights (C .30, O .20, Q .25, Er .15, Tm .05, Ec .05); an exercise may override them. */
export const DEFAULT_WEIGHTS: ComponentWeights = {
  completion: 0.3,
  order: 0.2,
  parameters: 0.25,
  errors: 0.15,
  time: 0.05,
  economy: 0.05,
}
