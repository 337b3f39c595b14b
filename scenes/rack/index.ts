/** The pure module of rack mounting: what the player, the tests and a server import. */
export { rackModel, STEP, ERR, deviceStep, cableStep } from './model.ts'
export type { RackState } from './model.ts'
export {
  blanksNeeded,
  expectedLabel,
  jobDone,
  neededNuts,
  plannedRailHole,
  plannedU,
  portIdentifier,
} from './rules.ts'
export { RACK_PROCEDURES } from './procedures.ts'
export { RACK_EXERCISES } from './exercises.ts'
export { parseRackSetup } from './setup.ts'
export type { RackSetup } from './setup.ts'
export { progress, hintMessage } from './progress.ts'
