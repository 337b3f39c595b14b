/**
 * The scenes the player knows. What the first page needs (titles, pictograms, the exercise cards) is
 * here at once; each scene's runtime (model, procedures, exercises, setup parser) and its 3D View are
 * separate chunks, loaded when an exercise of that scene is opened. Loading a runtime validates its
 * procedures and exercises: a bad file is refused with the field and the problem, and never hides the
 * others.
 */
import { ProcedureRegistry } from '../engine/procedures.ts'
import type { Exercise, ExerciseCard, LocalText, Procedure } from '../engine/schema.ts'
import type { ResultPanel, SceneModel } from '../engine/types.ts'
import { parseExercise, parseProcedure } from '../engine/validate.ts'
import type { Validated, ValidationIssue } from '../engine/validate.ts'
import { addSceneMessages } from '../i18n/index.ts'
import type { SceneMessages } from '../i18n/index.ts'
import type { SceneViewModule } from '../kit/sceneView.ts'
import { FIBRE_ID_CARDS } from '../../scenes/fibre-id/cards.ts'
import { SPLICING_CARDS } from '../../scenes/splicing/cards.ts'
import { SPLICE_TRAY_CARDS } from '../../scenes/splice-tray/cards.ts'
import { PM_CARDS } from '../../scenes/pm-cabinet/cards.ts'
import { RACK_CARDS } from '../../scenes/rack/cards.ts'

export type CameraView = { id: string; label: LocalText }

/** What a scene's pure module gives the player. */
export type SceneRuntime = {
  model: SceneModel<unknown>
  /** The scene's own words, when it has more than the shared player messages. */
  messages?: SceneMessages
  procedures: unknown[]
  /** The exercises in full (setups, objectives), validated when the runtime loads. */
  exercises: unknown[]
  parseSetup: (setup: unknown) => Validated<unknown>
  /** How much of the work order is done, for the HUD. */
  progress: (state: never) => { done: number; total: number }
  /** i18n key and values of the next hint's words. */
  hintMessage: (state: never) => { key: string; values?: Record<string, number | string> }
  /** The scene's own account of a finished attempt (a line budget), from its final state. */
  resultPanel?: (state: never) => ResultPanel
}

export type SceneEntry = {
  id: string
  title: LocalText
  summary: LocalText
  /** Id of the pictogram drawn on the home page. */
  pictogram: string
  views: CameraView[]
  /** i18n key of the HUD's progress line, with {{done}} and {{count}} (plural on the total). */
  progressKey: string
  /** i18n key of the help's list: how each gesture is done by pointer, finger and keyboard. */
  helpKey: string
  /** Listed at once; the exercises themselves come with the runtime and are validated then. */
  exercises: ExerciseCard[]
  loadRuntime: () => Promise<SceneRuntime>
  /** The 3D View is a lazy chunk: nothing of three.js is loaded before a scene opens. */
  loadView: () => Promise<SceneViewModule>
}

export type CatalogueProblem = { source: string; issues: ValidationIssue[] }

