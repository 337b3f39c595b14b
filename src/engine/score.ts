/**
 * The scorer of docs/SCORING.md: the outcomes of one attempt and its reference procedure in, a report out,
 * where every deduction is a finding that says how many of the 100 points it cost. Pure and deterministic.
 * It throws only on programming errors (an outcome naming a step or error the procedure does not know,
 * a parameter the scene model forgot to measure), never because of what a trainee did.
 */
import type { ComponentWeights, ErrorDef, Mode, ParamSpec, Procedure, Step } from './schema.ts'
import type { Finding, Outcome, Report } from './types.ts'

export type ScoreInput = {
  outcomes: readonly Outcome[]
  durationS: number
  actionCount: number
  mode: Mode
}

const POINTS = 100
/** Float sums of weights land a hair below an exact pass mark (0.1 + 0.2 ≠ 0.3); a pass must not hinge on that. */
const PASS_EPSILON = 1e-9

/** Credit of one measured parameter: 1 inside the tolerance band, 0 from the limit on, linear between. */
export function paramCredit(x: number, target: number, tol: number, limit: number): number {
  const distance = Math.abs(x - target)
  if (distance <= tol) return 1
  if (distance >= limit) return 0
  return (limit - distance) / (limit - tol)
}

type Mark = { seq: number; tMs: number }
type Measurement = Mark & { value: number }

type StepTrace = {
  /** Position of the first completion in the ordered outcomes: order is judged on first completions. */
  firstDoneIndex: number
  firstDone: Mark
  done: boolean
  /** Last value of each parameter: the final result counts (a re-cleave replaces a bad cleave). */
  measured: Map<string, Measurement>
}

type ErrorOccurrence = Mark & { def: ErrorDef; recovered: boolean; detail?: Record<string, string | number> }

type Trace = {
  steps: Map<string, StepTrace>
  errors: ErrorOccurrence[]
  hints: Mark[]
}

type Component = { value: number; findings: Finding[] }

const recoveryKey = (error: string, ref: string | undefined) => JSON.stringify([error, ref ?? null])

/** One pass over the outcomes, in log order, collecting what each component needs. */
function readTrace(outcomes: readonly Outcome[], procedure: Procedure): Trace {
  // `seq` is the truth, not array order; the sort is stable, so outcomes of one gesture keep their order.
  const ordered = outcomes.slice().sort((a, b) => a.seq - b.seq)
  const stepIds = new Set(procedure.steps.map((step) => step.id))
  const errorDefs = new Map(procedure.errors.map((def) => [def.id, def]))
  const knownStep = (step: string) => {
    if (!stepIds.has(step)) {
      throw new Error(`Outcome names step '${step}', unknown to procedure ${label(procedure)}`)
    }
  }
  const knownError = (error: string): ErrorDef => {
    const def = errorDefs.get(error)
    if (!def) {
      throw new Error(`Outcome names error '${error}', not in the catalogue of procedure ${label(procedure)}`)
    }
    return def
  }

  const steps = new Map<string, StepTrace>()
  const raised: (Mark & {
    def: ErrorDef
    key: string
    index: number
    detail?: Record<string, string | number>
  })[] = []
  const lastRecoveryIndex = new Map<string, number>()
  const hints: Mark[] = []
  ordered.forEach((outcome, index) => {
    const mark = { seq: outcome.seq, tMs: outcome.tMs }
    switch (outcome.kind) {
      case 'step': {
        knownStep(outcome.step)
        const trace = steps.get(outcome.step)
        const measured = trace?.measured ?? new Map<string, Measurement>()
        for (const [param, value] of Object.entries(outcome.measured ?? {})) {
          measured.set(param, { ...mark, value })
        }
        if (trace) trace.done = true
        else steps.set(outcome.step, { firstDoneIndex: index, firstDone: mark, done: true, measured })
        break
      }
      case 'undo': {
        knownStep(outcome.step)
        const trace = steps.get(outcome.step)
        if (trace) trace.done = false
        break
      }
      case 'error':
        raised.push({
          ...mark,
          ...(outcome.detail ? { detail: outcome.detail } : {}),
          def: knownError(outcome.error),
          key: recoveryKey(outcome.error, outcome.ref),
          index,
        })
        break
      case 'recovered':
        knownError(outcome.error)
        lastRecoveryIndex.set(recoveryKey(outcome.error, outcome.ref), index)
        break
      case 'hint':
        hints.push(mark)
        break
    }
  })
  const errors = raised.map(({ key, index, ...occurrence }) => ({
    ...occurrence,
    recovered: (lastRecoveryIndex.get(key) ?? -1) > index,
  }))
  return { steps, errors, hints }
}

