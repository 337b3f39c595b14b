/**
 * The splicer display's picture: one canvas texture for as long as the component lives, redrawn in place
 * when what the screen shows changes. Not in the kit's texture cache, which is for pictures that never
 * change. Call it inside the Stage (it asks for a frame after each redraw: the loop runs on demand).
 */
import { useThree } from '@react-three/fiber'
import { use, useEffect, useLayoutEffect, useMemo } from 'react'
import { CanvasTexture, SRGBColorSpace } from 'three'
import type { Texture } from 'three'
import { printFontReady } from '../../../src/kit/canvasTexture.ts'
import { SCREEN_HEIGHT_PX, SCREEN_WIDTH_PX, drawSplicerScreen } from './SplicerScreen.ts'
import type { ScreenView } from './SplicerScreen.ts'

export function useScreenTexture(view: ScreenView): Texture {
  // The status line is text: drawn before the font is there, it would stay in the fallback font.
  use(printFontReady())
  const invalidate = useThree((state) => state.invalidate)
  const texture = useMemo(() => {
    const canvas = document.createElement('canvas')
    canvas.width = SCREEN_WIDTH_PX
    canvas.height = SCREEN_HEIGHT_PX
    const picture = new CanvasTexture(canvas)
    picture.colorSpace = SRGBColorSpace
    picture.anisotropy = 4
    return picture
  }, [])
  // The caller may build a new object each render; only a change of content is worth a redraw.
  const content = JSON.stringify(view)
  useLayoutEffect(() => {
    const context = (texture.image as HTMLCanvasElement).getContext('2d')
    if (!context) return
    drawSplicerScreen(context, JSON.parse(content) as ScreenView)
    texture.needsUpdate = true
    invalidate()
  }, [content, texture, invalidate])
  useEffect(() => () => texture.dispose(), [texture])
  return texture
}
