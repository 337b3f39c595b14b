/**
 * Coating materials per code position. Fibres 13–24 carry ring marks: a repeating band texture
 * multiplied by the coating colour; black fibres get a light ring instead, which black would hide
 * (TIA-598-C gives black a yellow mark).
 */
import type { Material } from 'three'
import { canvasTexture } from '../../../src/kit/canvasTexture.ts'
import { surface } from '../../../src/kit/materials.ts'
import type { CodePosition } from '../../common/colourCodes.ts'

const RING_SHARE = 0.22

function ringTexture(base: string, ring: string) {
  return canvasTexture(
    `fibre-ring-${base}-${ring}`,
    64,
    4,
    (context) => {
      context.fillStyle = base
      context.fillRect(0, 0, 64, 4)
      context.fillStyle = ring
      context.fillRect(0, 0, Math.round(64 * RING_SHARE), 4)
    },
    { repeat: true },
  )
}

export function fibreMaterial({ colour, ringed }: CodePosition): Material {
  if (!ringed) return surface(colour.hex, { roughness: 0.3, key: 'fibre' })
  if (colour.id === 'noir')
    return surface('#ffffff', { roughness: 0.3, map: ringTexture('#1d1d1f', '#f2cf1d') })
  return surface(colour.hex, { roughness: 0.3, map: ringTexture('#ffffff', '#111111') })
}
