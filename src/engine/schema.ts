/**
 * Schemas for everything that crosses a boundary: procedure and exercise files, stored attempts.
 * One schema library (zod, its tree-shakable "mini" build) shared by the browser and, later, the server.
 * The TypeScript types of these records are inferred from the schemas, so the two cannot drift apart.
 */
import { z } from 'zod/mini'
import { UNITS } from './units.ts'

const id = z.string().check(z.minLength(1), z.maxLength(120))
const nonNegative = z.number().check(z.gte(0))
const fraction = z.number().check(z.gte(0), z.lte(1))

/** Text shown to people: French first, English second. */
export const LocalTextSchema = z.object({ fr: z.string().check(z.minLength(1)), en: z.string() })

export const ParamValueSchema = z.union([z.number(), z.string(), z.boolean()])

export const GestureSchema = z.object({
  /** Position in the log, from 0, without gaps. */
  seq: z.int().check(z.gte(0)),
  /** Milliseconds since the attempt started. */
  tMs: nonNegative,
  type: id,
  target: z.optional(z.string()),
  tool: z.optional(z.string()),
  p: z.optional(z.record(z.string(), ParamValueSchema)),
})

export const ParamSpecSchema = z.object({
  id,
  unit: z.enum(UNITS),
  target: z.number(),
  /** Full credit while |x − target| ≤ tol. */
  tol: nonNegative,
  /** Zero credit from |x − target| ≥ limit; must be greater than tol. */
  limit: nonNegative,
  weight: nonNegative,
  label: LocalTextSchema,
  why: LocalTextSchema,
})

export const StepSchema = z.object({
  id,
  weight: nonNegative,
  required: z.boolean(),
  label: LocalTextSchema,
  params: z.optional(z.array(ParamSpecSchema)),
})

export const ERROR_LEVELS = ['warning', 'error', 'critical'] as const

export const ErrorDefSchema = z.object({
  id,
  level: z.enum(ERROR_LEVELS),
  /** Share of the error component lost per occurrence. */
  penalty: fraction,
  /** Smaller share lost when the trainee put the mistake right afterwards. */
  recoveredPenalty: fraction,
  message: LocalTextSchema,
  consequence: LocalTextSchema,
})

export const ComponentWeightsSchema = z.object({
  completion: fraction,
  order: fraction,
  parameters: fraction,
  errors: fraction,
  time: fraction,
  economy: fraction,
})

export const ProcedureSchema = z.object({
  id,
  version: id,
  scene: id,
  title: LocalTextSchema,
  steps: z.array(StepSchema).check(z.minLength(1)),
  precedence: z.array(z.tuple([id, id])),
  errors: z.array(ErrorDefSchema),
  time: z.object({ refS: nonNegative, maxS: nonNegative }),
  minActions: z.int().check(z.gte(1)),
  passMark: fraction,
  weights: ComponentWeightsSchema,
  /** Score lost per hint used in practice mode (SCORING.md: "a small documented amount"). */
  hintPenalty: fraction,
})

export const MODES = ['guided', 'practice', 'evaluation', 'taster'] as const

export const ExerciseSchema = z.object({
  id,
  scene: id,
  version: id,
  mode: z.enum(MODES),
  title: LocalTextSchema,
  objective: LocalTextSchema,
  /** Spoken aloud on the introduction page, where the browser can speak. */
  instruction: LocalTextSchema,
  tools: z.array(id),
  procedure: z.object({ id, version: id }),
  /** Fixed seed, or none for a new seed each attempt. */
  seed: z.optional(z.int()),
  /** Scene-specific settings, validated by the scene's own schema. */
  setup: z.record(z.string(), z.unknown()),
})

export const ATTEMPT_SCHEMA_VERSION = 1

export const AttemptSchema = z.object({
  schema: z.literal(ATTEMPT_SCHEMA_VERSION),
  id,
  exerciseId: id,
  /** The exercise's version: its setup (task, code, seed) is what the log is replayed against. */
  exerciseVersion: id,
  procedure: z.object({ id, version: id }),
  model: z.object({ scene: id, version: id }),
  seed: z.int(),
  mode: z.enum(MODES),
  /** ISO 8601 date-time. */
  startedAt: z.string(),
  gestures: z.array(GestureSchema),
  finishedAt: z.optional(z.string()),
})

export type LocalText = z.infer<typeof LocalTextSchema>
export type ParamValue = z.infer<typeof ParamValueSchema>
export type Gesture = z.infer<typeof GestureSchema>
export type ParamSpec = z.infer<typeof ParamSpecSchema>
export type Step = z.infer<typeof StepSchema>
export type ErrorLevel = (typeof ERROR_LEVELS)[number]
export type ErrorDef = z.infer<typeof ErrorDefSchema>
export type ComponentWeights = z.infer<typeof ComponentWeightsSchema>
export type Procedure = z.infer<typeof ProcedureSchema>
export type Mode = (typeof MODES)[number]
export type Exercise = z.infer<typeof ExerciseSchema>

/** What the first page lists of an exercise; the rest loads with its scene. */
export type ExerciseCard = Pick<Exercise, 'id' | 'mode' | 'title'>
export type Attempt = z.infer<typeof AttemptSchema>
