/**
 * The scenes the player knows, with their exercises and procedures validated at start-up. An
 * exercise that fails validation is left out of the catalogue and listed in `problems` with the
 * field and the problem, so one bad file never hides the others.
 */
import { ProcedureRegistry } from '../engine/procedures.ts'
import type { Exercise, LocalText, Procedure } from '../engine/schema.ts'
import type { SceneModel } from '../engine/types.ts'
import { parseExercise, parseProcedure } from '../engine/validate.ts'
import type { Validated, ValidationIssue } from '../engine/validate.ts'
import type { SceneViewModule } from '../kit/sceneView.ts'
import {
  FIBRE_ID_EXERCISES,
  FIBRE_ID_PROCEDURES,
  fibreIdModel,
  hintMessage,
  parseFibreIdSetup,
  progress,
} from '../../scenes/fibre-id/index.ts'

export type CameraView = { id: string; label: LocalText }

export type SceneEntry = {
  id: string
  title: LocalText
  summary: LocalText
  /** Id of the pictogram drawn on the home page. */
  pictogram: string
  model: SceneModel<unknown>
  views: CameraView[]
  parseSetup: (setup: unknown) => Validated<unknown>
  /** How much of the work order is done, for the HUD. */
  progress: (state: never) => { done: number; total: number }
  /** i18n key and values of the next hint's words. */
  hintMessage: (state: never) => { key: string; values?: Record<string, number> }
  /** The 3D View is a lazy chunk: nothing of three.js is loaded before a scene opens. */
  loadView: () => Promise<SceneViewModule>
  exercises: Exercise[]
}

export type CatalogueProblem = { source: string; issues: ValidationIssue[] }

type SceneSource = Omit<SceneEntry, 'exercises'> & { exercises: unknown[]; procedures: unknown[] }

const SOURCES: SceneSource[] = [
  {
    id: 'fibre-id',
    title: { fr: 'Repérage des fibres', en: 'Fibre identification' },
    summary: {
      fr: 'Ouvrir un tube et ranger les fibres dans l’ordre du code couleur.',
      en: 'Open a tube and lay the fibres in colour-code order.',
    },
    pictogram: 'fibres',
    model: fibreIdModel as SceneModel<unknown>,
    views: [
      { id: 'overview', label: { fr: 'Vue d’ensemble', en: 'Overview' } },
      { id: 'fibres', label: { fr: 'Fibres', en: 'Fibres' } },
      { id: 'organiser', label: { fr: 'Cassette', en: 'Organiser' } },
    ],
    parseSetup: parseFibreIdSetup,
    progress,
    hintMessage,
    loadView: () => import('../../scenes/fibre-id/View.tsx') as Promise<SceneViewModule>,
    exercises: FIBRE_ID_EXERCISES,
    procedures: FIBRE_ID_PROCEDURES,
  },
]

export type Catalogue = {
  scenes: SceneEntry[]
  procedures: ProcedureRegistry
  problems: CatalogueProblem[]
  exercise(id: string): { scene: SceneEntry; exercise: Exercise } | null
}

export function buildCatalogue(sources: SceneSource[]): Catalogue {
  const procedures = new ProcedureRegistry()
  const problems: CatalogueProblem[] = []
  const scenes = sources.map((source) => {
    for (const raw of source.procedures) {
      const parsed = parseProcedure(raw)
      if (!parsed.ok) {
        problems.push({ source: describe(raw, source.id), issues: parsed.issues })
        continue
      }
      try {
        procedures.register(parsed.value)
      } catch {
        // Same id and version as a registered procedure but different content: refused, so that
        // attempts keep being scored against what they were made with.
        problems.push({
          source: describe(raw, source.id),
          issues: [{ path: 'version', code: 'changed_without_new_version' }],
        })
      }
    }
    const exercises: Exercise[] = []
    for (const raw of source.exercises) {
      const parsed = parseExercise(raw)
      if (!parsed.ok) {
        problems.push({ source: describe(raw, source.id), issues: parsed.issues })
        continue
      }
      const setup = source.parseSetup(parsed.value.setup)
      const procedure = procedures.get(parsed.value.procedure.id, parsed.value.procedure.version)
      if (!setup.ok) {
        problems.push({
          source: parsed.value.id,
          issues: setup.issues.map((i) => ({ ...i, path: `setup.${i.path}` })),
        })
      } else if (!procedure) {
        problems.push({ source: parsed.value.id, issues: [{ path: 'procedure', code: 'unknown_procedure' }] })
      } else {
        exercises.push(parsed.value)
      }
    }
    return { ...source, exercises }
  })
  return {
    scenes,
    procedures,
    problems,
    exercise(id) {
      for (const scene of scenes) {
        const exercise = scene.exercises.find((e) => e.id === id)
        if (exercise) return { scene, exercise }
      }
      return null
    },
  }
}

function describe(raw: unknown, sceneId: string): string {
  const id = (raw as { id?: unknown } | null)?.id
  return typeof id === 'string' ? id : `${sceneId}: ?`
}

export const catalogue = buildCatalogue(SOURCES)

/** The procedure an attempt or exercise names, at the exact version it names. */
export function procedureFor(ref: { id: string; version: string }): Procedure | undefined {
  return catalogue.procedures.get(ref.id, ref.version)
}