export const SCENES: SceneEntry[] = [
  {
    id: 'fibre-id',
    title: { fr: 'Repérage des fibres', en: 'Fibre identification' },
    summary: {
      fr: 'Ouvrir un tube et ranger les fibres dans l’ordre du code couleur.',
      en: 'Open a tube and lay the fibres in colour-code order.',
    },
    pictogram: 'fibres',
    views: [
      { id: 'overview', label: { fr: 'Vue d’ensemble', en: 'Overview' } },
      { id: 'fibres', label: { fr: 'Fibres', en: 'Fibres' } },
      { id: 'organiser', label: { fr: 'Cassette', en: 'Organiser' } },
    ],
    progressKey: 'player.progress',
    helpKey: 'player.helpItems',
    exercises: Object.values(FIBRE_ID_CARDS),
    loadRuntime: async () => {
      const scene = await import('../../scenes/fibre-id/index.ts')
      return {
        model: scene.fibreIdModel as SceneModel<unknown>,
        procedures: scene.FIBRE_ID_PROCEDURES,
        exercises: scene.FIBRE_ID_EXERCISES,
        parseSetup: scene.parseFibreIdSetup,
        progress: scene.progress,
        hintMessage: scene.hintMessage,
      }
    },
    loadView: () => import('../../scenes/fibre-id/View.tsx') as Promise<SceneViewModule>,
  },
  {
    id: 'splicing',
    title: { fr: 'Soudure par fusion', en: 'Fusion splicing' },
    summary: {
      fr: 'Dénuder, nettoyer, cliver, souder, protéger : le poste de soudure complet.',
      en: 'Strip, clean, cleave, splice, protect: the whole splicing station.',
    },
    pictogram: 'splicing',
    views: [
      { id: 'overview', label: { fr: 'Établi', en: 'Bench' } },
      { id: 'prep', label: { fr: 'Préparation', en: 'Preparation' } },
      { id: 'cleaver', label: { fr: 'Cliveuse', en: 'Cleaver' } },
      { id: 'splicer', label: { fr: 'Soudeuse', en: 'Splicer' } },
    ],
    progressKey: 'splicing.progress',
    helpKey: 'splicing.helpItems',
    exercises: Object.values(SPLICING_CARDS),
    loadRuntime: async () => {
      const [scene, words] = await Promise.all([
        import('../../scenes/splicing/index.ts'),
        import('../i18n/scenes/splicing.ts'),
      ])
      return {
        model: scene.splicingModel as SceneModel<unknown>,
        messages: words.messages,
        procedures: scene.SPLICING_PROCEDURES,
        exercises: scene.SPLICING_EXERCISES,
        parseSetup: scene.parseSplicingSetup,
        progress: scene.progress,
        hintMessage: scene.hintMessage,
      }
    },
    loadView: () => import('../../scenes/splicing/View.tsx') as Promise<SceneViewModule>,
  },
  {
    id: 'splice-tray',
    title: { fr: 'Cassette de PBO', en: 'PBO splice cassette' },
    summary: {
      fr: 'Fixer, ranger les soudures dans l’ordre, lover sans écraser, étiqueter, puis mesurer à la prise.',
      en: 'Secure, store the splices in order, coil without crushing, label, then measure at the outlet.',
    },
    pictogram: 'splice-tray',
    views: [
      { id: 'overview', label: { fr: 'Boîtier', en: 'Box' } },
      { id: 'cassette', label: { fr: 'Cassette', en: 'Cassette' } },
      { id: 'outlet', label: { fr: 'Prise', en: 'Outlet' } },
    ],
    progressKey: 'spliceTray.progress',
    helpKey: 'spliceTray.helpItems',
    exercises: Object.values(SPLICE_TRAY_CARDS),
    loadRuntime: async () => {
      const [scene, words] = await Promise.all([
        import('../../scenes/splice-tray/index.ts'),
        import('../i18n/scenes/spliceTray.ts'),
      ])
      return {
        model: scene.spliceTrayModel as SceneModel<unknown>,
        messages: words.messages,
        procedures: scene.SPLICE_TRAY_PROCEDURES,
        exercises: scene.SPLICE_TRAY_EXERCISES,
        parseSetup: scene.parseSpliceTraySetup,
        progress: scene.progress,
        hintMessage: scene.hintMessage,
        resultPanel: scene.lineBudget,
      }
    },
    loadView: () => import('../../scenes/splice-tray/View.tsx') as Promise<SceneViewModule>,
  },
  {
    id: 'pm-cabinet',
    title: { fr: 'Brassage en armoire PM', en: 'PM cabinet patching' },
    summary: {
      fr: 'Suivre l’OT : le bon port, la jarretière la plus courte par les guides, personne débranché, étiqueter, photographier, refermer.',
      en: 'Follow the work order: the right ports, the shortest cord through the guides, nobody unplugged, label, photograph, close.',
    },
    pictogram: 'pm-cabinet',
    views: [
      { id: 'overview', label: { fr: 'Armoire', en: 'Cabinet' } },
      { id: 'drawers', label: { fr: 'Tiroirs', en: 'Drawers' } },
      { id: 'kit', label: { fr: 'Matériel', en: 'Kit' } },
    ],
    progressKey: 'pm.progress',
    helpKey: 'pm.helpItems',
    exercises: Object.values(PM_CARDS),
    loadRuntime: async () => {
      const [scene, words] = await Promise.all([
        import('../../scenes/pm-cabinet/index.ts'),
        import('../i18n/scenes/pm.ts'),
      ])
      return {
        model: scene.pmCabinetModel as SceneModel<unknown>,
        messages: words.messages,
        procedures: scene.PM_PROCEDURES,
        exercises: scene.PM_EXERCISES,
        parseSetup: scene.parsePmSetup,
        progress: scene.progress,
        hintMessage: scene.hintMessage,
        resultPanel: scene.cordAccount,
      }
    },
    loadView: () => import('../../scenes/pm-cabinet/View.tsx') as Promise<SceneViewModule>,
  },
  {
    id: 'rack',
    title: { fr: 'Baie de datacenter', en: 'Datacenter rack' },
    summary: {
      fr: 'Suivre le plan : baie calée, bracelet, écrous, rails, à deux pour soulever, obturateurs, alimentation A/B, brassage, étiquettes.',
      en: 'Follow the plan: rack secured, strap, nuts, rails, two to lift, blanking, A/B power, patching, labels.',
    },
    pictogram: 'rack',
    views: [
      { id: 'overview', label: { fr: 'Vue d’ensemble', en: 'Overview' } },
      { id: 'front-low', label: { fr: 'Avant bas', en: 'Front, low' } },
      { id: 'front-high', label: { fr: 'Avant haut', en: 'Front, high' } },
      { id: 'rear', label: { fr: 'Arrière', en: 'Rear' } },
      { id: 'rear-high', label: { fr: 'Arrière haut', en: 'Rear, high' } },
      { id: 'trolley', label: { fr: 'Chariot', en: 'Trolley' } },
    ],
    progressKey: 'rack.progress',
    helpKey: 'rack.helpItems',
    exercises: Object.values(RACK_CARDS),
    loadRuntime: async () => {
      const [scene, words] = await Promise.all([
        import('../../scenes/rack/index.ts'),
        import('../i18n/scenes/rack.ts'),
      ])
      return {
        model: scene.rackModel as SceneModel<unknown>,
        messages: words.messages,
        procedures: scene.RACK_PROCEDURES,
        exercises: scene.RACK_EXERCISES,
        parseSetup: scene.parseRackSetup,
        progress: scene.progress,
        hintMessage: scene.hintMessage,
      }
    },
    loadView: () => import('../../scenes/rack/View.tsx') as Promise<SceneViewModule>,
  },
]

