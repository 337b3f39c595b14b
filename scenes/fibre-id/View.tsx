/**
 * "Repérage des fibres" in 3D: renders the model's state and turns pointer drags into gestures
 * (take a fibre by its end, drag it, let go into a slot; draw the cutter along a tube). Lazy-loaded:
 * this chunk is where three.js enters. The DOM overlay (keyboard path) is in Overlay.tsx.
 */
import { useThree } from '@react-three/fiber'
import type { ThreeEvent } from '@react-three/fiber'
import { Suspense, useCallback, useEffect, useMemo, useRef } from 'react'
import { useStore } from 'zustand'
import { CameraRig } from '../../src/kit/CameraRig.tsx'
import type { CameraPreset } from '../../src/kit/CameraRig.tsx'
import type { SceneViewProps } from '../../src/kit/sceneView.ts'
import { TargetProbe } from '../../src/kit/TargetProbe.tsx'
import { useWorkPlaneDrag } from '../../src/kit/useWorkPlaneDrag.ts'
import type { PlanePoint } from '../../src/kit/useWorkPlaneDrag.ts'
import { HELD_Y } from './fibrePath.ts'
import { fibreTip, releaseAt, releaseGesture, releaseReading, tubeWindow, tubeZ } from './layout.ts'
import type { PointMm } from './layout.ts'
import { TUBE_WINDOW_MM, nextHint, tubeId } from './model.ts'
import type { FibreIdState, FibreState } from './model.ts'
import { hintPosition, targetPosition } from './targets.ts'
import { Cable } from './view/Cable.tsx'
import type { LiveTip } from './view/Fibre.tsx'
import { FibreOnMat } from './view/FibreOnMat.tsx'
import { Marker } from './view/Marker.tsx'
import { Organiser } from './view/Organiser.tsx'
import { PaperCards } from './view/PaperCards.tsx'
import { TubeCutter } from './view/TubeCutter.tsx'
import { Workbench } from './view/Workbench.tsx'

export { Overlay } from './Overlay.tsx'

const PRESETS: Record<string, CameraPreset> = {
  overview: { target: [-10, 0, 20], azimuthDeg: 0, polarDeg: 36, width: 600 },
  fibres: { target: [-150, 0, 90], azimuthDeg: 0, polarDeg: 30, width: 340 },
  organiser: { target: [165, 0, -20], azimuthDeg: 0, polarDeg: 28, width: 230 },
}

/** Finger-sized pick radius around a fibre end, and the half-width of a tube's pick zone. */
const TIP_PICK_RADIUS_MM = 11
const PICK_HEIGHT_MM = 6
const TUBE_PICK_HALF_WIDTH_MM = 10
/** The cutter slips off the tube when the drag wanders farther than this from its axis. */
const CUTTER_SLIP_MM = 25

