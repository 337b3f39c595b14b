/**
 * Textures drawn at start-up on a 2D canvas (printed numbers, grids, ring marks): nothing to download,
 * crisp at any size we need, and cached so a scene re-entered gets the same texture back.
 */
import { CanvasTexture, RepeatWrapping, SRGBColorSpace } from 'three'

const cache = new Map<string, CanvasTexture>()

export function canvasTexture(
  key: string,
  width: number,
  height: number,
  draw: (context: CanvasRenderingContext2D) => void,
  { repeat = false }: { repeat?: boolean } = {},
): CanvasTexture {
  const cached = cache.get(key)
  if (cached) return cached
  const canvas = document.createElement('canvas')
  canvas.width = width
  canvas.height = height
  const context = canvas.getContext('2d')
  if (context) draw(context)
  const texture = new CanvasTexture(canvas)
  texture.colorSpace = SRGBColorSpace
  texture.anisotropy = 4
  if (repeat) texture.wrapS = texture.wrapT = RepeatWrapping
  cache.set(key, texture)
  return texture
}

/** The font the page already loaded (local files), with a system fallback for the first frame. */
export const PRINT_FONT = '"Atkinson Hyperlegible", "Segoe UI", Arial, sans-serif'

let fontReady: Promise<unknown> | null = null

/**
 * Resolves once the print font can be drawn on a canvas. Textures are cached, so drawing them with a
 * fallback font would keep the fallback; and a browser without system fonts would draw nothing.
 */
export function printFontReady(): Promise<unknown> {
  fontReady ??= document.fonts.load(`700 48px ${PRINT_FONT}`).catch(() => undefined)
  return fontReady
}
