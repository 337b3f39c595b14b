/** What the player hands to a scene's View and overlay, and what a scene's View module provides. */
import type { ComponentType } from 'react'
import type { StoreApi } from 'zustand/vanilla'
import type { Outcome } from '../engine/types.ts'
import type { AttemptState, GestureInput } from './liveAttempt.ts'
import type { SceneUi } from './sceneUi.ts'

export type SceneViewProps<S> = {
  store: StoreApi<AttemptState<S>>
  /** Null in replay: the View only shows. */
  dispatch: ((input: GestureInput) => Outcome[]) | null
  /** Highlight what the next move is about (guided mode, or after a hint gesture). */
  showHint: boolean
  /** Camera preset chosen in the HUD; one of the scene's `views` ids. */
  cameraView: string
  ui: SceneUi
}

/** A lazily loaded scene: the 3D content (inside the Canvas) and its DOM overlay (keyboard path). */
export type SceneViewModule = {
  default: ComponentType<SceneViewProps<never>>
  Overlay: ComponentType<SceneViewProps<never>>
}
