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
import {
  CARRY_Y_MM,
  CLEAVER,
  CLEAVER_GUIDE_Y,
  FIBRE_LINE_Y,
  FIBRE_ON_MAT_Y,
  HEATER_Y,
  SCRAP_BIN,
  SPLICER,
} from '../layout.ts'
import type { Side } from '../layout.ts'
import type { FibreEnd, SplicingState } from '../model.ts'
import {
  CLEAVER_GUIDE,
  JOINED_Z,
  TOWARD_CENTRE,
  bladeGesture,
  distanceFromTipMm,
  fibreLie,
  nearestRestingFibre,
  offAxisMm,
  overVGroove,
  parkedSleeveX,
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
  /** A fibre seated in the cleaver, waiting for the lid and the blade; valid while that end is unchanged. */
  cleaver: {
    side: Side
    seatOffsetMm: number
    tiltDeg: number
    edgeX: number
    lidClosed: boolean
    phase: FibreEnd['phase']
    bareMm: number
  } | null
}

const NO_WORK: BenchWork = { stripper: null, wipe: null, cleaver: null }

/** The least stroke that counts as a pull, a wipe pass or a lid/lever movement, mm. */
const MIN_STROKE_MM = 4
/** The coating comes off once the stripper reaches the tip; within this distance of it counts. */
const TIP_REACHED_MM = 2
/**
 * The cleaver's blade carriage travels this far when pushed home [I]; its speed is that travel over the
 * push's duration, so the reading does not depend on how far the camera is zoomed.
 */
const BLADE_TRAVEL_MM = 12

const tenth = (value: number) => Math.round(value * 10) / 10

