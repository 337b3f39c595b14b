/**
 * Turns a pointer ray into a point on the horizontal work plane, in scene millimetres. Module-level
 * temporaries: called on every pointer move, it allocates nothing.
 */
import { Plane, Vector3 } from 'three'
import type { Ray } from 'three'

const plane = new Plane(new Vector3(0, 1, 0), 0)
const hit = new Vector3()

/** Where `ray` meets the plane y = heightMm, or null when it runs parallel or away from it. */
export function pointOnWorkPlane(ray: Ray, heightMm: number): { x: number; z: number } | null {
  plane.constant = -heightMm
  return ray.intersectPlane(plane, hit) ? { x: hit.x, z: hit.z } : null
}
