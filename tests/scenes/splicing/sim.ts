/**
 * Headless driver for the fusion-splicing station: trade verbs that build the gestures the View and the
 * keyboard overlay send, so tests read like the job (`.glasses().threadSleeve('L').strip('L', …)`).
 */
import { sceneCatalogue } from '../sceneModelChecks.ts'
import { TestSim } from '../../../src/engine/TestSim.ts'
import type { TestSimOptions } from '../../../src/engine/TestSim.ts'
import type { Exercise, Procedure } from '../../../src/engine/schema.ts'
import type { Outcome } from '../../../src/engine/types.ts'
import {
  SPLICING_EXERCISES,
  SPLICING_PROCEDURES,
  hintMessage,
  splicingModel,
} from '../../../scenes/splicing/index.ts'
import type { Side, SplicingState } from '../../../scenes/splicing/index.ts'

export const { exerciseById, procedureFor } = sceneCatalogue(
  'splicing',
  SPLICING_EXERCISES,
  SPLICING_PROCEDURES,
)

export type StripOptions = { lengthMm?: number; offAxisDeg?: number; pulls?: number; longestPullMm?: number }
export type CleaveOptions = { seatOffsetMm?: number; tiltDeg?: number; bladeSpeedMmS?: number }
export type PrepareOptions = { strip?: StripOptions; cleave?: CleaveOptions; tipMm?: number }

type ErrorOutcome = Extract<Outcome, { kind: 'error' }>
type RecoveredOutcome = Extract<Outcome, { kind: 'recovered' }>

export class SplicingSim extends TestSim<SplicingState> {
  get setup() {
    return this.state.setup
  }

  get procedureData(): Procedure {
    return this.procedure
  }

  get exerciseData(): Exercise {
    return this.exercise
  }

  glasses() {
    return this.gesture('glasses-on')
  }

  threadSleeve(side: Side, lengthMm: number = this.setup.sleeveLengthMm) {
    return this.gesture('thread-sleeve', side, { lengthMm })
  }

  /** Strips the coating in `pulls` equal strokes (or with one stroke of `longestPullMm`), along the axis by default. */
  strip(
    side: Side,
    { lengthMm = this.setup.stripTargetMm, offAxisDeg = 0, pulls = 2, longestPullMm }: StripOptions = {},
  ) {
    return this.gesture('strip', side, {
      lengthMm,
      offAxisDeg,
      pulls,
      ...(longestPullMm === undefined ? {} : { longestPullMm }),
    })
  }

  wipe(side: Side, { towardTip = true, fresh = true } = {}) {
    return this.gesture('wipe', side, { towardTip, fresh })
  }

  touch(side: Side) {
    return this.gesture('touch', side)
  }

  cleave(side: Side, { seatOffsetMm = 0, tiltDeg = 0, bladeSpeedMmS = 50 }: CleaveOptions = {}) {
    return this.gesture('cleave', side, { seatOffsetMm, tiltDeg, bladeSpeedMmS })
  }

  cutEnd(side: Side) {
    return this.gesture('cut-end', side)
  }

  binScrap(side: Side) {
    return this.gesture('bin-scrap', side)
  }

  /** Puts every scrap of this side in the bin. */
  binAllScraps(side: Side) {
    while (this.state.ends[side].scraps > 0) this.binScrap(side)
    return this
  }

  load(side: Side, tipMm = 1.5) {
    return this.gesture('load', side, { tipMm })
  }

  unload(side: Side) {
    return this.gesture('unload', side)
  }

  /** Strip, wipe, cleave, every scrap in the bin, load: one end ready for the arc. */
  prepare(side: Side, { strip, cleave, tipMm }: PrepareOptions = {}) {
    return this.strip(side, strip).wipe(side).cleave(side, cleave).binAllScraps(side).load(side, tipMm)
  }

  closeUp() {
    return this.gesture('close-clamps').gesture('close-cover')
  }

  arc() {
    return this.gesture('arc')
  }

  accept() {
    return this.gesture('accept')
  }

  redo() {
    return this.gesture('redo')
  }

  openCover() {
    return this.gesture('open-cover')
  }

  slideSleeve(centreOffsetMm = 0) {
    return this.gesture('slide-sleeve', undefined, { centreOffsetMm })
  }

  heaterIn() {
    return this.gesture('heater-in')
  }

  heaterOut() {
    return this.gesture('heater-out')
  }

  /** Sleeve centred, heated for the whole cycle and cooled before it is handled. */
  protect() {
    const { heatCycleS, coolS } = this.setup
    return this.slideSleeve(0)
      .heaterIn()
      .wait(heatCycleS + coolS)
      .heaterOut()
  }

