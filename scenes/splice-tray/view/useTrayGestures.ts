/**
 * Turns pointer drags in the PBO into gestures. What moves during a drag (a cable end, a tie's tail, a
 * sleeve, the cutters, a label, the meter's cord, the fibre being laid) is this View's local state; the
 * release enters the log as one gesture with what was measured there (depth past the tie, tie force,
 * slot, the drawn path, the label's offset).
 */
import type { ThreeEvent } from '@react-three/fiber'
import { useState } from 'react'
import type { Outcome } from '../../../src/engine/types.ts'
import type { GestureInput } from '../../../src/kit/liveAttempt.ts'
import type { SceneUi } from '../../../src/kit/sceneUi.ts'
import { useWorkPlaneDrag } from '../../../src/kit/useWorkPlaneDrag.ts'
import type { PlanePoint } from '../../../src/kit/useWorkPlaneDrag.ts'
import { encodePath, pathLengthMm, radiusProfile, resample } from '../coilPath.ts'
import { ENTRIES, FIBRE_Y, LABEL_ZONE, SPARE_CHANNEL, fibreStart, insideCassette, slotAt } from '../layout.ts'
import type { CableId, PointMm } from '../layout.ts'
import { WAVELENGTHS_NM } from '../rules.ts'
import type { SpliceTrayState } from '../model.ts'
import { LOOSE_SPARES } from '../places.ts'
import { PTO_PORT } from './Pto.tsx'

export type Drag =
  | { kind: 'end'; cable: CableId; at: PlanePoint }
  | { kind: 'tie'; cable: CableId; pullMm: number }
  | { kind: 'cutters'; at: PlanePoint }
  | { kind: 'spares'; at: PlanePoint }
  | { kind: 'sleeve'; fibre: number; at: PlanePoint }
  | { kind: 'coil'; cable: CableId; points: PlanePoint[]; full: boolean }
  | { kind: 'label'; id: string; at: PlanePoint }
  | { kind: 'cord'; at: PlanePoint }

/**
 * A hand-pulled tie: each millimetre the tail is drawn past snug adds 2.5 N [I], so the exercises'
 * band (20–60 N) is a pull of 8–24 mm and crushing the tube takes a hard, long pull.
 */
export const TIE_N_PER_MM = 2.5
const MAX_PULL_MM = 40
/** How far a release may land from a place and still count as there. */
const ENTRY_REACH_MM = 20
const CUT_REACH_MM = 12
const PORT_REACH_MM = 30
/** Pointer samples of a drawn fibre closer than this are the same point. */
const DRAW_STEP_MM = 3

const tenth = (value: number) => Math.round(value * 10) / 10
const dist = (a: PointMm, b: PointMm) => Math.hypot(a.x - b.x, a.z - b.z)

type Dispatch = (input: GestureInput) => Outcome[]

/** The smallest radius drawn so far, read the way the model reads it (null until there is enough path). */
function drawnRadiusMm(points: readonly PointMm[]): number | null {
  if (points.length < 3) return null
  const radii = radiusProfile(resample(points, 2))
  const finite = radii.filter(Number.isFinite)
  return finite.length ? Math.round(Math.min(...finite)) : null
}

