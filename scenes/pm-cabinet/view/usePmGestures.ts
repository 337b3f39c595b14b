/**
 * Turns pointer work on the street cabinet into gestures. What moves during a drag (the key turning,
 * the door swinging, a drawer sliding, the photo's frame, a dust cap, the cord's free end through the
 * guides, a plug being pushed) is this View's local state; the release enters the log as one gesture
 * with what was measured there (the frame, the guides passed, how far the plug went in).
 */
import { useThree } from '@react-three/fiber'
import type { ThreeEvent } from '@react-three/fiber'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { Plane, Raycaster, Vector2, Vector3 } from 'three'
import type { Outcome } from '../../../src/engine/types.ts'
import type { GestureInput } from '../../../src/kit/liveAttempt.ts'
import type { SceneUi } from '../../../src/kit/sceneUi.ts'
import { ALL_GUIDES, STORAGE, guideAt, portAt } from '../layout.ts'
import type { DrawerId, GuideId, PortId } from '../layout.ts'
import type { PmState } from '../model.ts'
import { portName } from '../rules.ts'
import { GUIDE_Z, lookReading } from '../places.ts'
import type { Point3 } from '../places.ts'
import { pmUi } from './pmUi.ts'

export type Drag =
  | { kind: 'key'; turnDeg: number }
  | { kind: 'door'; openDeg: number }
  | { kind: 'drawer'; drawer: DrawerId; pulledMm: number }
  | { kind: 'frame'; from: Point3; to: Point3 }
  | { kind: 'cap'; port: PortId; at: Point3 }
  | { kind: 'push'; port: PortId; pushMm: number }
  | { kind: 'route'; via: GuideId[]; at: Point3 }
  | { kind: 'unplug'; port: PortId; at: Point3 }
  | { kind: 'slack'; at: Point3 }

/** A plug pushed by a held press moves in at this speed: the click (6 mm) after about 0.4 s [I]. */
const PUSH_MM_PER_S = 15
const MAX_PUSH_MM = 10
/**
 * How close the cord's free end must pass a guide to be laid in it (through the ring: its radius), and
 * land on a port to reach it, mm. Guides stand 65 mm apart at the closest, so two never catch at once.
 */
const GUIDE_REACH_MM = 28
const PORT_REACH_MM = 22
/** Screen travel that makes a pull, a swing or a pluck, px. */
const DRAG_PX = 40
const KEY_DEG_PER_PX = 1.2

type Dispatch = (input: GestureInput) => Outcome[]

const tenth = (value: number) => Math.round(value * 10) / 10

/** The nearest port of a pulled drawer under a point of the guides' plane, or null. */
export function portNear(state: PmState, at: Point3): PortId | null {
  let best: { port: PortId; d: number } | null = null
  for (const [drawer, pulled] of Object.entries(state.pulled)) {
    if (!pulled) continue
    for (let n = 1; n <= 12; n++) {
      const port = `${drawer}:${n}` as PortId
      const p = portAt(port)
      const d = Math.hypot(p.x - at[0], p.y - at[1])
      if (d <= PORT_REACH_MM && (!best || d < best.d)) best = { port, d }
    }
  }
  return best?.port ?? null
}

