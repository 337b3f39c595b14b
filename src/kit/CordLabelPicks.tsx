/**
 * The labelling gesture on a cord: with a printed label in hand, a press on the cord near its connector
 * sticks the label there. Small pick volumes follow the cord's first 30 cm; the distance from the
 * connector's boot is read where the pointer's ray meets the cord (cordPoints.ts), so it is measured,
 * not snapped to a volume. Shared by the scenes that label cords (street cabinet, rack).
 */
import { alongNearestRay, pointAlong } from './cordPoints.ts'
import type { CordPoint } from './cordPoints.ts'
import { Pick } from './Pick.tsx'

/** Where pick volumes sit along the cord, mm from the boot: the band a flag label may go in and a margin. */
const PICKS_ALONG_MM = Array.from({ length: 13 }, (_, i) => i * 25)
const PICK_MM = 26

export function CordLabelPicks({
  name,
  path,
  onAttach,
}: {
  name: string
  /** The cord from its connector's boot outward. */
  path: readonly CordPoint[]
  onAttach: (distanceMm: number) => void
}) {
  return (
    <group>
      {PICKS_ALONG_MM.map((alongMm) => (
        <Pick
          key={alongMm}
          name={`${name}-${alongMm}`}
          at={pointAlong(path, alongMm).at}
          size={[PICK_MM, PICK_MM, PICK_MM]}
          onDown={(event) => {
            event.stopPropagation()
            const { origin, direction } = event.ray
            onAttach(
              Math.round(
                alongNearestRay(
                  path,
                  [origin.x, origin.y, origin.z],
                  [direction.x, direction.y, direction.z],
                ),
              ),
            )
          }}
        />
      ))}
    </group>
  )
}
