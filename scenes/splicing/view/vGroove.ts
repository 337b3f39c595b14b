/** The splicer's V-grooves, built in code. */
import { ExtrudeGeometry, Shape } from 'three'
import type { BufferGeometry } from 'three'

/**
 * A block with a 90° V-groove along its top, running along x from x = 0 to `lengthMm` and centred on
 * z = 0: a fibre laid in it touches both faces, its axis above the groove's bottom (`apexY`).
 */
export function vGrooveBlock(
  lengthMm: number,
  widthMm: number,
  { bottomY, apexY, topY }: { bottomY: number; apexY: number; topY: number },
): BufferGeometry {
  const half = widthMm / 2
  const grooveHalf = topY - apexY
  const shape = new Shape()
  shape.moveTo(-half, bottomY)
  shape.lineTo(half, bottomY)
  shape.lineTo(half, topY)
  shape.lineTo(grooveHalf, topY)
  shape.lineTo(0, apexY)
  shape.lineTo(-grooveHalf, topY)
  shape.lineTo(-half, topY)
  shape.closePath()
  const geometry = new ExtrudeGeometry(shape, { depth: lengthMm, bevelEnabled: false })
  // Extruded along z; turned so the groove runs along x.
  geometry.rotateY(Math.PI / 2)
  return geometry
}