export function usePmGestures(state: PmState, dispatch: Dispatch | null, ui: SceneUi) {
  const camera = useThree((s) => s.camera)
  const canvas = useThree((s) => s.gl.domElement)
  const raycaster = useMemo(() => new Raycaster(), [])
  const ndc = useMemo(() => new Vector2(), [])
  const plane = useMemo(() => new Plane(new Vector3(0, 0, 1), 0), [])
  const hit = useMemo(() => new Vector3(), [])
  const [drag, setDrag] = useState<Drag | null>(null)
  const stop = useRef<(() => void) | null>(null)
  useEffect(() => () => stop.current?.(), [])

  /** Where the pointer's ray meets the vertical plane z = zMm. */
  const toFront = useCallback(
    (clientX: number, clientY: number, zMm = GUIDE_Z): Point3 | null => {
      const rect = canvas.getBoundingClientRect()
      ndc.set(((clientX - rect.left) / rect.width) * 2 - 1, -((clientY - rect.top) / rect.height) * 2 + 1)
      raycaster.setFromCamera(ndc, camera)
      plane.constant = -zMm
      return raycaster.ray.intersectPlane(plane, hit) ? [hit.x, hit.y, hit.z] : null
    },
    [canvas, camera, raycaster, ndc, plane, hit],
  )

  const say = (key: string | null, values?: Record<string, number | string>) =>
    ui.setState({ live: key ? { key, ...(values ? { values } : {}) } : null })
  const send = (input: GestureInput) => dispatch?.(input)

  /**
   * Follows a press on the window until release. `onMove` gets the pointer's screen travel and its point
   * on the front plane, and returns the drag's new local state.
   */
  const begin = (
    event: ThreeEvent<PointerEvent>,
    first: Drag,
    onMove: (travel: { dx: number; dy: number }, at: Point3 | null, current: Drag) => Drag,
    onRelease: (current: Drag, travel: { dx: number; dy: number }, at: Point3 | null) => void,
    zMm = GUIDE_Z,
  ) => {
    if (!dispatch) return
    event.stopPropagation()
    stop.current?.()
    const { pointerId, clientX: x0, clientY: y0 } = event.nativeEvent
    let current = first
    let travel = { dx: 0, dy: 0 }
    setDrag(first)
    document.body.style.cursor = 'grabbing'
    const onPointerMove = (e: PointerEvent) => {
      if (e.pointerId !== pointerId) return
      travel = { dx: e.clientX - x0, dy: e.clientY - y0 }
      current = onMove(travel, toFront(e.clientX, e.clientY, zMm), current)
      setDrag(current)
    }
    const finish = (e: PointerEvent, cancelled: boolean) => {
      if (e.pointerId !== pointerId) return
      cleanup()
      if (!cancelled) onRelease(current, travel, toFront(e.clientX, e.clientY, zMm))
      setDrag(null)
      document.body.style.cursor = ''
    }
    const onUp = (e: PointerEvent) => finish(e, false)
    const onCancel = (e: PointerEvent) => finish(e, true)
    const cleanup = () => {
      window.removeEventListener('pointermove', onPointerMove)
      window.removeEventListener('pointerup', onUp)
      window.removeEventListener('pointercancel', onCancel)
      stop.current = null
    }
    window.addEventListener('pointermove', onPointerMove)
    window.addEventListener('pointerup', onUp)
    window.addEventListener('pointercancel', onCancel)
    stop.current = cleanup
  }

  /** The triangular key: turned clockwise to unlock, back to lock. */
  const key = (event: ThreeEvent<PointerEvent>) => {
    const startDeg = state.door === 'locked' ? 0 : 90
    begin(
      event,
      { kind: 'key', turnDeg: startDeg },
      ({ dx }) => ({ kind: 'key', turnDeg: Math.max(0, Math.min(90, startDeg + dx * KEY_DEG_PER_PX)) }),
      (current) => {
        const turnDeg = current.kind === 'key' ? current.turnDeg : startDeg
        if (state.door === 'locked' && turnDeg >= 70)
          send({ type: 'unlock', target: 'lock', tool: 'triangle-key' })
        if (state.door === 'closed' && turnDeg <= 20)
          send({ type: 'lock', target: 'lock', tool: 'triangle-key' })
      },
    )
  }

  /** The handle: the door swings open toward the left, and back. */
  const handle = (event: ThreeEvent<PointerEvent>, fullDeg: number) => {
    const startDeg = state.door === 'open' ? fullDeg : 0
    begin(
      event,
      { kind: 'door', openDeg: startDeg },
      ({ dx }) => ({ kind: 'door', openDeg: Math.max(0, Math.min(fullDeg, startDeg - dx * 0.35)) }),
      (_current, { dx }) => {
        if (state.door !== 'open' && dx < -DRAG_PX) send({ type: 'open-door', target: 'door' })
        if (state.door === 'open' && dx > DRAG_PX) send({ type: 'close-door', target: 'door' })
      },
    )
  }

  /** A drawer's handle: drawn down toward you to pull it out, pushed up to slide it back. */
  const drawer = (event: ThreeEvent<PointerEvent>, id: DrawerId, travelMm: number) => {
    const startMm = state.pulled[id] ? travelMm : 0
    begin(
      event,
      { kind: 'drawer', drawer: id, pulledMm: startMm },
      ({ dy }) => ({
        kind: 'drawer',
        drawer: id,
        pulledMm: Math.max(0, Math.min(travelMm, startMm + dy * 1.5)),
      }),
      (_current, { dy }) => {
        if (!state.pulled[id] && dy > DRAG_PX) send({ type: 'pull-drawer', target: id })
        if (state.pulled[id] && dy < -DRAG_PX) send({ type: 'push-drawer', target: id })
      },
    )
  }

  /** The phone's camera: a frame dragged over the cabinet, the photo taken on release. */
  const frame = (event: ThreeEvent<PointerEvent>) => {
    // The phone may have been put down since this volume was drawn: the press is then for what is behind.
    if (pmUi.getState().tool !== 'phone') return
    const from = toFront(event.nativeEvent.clientX, event.nativeEvent.clientY, 0)
    if (!from) return
    begin(
      event,
      { kind: 'frame', from, to: from },
      (_t, at, current) => (at && current.kind === 'frame' ? { ...current, to: at } : current),
      (current) => {
        pmUi.setState({ tool: 'hand' })
        if (current.kind !== 'frame') return
        const { from: a, to: b } = current
        if (Math.abs(a[0] - b[0]) < 50 || Math.abs(a[1] - b[1]) < 50) return say('pm.live.frameTooSmall')
        send({
          type: 'photo',
          target: 'cabinet',
          tool: 'phone',
          p: { x0: Math.round(a[0]), y0: Math.round(a[1]), x1: Math.round(b[0]), y1: Math.round(b[1]) },
        })
      },
      0,
    )
  }

  /** A press on a port: what it does depends on what is in hand and in the port. */
  const port = (event: ThreeEvent<PointerEvent>, id: PortId) => {
    const tool = pmUi.getState().tool
    const cord = state.cord
    const ownEnd = cord?.ends.a === id ? 'a' : cord?.ends.b === id ? 'b' : null
    const taken = ownEnd !== null || state.others.some((o) => !o.unplugged && (o.op === id || o.dist === id))
    const uncapped = state.uncapped.includes(id)
    if (tool === 'look') {
      event.stopPropagation()
      send({ type: 'look', target: id })
      const reading = lookReading(state, id)
      say(reading.key, reading.values)
      return
    }
    const pushable =
      cord && ((ownEnd && !cord.latched[ownEnd]) || (!taken && uncapped && (!cord.ends.a || !cord.ends.b)))
    if (pushable) return pushIn(event, id)
    if (taken) {
      const from = toFront(event.nativeEvent.clientX, event.nativeEvent.clientY) ?? [0, 0, 0]
      begin(
        event,
        { kind: 'unplug', port: id, at: from },
        (_t, at, current) => (at ? { kind: 'unplug', port: id, at } : current),
        (_c, { dx, dy }) => {
          if (Math.hypot(dx, dy) > DRAG_PX) send({ type: 'unplug', target: id })
        },
      )
      return
    }
    if (!uncapped) {
      const from = toFront(event.nativeEvent.clientX, event.nativeEvent.clientY) ?? [0, 0, 0]
      begin(
        event,
        { kind: 'cap', port: id, at: from },
        (_t, at, current) => (at ? { kind: 'cap', port: id, at } : current),
        (_c, { dx, dy }) => {
          if (Math.hypot(dx, dy) > DRAG_PX / 2) send({ type: 'uncap', target: id })
        },
      )
      return
    }
    event.stopPropagation()
    send({ type: 'cap', target: id })
  }

  /** Push and hold: the plug slides in while the press lasts; it clicks once it is home. */
  const pushIn = (event: ThreeEvent<PointerEvent>, id: PortId) => {
    const startedMs = performance.now()
    let pushMm = 0
    const timer = window.setInterval(() => {
      pushMm = Math.min(MAX_PUSH_MM, ((performance.now() - startedMs) / 1000) * PUSH_MM_PER_S)
      setDrag({ kind: 'push', port: id, pushMm })
      say(pushMm >= state.setup.latchMm ? 'pm.live.click' : 'pm.live.pushing', { mm: tenth(pushMm) })
    }, 40)
    begin(
      event,
      { kind: 'push', port: id, pushMm: 0 },
      (_t, _at, current) => current,
      () => {
        window.clearInterval(timer)
        pushMm = Math.min(MAX_PUSH_MM, ((performance.now() - startedMs) / 1000) * PUSH_MM_PER_S)
        pmUi.setState({ routedTo: null, via: [] })
        send({ type: 'plug', target: id, p: { pushMm: tenth(pushMm) } })
      },
    )
  }

  /** The cord's free end, led through the guides it passes near, and brought to a port. */
  const freeEnd = (event: ThreeEvent<PointerEvent>) => {
    const from = toFront(event.nativeEvent.clientX, event.nativeEvent.clientY) ?? [0, 0, GUIDE_Z]
    const first: GuideId[] = []
    begin(
      event,
      { kind: 'route', via: first, at: from },
      (_t, at, current) => {
        if (!at || current.kind !== 'route') return current
        let via = current.via
        for (const id of ALL_GUIDES) {
          const g = guideAt(id)!
          if (Math.hypot(g.x - at[0], g.y - at[1]) <= GUIDE_REACH_MM && via[via.length - 1] !== id)
            via = [...via, id]
        }
        say('pm.live.guides', { n: via.length })
        return { kind: 'route', via, at }
      },
      (current, _t, at) => {
        if (current.kind !== 'route' || !at) return
        const target = portNear(state, at)
        if (!target) return say('pm.live.noPort')
        send({ type: 'route', target: 'cord', p: { via: current.via.join(',') } })
        pmUi.setState({ routedTo: target, via: current.via })
        say('pm.live.pushNow', { port: portName(target) })
      },
    )
  }

  /** The excess's loop, carried down into the storage. */
  const slack = (event: ThreeEvent<PointerEvent>) => {
    const from = toFront(event.nativeEvent.clientX, event.nativeEvent.clientY) ?? [0, 0, GUIDE_Z]
    begin(
      event,
      { kind: 'slack', at: from },
      (_t, at, current) => (at ? { kind: 'slack', at } : current),
      (_c, _t, at) => {
        const inStorage =
          at &&
          at[0] >= STORAGE.minX &&
          at[0] <= STORAGE.maxX &&
          at[1] >= STORAGE.minY &&
          at[1] <= STORAGE.maxY
        if (inStorage) send({ type: 'store-slack', target: 'storage' })
        else say('pm.live.notStorage')
      },
    )
  }

  return { drag, key, handle, drawer, frame, port, freeEnd, slack, send, say }
}
