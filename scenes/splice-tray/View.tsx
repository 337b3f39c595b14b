/**
 * The splice cassette in 3D: an opened PBO on the training bench, the subscriber's PTO and a power
 * meter beside it. Renders the model's state and turns drags into gestures (view/useTrayGestures.ts).
 * Lazy-loaded. The keyboard path is in Overlay.tsx.
 */
import { Suspense, useCallback, useEffect } from 'react'
import { useStore } from 'zustand'
import { CameraRig } from '../../src/kit/CameraRig.tsx'
import type { CameraPreset } from '../../src/kit/CameraRig.tsx'
import { marker } from '../../src/kit/materials.ts'
import type { SceneViewProps } from '../../src/kit/sceneView.ts'
import { Pick } from '../../src/kit/Pick.tsx'
import { TargetProbe } from '../../src/kit/TargetProbe.tsx'
import { codePosition } from '../common/colourCodes.ts'
import { CABLES, CASSETTE, ENTRIES, FIBRE_Y, LABEL_SHEET, fibreStart, slotZ } from './layout.ts'
import type { CableId, PointMm } from './layout.ts'
import { bundleEndZ } from './rules.ts'
import type { SpliceTrayState } from './model.ts'
import {
  CUTTERS_REST,
  LABEL_SPOT,
  LOOSE_SPARES,
  SPARE_CHANNEL_CENTRE,
  cableEnd,
  hangingLoop,
  labelOnSheet,
  onFloor,
  sleeveAt,
  tieTail,
} from './places.ts'
import type { Point3 } from './places.ts'
import { hintTarget } from './progress.ts'
import { Cables } from './view/Cables.tsx'
import type { TieLook } from './view/Cables.tsx'
import { Cassette } from './view/Cassette.tsx'
import { FibreBundle } from './view/FibreBundle.tsx'
import { LabelSheet } from './view/LabelSheet.tsx'
import { PboBox } from './view/PboBox.tsx'
import { METER_POINTS, PowerMeter } from './view/PowerMeter.tsx'
import { PTO_PORT, Pto } from './view/Pto.tsx'
import { SideCutters } from './view/SideCutters.tsx'
import { Sleeves } from './view/Sleeves.tsx'
import type { SleeveItem } from './view/Sleeves.tsx'
import { Spares } from './view/Spares.tsx'
import { useTrayGestures } from './view/useTrayGestures.ts'
import type { Drag } from './view/useTrayGestures.ts'

export { Overlay } from './Overlay.tsx'

const PRESETS: Record<string, CameraPreset> = {
  overview: { target: [40, 30, 10], azimuthDeg: 0, polarDeg: 42, width: 900 },
  cassette: { target: [0, CASSETTE.floorY, 5], azimuthDeg: 0, polarDeg: 16, width: 360 },
  outlet: { target: [320, 40, 0], azimuthDeg: 0, polarDeg: 38, width: 300 },
}

const hex = (code: SpliceTrayState['setup']['colourCode'], n: number) => codePosition(code, n).colour.hex

/** The drop cable's fibres carry the French operator code: rouge, bleu, vert, jaune. */
const dropHex = (n: number) => hex('fr-operator', n)

/** The points everything aims at, by target id (also for the keyboard focus ring and the tests). */
function locateIn(state: SpliceTrayState, id: string): Point3 | null {
  if (id.startsWith('plane:')) {
    // Any point of the cassette floor: the tests draw fibre paths through these.
    const [x, z] = id.slice('plane:'.length).split(':').map(Number)
    return Number.isFinite(x) && Number.isFinite(z) ? [x!, FIBRE_Y, z!] : null
  }
  const dash = id.lastIndexOf('-')
  const kind = id.slice(0, dash)
  const arg = id.slice(dash + 1)
  const cable: CableId | null = arg === 'dist' || arg === 'drop' ? arg : null
  if (cable) {
    const entry = ENTRIES[cable]
    if (kind === 'end') return onFloor(cableEnd(state, cable))
    if (kind === 'entry') return onFloor({ x: entry.x, z: entry.tieZ - state.setup.tubeDepthMm.target })
    if (kind === 'tie') return onFloor(tieTail(cable))
    if (kind === 'fibre') return onFloor(fibreStart(cable))
  }
  if (kind === 'sleeve' && Number(arg) in state.sleeves) return onFloor(sleeveAt(state, Number(arg)), 1)
  if (kind === 'slot') return onFloor({ x: 0, z: slotZ(Number(arg)) }, 1)
  if (id === 'label-zone') return LABEL_SPOT
  const label = state.labels.findIndex((l) => l.id === arg)
  if (kind === 'label' && label >= 0) return [labelOnSheet(label).x, 2, labelOnSheet(label).z]
  switch (id) {
    case 'cutters':
      return [CUTTERS_REST.x, 6, CUTTERS_REST.z]
    case 'spares':
      return onFloor(state.spares === 'loose' ? LOOSE_SPARES : SPARE_CHANNEL_CENTRE)
    case 'channel':
      return onFloor(SPARE_CHANNEL_CENTRE)
    case 'cover':
      return state.coverClosed
        ? [0, CASSETTE.floorY + CASSETTE.wallHeightMm + 2, 0]
        : [0, CASSETTE.floorY + 70, -CASSETTE.halfDepthMm - 10]
    case 'cord':
      return METER_POINTS.connector
    case 'pto':
      return PTO_PORT
    case 'key-wavelength':
      return METER_POINTS.wavelength
    case 'key-measure':
      return METER_POINTS.measure
    default:
      return null
  }
}

