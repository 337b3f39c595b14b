/**
 * Canvas settings shared by the player and the replay: pixel ratio capped for cheap GPUs
 * (ARCHITECTURE.md: dpr [1, 1.5]), and a camera in scene millimetres that the camera rig then places.
 */
export const STAGE_DPR: [number, number] = [1, 1.5]
export const STAGE_CAMERA = {
  fov: 40,
  near: 5,
  far: 6000,
  position: [0, 600, 600] as [number, number, number],
}