const label = (procedure: Procedure) => `${procedure.id}@${procedure.version}`
const isDone = (trace: Trace, step: Step) => trace.steps.get(step.id)?.done === true
const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0)

function scoreCompletion(procedure: Procedure, trace: Trace, alpha: number): Component {
  const totalWeight = sum(procedure.steps.map((step) => step.weight))
  const doneWeight = sum(procedure.steps.filter((step) => isDone(trace, step)).map((step) => step.weight))
  const findings = procedure.steps
    .filter((step) => !isDone(trace, step) && (step.required || step.weight > 0))
    .map((step): Finding => ({
      kind: 'missing-step',
      level: step.required ? 'error' : 'info',
      step: step.id,
      pointsLost: totalWeight > 0 ? (POINTS * alpha * step.weight) / totalWeight : 0,
    }))
  return { value: totalWeight > 0 ? doneWeight / totalWeight : 1, findings }
}

function scoreOrder(procedure: Procedure, trace: Trace, alpha: number): Component {
  // A pair listed twice is still one rule.
  const unique = new Map(procedure.precedence.map((pair) => [pair.join('\u0000'), pair] as const))
  const pairs = [...unique.values()].flatMap(([before, after]) => {
    const a = trace.steps.get(before)
    const b = trace.steps.get(after)
    return a?.done && b?.done ? [{ before, after, a, b }] : []
  })
  const violated = pairs.filter(({ a, b }) => b.firstDoneIndex < a.firstDoneIndex)
  const findings = violated.map(({ before, after, b }): Finding => ({
    kind: 'order',
    level: 'warning',
    step: after,
    before,
    ...b.firstDone,
    pointsLost: (POINTS * alpha) / pairs.length,
  }))
  return { value: pairs.length > 0 ? 1 - violated.length / pairs.length : 1, findings }
}

function scoreParameters(procedure: Procedure, trace: Trace, alpha: number): Component {
  const graded = procedure.steps
    .filter((step) => isDone(trace, step))
    .flatMap((step) =>
      (step.params ?? []).map((spec) => {
        const measurement = trace.steps.get(step.id)?.measured.get(spec.id)
        if (!measurement || !Number.isFinite(measurement.value)) {
          throw new Error(
            `Step '${step.id}' of ${label(procedure)} was done without a finite measure of '${spec.id}': ` +
              'the scene model must report every parameter the procedure grades',
          )
        }
        return {
          step,
          spec,
          measurement,
          credit: paramCredit(measurement.value, spec.target, spec.tol, spec.limit),
        }
      }),
    )
  const totalWeight = sum(graded.map(({ spec }) => spec.weight))
  if (totalWeight === 0) return { value: 1, findings: [] }
  const findings = graded
    .filter(({ credit }) => credit < 1)
    .map(({ step, spec, measurement, credit }) =>
      parameterFinding(step, spec, measurement, credit, alpha, totalWeight),
    )
  return { value: sum(graded.map(({ spec, credit }) => spec.weight * credit)) / totalWeight, findings }
}

function parameterFinding(
  step: Step,
  spec: ParamSpec,
  measurement: Measurement,
  credit: number,
  alpha: number,
  totalWeight: number,
): Finding {
  return {
    kind: 'parameter',
    level: credit > 0 ? 'warning' : 'error',
    step: step.id,
    param: spec.id,
    value: measurement.value,
    unit: spec.unit,
    target: spec.target,
    tol: spec.tol,
    limit: spec.limit,
    seq: measurement.seq,
    tMs: measurement.tMs,
    message: spec.why,
    pointsLost: (POINTS * alpha * spec.weight * (1 - credit)) / totalWeight,
  }
}

function scoreErrors(trace: Trace, alpha: number): Component {
  // Penalties are charged in log order until the component is empty, so the findings add up to what was lost.
  let remaining = 1
  const findings = trace.errors.map(({ def, recovered, seq, tMs, detail }): Finding => {
    const charged = Math.min(remaining, recovered ? def.recoveredPenalty : def.penalty)
    remaining -= charged
    return {
      kind: 'error',
      level: def.level,
      error: def.id,
      recovered,
      seq,
      tMs,
      message: def.message,
      consequence: def.consequence,
      ...(detail ? { detail } : {}),
      pointsLost: POINTS * alpha * charged,
    }
  })
  return { value: remaining, findings }
}