  /** Glasses on, sleeve on the left fibre, both ends prepared (`order`), closed up and arced. */
  spliceBoth(order: readonly Side[] = ['L', 'R']) {
    this.glasses().threadSleeve('L')
    for (const side of order) this.prepare(side)
    return this.closeUp().arc()
  }

  /** A whole textbook job: spliced, kept, proof-tested, protected, finished. */
  perfectRun(order: readonly Side[] = ['L', 'R']) {
    return this.spliceBoth(order).accept().openCover().protect().finish()
  }

  /** Catalogue errors raised so far, optionally of one id. */
  errors(error?: string): ErrorOutcome[] {
    return this.outcomes.filter(
      (o): o is ErrorOutcome => o.kind === 'error' && (error === undefined || o.error === error),
    )
  }

  recoveries(error?: string): RecoveredOutcome[] {
    return this.outcomes.filter(
      (o): o is RecoveredOutcome => o.kind === 'recovered' && (error === undefined || o.error === error),
    )
  }

  /**
   * Does what the HUD hint asks, as a trainee who reads it would, with textbook parameters (the
   * strip and cleave lengths and the wait the hint names). Throws on 'done': nothing is left to do.
   */
  followHint() {
    const { key, values = {} } = hintMessage(this.state)
    const side: Side = values.side === 'right' ? 'R' : 'L'
    const mm = typeof values.mm === 'number' ? values.mm : undefined
    switch (key.replace(/^splicing\.hints\./, '')) {
      case 'glasses':
        return this.glasses()
      case 'sleeve':
        return this.threadSleeve('L', mm)
      case 'strip':
        return this.strip(side, { lengthMm: mm ?? this.setup.stripTargetMm })
      case 'wipe':
        return this.wipe(side)
      case 'cleave':
        // The hint names the cleave length: the fibre is seated on that mark.
        return this.cleave(side, {
          seatOffsetMm: (mm ?? this.setup.cleaveLengthMm) - this.setup.cleaveLengthMm,
        })
      case 'bin-scrap':
        return this.binScrap(side)
      case 'load':
        return this.load(side)
      case 'unload':
        return this.unload(side)
      case 'cut-end':
        return this.cutEnd(side)
      case 'close-clamps':
        return this.gesture('close-clamps')
      case 'close-cover':
        return this.gesture('close-cover')
      case 'arc':
        return this.arc()
      case 'accept':
        return this.accept()
      case 'redo':
      case 'break-for-sleeve':
        return this.redo()
      case 'open-cover':
        return this.openCover()
      case 'slide-sleeve':
        return this.slideSleeve(0)
      case 'heater-in':
        return this.heaterIn()
      case 'heater-out':
        return this.wait(typeof values.s === 'number' ? values.s : 0).heaterOut()
      case 'done':
        return this.fail('followHint: the hint says the job is done, there is nothing left to follow')
      default:
        return this.fail(`followHint: no gesture known for hint '${key}'`)
    }
  }

  /** Follows the hints until they say 'done'; a bound turns a hint loop into a failure instead of a hang. */
  followHintsToTheEnd(bound = 80) {
    for (let i = 0; i < bound; i++) {
      if (hintMessage(this.state).key === 'splicing.hints.done') return this
      this.followHint()
    }
    return this.fail(
      `still not done after ${bound} hints; the hint is ${JSON.stringify(hintMessage(this.state))}, ` +
        `the last gestures: ${JSON.stringify(this.gestures.slice(-6).map((g) => [g.type, g.target]))}`,
    )
  }
}

export function splicingSim(exerciseId: string, options: Partial<TestSimOptions> = {}): SplicingSim {
  return simFor(exerciseById(exerciseId), options)
}

/** A sim on an exercise record of its own (e.g. one whose setup a trainer changed). */
export function simFor(exercise: Exercise, options: Partial<TestSimOptions> = {}): SplicingSim {
  return new SplicingSim(splicingModel, exercise, procedureFor(exercise), {
    seed: exercise.seed ?? 1,
    ...options,
  })
}

/** The exercise with some of its setup changed, as a trainer would in the exercise file. */
export function withSetup(exerciseId: string, changes: Record<string, unknown>): Exercise {
  const exercise = exerciseById(exerciseId)
  return { ...exercise, setup: { ...exercise.setup, ...changes } }
}

/** Fills `{{name}}` placeholders like the app does (src/i18n localText), leaving unknown ones in place. */
export function fill(text: string, values: Record<string, string | number> = {}): string {
  return text.replace(/\{\{(\w+)\}\}/g, (placeholder, name: string) =>
    values[name] === undefined ? placeholder : String(values[name]),
  )
}

/** Placeholder names of a message text. */
export function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1] as string)
}
