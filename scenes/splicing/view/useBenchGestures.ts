/**
 * Turns pointer drags on the splicing bench into gestures. A drag that only moves a tool (the stripper
 * clamped halfway, a fibre seated in the cleaver) changes this View's local work state; the finished
 * action enters the log as one gesture with what was measured (strip length and pull, wipe direction,
 * seating and blade speed, tip position, sleeve offset).
 */
import type { ThreeEvent } from '@react-three/fiber'
import { useThree } from '@react-three/fiber'
import { useState } from 'react'
import type { RefObject } from 'react'
import type { Outcome } from '../../../src/engine/types.ts'
import type { GestureInput } from '../../../src/kit/liveAttempt.ts'
import type { SceneUi } from '../../../src/kit/sceneUi.ts'
import { useWorkPlaneDrag } from '../../../src/kit/useWorkPlaneDrag.ts'
import type { PlanePoint } from '../../../src/kit/useWorkPlaneDrag.ts'
import { CARRY_Y_MM, CLEAVER, SCRAP_BIN, SPLICER } from '../layout.ts'
import type { Side } from '../layout.ts'
import type { SplicingState } from '../model.ts'
import {
  CLEAVER_GUIDE,
  distanceFromTipMm,
  nearestRestingFibre,
  offAxisMm,
  overVGroove,
  seatingFromRelease,
  sleeveOffsetFromRelease,
  tipFromRelease,
} from '../places.ts'
import type { LiveEdge } from './SpliceFibre.tsx'

export type BenchWork = {
  /** The stripper clamped on a fibre, `atMm` from its tip, and the strokes pulled so far. */
  stripper: {
    side: Side
    startMm: number
    atMm: number
    pulls: number
    longestPullMm: number
    offAxisDeg: number
  } | null
  /** A wipe in hand or lying where it was last used; a used one cleans badly. */
  wipe: { fresh: boolean; at: PlanePoint } | null
  /** A fibre seated in the cleaver, waiting for the lid and the blade. */
  cleaver: { side: Side; seatOffsetMm: number; tiltDeg: number; edgeX: number; lidClosed: boolean } | null
}

const NO_WORK: BenchWork = { stripper: null, wipe: null, cleaver: null }

/** The least stroke that counts as a pull, a wipe pass or a lid/lever movement, mm. */
const MIN_STROKE_MM = 4

const overCleaver = (p: PlanePoint) =>
  Math.abs(p.x - CLEAVER.at.x) < CLEAVER.widthMm / 2 + 10 &&
  Math.abs(p.z - CLEAVER.at.z) < CLEAVER.depthMm / 2 + 10
const overBin = (p: PlanePoint) => Math.hypot(p.x - SCRAP_BIN.at.x, p.z - SCRAP_BIN.at.z) < 45
const overHeater = (p: PlanePoint) =>
  Math.abs(p.x - SPLICER.at.x) < SPLICER.heater.lengthMm && Math.abs(p.z - SPLICER.heater.z) < 25

type Dispatch = (input: GestureInput) => Outcome[]