function tieLook(state: SpliceTrayState, cable: CableId, drag: Drag | null): TieLook | null {
  const { routed, tie } = state.cables[cable]
  if (tie) return { state: 'pulled', pullMm: 0, crushed: tie.forceN > state.setup.tie.pinchN || tie.onFibres }
  if (!routed) return null
  const pullMm = drag?.kind === 'tie' && drag.cable === cable ? drag.pullMm : 0
  return { state: 'loose', pullMm, crushed: false }
}

export default function SpliceTrayView({
  store,
  dispatch,
  showHint,
  cameraView,
  ui,
}: SceneViewProps<SpliceTrayState>) {
  const state = useStore(store, (s) => s.state)
  const focus = useStore(ui, (s) => s.focus)
  const gestures = useTrayGestures(state, dispatch, ui)
  const { drag } = gestures
  const { setup } = state
  useEffect(
    () => () => {
      document.body.style.cursor = ''
    },
    [],
  )

  const locate = useCallback((id: string) => locateIn(state, id), [state])
  const endZ = bundleEndZ(state)
  const distColours = setup.splices.map((s) => hex(setup.colourCode, s.tubeFibre))
  const dropColours = setup.splices.map((s) => dropHex(s.dropFibre))
  const spliced = new Set(setup.splices.map((s) => s.tubeFibre))
  const spareColours = Array.from({ length: 12 }, (_, i) => i + 1)
    .filter((n) => !spliced.has(n))
    .map((n) => hex(setup.colourCode, n))
  const tube = codePosition(setup.colourCode, setup.tubeNumber)

  const endOf = (cable: CableId): PointMm =>
    drag?.kind === 'end' && drag.cable === cable ? drag.at : cableEnd(state, cable)

  const sleeves: SleeveItem[] = setup.splices.map(({ tubeFibre, dropFibre }) => {
    const dragged = drag?.kind === 'sleeve' && drag.fibre === tubeFibre ? drag.at : null
    const at = dragged ? { ...dragged, angleRad: 0 } : sleeveAt(state, tubeFibre)
    return {
      fibre: tubeFibre,
      distHex: hex(setup.colourCode, tubeFibre),
      dropHex: dropHex(dropFibre),
      at,
      ...(dragged ? { y: FIBRE_Y + 8 } : state.sleeves[tubeFibre] ? {} : { y: CASSETTE.floorY + 1.5 }),
      focused: focus === `sleeve-${tubeFibre}`,
    }
  })

  const fibreOf = (cable: CableId) => {
    const colours = cable === 'dist' ? distColours : dropColours
    if (drag?.kind === 'coil' && drag.cable === cable)
      return <FibreBundle key={cable} points={drag.points} colours={colours} />
    const laid = state.coils[cable]
    if (!laid) return <FibreBundle key={cable} points={hangingLoop(cable, endZ)} colours={colours} />
    return (
      <group key={cable}>
        <FibreBundle
          points={laid.points}
          colours={colours}
          tightest={showHint || focus ? laid.tightestAt : null}
        />
        {laid.excessMm > setup.tuckMm ? (
          <FibreBundle points={hangingLoop(cable, null)} colours={colours} />
        ) : null}
      </group>
    )
  }

  const interactive = dispatch !== null
  const open = !state.coverClosed
  const hint = showHint ? hintTarget(state) : null
  const hintAt = hint ? locate(hint) : null
  const focusAt = focus ? locate(focus) : null
  const labelDragged = drag?.kind === 'label' ? drag : null
  const applied = state.label ? state.labels.find((l) => l.id === state.label?.id) : undefined

  return (
    <>
      <color attach="background" args={['#d9e1e6']} />
      <hemisphereLight args={['#ffffff', '#7d7263', 1.6]} />
      <directionalLight position={[250, 800, 450]} intensity={1.9} />
      <CameraRig presets={PRESETS} view={cameraView} />
      <Suspense fallback={null}>
        <PboBox />
        <Cassette coverClosed={state.coverClosed} />
        <Cables
          tubeHex={tube.colour.hex}
          tubeRinged={tube.ringed}
          distEnd={endOf('dist')}
          dropEnd={endOf('drop')}
          dropFibres={setup.dropFibres}
          ties={{ dist: tieLook(state, 'dist', drag), drop: tieLook(state, 'drop', drag) }}
        />
        {/* The spare fibres come out of the tube's end: drawn once the tube is in the cassette. */}
        {state.cables.dist.routed ? <Spares state={state.spares} colours={spareColours} /> : null}
        <SideCutters at={drag?.kind === 'cutters' ? drag.at : CUTTERS_REST} />
        <LabelSheet
          at={LABEL_SHEET.at}
          labels={state.labels.map((l) => ({ id: l.id, text: l.text, used: state.label?.id === l.id }))}
          applied={applied && state.label ? { text: applied.text, offsetMm: state.label.offsetMm } : null}
        />
        <Pto reference={setup.ptoRef} connected={state.meter.connected} />
        <PowerMeter
          wavelengthNm={state.meter.wavelengthNm}
          display={
            !state.meter.connected
              ? { kind: 'lo' }
              : state.meter.readAtNm === null
                ? { kind: 'ready' }
                : state.meter.readingDbm === null
                  ? { kind: 'lo' }
                  : { kind: 'reading', dbm: state.meter.readingDbm }
          }
          connected={state.meter.connected}
          cordEnd={drag?.kind === 'cord' ? [drag.at.x, FIBRE_Y + 10, drag.at.z] : null}
        />
      </Suspense>
      {CABLES.map(fibreOf)}
      <Sleeves items={sleeves} />
      {labelDragged ? (
        <mesh position={[labelDragged.at.x, FIBRE_Y + 12, labelDragged.at.z]} material={marker('#ffffff')}>
          <boxGeometry args={[60, 0.4, 12]} />
        </mesh>
      ) : null}

      {interactive ? (
        <group>
          {CABLES.map((cable) => {
            const { routed, tie } = state.cables[cable]
            const endAt = cableEnd(state, cable)
            return (
              <group key={cable}>
                {open && !tie ? (
                  <Pick
                    name={`pick-end-${cable}`}
                    at={onFloor(endAt)}
                    size={[22, 14, 22]}
                    onDown={(e) => gestures.cableEnd(e, cable)}
                  />
                ) : null}
                {open && routed && !tie ? (
                  <Pick
                    name={`pick-tie-${cable}`}
                    at={onFloor(tieTail(cable))}
                    size={[14, 12, 20]}
                    onDown={(e) => gestures.tieTail(e, cable)}
                  />
                ) : null}
                {open && tie && !state.lineCut ? (
                  <Pick
                    name={`pick-fibre-${cable}`}
                    at={onFloor(fibreStart(cable), 2)}
                    size={[14, 10, 16]}
                    onDown={(e) => gestures.coil(e, cable)}
                  />
                ) : null}
              </group>
            )
          })}
          <Pick
            name="pick-cutters"
            at={[CUTTERS_REST.x, 6, CUTTERS_REST.z]}
            size={[110, 14, 40]}
            onDown={gestures.cutters}
          />
          {open && state.spares === 'loose' && state.cables.dist.routed ? (
            <Pick
              name="pick-spares"
              at={onFloor(LOOSE_SPARES)}
              size={[50, 20, 30]}
              onDown={gestures.spares}
            />
          ) : null}
          {open
            ? setup.splices.map(({ tubeFibre }) => (
                <Pick
                  key={tubeFibre}
                  name={`pick-sleeve-${tubeFibre}`}
                  at={onFloor(sleeveAt(state, tubeFibre), 1)}
                  size={[30, 6, state.sleeves[tubeFibre] ? 3.2 : 8]}
                  onDown={(e) => gestures.sleeve(e, tubeFibre)}
                />
              ))
            : null}
          <Pick
            name="pick-cover"
            at={locate('cover')!}
            size={state.coverClosed ? [200, 4, 100] : [260, 100, 8]}
            onDown={gestures.cover}
          />
          {state.labels
            .filter((l) => state.label?.id !== l.id)
            .map((l) => (
              <Pick
                key={l.id}
                name={`pick-label-${l.id}`}
                at={[LABEL_SHEET.at.x, 3, labelOnSheet(state.labels.indexOf(l)).z]}
                size={[64, 6, 14]}
                onDown={(e) => gestures.label(e, l.id)}
              />
            ))}
          {!state.meter.connected ? (
            <Pick name="pick-cord" at={METER_POINTS.connector} size={[24, 16, 24]} onDown={gestures.cord} />
          ) : null}
          <Pick
            name="pick-wavelength"
            at={METER_POINTS.wavelength}
            size={[16, 10, 14]}
            onDown={gestures.wavelength}
          />
          <Pick name="pick-measure" at={METER_POINTS.measure} size={[16, 10, 14]} onDown={gestures.measure} />
        </group>
      ) : null}

      {hintAt ? (
        <mesh
          position={[hintAt[0], hintAt[1] + 30, hintAt[2]]}
          rotation={[Math.PI, 0, 0]}
          material={marker('#ffc400')}
        >
          <coneGeometry args={[6, 16, 16]} />
        </mesh>
      ) : null}
      {focusAt ? (
        <mesh
          position={[focusAt[0], focusAt[1] + 1, focusAt[2]]}
          rotation={[-Math.PI / 2, 0, 0]}
          material={marker('#0b5575')}
        >
          <ringGeometry args={[7, 9, 32]} />
        </mesh>
      ) : null}
      <TargetProbe locate={locate} />
    </>
  )
}
