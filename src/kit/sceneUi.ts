/**
 * Interaction state shared by a scene's 3D View and its DOM overlay (keyboard targets): which target
 * has the keyboard focus, and where the keyboard has moved the held tool. Changes once per key press,
 * never per frame; pointer drags keep their live position in refs instead.
 */
import { createStore } from 'zustand/vanilla'
import type { StoreApi } from 'zustand/vanilla'

/** A live reading shown while a gesture is under way (which slot is under the fibre, how far the cut went). */
export type LiveReading = { key: string; values?: Record<string, number | string> }

export type SceneUiState = {
  /** Id of the focused target (a fibre, a slot, a tube), or null. */
  focus: string | null
  /** Position of the held tool moved by the keyboard, in scene millimetres, or null. */
  cursorMm: { x: number; z: number } | null
  /** The target the keyboard cursor works on (the tube being cut, the fibre in hand), or null. */
  cursorFor: string | null
  live: LiveReading | null
}

export type SceneUi = StoreApi<SceneUiState>

export function createSceneUi(): SceneUi {
  return createStore<SceneUiState>(() => ({ focus: null, cursorMm: null, cursorFor: null, live: null }))
}