export function useTrayGestures(state: SpliceTrayState, dispatch: Dispatch | null, ui: SceneUi) {
  const { start, toPlane } = useWorkPlaneDrag(FIBRE_Y)
  const [drag, setDrag] = useState<Drag | null>(null)

  const say = (key: string | null, values?: Record<string, number>) =>
    ui.setState({ live: key ? { key, ...(values ? { values } : {}) } : null })

  const end = () => {
    setDrag(null)
    document.body.style.cursor = ''
  }

  /**
   * Where a press lands on the work plane. The press hits a part above the floor; reading it on the
   * plane the drag is measured on keeps a pull's length free of the camera's slant.
   */
  const pressedAt = (event: ThreeEvent<PointerEvent>): PlanePoint =>
    toPlane(event.nativeEvent.clientX, event.nativeEvent.clientY) ?? { x: event.point.x, z: event.point.z }

  /** Starts a drag from a pointer press on a part; `onMove` returns the drag's new local state. */
  const begin = (
    event: ThreeEvent<PointerEvent>,
    first: Drag,
    onMove: (p: PlanePoint, current: Drag) => Drag,
    onRelease: (p: PlanePoint | null, current: Drag, e: PointerEvent) => void,
  ) => {
    if (!dispatch) return
    event.stopPropagation()
    let current = first
    setDrag(first)
    document.body.style.cursor = 'grabbing'
    start(event.pointerId, {
      move(p) {
        current = onMove(p, current)
        setDrag(current)
      },
      end(p, e) {
        onRelease(p, current, e)
        end()
      },
      cancel() {
        say(null)
        end()
      },
    })
  }

  const send = (input: GestureInput) => dispatch?.(input)

  const cableEnd = (event: ThreeEvent<PointerEvent>, cable: CableId) => {
    const entry = ENTRIES[cable]
    const inEntry = (p: PlanePoint) => Math.abs(p.x - entry.x) <= ENTRY_REACH_MM && p.z <= entry.edgeZ + 5
    begin(
      event,
      { kind: 'end', cable, at: pressedAt(event) },
      (p) => {
        say(inEntry(p) ? 'spliceTray.live.depth' : null, { mm: tenth(entry.tieZ - p.z) })
        return { kind: 'end', cable, at: p }
      },
      (p) => {
        if (p && inEntry(p)) send({ type: 'route', target: cable, p: { depthMm: tenth(entry.tieZ - p.z) } })
        else say('spliceTray.live.offEntry')
      },
    )
  }

  const tieTail = (event: ThreeEvent<PointerEvent>, cable: CableId) => {
    const fromZ = pressedAt(event).z
    const force = (pullMm: number) => Math.round(pullMm * TIE_N_PER_MM)
    begin(
      event,
      { kind: 'tie', cable, pullMm: 0 },
      (p) => {
        const pullMm = Math.max(0, Math.min(MAX_PULL_MM, p.z - fromZ))
        say('spliceTray.live.tension', { n: force(pullMm) })
        return { kind: 'tie', cable, pullMm }
      },
      (_p, current) => {
        const pullMm = current.kind === 'tie' ? current.pullMm : 0
        if (pullMm >= 1) send({ type: 'tie', target: cable, p: { forceN: force(pullMm) } })
      },
    )
  }

  /** What the cutters' jaws close on at `p`: a tie, the spare fibres, a laid coil, or nothing. */
  const cutTarget = (p: PlanePoint): string | null => {
    for (const cable of ['dist', 'drop'] as const) {
      const entry = ENTRIES[cable]
      if (state.cables[cable].tie && dist(p, { x: entry.x, z: entry.tieZ }) <= CUT_REACH_MM)
        return `tie-${cable}`
    }
    if (state.spares === 'loose' && dist(p, LOOSE_SPARES) <= 25) return 'spares'
    if (state.spares === 'stored' && overChannel(p)) return 'spares'
    for (const cable of ['dist', 'drop'] as const) {
      const laid = state.coils[cable]
      if (laid?.points.some((q) => dist(p, q) <= 4)) return `coil-${cable}`
    }
    return null
  }

  const cutters = (event: ThreeEvent<PointerEvent>) =>
    begin(
      event,
      { kind: 'cutters', at: pressedAt(event) },
      (p) => ({ kind: 'cutters', at: p }),
      (p) => {
        const target = p ? cutTarget(p) : null
        if (target) send({ type: 'cut', target, tool: 'side-cutters' })
      },
    )

  const spares = (event: ThreeEvent<PointerEvent>) =>
    begin(
      event,
      { kind: 'spares', at: pressedAt(event) },
      (p) => ({ kind: 'spares', at: p }),
      (p) => {
        if (p && overChannel(p, 8)) send({ type: 'store-spares', target: 'spares' })
      },
    )

  const sleeve = (event: ThreeEvent<PointerEvent>, fibre: number) =>
    begin(
      event,
      { kind: 'sleeve', fibre, at: pressedAt(event) },
      (p) => {
        const slot = slotAt(p)
        say(slot ? 'spliceTray.live.slot' : 'spliceTray.live.noSlot', slot ? { slot } : undefined)
        return { kind: 'sleeve', fibre, at: p }
      },
      (p) => {
        const slot = p ? slotAt(p) : null
        if (slot) send({ type: 'place-sleeve', target: `sleeve-${fibre}`, p: { slot } })
        // Out of the holder onto the cassette floor: taken out, laid beside it (slot 0).
        else if (p && state.sleeves[fibre] && insideCassette(p))
          send({ type: 'place-sleeve', target: `sleeve-${fibre}`, p: { slot: 0 } })
      },
    )

  /** Lays a fibre by drawing its path from the tie; the fibre runs out at its slack. */
  const coil = (event: ThreeEvent<PointerEvent>, cable: CableId) => {
    const slack = state.setup.slackMm[cable]
    const first = fibreStart(cable)
    begin(
      event,
      { kind: 'coil', cable, points: [first], full: false },
      (p, current) => {
        if (current.kind !== 'coil') return current
        const last = current.points[current.points.length - 1]!
        const step = dist(last, p)
        if (step < DRAW_STEP_MM || current.full) return current
        const laidMm = pathLengthMm(current.points)
        const full = laidMm + step > slack
        const points = full ? current.points : [...current.points, p]
        const r = drawnRadiusMm(points)
        if (full) say('spliceTray.live.full')
        else
          say(r === null ? 'spliceTray.live.layStart' : 'spliceTray.live.lay', {
            mm: Math.round(laidMm + step),
            slack,
            ...(r === null ? {} : { r }),
          })
        return { kind: 'coil', cable, points, full }
      },
      (_p, current) => {
        if (current.kind !== 'coil' || current.points.length < 5) return
        send({ type: 'coil', target: cable, p: { path: encodePath(current.points.slice(1)) } })
      },
    )
  }

  const label = (event: ThreeEvent<PointerEvent>, id: string) =>
    begin(
      event,
      { kind: 'label', id, at: pressedAt(event) },
      (p) => ({ kind: 'label', id, at: p }),
      (p) => {
        if (!p) return
        const onLip =
          Math.abs(p.z - LABEL_ZONE.z) <= 20 && Math.abs(p.x - LABEL_ZONE.x) <= LABEL_ZONE.halfWidthMm + 15
        if (onLip)
          send({ type: 'label', target: 'cassette', p: { label: id, offsetMm: tenth(p.x - LABEL_ZONE.x) } })
      },
    )

  const cord = (event: ThreeEvent<PointerEvent>) =>
    begin(
      event,
      { kind: 'cord', at: pressedAt(event) },
      (p) => ({ kind: 'cord', at: p }),
      (_p, _current, e) => {
        // The port stands on a board: its height, not the floor's, is where the plug is aimed.
        const atPort = toPlane(e.clientX, e.clientY, PTO_PORT[1])
        if (atPort && Math.hypot(atPort.x - PTO_PORT[0], atPort.z - PTO_PORT[2]) <= PORT_REACH_MM)
          send({ type: 'meter-connect', target: 'pto' })
      },
    )

  /** A press on a button or the cover: it acts when the finger lifts. */
  const press = (event: ThreeEvent<PointerEvent>, input: () => GestureInput) => {
    if (!dispatch) return
    event.stopPropagation()
    start(event.pointerId, {
      move() {},
      end() {
        send(input())
      },
      cancel() {},
    })
  }

  const nextWavelength = () => {
    const i = WAVELENGTHS_NM.indexOf(state.meter.wavelengthNm as (typeof WAVELENGTHS_NM)[number])
    return WAVELENGTHS_NM[(i + 1) % WAVELENGTHS_NM.length]!
  }

  return {
    drag,
    cableEnd,
    tieTail,
    cutters,
    spares,
    sleeve,
    coil,
    label,
    cord,
    cover: (e: ThreeEvent<PointerEvent>) =>
      press(e, () => ({ type: state.coverClosed ? 'open-cover' : 'close-cover', target: 'cover' })),
    wavelength: (e: ThreeEvent<PointerEvent>) =>
      press(e, () => ({ type: 'meter-wavelength', target: 'meter', p: { nm: nextWavelength() } })),
    measure: (e: ThreeEvent<PointerEvent>) => press(e, () => ({ type: 'measure', target: 'meter' })),
  }
}

export function overChannel(p: PointMm, marginMm = 0): boolean {
  return (
    p.x >= SPARE_CHANNEL.minX - marginMm &&
    p.x <= SPARE_CHANNEL.maxX + marginMm &&
    p.z >= SPARE_CHANNEL.minZ - marginMm &&
    p.z <= SPARE_CHANNEL.maxZ + marginMm
  )
}