export function useBenchGestures(
  state: SplicingState,
  dispatch: Dispatch | null,
  ui: SceneUi,
  carried: RefObject<{ side: Side; edge: LiveEdge } | null>,
  toolAt: RefObject<{ tool: string; x: number; z: number } | null>,
) {
  const invalidate = useThree((s) => s.invalidate)
  const { start } = useWorkPlaneDrag(CARRY_Y_MM)
  const [work, setWork] = useState<BenchWork>(NO_WORK)

  const say = (key: string | null, values?: Record<string, number | string>) =>
    ui.setState({
      live: key ? { key, ...(values ? { values: values as Record<string, number> } : {}) } : null,
    })

  /** A pointer press on a 3D part starts a drag; `onMove` gets plane points, `onEnd` the release point. */
  const drag = (
    event: ThreeEvent<PointerEvent>,
    handlers: {
      onMove?: (p: PlanePoint) => void
      onEnd: (p: PlanePoint, from: PlanePoint, ms: number) => void
    },
  ) => {
    if (!dispatch || event.button > 0) return false
    event.stopPropagation()
    ui.setState({ cursorMm: null, cursorFor: null, live: null })
    const from = { x: event.point.x, z: event.point.z }
    const startMs = performance.now()
    let last = from
    start(event.pointerId, {
      move(point) {
        last = point
        handlers.onMove?.(point)
        invalidate()
      },
      end(point) {
        handlers.onEnd(point ?? last, from, performance.now() - startMs)
        toolAt.current = null
        say(null)
        invalidate()
      },
      cancel() {
        toolAt.current = null
        carried.current = null
        say(null)
        invalidate()
      },
    })
    return true
  }

  const follow = (tool: string) => (p: PlanePoint) => {
    toolAt.current = { tool, x: p.x, z: p.z }
  }

  const glasses = (event: ThreeEvent<PointerEvent>) =>
    drag(event, {
      onMove: follow('glasses'),
      // Toward the trainee, off the front of the mat: the glasses are put on.
      onEnd: (p) => {
        if (p.z > 190) dispatch?.({ type: 'glasses-on' })
      },
    })

  const sleeve = (event: ThreeEvent<PointerEvent>, lengthMm: 40 | 60) =>
    drag(event, {
      onMove: (p) => {
        follow(`sleeve-${lengthMm}`)(p)
        const side = nearestRestingFibre(state, p)
        say(side ? 'splicing.live.threadOn' : null, side ? { cote: side } : undefined)
      },
      onEnd: (p) => {
        const side = nearestRestingFibre(state, p)
        if (side) dispatch?.({ type: 'thread-sleeve', target: side, p: { lengthMm } })
      },
    })

  /** Brings the stripper onto a fibre: it closes on the coating at the distance read on the ruler. */
  const placeStripper = (event: ThreeEvent<PointerEvent>) =>
    drag(event, {
      onMove: (p) => {
        follow('stripper')(p)
        const side = nearestRestingFibre(state, p)
        say(
          side ? 'splicing.live.stripAt' : null,
          side ? { mm: Math.round(distanceFromTipMm(side, p)) } : undefined,
        )
      },
      onEnd: (p) => {
        const side = nearestRestingFibre(state, p)
        if (!side || state.ends[side].phase !== 'coated') return
        const atMm = Math.round(distanceFromTipMm(side, p))
        if (atMm <= 0) return
        setWork((w) => ({
          ...w,
          stripper: { side, startMm: atMm, atMm, pulls: 0, longestPullMm: 0, offAxisDeg: 0 },
        }))
      },
    })

  /** Pulls the clamped stripper toward the tip; once past it, the strip is one gesture. */
  const pullStripper = (event: ThreeEvent<PointerEvent>) => {
    const clamped = work.stripper
    if (!clamped) return
    drag(event, {
      onMove: (p) => {
        follow('stripper')(p)
        say('splicing.live.stripped', {
          mm: Math.max(0, Math.round(clamped.startMm - distanceFromTipMm(clamped.side, p))),
        })
      },
      onEnd: (p, from) => {
        const pulledMm = distanceFromTipMm(clamped.side, from) - distanceFromTipMm(clamped.side, p)
        // Lifted off the fibre without pulling: the stripper is put down again.
        if (pulledMm < MIN_STROKE_MM) {
          if (offAxisMm(clamped.side, p) > 25) setWork((w) => ({ ...w, stripper: null }))
          return
        }
        const offAxisDeg = (Math.atan2(Math.abs(p.z - from.z), Math.abs(p.x - from.x)) * 180) / Math.PI
        const next = {
          ...clamped,
          atMm: clamped.atMm - pulledMm,
          pulls: clamped.pulls + 1,
          longestPullMm: Math.max(clamped.longestPullMm, pulledMm),
          offAxisDeg: Math.max(clamped.offAxisDeg, offAxisDeg),
        }
        if (next.atMm > 0 && offAxisDeg <= state.setup.breakOffAxisDeg && pulledMm <= state.setup.maxPullMm) {
          setWork((w) => ({ ...w, stripper: next }))
          return
        }
        // Past the tip, or a pull that breaks the fibre: the strip is over either way.
        setWork((w) => ({ ...w, stripper: null }))
        dispatch?.({
          type: 'strip',
          target: clamped.side,
          p: {
            lengthMm: clamped.startMm,
            offAxisDeg: Math.round(next.offAxisDeg),
            pulls: next.pulls,
            longestPullMm: Math.round(next.longestPullMm),
          },
        })
      },
    })
  }

  /** Takes a fresh wipe from the box, or picks up the used one, and draws it along a bare fibre. */
  const wipe = (event: ThreeEvent<PointerEvent>, fresh: boolean) =>
    drag(event, {
      onMove: follow('wipe'),
      onEnd: (p, from) => {
        const side = nearestRestingFibre(state, p, 12)
        const startSide = nearestRestingFibre(state, from, 12)
        setWork((w) => ({ ...w, wipe: { fresh, at: p } }))
        if (!side) return
        // A stroke that starts on the fibre counts; one that only ends there starts at the box: from the coating.
        const startAlong = startSide === side ? distanceFromTipMm(side, from) : state.ends[side].bareMm
        const strokeMm = startAlong - distanceFromTipMm(side, p)
        if (Math.abs(strokeMm) < MIN_STROKE_MM) return
        dispatch?.({ type: 'wipe', target: side, p: { towardTip: strokeMm > 0, fresh } })
        setWork((w) => ({ ...w, wipe: { fresh: false, at: p } }))
      },
    })

  /** Picks a fibre by its coating and carries it: into the cleaver, the V-groove, or the heater. */
  const carryFibre = (
    event: ThreeEvent<PointerEvent>,
    side: Side,
    edge: { x: number; y: number; z: number },
  ) => {
    carried.current = { side, edge: { ...edge, version: 0 } }
    const started = drag(event, {
      onMove: (p) => {
        const live = carried.current?.edge
        if (!live) return
        live.x = p.x
        live.z = p.z
        live.y = CARRY_Y_MM
        live.version += 1
        if (overCleaver(p)) say('splicing.live.cleaveLength', { mm: Math.round(CLEAVER_GUIDE.bladeX - p.x) })
        else if (overVGroove(side, p)) say('splicing.live.tip', { mm: tipFromRelease(side, p.x) })
        else say(null)
      },
      onEnd: (p) => {
        carried.current = null
        const end = state.ends[side]
        if (overCleaver(p) && !end.loaded && end.phase !== 'coated') {
          const seating = seatingFromRelease(state.setup.cleaveLengthMm, p.x, p.z)
          setWork((w) => ({ ...w, cleaver: { side, ...seating, edgeX: p.x, lidClosed: false } }))
        } else if (overVGroove(side, p) && !end.loaded && !state.splice) {
          dispatch?.({ type: 'load', target: side, p: { tipMm: tipFromRelease(side, p.x) } })
        } else if (end.loaded && !state.splice) {
          dispatch?.({ type: 'unload', target: side })
        } else if (state.splice?.proofTested && overHeater(p)) {
          dispatch?.({ type: 'heater-in' })
        }
      },
    })
    if (!started) carried.current = null
  }

  const touchGlass = (event: ThreeEvent<PointerEvent>, side: Side) => {
    if (!dispatch || event.button > 0) return
    event.stopPropagation()
    dispatch({ type: 'touch', target: side })
  }

  const closeLid = (event: ThreeEvent<PointerEvent>) =>
    drag(event, {
      onEnd: (p, from) => {
        if (Math.hypot(p.x - from.x, p.z - from.z) >= MIN_STROKE_MM) {
          setWork((w) =>
            w.cleaver ? { ...w, cleaver: { ...w.cleaver, lidClosed: !w.cleaver.lidClosed } } : w,
          )
        }
      },
    })

  /** Pushes the blade across: its speed is measured; a cleaved or refused end is cut back instead. */
  const pushBlade = (event: ThreeEvent<PointerEvent>) => {
    const seated = work.cleaver
    if (!seated?.lidClosed) return
    drag(event, {
      onMove: follow('blade'),
      onEnd: (p, from, ms) => {
        const travelMm = Math.abs(p.z - from.z) + Math.abs(p.x - from.x)
        if (travelMm < MIN_STROKE_MM * 3) return
        const end = state.ends[seated.side]
        setWork((w) => ({ ...w, cleaver: null }))
        if (end.phase === 'cleaved' || end.refused) {
          dispatch?.({ type: 'cut-end', target: seated.side })
          return
        }
        dispatch?.({
          type: 'cleave',
          target: seated.side,
          p: {
            seatOffsetMm: seated.seatOffsetMm,
            tiltDeg: seated.tiltDeg,
            bladeSpeedMmS: Math.round(travelMm / Math.max(0.05, ms / 1000)),
          },
        })
      },
    })
  }

  const binScrap = (event: ThreeEvent<PointerEvent>, side: Side) =>
    drag(event, {
      onMove: follow('scrap'),
      onEnd: (p) => {
        if (overBin(p)) dispatch?.({ type: 'bin-scrap', target: side })
      },
    })

  /** A lever or cover moved by a short drag; `type` says which gesture it is. */
  const lever = (event: ThreeEvent<PointerEvent>, type: string) =>
    drag(event, {
      onEnd: (p, from) => {
        if (Math.hypot(p.x - from.x, p.z - from.z) >= MIN_STROKE_MM) dispatch?.({ type })
      },
    })

  /** A key on the splicer: pressed and released on the spot. */
  const key = (event: ThreeEvent<PointerEvent>, type: string) =>
    drag(event, {
      onEnd: (p, from) => {
        if (Math.hypot(p.x - from.x, p.z - from.z) < MIN_STROKE_MM * 2) dispatch?.({ type })
      },
    })

  const slideSleeve = (event: ThreeEvent<PointerEvent>) =>
    drag(event, {
      onMove: (p) => {
        follow('sleeve-on-fibre')(p)
        say('splicing.live.sleeveOffset', { mm: sleeveOffsetFromRelease(p.x) })
      },
      onEnd: (p) => dispatch?.({ type: 'slide-sleeve', p: { centreOffsetMm: sleeveOffsetFromRelease(p.x) } }),
    })

  const takeFromHeater = (event: ThreeEvent<PointerEvent>) =>
    drag(event, {
      onEnd: (p, from) => {
        if (Math.hypot(p.x - from.x, p.z - from.z) >= MIN_STROKE_MM) dispatch?.({ type: 'heater-out' })
      },
    })

  return {
    work,
    placeStripper,
    pullStripper,
    glasses,
    sleeve,
    wipe,
    carryFibre,
    touchGlass,
    closeLid,
    pushBlade,
    binScrap,
    lever,
    key,
    slideSleeve,
    takeFromHeater,
  }
}
