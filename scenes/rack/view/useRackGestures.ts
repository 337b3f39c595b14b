/**
 * Turns pointer work on the rack into gestures. What moves during a drag (the stabiliser, the strap's
 * plug, a part carried to the rails, a device carried to the rack, a server pushed along its rails) is
 * this View's local state; the release enters the log as one gesture with what was measured there (the
 * hole, the U, how far the server went past its latches). Where a drag ends is read on the rails' plane
 * or, for small targets, on the screen.
 */
import { useThree } from '@react-three/fiber'
import type { ThreeEvent } from '@react-three/fiber'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { Plane, Raycaster, Vector2, Vector3 } from 'three'
import type { Outcome } from '../../../src/engine/types.ts'
import type { GestureInput } from '../../../src/kit/liveAttempt.ts'
import type { SceneUi } from '../../../src/kit/sceneUi.ts'
import { RACK, nearestHole, uAt } from '../layout.ts'
import type { RackState } from '../model.ts'
import type { Point3 } from './places.ts'
import { rackUi } from './rackUi.ts'

export type Drag =
  | { kind: 'carry'; what: 'stabiliser' | 'strap' | 'device' | 'nut'; id: string; at: Point3 }
  | { kind: 'push'; id: string; pushMm: number }

/** A server pushed by a held press rides in at this speed: the latches click after 0.4 s [I]. */
const PUSH_MM_PER_S = 50
const MAX_PUSH_MM = 40
/** A drop this close to a small target (the jack, the stabiliser's place) on the screen lands on it, px. */
const DROP_PX = 70
/** A cage nut lands in a hole of a front rail when released this close to the holes' column, mm. */
const HOLE_REACH_MM = 22
/** Screen travel that makes a drag, px. */
const DRAG_PX = 30

type Dispatch = (input: GestureInput) => Outcome[]

