/** The pure module of the fusion-splicing station: what the player, the tests and a server import. */
export { splicingModel, spliceIsGood, bareAroundSpliceMm, SIDES, STEP, ERR, TIP_WINDOW_MM } from './model.ts'
export type { SplicingState, FibreEnd, Side, Splice, SleeveState, ScreenStatus } from './model.ts'
export { SPLICING_PROCEDURES, fusionProcedure } from './procedures.ts'
export { SPLICING_EXERCISES } from './exercises.ts'
export { parseSplicingSetup } from './setup.ts'
export type { SplicingSetup } from './setup.ts'
export { estimateSpliceLoss, offsetLossDb, mismatchLossDb, angleLossDb } from './lossModel.ts'
export { progress, hintMessage } from './progress.ts'
