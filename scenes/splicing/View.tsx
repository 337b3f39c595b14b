/**
 * The fusion-splicing station in 3D: renders the model's state on a bench a technician recognises and
 * turns drags into gestures (useBenchGestures). Lazy-loaded. The keyboard path is in Overlay.tsx.
 */
import { useThree } from '@react-three/fiber'
import { Suspense, useCallback, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useStore } from 'zustand'
import { CameraRig } from '../../src/kit/CameraRig.tsx'
import type { CameraPreset } from '../../src/kit/CameraRig.tsx'
import type { SceneViewProps } from '../../src/kit/sceneView.ts'
import { Pick } from '../../src/kit/Pick.tsx'
import { TargetProbe } from '../../src/kit/TargetProbe.tsx'
import { coatingEdge } from './fibrePath.ts'
import { CLEAVER, CLEAVER_GUIDE_Y, GLASSES, SLEEVE_TRAY, SPLICER, STRIPPER, WIPES } from './layout.ts'
import type { Side } from './layout.ts'
import { SIDES } from './model.ts'
import type { SplicingState } from './model.ts'
import {
  CLEAVER_GUIDE,
  JOINED_Z,
  TOWARD_CENTRE,
  fibreLie,
  parkedSleeveX,
  scrapSpot,
  sleevePose,
  stripperOnFibre,
} from './places.ts'
import { locateTarget } from './targets.ts'
import type { Point3 } from './targets.ts'
import { FibreTubes } from './view/FibreTubes.tsx'
import { HintMarker } from './view/HintMarker.tsx'
import { Scraps } from './view/Scraps.tsx'
import { AlcoholPump } from './view/AlcoholPump.tsx'
import { Bench } from './view/Bench.tsx'
import { Cleaver } from './view/Cleaver.tsx'
import { SafetyGlasses } from './view/SafetyGlasses.tsx'
import { ScrapBin } from './view/ScrapBin.tsx'
import { SleeveOnFibre } from './view/SleeveOnFibre.tsx'
import { SleeveTray } from './view/SleeveTray.tsx'
import { SpliceFibre } from './view/SpliceFibre.tsx'
import type { LiveEdge } from './view/SpliceFibre.tsx'
import { SPLICER_KEYS, SplicerBody } from './view/SplicerBody.tsx'
import { Stripper } from './view/Stripper.tsx'
import { ToolGhost } from './view/ToolGhost.tsx'
import { seatedFibre, useBenchGestures } from './view/useBenchGestures.ts'
import { useScreenTexture } from './view/useScreenTexture.ts'
import { Wipes } from './view/Wipes.tsx'

export { Overlay } from './Overlay.tsx'

const PRESETS: Record<string, CameraPreset> = {
  overview: { target: [0, 0, 20], azimuthDeg: 0, polarDeg: 40, width: 800 },
  prep: { target: [-60, 0, 40], azimuthDeg: 0, polarDeg: 35, width: 420 },
  splicer: { target: [0, 90, -80], azimuthDeg: 0, polarDeg: 38, width: 200 },
  cleaver: { target: [CLEAVER.at.x, 30, CLEAVER.at.z], azimuthDeg: 0, polarDeg: 35, width: 160 },
}

const PICK_Y_MM = 8

/** The splicer's keys: SET arcs, OK keeps the splice, RESET breaks it to redo it. */
const KEY_OF_TARGET: Record<string, string> = { 'key-set': 'set', 'key-accept': 'ok', 'key-redo': 'reset' }
const KEY_GESTURE: Record<string, string> = { 'key-set': 'arc', 'key-accept': 'accept', 'key-redo': 'redo' }
function heaterState(
  state: SplicingState,
  startedAtMs: number | null,
  nowMs: number,
): 'off' | 'heating' | 'cooling' {
  const sleeve = state.sleeve
  if (!sleeve || sleeve.heatStartMs === null || sleeve.done || startedAtMs === null) return 'off'
  const elapsedS = (nowMs - startedAtMs) / 1000
  return elapsedS < state.setup.heatCycleS ? 'heating' : 'cooling'
}

