/** The pure module of "Repérage des fibres": what the player, the tests and a server import. */
export {
  fibreIdModel,
  nextHint,
  taskComplete,
  workTube,
  fibreId,
  slotId,
  tubeId,
  TUBE_WINDOW_MM,
  MIN_SLIT_SHARE,
} from './model.ts'
export type { FibreIdState, FibreState, FibreLocation, Hint } from './model.ts'
export { FIBRE_ID_PROCEDURES } from './procedures.ts'
export { FIBRE_ID_EXERCISES } from './exercises.ts'
export { parseFibreIdSetup } from './setup.ts'
export type { FibreIdSetup } from './setup.ts'
export { codePosition, COLOUR_CODE_NAMES } from '../common/colourCodes.ts'
export type { ColourCodeId, FibreColour } from '../common/colourCodes.ts'
export { progress, hintMessage } from './progress.ts'
