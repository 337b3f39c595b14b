/** The splicer display's picture, redrawn when what the screen shows changes (src/kit/useLiveCanvasTexture.ts). */
import type { Texture } from 'three'
import { useLiveCanvasTexture } from '../../../src/kit/useLiveCanvasTexture.ts'
import { SCREEN_HEIGHT_PX, SCREEN_WIDTH_PX, drawSplicerScreen } from './SplicerScreen.ts'
import type { ScreenView } from './SplicerScreen.ts'

export function useScreenTexture(view: ScreenView): Texture {
  return useLiveCanvasTexture(SCREEN_WIDTH_PX, SCREEN_HEIGHT_PX, view, drawSplicerScreen)
}
