/**
 * Contracts between input, scene models, the scorer and the player. Records that come from outside
 * (gestures, attempts, procedures, exercises) are typed by their schemas in schema.ts.
 */
import type { ComponentWeights, ErrorLevel, Exercise, Gesture, LocalText, Mode } from './schema.ts'
import type { Unit } from './units.ts'

export type StepId = string
export type ErrorId = string

/** What a scene model says one gesture did. `seq` and `tMs` come from the gesture that caused it. */
export type Outcome =
  /** A procedure step completed, with its measured parameters in the units of the procedure. */
  | { kind: 'step'; step: StepId; seq: number; tMs: number; measured?: Record<string, number> }
  /** A completed step undone (a fibre taken back out of its slot). */
  | { kind: 'undo'; step: StepId; seq: number; tMs: number }
  /** A catalogue error; `ref` names the object involved so a later recovery can be matched to it. */
  | {
      kind: 'error'
      error: ErrorId
      seq: number
      tMs: number
      ref?: string
      detail?: Record<string, string | number>
    }
  /** The mistake on `ref` was put right. */
  | { kind: 'recovered'; error: ErrorId; seq: number; tMs: number; ref?: string }
  /** A physical consequence, e.g. a loss in dB. */
  | { kind: 'consequence'; key: string; value: number; unit: Unit; seq: number; tMs: number }
  /** An action the workplace refuses; the player must say so (never silently ignored). */
  | { kind: 'rejected'; reason: string; seq: number; tMs: number; detail?: Record<string, string | number> }
  | { kind: 'hint'; seq: number; tMs: number }
  | { kind: 'finished'; seq: number; tMs: number }

export interface SceneModel<S> {
  scene: string
  version: string
  init(exercise: Exercise, seed: number): S
  /** Pure: no clock, no Math.random, no I/O. Randomness only through the seeded RNG kept in S. */
  apply(state: S, gesture: Gesture): { state: S; outcomes: Outcome[] }
}

export type ComponentScores = ComponentWeights

export type FindingKind = 'missing-step' | 'order' | 'parameter' | 'error' | 'time' | 'economy' | 'hint'

/** One deduction, with everything the results page needs to explain it. */
export type Finding = {
  kind: FindingKind
  level: ErrorLevel | 'info'
  step?: StepId
  /** For order findings: the step that should have come first. */
  before?: StepId
  error?: ErrorId
  param?: string
  value?: number
  unit?: Unit
  target?: number
  tol?: number
  limit?: number
  recovered?: boolean
  count?: number
  /** For error findings: what the scene said about it (which fibre, which slot). */
  detail?: Record<string, string | number>
  /** Where it happened in the log, so the replay can jump there. */
  seq?: number
  tMs?: number
  /** Plain-French (and English) explanation and field consequence, from the procedure data. */
  message?: LocalText
  consequence?: LocalText
  /** Points of the 0–100 score this finding cost. */
  pointsLost: number
}

export type Report = {
  procedure: { id: string; version: string }
  mode: Mode
  /** In [0, 1]; shown as 0–100. Still computed when a critical error forces a fail. */
  score: number
  components: ComponentScores
  success: boolean
  /** The log holds the trainee's "finish"; an unfinished attempt is never a success. */
  finished: boolean
  /** Guided mode is not graded (SCORING.md). */
  graded: boolean
  passMark: number
  durationS: number
  actionCount: number
  hintsUsed: number
  criticalErrors: number
  findings: Finding[]
}

/**
 * A scene's own account of the attempt for the results page, computed from the final state: e.g. the
 * splice cassette's line budget (what each choice cost in dB). Keys are i18n keys of the scene's messages.
 */
export type ResultPanel = {
  titleKey: string
  introKey?: string
  lines: { key: string; value: number; unit: Unit; role: 'start' | 'cost' | 'total' }[]
  notes: { key: string; values?: Record<string, number | string> }[]
}