/** Every procedure version loaded so far; attempts are scored against the exact version they name. */
export const procedures = new ProcedureRegistry()

export function findExercise(exerciseId: string): { scene: SceneEntry; card: ExerciseCard } | null {
  for (const scene of SCENES) {
    const card = scene.exercises.find((e) => e.id === exerciseId)
    if (card) return { scene, card }
  }
  return null
}

export type LoadedScene = {
  scene: SceneEntry
  runtime: SceneRuntime
  /** Exercises that passed validation, by id. */
  valid: Map<string, Exercise>
  problems: CatalogueProblem[]
}

const loaded = new Map<string, Promise<LoadedScene>>()

function describe(raw: unknown, sceneId: string): string {
  const id = (raw as { id?: unknown } | null)?.id
  return typeof id === 'string' ? id : `${sceneId}: ?`
}

async function load(scene: SceneEntry): Promise<LoadedScene> {
  const runtime = await scene.loadRuntime()
  if (runtime.messages) addSceneMessages(runtime.messages)
  const problems: CatalogueProblem[] = []
  for (const raw of runtime.procedures) {
    const parsed = parseProcedure(raw)
    if (!parsed.ok) {
      problems.push({ source: describe(raw, scene.id), issues: parsed.issues })
      continue
    }
    try {
      procedures.register(parsed.value)
    } catch {
      // Same id and version as a registered procedure but different content: refused, so that
      // attempts keep being scored against what they were made with.
      problems.push({
        source: parsed.value.id,
        issues: [{ path: 'version', code: 'changed_without_new_version' }],
      })
    }
  }
  const valid = new Map<string, Exercise>()
  for (const raw of runtime.exercises) {
    const parsed = parseExercise(raw)
    if (!parsed.ok) {
      problems.push({ source: describe(raw, scene.id), issues: parsed.issues })
      continue
    }
    const setup = runtime.parseSetup(parsed.value.setup)
    if (!setup.ok) {
      problems.push({
        source: parsed.value.id,
        issues: setup.issues.map((i) => ({ ...i, path: `setup.${i.path}` })),
      })
    } else if (!procedures.get(parsed.value.procedure.id, parsed.value.procedure.version)) {
      problems.push({ source: parsed.value.id, issues: [{ path: 'procedure', code: 'unknown_procedure' }] })
    } else {
      valid.set(parsed.value.id, parsed.value)
    }
  }
  return { scene, runtime, valid, problems }
}

/** Loads (once) and validates a scene's runtime. */
export function openScene(scene: SceneEntry): Promise<LoadedScene> {
  let pending = loaded.get(scene.id)
  if (!pending) {
    pending = load(scene)
    // A failed load (network gone) may be tried again later.
    pending.catch(() => loaded.delete(scene.id))
    loaded.set(scene.id, pending)
  }
  return pending
}

export type OpenedExercise =
  | { ok: true; scene: SceneEntry; runtime: SceneRuntime; exercise: Exercise; procedure: Procedure }
  | { ok: false; reason: 'unknown_exercise' }
  | { ok: false; reason: 'invalid_exercise'; issues: ValidationIssue[] }

/** An exercise ready to play or to score against: its scene loaded, the exercise and its procedure valid. */
export async function openExercise(exerciseId: string): Promise<OpenedExercise> {
  const found = findExercise(exerciseId)
  if (!found) return { ok: false, reason: 'unknown_exercise' }
  const { runtime, valid, problems } = await openScene(found.scene)
  const exercise = valid.get(exerciseId)
  const procedure = exercise && procedures.get(exercise.procedure.id, exercise.procedure.version)
  if (!exercise || !procedure) {
    const issues = problems.filter((p) => p.source === exerciseId).flatMap((p) => p.issues)
    return { ok: false, reason: 'invalid_exercise', issues }
  }
  return { ok: true, scene: found.scene, runtime, exercise, procedure }
}
