/** The pure module of the splice cassette: what the player, the tests and a server import. */
export {
  spliceTrayModel,
  costs,
  totalCostDb,
  lineReadingDbm,
  STEP,
  ERR,
  MEASURE_NM,
  WAVELENGTHS_NM,
} from './model.ts'
export type { SpliceTrayState, Coil, Costs, CableState, LabelChoice } from './model.ts'
export { SPLICE_TRAY_PROCEDURES } from './procedures.ts'
export { SPLICE_TRAY_EXERCISES } from './exercises.ts'
export { parseSpliceTraySetup } from './setup.ts'
export type { SpliceTraySetup } from './setup.ts'
export { progress, hintMessage } from './progress.ts'
export { lineBudget } from './budget.ts'
