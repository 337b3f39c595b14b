/**
 * A device's live picture (a splicer's screen, a meter's LCD): one canvas texture for as long as the
 * component lives, redrawn in place when what it shows changes. Not in the kit's texture cache, which is
 * for pictures that never change. Call it inside the Stage: it asks for a frame after each redraw (the
 * loop runs on demand).
 */
import { useThree } from '@react-three/fiber'
import { use, useEffect, useLayoutEffect, useMemo, useRef } from 'react'
import { CanvasTexture, SRGBColorSpace } from 'three'
import type { Texture } from 'three'
import { printFontReady } from './canvasTexture.ts'

export function useLiveCanvasTexture<V>(
  widthPx: number,
  heightPx: number,
  view: V,
  draw: (context: CanvasRenderingContext2D, view: V) => void,
): Texture {
  // Pictures hold text: drawn before the font is there, they would stay in the fallback font.
  use(printFontReady())
  const invalidate = useThree((state) => state.invalidate)
  const texture = useMemo(() => {
    const canvas = document.createElement('canvas')
    canvas.width = widthPx
    canvas.height = heightPx
    const picture = new CanvasTexture(canvas)
    picture.colorSpace = SRGBColorSpace
    picture.anisotropy = 4
    return picture
  }, [widthPx, heightPx])
  const drawRef = useRef(draw)
  useLayoutEffect(() => {
    drawRef.current = draw
  })
  // The caller may build a new object each render; only a change of content is worth a redraw.
  const content = JSON.stringify(view)
  useLayoutEffect(() => {
    const context = (texture.image as HTMLCanvasElement).getContext('2d')
    if (!context) return
    drawRef.current(context, JSON.parse(content) as V)
    texture.needsUpdate = true
    invalidate()
  }, [content, texture, invalidate])
  useEffect(() => () => texture.dispose(), [texture])
  return texture
}
