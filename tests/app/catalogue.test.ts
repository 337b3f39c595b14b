import i18next from 'i18next'
import { beforeAll, describe, expect, it } from 'vitest'
import { SCENES, openExercise, openScene } from '../../src/app/catalogue.ts'
import type { Exercise } from '../../src/engine/schema.ts'

// Loading a runtime adds the scene's words to the app's i18n instance.
beforeAll(() => i18next.init({ lng: 'fr', resources: {} }))

describe('catalogue: the first page lists cards, the runtime brings the exercises', () => {
  it.each(SCENES.map((scene) => [scene.id, scene] as const))(
    '%s: every card is an exercise of the runtime with the same mode and title, and the other way round',
    async (_, scene) => {
      const { runtime, problems } = await openScene(scene)
      expect(problems).toEqual([])
      const exercises = runtime.exercises as Exercise[]
      expect(exercises.map((e) => e.id)).toEqual(scene.exercises.map((card) => card.id))
      for (const card of scene.exercises) {
        const exercise = exercises.find((e) => e.id === card.id)!
        expect({ id: exercise.id, mode: exercise.mode, title: exercise.title }).toEqual(card)
        expect(exercise.scene).toBe(scene.id)
      }
    },
  )

  it('opens a listed exercise with its procedure, and says so for one it does not know', async () => {
    const [scene] = SCENES
    const opened = await openExercise(scene!.exercises[0]!.id)
    expect(opened.ok).toBe(true)
    expect(await openExercise('nope.none')).toEqual({ ok: false, reason: 'unknown_exercise' })
  })
})
