/** The pure module of street-cabinet patching: what the player, the tests and a server import. */
export { pmCabinetModel, STEP, ERR } from './model.ts'
export { rightCord, neededMm, routeTaken, expectedLabel, jobDone } from './rules.ts'
export type { PmState, OwnCord } from './model.ts'
export { PM_PROCEDURES } from './procedures.ts'
export { PM_EXERCISES } from './exercises.ts'
export { parsePmSetup } from './setup.ts'
export type { PmSetup } from './setup.ts'
export { progress, hintMessage } from './progress.ts'