function scoreTime(durationS: number, time: Procedure['time'], alpha: number): Component {
  const value =
    durationS <= time.refS
      ? 1
      : durationS >= time.maxS
        ? 0
        : (time.maxS - durationS) / (time.maxS - time.refS)
  if (value === 1) return { value, findings: [] }
  const finding: Finding = {
    kind: 'time',
    level: 'info',
    value: durationS,
    unit: 's',
    target: time.refS,
    limit: time.maxS,
    pointsLost: POINTS * alpha * (1 - value),
  }
  return { value, findings: [finding] }
}

function scoreEconomy(actionCount: number, minActions: number, alpha: number): Component {
  const value = actionCount === 0 ? 1 : Math.min(1, minActions / actionCount)
  if (value === 1) return { value, findings: [] }
  const finding: Finding = {
    kind: 'economy',
    level: 'info',
    value: actionCount,
    unit: 'count',
    target: minActions,
    count: actionCount,
    pointsLost: POINTS * alpha * (1 - value),
  }
  return { value, findings: [finding] }
}

function checkInput(input: ScoreInput): void {
  if (!Number.isFinite(input.durationS) || input.durationS < 0) {
    throw new RangeError(`durationS must be a finite number ≥ 0, got ${input.durationS}`)
  }
  if (!Number.isInteger(input.actionCount) || input.actionCount < 0) {
    throw new RangeError(`actionCount must be an integer ≥ 0, got ${input.actionCount}`)
  }
}

const severity = (finding: Finding) => (finding.level === 'critical' ? 0 : 1)
/** Findings with no place in the log (a missing step, the time) come after those with one. */
const logPosition = (finding: Finding) => finding.seq ?? Number.MAX_SAFE_INTEGER

/** Critical first (a safety breach leads the debrief), then the costliest, then in log order. */
function byImportance(a: Finding, b: Finding): number {
  return severity(a) - severity(b) || b.pointsLost - a.pointsLost || logPosition(a) - logPosition(b)
}

export function score(input: ScoreInput, procedure: Procedure): Report {
  checkInput(input)
  const trace = readTrace(input.outcomes, procedure)
  const alpha = procedure.weights
  const parts: Record<keyof ComponentWeights, Component> = {
    completion: scoreCompletion(procedure, trace, alpha.completion),
    order: scoreOrder(procedure, trace, alpha.order),
    parameters: scoreParameters(procedure, trace, alpha.parameters),
    errors: scoreErrors(trace, alpha.errors),
    time: scoreTime(input.durationS, procedure.time, alpha.time),
    economy: scoreEconomy(input.actionCount, procedure.minActions, alpha.economy),
  }
  const components: ComponentWeights = {
    completion: parts.completion.value,
    order: parts.order.value,
    parameters: parts.parameters.value,
    errors: parts.errors.value,
    time: parts.time.value,
    economy: parts.economy.value,
  }
  const weighted = Math.min(
    1,
    sum(Object.entries(components).map(([key, value]) => alpha[key as keyof ComponentWeights] * value)),
  )
  // Guided mode is not graded, so its hints are free; in every graded mode a hint costs the same.
  const graded = input.mode !== 'guided'
  const hintsUsed = trace.hints.length
  const total = Math.max(0, weighted - (graded ? procedure.hintPenalty * hintsUsed : 0))
  const findings = Object.values(parts).flatMap((part) => part.findings)
  const firstHint = trace.hints[0]
  if (graded && firstHint) {
    findings.push({
      kind: 'hint',
      level: 'info',
      count: hintsUsed,
      ...firstHint,
      pointsLost: POINTS * (weighted - total),
    })
  }
  findings.sort(byImportance)

  const criticalErrors = trace.errors.filter(({ def }) => def.level === 'critical').length
  const requiredDone = procedure.steps.every((step) => !step.required || isDone(trace, step))
  // Only the trainee says the job is done: an attempt left open, or abandoned for a new one, never passes.
  const finished = input.outcomes.some((outcome) => outcome.kind === 'finished')
  return {
    procedure: { id: procedure.id, version: procedure.version },
    mode: input.mode,
    score: total,
    components,
    // A recovered critical error still fails: a safety breach is a breach, whatever came after.
    success: finished && criticalErrors === 0 && requiredDone && total + PASS_EPSILON >= procedure.passMark,
    finished,
    graded,
    passMark: procedure.passMark,
    durationS: input.durationS,
    actionCount: input.actionCount,
    hintsUsed,
    criticalErrors,
    findings,
  }
}