export function useRackGestures(state: RackState, dispatch: Dispatch | null, ui: SceneUi) {
  const camera = useThree((s) => s.camera)
  const canvas = useThree((s) => s.gl.domElement)
  const raycaster = useMemo(() => new Raycaster(), [])
  const ndc = useMemo(() => new Vector2(), [])
  const plane = useMemo(() => new Plane(new Vector3(0, 0, 1), 0), [])
  const hit = useMemo(() => new Vector3(), [])
  const projected = useMemo(() => new Vector3(), [])
  const [drag, setDrag] = useState<Drag | null>(null)
  const stop = useRef<(() => void) | null>(null)
  useEffect(() => () => stop.current?.(), [])

  /** Where the pointer's ray meets the vertical plane z = zMm (the front rails' by default). */
  const toPlane = useCallback(
    (clientX: number, clientY: number, zMm: number = RACK.frontRailZ): Point3 | null => {
      const rect = canvas.getBoundingClientRect()
      ndc.set(((clientX - rect.left) / rect.width) * 2 - 1, -((clientY - rect.top) / rect.height) * 2 + 1)
      raycaster.setFromCamera(ndc, camera)
      plane.constant = -zMm
      return raycaster.ray.intersectPlane(plane, hit) ? [hit.x, hit.y, hit.z] : null
    },
    [canvas, camera, raycaster, ndc, plane, hit],
  )

  /** How far a scene point is from a screen point, px. */
  const screenDistance = useCallback(
    (point: Point3, clientX: number, clientY: number): number => {
      const rect = canvas.getBoundingClientRect()
      projected.set(point[0], point[1], point[2]).project(camera)
      const x = rect.left + ((projected.x + 1) / 2) * rect.width
      const y = rect.top + ((1 - projected.y) / 2) * rect.height
      return Math.hypot(x - clientX, y - clientY)
    },
    [canvas, camera, projected],
  )

  const say = (key: string | null, values?: Record<string, number | string>) =>
    ui.setState({ live: key ? { key, ...(values ? { values } : {}) } : null })
  const send = (input: GestureInput) => dispatch?.(input)

  /** Follows a press on the window until release, with the screen travel and the point on the plane. */
  const begin = (
    event: ThreeEvent<PointerEvent>,
    first: Drag,
    onMove: (at: Point3 | null, current: Drag) => Drag,
    onRelease: (current: Drag, end: { clientX: number; clientY: number; travelPx: number }) => void,
    zMm: number = RACK.frontRailZ,
  ) => {
    if (!dispatch) return
    event.stopPropagation()
    stop.current?.()
    const { pointerId, clientX: x0, clientY: y0 } = event.nativeEvent
    let current = first
    setDrag(first)
    document.body.style.cursor = 'grabbing'
    const onPointerMove = (e: PointerEvent) => {
      if (e.pointerId !== pointerId) return
      current = onMove(toPlane(e.clientX, e.clientY, zMm), current)
      setDrag(current)
    }
    const finish = (e: PointerEvent, cancelled: boolean) => {
      if (e.pointerId !== pointerId) return
      cleanup()
      const travelPx = Math.hypot(e.clientX - x0, e.clientY - y0)
      if (!cancelled) onRelease(current, { clientX: e.clientX, clientY: e.clientY, travelPx })
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

  const follow = (at: Point3 | null, current: Drag): Drag =>
    at && current.kind === 'carry' ? { ...current, at } : current

  /** Carries a part from where it lies to a target on the screen: the gesture is sent on a drop near it. */
  const carryTo = (
    event: ThreeEvent<PointerEvent>,
    what: 'stabiliser' | 'strap',
    from: Point3,
    target: Point3,
    input: GestureInput,
  ) =>
    begin(event, { kind: 'carry', what, id: what, at: from }, follow, (_c, end) => {
      if (screenDistance(target, end.clientX, end.clientY) <= DROP_PX) send(input)
    })

  /** A levelling foot turned down; the four make the gesture. */
  const foot = (event: ThreeEvent<PointerEvent>, index: number) => {
    if (!dispatch || state.feetLowered) return
    event.stopPropagation()
    const down = [...new Set([...rackUi.getState().feetDown, index])]
    rackUi.setState({ feetDown: down })
    if (down.length === 4) send({ type: 'lower-feet', target: 'feet' })
  }

  /**
   * A press on the front rails with a part in hand. A cage nut is hooked in from the inside: the drag
   * starts between the rails and ends on the hole; pressed straight onto the hole it goes in from the
   * front. A blanking panel, a rail or the held switch lands at the U (or hole) where it is released.
   */
  const rails = (event: ThreeEvent<PointerEvent>) => {
    const hand = rackUi.getState().inHand
    const heldSwitch = state.setup.devices.find(
      (d) => d.kind === 'switch' && state.devices[d.id]!.where === 'held',
    )
    if (!hand && !heldSwitch) return
    const start = toPlane(event.nativeEvent.clientX, event.nativeEvent.clientY)
    if (!start) return
    const fromInside = Math.abs(start[0]) < RACK.railInnerX - 8
    begin(event, { kind: 'carry', what: 'nut', id: 'part', at: start }, follow, (current) => {
      const at = current.kind === 'carry' ? current.at : start
      say(null)
      if (hand === 'nut') {
        if (Math.abs(Math.abs(at[0]) - RACK.holeX) > HOLE_REACH_MM)
          return say('rack.live.hole', nearestHole(at[1]))
        const hole = nearestHole(at[1])
        const rail = at[0] < 0 ? 'fl' : 'fr'
        rackUi.setState({ inHand: null })
        return void send({
          type: 'insert-cage-nut',
          target: `${rail}:${hole.u}.${hole.pos}`,
          tool: 'cage-nut-tool',
          p: { side: fromInside ? 'inside' : 'front' },
        })
      }
      if (hand === 'blank') {
        rackUi.setState({ inHand: null })
        return void send({ type: 'blank', target: `u-${uAt(at[1])}`, p: { u: uAt(at[1]) } })
      }
      if (hand && typeof hand === 'object') {
        const hole = nearestHole(at[1])
        rackUi.setState({ inHand: null })
        return void send({ type: 'fit-rail', target: hand.rail, p: { hole: `${hole.u}.${hole.pos}` } })
      }
      if (heldSwitch)
        send({
          type: 'slide-in',
          target: heldSwitch.id,
          p: { u: uAt(at[1]), facing: rackUi.getState().facing },
        })
    })
  }

  /** A device taken from the trolley and carried to the rack. */
  const lift = (event: ThreeEvent<PointerEvent>, id: string, from: Point3) =>
    begin(event, { kind: 'carry', what: 'device', id, at: from }, follow, (current, end) => {
      const at = current.kind === 'carry' ? current.at : from
      if (end.travelPx >= DRAG_PX && Math.abs(at[0]) < RACK.widthMm) send({ type: 'lift', target: id })
    })

  /** Push and hold: the server rides in on its rails while the press lasts; the latches click at the end. */
  const push = (event: ThreeEvent<PointerEvent>, id: string) => {
    const startedMs = performance.now()
    const pushed = () => Math.min(MAX_PUSH_MM, ((performance.now() - startedMs) / 1000) * PUSH_MM_PER_S)
    const timer = window.setInterval(() => {
      const pushMm = pushed()
      setDrag({ kind: 'push', id, pushMm })
      say(pushMm >= state.setup.latchMm ? 'rack.live.click' : 'rack.live.pushing', { mm: Math.round(pushMm) })
    }, 40)
    begin(
      event,
      { kind: 'push', id, pushMm: 0 },
      (_at, current) => current,
      () => {
        window.clearInterval(timer)
        send({ type: 'slide-in', target: id, p: { pushMm: Math.round(pushed()) } })
      },
    )
  }

  /** A mounted device, ears unscrewed, drawn back out toward the technician (down on the screen). */
  const pull = (event: ThreeEvent<PointerEvent>, id: string, from: Point3) =>
    begin(
      event,
      { kind: 'carry', what: 'device', id, at: from },
      (_at, current) => current,
      (_c, end) => {
        if (end.travelPx >= DRAG_PX) send({ type: 'slide-out', target: id })
      },
    )

  return { drag, foot, carryTo, rails, lift, push, pull, send, say }
}