export default function FibreIdView({
  store,
  dispatch,
  showHint,
  cameraView,
  ui,
}: SceneViewProps<FibreIdState>) {
  const state = useStore(store, (s) => s.state)
  const mode = useStore(store, (s) => s.exercise.mode)
  const focus = useStore(ui, (s) => s.focus)
  const cursor = useStore(ui, (s) => s.cursorMm)
  const invalidate = useThree((s) => s.invalidate)
  const { start } = useWorkPlaneDrag(HELD_Y)
  const liveTip = useRef<LiveTip | null>(null)
  const cutterAt = useRef<PointMm | null>(null)
  const { setup } = state
  const slotCount = state.slots.length

  useEffect(
    () => () => {
      document.body.style.cursor = ''
    },
    [],
  )

  // The keyboard moves the held fibre or the cutter through the shared ui store.
  useEffect(() => {
    if (!cursor) {
      if (!state.held) liveTip.current = null
      cutterAt.current = null
    } else if (state.held) {
      liveTip.current = { x: cursor.x, z: cursor.z, version: (liveTip.current?.version ?? 0) + 1 }
    } else {
      cutterAt.current = { x: cursor.x, z: cursor.z }
    }
    invalidate()
  }, [cursor, state.held, invalidate])

  const setLive = (key: string | null, values?: Record<string, number>) => {
    const live = key ? { key, ...(values ? { values } : {}) } : null
    if (JSON.stringify(ui.getState().live) !== JSON.stringify(live)) ui.setState({ live })
  }

  /** A pointer gesture takes over from the keyboard: its cursor and readout go, the pointer shape resets. */
  const beginPointerWork = () => {
    ui.setState({ cursorMm: null, cursorFor: null, live: null })
    document.body.style.cursor = ''
  }

  /** Takes the fibre by its end (unless it is in hand already, after a reload or a keyboard take) and drags it. */
  const grabFibre = (event: ThreeEvent<PointerEvent>, fibre: FibreState) => {
    if (!dispatch || event.button > 0) return
    event.stopPropagation()
    beginPointerWork()
    if (state.held !== fibre.id) {
      const outcomes = dispatch({ type: 'take', target: fibre.id })
      if (outcomes.some((o) => o.kind === 'rejected')) return
    }
    const from = liveTip.current ?? fibreTip(state, fibre)
    liveTip.current = { x: from.x, z: from.z, version: 0 }
    let last: PlanePoint = from
    start(event.pointerId, {
      move(point) {
        last = point
        const tip = liveTip.current
        if (!tip) return
        tip.x = point.x
        tip.z = point.z
        tip.version += 1
        const reading = releaseReading(releaseAt(point, slotCount, setup.snapMm))
        setLive(reading.key, reading.values)
        invalidate()
      },
      end(point) {
        liveTip.current = null
        setLive(null)
        dispatch(releaseGesture(releaseAt(point ?? last, slotCount, setup.snapMm)))
      },
      cancel() {
        liveTip.current = null
        setLive(null)
        dispatch({ type: 'put-back' })
      },
    })
  }

  const startCut = (event: ThreeEvent<PointerEvent>, tube: number) => {
    if (!dispatch || event.button > 0) return
    event.stopPropagation()
    beginPointerWork()
    const { x0, x1 } = tubeWindow()
    const z = tubeZ(tube, setup.tubeCount)
    const clampX = (x: number) => Math.min(x1, Math.max(x0, x))
    const fromX = clampX(event.point.x)
    let reachedX = fromX
    let slipped = false
    cutterAt.current = { x: fromX, z }
    setLive('player.live.cut', { mm: 0, total: TUBE_WINDOW_MM })
    invalidate()
    start(event.pointerId, {
      move(point) {
        if (slipped) return
        if (Math.abs(point.z - z) > CUTTER_SLIP_MM) {
          slipped = true
          setLive('player.live.cutterSlipped')
          return
        }
        reachedX = Math.max(reachedX, clampX(point.x))
        cutterAt.current = { x: clampX(point.x), z }
        setLive('player.live.cut', { mm: Math.round(reachedX - fromX), total: TUBE_WINDOW_MM })
        invalidate()
      },
      end() {
        cutterAt.current = null
        setLive(null)
        dispatch({ type: 'open-tube', target: tubeId(tube), p: { slitMm: Math.round(reachedX - fromX) } })
      },
      cancel() {
        cutterAt.current = null
        setLive(null)
        invalidate()
      },
    })
  }

  // The pointer shows what a press would do: take a fibre, or set the cutter on a tube.
  const setCursor = (kind: string) => {
    if (dispatch) document.body.style.cursor = kind
  }

  const fibres = useMemo(
    () => Object.values(state.fibres).filter((f) => state.tubesOpen[f.tube - 1]),
    [state],
  )
  const hint = showHint ? nextHint(state) : null
  const hintAt = hint ? hintPosition(state, hint) : null
  const focusAt = focus ? targetPosition(state, focus) : null
  const { x0, x1 } = tubeWindow()
  const locate = useCallback(
    (id: string): [number, number, number] | null => {
      const at = targetPosition(state, id)
      // A slot is aimed at the height the held fibre end travels; things on the mat at mat level.
      return at ? [at.x, id.startsWith('s') ? HELD_Y : PICK_HEIGHT_MM, at.z] : null
    },
    [state],
  )

  return (
    <>
      <color attach="background" args={['#d9e1e6']} />
      <hemisphereLight args={['#ffffff', '#7d7263', 1.7]} />
      <directionalLight position={[250, 700, 400]} intensity={1.9} />
      <CameraRig presets={PRESETS} view={cameraView} />
      <Workbench />
      <Cable setup={setup} tubesOpen={state.tubesOpen} />
      <Suspense fallback={null}>
        <Organiser slotCount={slotCount} />
        <PaperCards setup={setup} showCodeCard={mode !== 'evaluation'} />
      </Suspense>
      <TubeCutter at={cutterAt} />
      {fibres.map((fibre) => (
        <FibreOnMat
          key={fibre.id}
          state={state}
          fibre={fibre}
          liveTip={state.held === fibre.id ? liveTip : null}
        />
      ))}
      {dispatch
        ? fibres.map((fibre) => {
            const tip = fibreTip(state, fibre)
            return (
              <mesh
                key={`pick-${fibre.id}`}
                name={`pick-${fibre.id}`}
                position={[tip.x, PICK_HEIGHT_MM, tip.z]}
                visible={false}
                onPointerDown={(event) => grabFibre(event, fibre)}
                onPointerOver={() => setCursor('grab')}
                onPointerOut={() => setCursor('')}
              >
                <sphereGeometry args={[TIP_PICK_RADIUS_MM, 8, 6]} />
              </mesh>
            )
          })
        : null}
      {dispatch
        ? state.tubesOpen.map((open, i) =>
            open ? null : (
              <mesh
                key={`pick-t${i + 1}`}
                name={`pick-t${i + 1}`}
                position={[(x0 + x1) / 2, PICK_HEIGHT_MM, tubeZ(i + 1, setup.tubeCount)]}
                visible={false}
                onPointerDown={(event) => startCut(event, i + 1)}
                onPointerOver={() => setCursor('crosshair')}
                onPointerOut={() => setCursor('')}
              >
                <boxGeometry args={[x1 - x0 + 20, 12, TUBE_PICK_HALF_WIDTH_MM * 2]} />
              </mesh>
            ),
          )
        : null}
      <TargetProbe locate={locate} />
      {hintAt ? <Marker at={hintAt} kind="hint" /> : null}
      {focusAt ? <Marker at={focusAt} kind="focus" /> : null}
    </>
  )
}