/** The stripper's pose while clamped on a fibre: along the fibre, jaws on the coating. */
function stripperPose(stripper: { side: Side; atMm: number }) {
  const [x, , z] = stripperOnFibre(stripper.side, stripper.atMm)
  // Held a little above the mat, as technicians lift the fibre to strip it.
  return { x, y: 12, z, rotationYDeg: 0 }
}

export default function SplicingView({
  store,
  dispatch,
  showHint,
  cameraView,
  ui,
}: SceneViewProps<SplicingState>) {
  const { t, i18n } = useTranslation()
  const state = useStore(store, (s) => s.state)
  // Scraps put in the bin so far, read from the log.
  const binned = useStore(
    store,
    (s) => s.outcomes.filter((o) => o.kind === 'step' && o.step.startsWith('CL-03')).length,
  )
  const invalidate = useThree((s) => s.invalidate)
  const carried = useRef<{ side: Side; edge: LiveEdge } | null>(null)
  const toolAt = useRef<{ tool: string; x: number; z: number } | null>(null)
  const gestures = useBenchGestures(state, dispatch, ui, carried, toolAt)
  const { work } = gestures
  const seated = seatedFibre(state, work)
  const { setup } = state

  // The heater's light follows its cycle on the clock of this page (heat, then cool).
  const [heaterClock, setHeaterClock] = useState<{ startedAtMs: number | null; nowMs: number }>({
    startedAtMs: null,
    nowMs: 0,
  })
  const heating =
    state.sleeve?.heatStartMs !== null && state.sleeve?.heatStartMs !== undefined && !state.sleeve.done
  useEffect(() => {
    if (!heating) return
    const startedAtMs = performance.now()
    const tick = () => setHeaterClock({ startedAtMs, nowMs: performance.now() })
    tick()
    const timer = window.setInterval(tick, 1000)
    return () => window.clearInterval(timer)
  }, [heating])
  useEffect(invalidate, [heaterClock, invalidate])
  useEffect(
    () => () => {
      document.body.style.cursor = ''
    },
    [],
  )

  const screen = useScreenTexture({
    status: t(`splicing.screen.${state.screen.status}`),
    leftPresent: state.ends.L.loaded || Boolean(state.splice),
    rightPresent: state.ends.R.loaded || Boolean(state.splice),
    language: i18n.language === 'en' ? 'en' : 'fr',
    ...(state.screen.leftAngleDeg === undefined ? {} : { leftAngleDeg: state.screen.leftAngleDeg }),
    ...(state.screen.rightAngleDeg === undefined ? {} : { rightAngleDeg: state.screen.rightAngleDeg }),
    ...(state.screen.lossDb === undefined ? {} : { lossDb: state.screen.lossDb }),
    ...(state.screen.bubble === undefined ? {} : { bubble: state.screen.bubble }),
  })

  const locate = useCallback(
    (id: string): Point3 | null => {
      if (id in KEY_OF_TARGET) return SPLICER_KEYS[KEY_OF_TARGET[id] as keyof typeof SPLICER_KEYS]
      // A fibre seated in the cleaver is held where it lies there.
      if (seated && id === `fibre-${seated.side}`) {
        return [seated.edgeX - TOWARD_CENTRE[seated.side] * 14, CLEAVER_GUIDE_Y, CLEAVER_GUIDE.z]
      }
      return locateTarget(state, id, work)
    },
    [state, work, seated],
  )
  const interactive = dispatch !== null
  const sleeve = sleevePose(state)
  const scraps = (side: Side) => state.ends[side].scraps

  return (
    <>
      <color attach="background" args={['#d9e1e6']} />
      <hemisphereLight args={['#ffffff', '#7d7263', 1.6]} />
      <directionalLight position={[250, 800, 450]} intensity={1.9} />
      <CameraRig presets={PRESETS} view={cameraView} />
      <Suspense fallback={null}>
        <Bench />
        <SplicerBody
          coverOpen={!state.coverClosed}
          clampsClosed={state.clampsClosed}
          heaterLidOpen={!heating}
          heaterState={heaterState(state, heaterClock.startedAtMs, heaterClock.nowMs)}
          screenTexture={screen}
        />
        <Cleaver lidOpen={!seated?.lidClosed} />
        <Stripper
          squeezed={work.stripper !== null}
          {...(work.stripper ? { at: stripperPose(work.stripper) } : {})}
        />
        <AlcoholPump />
        <Wipes fresh={work.wipe ? 1 : 0} />
        <SleeveTray
          taken={{ 40: state.sleeve?.lengthMm === 40 ? 1 : 0, 60: state.sleeve?.lengthMm === 60 ? 1 : 0 }}
        />
        <ScrapBin scrapCount={binned} />
        <SafetyGlasses visible={!state.glasses} />
      </Suspense>
      <FibreTubes colourCode={setup.colourCode} />

      {SIDES.map((side) => {
        const lie = fibreLie(state, side)
        const bareMm = state.ends[side].bareMm
        const inCleaver = seated?.side === side ? seated : null
        const edge = inCleaver
          ? ([inCleaver.edgeX, CLEAVER_GUIDE_Y, CLEAVER_GUIDE.z] as const)
          : coatingEdge(side, lie, lie.where === 'joined' || lie.where === 'heater' ? 0 : bareMm)
        return (
          <SpliceFibre
            key={side}
            side={side}
            colourCode={setup.colourCode}
            number={side === 'L' ? setup.left.number : setup.right.number}
            edgeX={edge[0]}
            edgeY={edge[1]}
            edgeZ={edge[2]}
            bareMm={lie.where === 'joined' || lie.where === 'heater' ? 0 : bareMm}
            carried={carried}
          />
        )
      })}
      {state.sleeve && sleeve ? (
        <SleeveOnFibre
          lengthMm={state.sleeve.lengthMm === 40 ? 40 : 60}
          centreX={sleeve.x}
          y={sleeve.y}
          z={sleeve.z}
          shrunk={state.sleeve.shrunk}
        />
      ) : null}
      <ToolGhost at={toolAt} />

      {interactive ? (
        <group>
          {!state.glasses ? (
            <Pick
              name="pick-glasses"
              at={[GLASSES.at.x, PICK_Y_MM, GLASSES.at.z]}
              size={[70, 20, 30]}
              onDown={gestures.glasses}
            />
          ) : null}
          {!state.sleeve
            ? ([40, 60] as const).map((lengthMm, row) => (
                <Pick
                  key={lengthMm}
                  name={`pick-sleeve-${lengthMm}`}
                  at={[SLEEVE_TRAY.at.x, PICK_Y_MM, SLEEVE_TRAY.at.z - 12 + row * 24]}
                  size={[80, 16, 20]}
                  onDown={(event) => gestures.sleeve(event, lengthMm)}
                />
              ))
            : null}
          {work.stripper ? (
            <Pick
              name="pick-stripper"
              at={stripperOnFibre(work.stripper.side, work.stripper.atMm)}
              size={[30, 30, 30]}
              onDown={gestures.pullStripper}
            />
          ) : (
            <Pick
              name="pick-stripper"
              at={[STRIPPER.at.x, PICK_Y_MM, STRIPPER.at.z]}
              size={[120, 20, 40]}
              onDown={gestures.placeStripper}
            />
          )}
          <Pick
            name="pick-wipes"
            at={[WIPES.at.x, PICK_Y_MM, WIPES.at.z]}
            size={[60, 30, 50]}
            onDown={(e) => gestures.wipe(e, true)}
          />
          {work.wipe ? (
            <Pick
              name="pick-used-wipe"
              at={[work.wipe.at.x, PICK_Y_MM, work.wipe.at.z]}
              size={[24, 10, 24]}
              onDown={(e) => gestures.wipe(e, work.wipe?.fresh ?? false)}
            />
          ) : null}
          {SIDES.map((side) => {
            const lie = fibreLie(state, side)
            const end = state.ends[side]
            if (lie.where === 'heater') return null
            const dir = TOWARD_CENTRE[side]
            const inCleaver = seated?.side === side
            const edge = inCleaver
              ? ([seated.edgeX, CLEAVER_GUIDE_Y, CLEAVER_GUIDE.z] as const)
              : coatingEdge(side, lie, lie.where === 'joined' ? 0 : end.bareMm)
            const holdX = lie.where === 'joined' && !inCleaver ? dir * -40 : edge[0] - dir * 14
            return (
              <group key={side}>
                <Pick
                  name={`pick-fibre-${side}`}
                  at={[holdX, edge[1], edge[2]]}
                  size={[24, 14, 16]}
                  onDown={(event) => gestures.carryFibre(event, side, { x: edge[0], y: edge[1], z: edge[2] })}
                />
                {lie.where === 'rest' && !inCleaver && end.bareMm > 0 ? (
                  <Pick
                    name={`pick-glass-${side}`}
                    at={[edge[0] + (dir * end.bareMm) / 2, edge[1], edge[2]]}
                    size={[end.bareMm, 8, 8]}
                    onDown={(event) => gestures.touchGlass(event, side)}
                  />
                ) : null}
              </group>
            )
          })}
          {seated ? (
            <>
              <Pick
                name="pick-cleaver-lid"
                at={[CLEAVER.at.x - 10, CLEAVER.heightMm + 4, CLEAVER.at.z - 10]}
                size={[50, 12, 30]}
                onDown={gestures.closeLid}
              />
              <Pick
                name="pick-cleaver-blade"
                at={[CLEAVER_GUIDE.bladeX, CLEAVER.heightMm - 10, CLEAVER.at.z + CLEAVER.depthMm / 2]}
                size={[20, 24, 20]}
                onDown={gestures.pushBlade}
              />
            </>
          ) : null}
          {SIDES.filter((side) => scraps(side) > 0).map((side) => (
            <Pick
              key={`scrap-${side}`}
              name={`pick-scrap-${side}`}
              at={[scrapSpot(side).x, PICK_Y_MM, scrapSpot(side).z]}
              size={[26, 10, 18]}
              onDown={(event) => gestures.binScrap(event, side)}
            />
          ))}
          {!state.clampsClosed ? (
            <Pick
              name="pick-clamps"
              at={[SPLICER.at.x + SPLICER.clampOffsetMm, SPLICER.topMm + 10, SPLICER.at.z]}
              size={[18, 16, 22]}
              onDown={(e) => gestures.lever(e, 'close-clamps')}
            />
          ) : null}
          <Pick
            name="pick-cover"
            at={[SPLICER.at.x - SPLICER.clampOffsetMm, SPLICER.topMm + 14, SPLICER.at.z - 10]}
            size={[24, 18, 30]}
            onDown={(e) => gestures.lever(e, state.coverClosed ? 'open-cover' : 'close-cover')}
          />
          {Object.entries(KEY_GESTURE).map(([target, type]) => (
            <Pick
              key={target}
              name={`pick-${target}`}
              at={SPLICER_KEYS[KEY_OF_TARGET[target] as keyof typeof SPLICER_KEYS]}
              size={[14, 10, 12]}
              onDown={(e) => gestures.key(e, type)}
            />
          ))}
          {state.sleeve && state.splice?.proofTested && !state.sleeve.centred ? (
            <Pick
              name="pick-sleeve-on-fibre"
              at={[parkedSleeveX(state.sleeve.side), PICK_Y_MM + 4, JOINED_Z]}
              size={[state.sleeve.lengthMm, 14, 16]}
              onDown={gestures.slideSleeve}
            />
          ) : null}
          {heating ? (
            <Pick
              name="pick-heater"
              at={[SPLICER.at.x, SPLICER.topMm + 8, SPLICER.heater.z]}
              size={[SPLICER.heater.lengthMm, 16, 24]}
              onDown={gestures.takeFromHeater}
            />
          ) : null}
        </group>
      ) : null}
      <Scraps counts={{ L: scraps('L'), R: scraps('R') }} />
      {showHint ? <HintMarker state={state} locate={locate} /> : null}
      <TargetProbe locate={locate} />
    </>
  )
}