/** The seated fibre, if the end it was seated with is still as it was (a cleave or a load ends it). */
export function seatedFibre(state: SplicingState, work: BenchWork): NonNullable<BenchWork['cleaver']> | null {
  const seated = work.cleaver
  if (!seated) return null
  const end = state.ends[seated.side]
  return end.phase === seated.phase && end.bareMm === seated.bareMm && !end.loaded && !state.splice
    ? seated
    : null
}

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
  const { start, toPlane } = useWorkPlaneDrag(CARRY_Y_MM)
  const [work, setWork] = useState<BenchWork>(NO_WORK)

  const say = (key: string | null, values?: Record<string, number | string>) =>
    ui.setState({
      live: key ? { key, ...(values ? { values: values as Record<string, number> } : {}) } : null,
    })

  /**
   * A pointer press on a 3D part starts a drag. Points are measured on the horizontal plane at `planeY`,
   * the height of what the gesture works on (a fibre on the mat, the cleaver's guide): a pull along a
   * fibre then reads as along the fibre, whatever the camera's angle.
   */
  const drag = (
    event: ThreeEvent<PointerEvent>,
    planeY: number,
    handlers: {
      onMove?: (p: PlanePoint, e: PointerEvent) => void
      onEnd: (p: PlanePoint, from: PlanePoint, ms: number, e: PointerEvent) => void
    },
  ) => {
    if (!dispatch || event.button > 0) return false
    event.stopPropagation()
    ui.setState({ cursorMm: null, cursorFor: null, live: null })
    const aim = (e: { clientX: number; clientY: number }) => toPlane(e.clientX, e.clientY, planeY)
    const from = aim(event.nativeEvent) ?? { x: event.point.x, z: event.point.z }
    const startMs = performance.now()
    let last = from
    start(event.pointerId, {
      move(_, e) {
        const point = aim(e)
        if (!point) return
        last = point
        handlers.onMove?.(point, e)
        invalidate()
      },
      end(_, e) {
        handlers.onEnd(aim(e) ?? last, from, performance.now() - startMs, e)
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
    drag(event, FIBRE_ON_MAT_Y, {
      onMove: follow('glasses'),
      // Toward the trainee, off the front of the mat: the glasses are put on.
      onEnd: (p) => {
        if (p.z > 190) dispatch?.({ type: 'glasses-on' })
      },
    })

  const sleeve = (event: ThreeEvent<PointerEvent>, lengthMm: 40 | 60) =>
    drag(event, FIBRE_ON_MAT_Y, {
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
    drag(event, FIBRE_ON_MAT_Y, {
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
    drag(event, FIBRE_ON_MAT_Y, {
      onMove: (p) => {
        follow('stripper')(p)
        say('splicing.live.stripped', {
          mm: Math.max(0, Math.round(clamped.startMm - distanceFromTipMm(clamped.side, p))),
        })
      },
      onEnd: (p, from) => {
        // Rounded as the gesture records it, so the view and the model decide on the same numbers.
        const pulledMm = tenth(distanceFromTipMm(clamped.side, from) - distanceFromTipMm(clamped.side, p))
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
        if (
          next.atMm > TIP_REACHED_MM &&
          offAxisDeg <= state.setup.breakOffAxisDeg &&
          pulledMm <= state.setup.maxPullMm
        ) {
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
            longestPullMm: tenth(next.longestPullMm),
          },
        })
      },
    })
  }

  /** Takes a fresh wipe from the box, or picks up the used one, and draws it along a bare fibre. */
  const wipe = (event: ThreeEvent<PointerEvent>, fresh: boolean) =>
    drag(event, FIBRE_ON_MAT_Y, {
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

  /**
   * Where a carried fibre end is aimed: the V-groove, the cleaver's guide or the heater, each measured
   * at its own height so that what the trainee lines up on screen is what is measured; else the carry plane.
   */
  const aimFibre = (side: Side, e: { clientX: number; clientY: number }, fallback: PlanePoint) => {
    // The pointer holds the coating; what goes into the V-groove is the end face, the bare glass further on.
    const groove = toPlane(e.clientX, e.clientY, FIBRE_LINE_Y)
    const endFace = groove && { x: groove.x + TOWARD_CENTRE[side] * state.ends[side].bareMm, z: groove.z }
    if (groove && endFace && overVGroove(side, endFace)) {
      return { where: 'groove' as const, p: groove, y: FIBRE_LINE_Y, tipMm: tipFromRelease(side, endFace.x) }
    }
    const guide = toPlane(e.clientX, e.clientY, CLEAVER_GUIDE_Y)
    if (guide && overCleaver(guide)) return { where: 'cleaver' as const, p: guide, y: CLEAVER_GUIDE_Y }
    const heater = toPlane(e.clientX, e.clientY, HEATER_Y)
    if (heater && overHeater(heater)) return { where: 'heater' as const, p: heater, y: HEATER_Y }
    return { where: 'bench' as const, p: fallback, y: CARRY_Y_MM }
  }

  /** Picks a fibre by its coating and carries it: into the cleaver, the V-groove, or the heater. */
  const carryFibre = (
    event: ThreeEvent<PointerEvent>,
    side: Side,
    edge: { x: number; y: number; z: number },
  ) => {
    carried.current = { side, edge: { ...edge, version: 0 } }
    const started = drag(event, CARRY_Y_MM, {
      onMove: (p, e) => {
        const live = carried.current?.edge
        if (!live) return
        const aimed = aimFibre(side, e, p)
        live.x = aimed.p.x
        live.z = aimed.p.z
        live.y = aimed.y
        live.version += 1
        if (aimed.where === 'cleaver')
          say('splicing.live.cleaveLength', { mm: Math.round(CLEAVER_GUIDE.bladeX - aimed.p.x) })
        else if (aimed.where === 'groove') say('splicing.live.tip', { mm: aimed.tipMm })
        else say(null)
      },
      onEnd: (p, _from, _ms, e) => {
        carried.current = null
        const end = state.ends[side]
        const aimed = aimFibre(side, e, p)
        const resting = fibreLie(state, side).where === 'rest'
        if (aimed.where === 'cleaver' && resting && end.phase !== 'coated') {
          const seating = seatingFromRelease(side, state.setup.cleaveLengthMm, aimed.p.x, aimed.p.z)
          setWork((w) => ({
            ...w,
            cleaver: {
              side,
              ...seating,
              edgeX: aimed.p.x,
              lidClosed: false,
              phase: end.phase,
              bareMm: end.bareMm,
            },
          }))
          return
        }
        // Taken out of the cleaver and put down elsewhere: it is no longer seated.
        setWork((w) => (w.cleaver?.side === side ? { ...w, cleaver: null } : w))
        if (aimed.where === 'groove' && !end.loaded && !state.splice) {
          dispatch?.({ type: 'load', target: side, p: { tipMm: aimed.tipMm } })
        } else if (end.loaded && !state.splice) {
          dispatch?.({ type: 'unload', target: side })
        } else if (aimed.where === 'heater' && state.splice?.proofTested) {
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
    drag(event, CLEAVER_GUIDE_Y, {
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
    const seated = seatedFibre(state, work)
    if (!seated?.lidClosed) return
    drag(event, CLEAVER_GUIDE_Y, {
      onMove: follow('blade'),
      onEnd: (p, from, ms) => {
        const travelMm = Math.abs(p.z - from.z) + Math.abs(p.x - from.x)
        if (travelMm < MIN_STROKE_MM * 3) return
        setWork((w) => ({ ...w, cleaver: null }))
        if (bladeGesture(state, seated.side) === 'cut-end') {
          dispatch?.({ type: 'cut-end', target: seated.side })
          return
        }
        dispatch?.({
          type: 'cleave',
          target: seated.side,
          p: {
            seatOffsetMm: seated.seatOffsetMm,
            tiltDeg: seated.tiltDeg,
            bladeSpeedMmS: Math.round(BLADE_TRAVEL_MM / Math.max(0.05, ms / 1000)),
          },
        })
      },
    })
  }

  const binScrap = (event: ThreeEvent<PointerEvent>, side: Side) =>
    drag(event, FIBRE_ON_MAT_Y, {
      onMove: follow('scrap'),
      onEnd: (p) => {
        if (overBin(p)) dispatch?.({ type: 'bin-scrap', target: side })
      },
    })

  /** A lever or cover moved by a short drag; `type` says which gesture it is. */
  const lever = (event: ThreeEvent<PointerEvent>, type: string) =>
    drag(event, FIBRE_LINE_Y, {
      onEnd: (p, from) => {
        if (Math.hypot(p.x - from.x, p.z - from.z) >= MIN_STROKE_MM) dispatch?.({ type })
      },
    })

  /** A key on the splicer: pressed and released on the spot. */
  const key = (event: ThreeEvent<PointerEvent>, type: string) =>
    drag(event, FIBRE_LINE_Y, {
      onEnd: (p, from) => {
        if (Math.hypot(p.x - from.x, p.z - from.z) < MIN_STROKE_MM * 2) dispatch?.({ type })
      },
    })

  /** Slides the sleeve along the joined fibre: its centre moves as much as the hand, wherever it was held. */
  const slideSleeve = (event: ThreeEvent<PointerEvent>) => {
    const sleeve = state.sleeve
    if (!sleeve) return
    const startX = parkedSleeveX(sleeve.side)
    // Where on the sleeve the hand took it, from the press itself.
    const pressedX =
      toPlane(event.nativeEvent.clientX, event.nativeEvent.clientY, FIBRE_ON_MAT_Y)?.x ?? startX
    const grabOffsetX = pressedX - startX
    drag(event, FIBRE_ON_MAT_Y, {
      onMove: (p) => {
        const centreX = p.x - grabOffsetX
        toolAt.current = { tool: `sleeve-${sleeve.lengthMm}`, x: centreX, z: JOINED_Z }
        say('splicing.live.sleeveOffset', { mm: sleeveOffsetFromRelease(centreX) })
      },
      onEnd: (p) => {
        dispatch?.({
          type: 'slide-sleeve',
          p: { centreOffsetMm: sleeveOffsetFromRelease(p.x - grabOffsetX) },
        })
      },
    })
  }

  const takeFromHeater = (event: ThreeEvent<PointerEvent>) =>
    drag(event, HEATER_Y, {
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
