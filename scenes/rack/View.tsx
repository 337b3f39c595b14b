/**
 * The datacenter rack in 3D: the hall's cold and hot aisles, the 42U rack with its EIA-310 rails,
 * levelling feet, stabiliser, ESD jack, cable managers and A/B PDUs, what is already in it (a server,
 * the patch panel, blanking panels), the trolley with the equipment of the job, and everything the
 * trainee puts in: cage nuts, slide rails, the server and the switch, blanks, power cords, patch
 * cables and their flag labels. Renders the model's state and turns pointer work into gestures
 * (view/useRackGestures.ts). Lazy-loaded. The keyboard path is in Overlay.tsx.
 */
import { Suspense, lazy, useCallback, useEffect, useMemo } from 'react'
import { useStore } from 'zustand'
import { CameraRig } from '../../src/kit/CameraRig.tsx'
import type { CameraPreset } from '../../src/kit/CameraRig.tsx'
import { CordLabelPicks } from '../../src/kit/CordLabelPicks.tsx'
import { Cord, Cords } from '../../src/kit/Cords.tsx'
import { pointAlong } from '../../src/kit/cordPoints.ts'
import { FlagLabel } from '../../src/kit/FlagLabel.tsx'
import { LabelPrinter, onPrintKey, printerPoints } from '../../src/kit/LabelPrinter.tsx'
import { marker } from '../../src/kit/materials.ts'
import { Pick } from '../../src/kit/Pick.tsx'
import type { SceneViewProps } from '../../src/kit/sceneView.ts'
import { TargetProbe } from '../../src/kit/TargetProbe.tsx'
import { PRINTER_AT, RACK, TROLLEY, holeY, parseHole, uBottomY } from './layout.ts'
import type { RackState } from './model.ts'
import {
  HELD_OUT_MM,
  OUTLETS,
  UNLATCHED_OUT_MM,
  anchorOf,
  cablePath,
  endPath,
  outletPoint,
  portPoint,
  portTargets,
  powerPath,
  psuPoint,
  psuTargets,
} from './view/places.ts'
import type { Point3 } from './view/places.ts'
import { hintMessage } from './progress.ts'
import { deviceSpec, plannedU, preBlanked } from './rules.ts'
import { Blanks, BlankPiece } from './view/Blanks.tsx'
import { CageNutPiece, CageNuts } from './view/CageNuts.tsx'
import { PatchPanel } from './view/PatchPanel.tsx'
import {
  RackFrame,
  ESD_JACK_POINT,
  MANAGER_POINT,
  STABILISER_MOUNT_POINT,
  STABILISER_POINT,
  Stabiliser,
  footPoint,
} from './view/RackFrame.tsx'
import { rackUi, resetRackUi } from './view/rackUi.ts'
import { RailPiece, SlideRails } from './view/Rails.tsx'
import { Server2U, serverGripPoints } from './view/Server.tsx'
import { EsdStrap, ESD_STRAP_POINT, HookAndLoop } from './view/Straps.tsx'
import { Switch1U, switchEarPoints } from './view/Switch.tsx'
import {
  CAGE_NUT_POINT,
  RADIO_POINT,
  RAILS_ON_TROLLEY_AT,
  RAILS_ON_TROLLEY_SPACING_MM,
  Trolley,
  blanksPoint,
} from './view/Trolley.tsx'
import { useRackGestures } from './view/useRackGestures.ts'

export { Overlay } from './Overlay.tsx'

/**
 * The hall around the rack (floor tiles, neighbouring racks, aisle signs, cable tray) is scenery: it
 * comes in its own chunk, after the rack, the trolley and everything the trainee works on, so a weak
 * connection gets to an interactive scene sooner.
 */
const Room = lazy(() => import('./view/Room.tsx').then((module) => ({ default: module.Room })))

const FRONT = RACK.frontRailZ
const PRESETS: Record<string, CameraPreset> = {
  overview: { target: [420, 1050, 0], azimuthDeg: 0, polarDeg: 86, width: 4300 },
  'front-low': { target: [350, 580, FRONT], azimuthDeg: 0, polarDeg: 86, width: 1900 },
  'front-high': { target: [40, 1800, FRONT], azimuthDeg: 0, polarDeg: 90, width: 900 },
  rear: { target: [0, 720, RACK.rearRailZ], azimuthDeg: 180, polarDeg: 86, width: 1500 },
  'rear-high': { target: [0, 1800, RACK.rearRailZ], azimuthDeg: 180, polarDeg: 90, width: 900 },
  trolley: { target: [TROLLEY.x, 820, TROLLEY.z], azimuthDeg: 0, polarDeg: 62, width: 1500 },
}

/** What the trolley brings for the job, a spare or two included (drawing only: the model counts blanks). */
const STOCK = { cageNuts: 40, patchCords: 4, powerCords: 4, straps: 6 }

/** Patch cables: blue Cat6A; power cords: black, fatter; both bend gently. */
const PATCH_BLUE = '#2f6fd1'
const POWER_BLACK = '#1d1f22'

const PRINTER: Point3 = [PRINTER_AT.x, PRINTER_AT.y, PRINTER_AT.z]
const PRINTER_POINTS = printerPoints(PRINTER)

/** The points everything aims at, by target id (also for the keyboard focus ring, the hint and the tests). */
function locateIn(state: RackState, id: string): Point3 | null {
  if (id.startsWith('foot-')) return footPoint(Number(id.slice(5)), state.feetLowered)
  if (id.startsWith('hole-')) {
    const hole = parseHole(id.slice(5))
    if (!hole) return null
    return [
      hole.rail.endsWith('l') ? -RACK.holeX : RACK.holeX,
      holeY(hole.u, hole.pos),
      hole.rail.startsWith('f') ? FRONT : RACK.rearRailZ,
    ]
  }
  if (id.startsWith('inside-')) {
    // A point between the rails level with a hole: where a cage nut hooked from the inside starts.
    const at = locateIn(state, `hole-${id.slice(7)}`)
    return at ? [Math.sign(at[0]) * (RACK.railInnerX - 70), at[1], at[2]] : null
  }
  if (id.startsWith('rail-')) {
    const server = state.setup.devices.find((d) => d.kind === 'server')
    const u = server ? plannedU(state, server.id) : 1
    return [id === 'rail-left' ? -RACK.railInnerX + 30 : RACK.railInnerX - 30, holeY(u, 2), FRONT - 30]
  }
  if (id.startsWith('u-')) {
    const u = Number(id.slice(2))
    return [0, uBottomY(u) + 22, FRONT + 4]
  }
  if (id.startsWith('device-')) {
    const dev = id.slice(7)
    const at = anchorOf(state, dev)
    const spec = deviceSpec(state.setup, dev)
    if (!at || !spec) return null
    return [at[0], at[1] + spec.heightU * 22, at[2] + 20]
  }
  if (id.startsWith('airflow-')) {
    const at = anchorOf(state, id.slice(8))
    return at
      ? [at[0] + 120, at[1] + (deviceSpec(state.setup, id.slice(8))?.heightU ?? 1) * 44, at[2] - 120]
      : null
  }
  if (id.startsWith('ear-')) {
    const [, dev, side] = id.split('-')
    const at = anchorOf(state, dev!)
    const spec = deviceSpec(state.setup, dev!)
    if (!at || !spec) return null
    const points =
      spec.kind === 'server' ? serverGripPoints(at) : switchEarPoints(at, state.devices[dev!]!.facing)
    return side === 'left' ? points.left : points.right
  }
  if (id.startsWith('psu-')) return psuPoint(state, id.slice(4))
  if (id.startsWith('outlet-')) return outletPoint(id.slice(7))
  if (id.startsWith('port-')) return portPoint(state, id.slice(5))
  if (id.startsWith('cord-')) {
    const cord = state.cords.find((c) => c.id === id.slice(5))
    const path = cord && cablePath(state, cord.a, cord.b)
    return path ? path[2]! : null
  }
  if (id.startsWith('printed-')) {
    const index = state.printed
      .filter((l) => !l.used)
      .slice(-3)
      .findIndex((l) => l.id === id.slice(8))
    return index >= 0 ? PRINTER_POINTS.output(index) : null
  }
  if (id.startsWith('end-')) {
    const [, cordId, end] = id.split('-')
    const cord = state.cords.find((c) => c.id === cordId)
    const path = cord && endPath(state, cord, end === 'b' ? 'b' : 'a')
    return path ? pointAlong(path, state.setup.label.targetMm).at : null
  }
  switch (id) {
    case 'stabiliser':
      return state.stabiliser ? STABILISER_MOUNT_POINT : STABILISER_POINT
    case 'stabiliser-mount':
      return STABILISER_MOUNT_POINT
    case 'strap':
      return state.strap ? ESD_JACK_POINT : ESD_STRAP_POINT
    case 'esd-jack':
      return ESD_JACK_POINT
    case 'radio':
      return RADIO_POINT
    case 'nuts':
      return CAGE_NUT_POINT
    case 'rails':
      return RAILS_ON_TROLLEY_AT
    case 'blanks':
      return blanksPoint(state.blanksLeft)
    case 'manager':
      return MANAGER_POINT
    case 'printer':
      return PRINTER_POINTS.keypad
    case 'print-key':
      return PRINTER_POINTS.print
    default:
      return null
  }
}

/** Cage nuts where they sit in the rails: the nut behind the flange, or sticking out on the face. */
function nutItems(state: RackState) {
  return state.nuts.map((n) => ({ at: locateIn(state, `hole-${n.hole}`)!, wrongSide: n.wrongSide }))
}

export default function RackView({ store, dispatch, showHint, cameraView, ui }: SceneViewProps<RackState>) {
  const state = useStore(store, (s) => s.state)
  const focus = useStore(ui, (s) => s.focus)
  const { inHand, cableFrom, feetDown, facing, typed, labelInHand } = useStore(rackUi)
  const gestures = useRackGestures(state, dispatch, ui)
  const { drag } = gestures
  const { setup } = state
  useEffect(() => {
    resetRackUi()
    return () => {
      document.body.style.cursor = ''
    }
  }, [])

  const locate = useCallback((id: string) => locateIn(state, id), [state])
  const interactive = dispatch !== null
  const blanked = useMemo(() => [...preBlanked(setup), ...state.blanks], [setup, state.blanks])
  const cables = useMemo(
    () => state.cords.map((c) => cablePath(state, c.a, c.b)).filter((p) => p !== null),
    [state],
  )
  const powerCords = useMemo(
    () =>
      Object.entries(state.power)
        .map(([psu, outlet]) => powerPath(state, psu, outlet))
        .filter((p) => p !== null),
    [state],
  )
  const labels = state.cords.flatMap((cord) =>
    (['a', 'b'] as const).flatMap((end) => {
      const label = cord.labels[end]
      const path = endPath(state, cord, end)
      if (!label || !path) return []
      const { at, along } = pointAlong(path, label.distanceMm)
      return [{ key: `${cord.id}-${end}`, text: label.text, at, along }]
    }),
  )
  const waiting = state.printed.filter((l) => !l.used && l.id !== labelInHand)

  /** Where a device is drawn: its anchor, or following the pointer while it is carried or pushed. */
  const drawnAt = (id: string): Point3 | null => {
    const at = anchorOf(state, id)
    if (!at) return null
    if (drag?.kind === 'carry' && drag.what === 'device' && drag.id === id)
      return [drag.at[0], drag.at[1], FRONT + HELD_OUT_MM]
    if (drag?.kind === 'push' && drag.id === id) {
      const placed = state.devices[id]!
      const outMm = placed.where === 'held' ? HELD_OUT_MM : UNLATCHED_OUT_MM
      const travel = Math.min(1, drag.pushMm / setup.latchMm)
      return [at[0], at[1], FRONT + outMm * (1 - travel)]
    }
    return at
  }

  const cableStart = cableFrom
    ? cableFrom.includes(':psu')
      ? psuPoint(state, cableFrom)
      : portPoint(state, cableFrom)
    : null
  const hint = showHint ? hintMessage(state).target : undefined
  const hintAt = hint ? locate(hint) : null
  const focusAt = focus ? locate(focus) : null
  const server = setup.devices.find((d) => d.kind === 'server')
  const heldSwitch = setup.devices.find((d) => d.kind === 'switch' && state.devices[d.id]!.where === 'held')

  return (
    <>
      <color attach="background" args={['#d7dde2']} />
      <hemisphereLight args={['#ffffff', '#6d7078', 1.5]} />
      <directionalLight position={[1200, 3200, 2400]} intensity={1.8} />
      <directionalLight position={[-800, 2400, -2600]} intensity={0.7} />
      <CameraRig presets={PRESETS} view={cameraView} maxPolarDeg={100} maxAzimuthDeg={180} />
      <Suspense fallback={null}>
        <Room />
      </Suspense>
      <Suspense fallback={null}>
        <RackFrame feetLowered={state.feetLowered || feetDown.length === 4} rackName={setup.rackName} />
        <Stabiliser fitted={state.stabiliser} />
        <Trolley
          serverOn={setup.devices.some(
            (d) => d.kind === 'server' && state.devices[d.id]!.where === 'trolley',
          )}
          switchOn={setup.devices.some(
            (d) => d.kind === 'switch' && state.devices[d.id]!.where === 'trolley',
          )}
          railsOn={state.rails.left === null && state.rails.right === null}
          blanksLeft={state.blanksLeft - (inHand === 'blank' ? 1 : 0)}
          cageNutsLeft={STOCK.cageNuts - state.nuts.length}
          patchCordsLeft={Math.max(0, STOCK.patchCords - state.cords.length)}
          powerCordsLeft={Math.max(0, STOCK.powerCords - Object.keys(state.power).length)}
          strapsLeft={STOCK.straps - (state.dressed ? 1 : 0)}
        />
        <EsdStrap clipped={state.strap} />
        {setup.installed.map((d) => {
          const at: Point3 = [0, uBottomY(d.bottomU), FRONT]
          if (d.kind === 'panel') return <PatchPanel key={d.id} at={at} name={d.name} />
          if (d.kind === 'server') return <Server2U key={d.id} at={at} name={d.name} />
          return <Switch1U key={d.id} at={at} facing="front" name={d.name} airflow="port-side-intake" />
        })}
        {setup.devices.map((d) => {
          const at = drawnAt(d.id)
          if (!at) return null
          return d.kind === 'server' ? (
            <Server2U key={d.id} at={at} name={d.name} />
          ) : (
            <Switch1U
              key={d.id}
              at={at}
              facing={state.devices[d.id]!.where === 'held' ? facing : state.devices[d.id]!.facing}
              name={d.name}
              airflow={d.airflow === 'front-to-back' ? 'port-side-intake' : d.airflow}
            />
          )
        })}
        <Blanks units={blanked} />
        {(['left', 'right'] as const).map((side) => {
          const rail = state.rails[side]
          return rail ? <SlideRails key={side} bottomU={rail.u} side={side} hole={rail} /> : null
        })}
        {state.rails.left === null && state.rails.right === null && server ? (
          <>
            <RailPiece at={RAILS_ON_TROLLEY_AT} rotationYRad={Math.PI / 2} />
            <RailPiece
              at={[
                RAILS_ON_TROLLEY_AT[0],
                RAILS_ON_TROLLEY_AT[1],
                RAILS_ON_TROLLEY_AT[2] + RAILS_ON_TROLLEY_SPACING_MM,
              ]}
              rotationYRad={Math.PI / 2}
            />
          </>
        ) : null}
        <CageNuts nuts={nutItems(state)} />
        {drag?.kind === 'carry' && inHand === 'nut' ? <CageNutPiece at={drag.at} /> : null}
        {drag?.kind === 'carry' && inHand === 'blank' ? (
          <BlankPiece at={[drag.at[0], drag.at[1], FRONT + 10]} />
        ) : null}
        {cables.length > 0 ? (
          <Cords paths={cables} jacket={PATCH_BLUE} radiusMm={3} bendRadiusMm={40} />
        ) : null}
        {powerCords.length > 0 ? (
          <Cords paths={powerCords} jacket={POWER_BLACK} radiusMm={3.5} bendRadiusMm={45} />
        ) : null}
        {cableStart ? (
          <Cord
            points={[
              cableStart,
              [cableStart[0], cableStart[1] - 200, cableStart[2] + (cableStart[2] > 0 ? 120 : -120)],
            ]}
            jacket={cableFrom!.includes(':psu') ? POWER_BLACK : PATCH_BLUE}
            radiusMm={3}
            highlight
          />
        ) : null}
        {state.dressed && cables.length > 0 ? <HookAndLoop at={[300, 1200, FRONT + 60]} /> : null}
        {labels.map((l) => (
          <FlagLabel
            key={l.key}
            at={l.at}
            along={l.along}
            text={l.text}
            highlight={focus === `end-${l.key}`}
          />
        ))}
        <LabelPrinter at={PRINTER} text={typed} printed={waiting.slice(-3)} />
      </Suspense>

      {interactive ? (
        <group>
          {!state.feetLowered
            ? [0, 1, 2, 3].map((i) => (
                <Pick
                  key={i}
                  name={`pick-foot-${i}`}
                  at={footPoint(i, feetDown.includes(i))}
                  size={[70, 60, 70]}
                  onDown={(e) => gestures.foot(e, i)}
                />
              ))
            : null}
          {!state.stabiliser ? (
            <Pick
              name="pick-stabiliser"
              at={STABILISER_POINT}
              size={[120, 120, 120]}
              onDown={(e) =>
                gestures.carryTo(e, 'stabiliser', STABILISER_POINT, STABILISER_MOUNT_POINT, {
                  type: 'fit-stabiliser',
                  target: 'stabiliser',
                })
              }
            />
          ) : null}
          {!state.strap ? (
            <Pick
              name="pick-strap"
              at={ESD_STRAP_POINT}
              size={[60, 60, 60]}
              onDown={(e) =>
                gestures.carryTo(e, 'strap', ESD_STRAP_POINT, ESD_JACK_POINT, {
                  type: 'clip-strap',
                  target: 'esd-jack',
                  tool: 'esd-strap',
                })
              }
            />
          ) : null}
          <Pick
            name="pick-radio"
            at={RADIO_POINT}
            size={[80, 50, 60]}
            onDown={(e) => {
              e.stopPropagation()
              gestures.send({ type: 'call-colleague', target: 'radio' })
            }}
          />
          <Pick
            name="pick-nuts"
            at={CAGE_NUT_POINT}
            size={[90, 40, 120]}
            onDown={(e) => {
              e.stopPropagation()
              rackUi.setState({ inHand: 'nut' })
              gestures.say('rack.live.takeNut')
            }}
          />
          <Pick
            name="pick-blanks"
            at={blanksPoint(state.blanksLeft)}
            size={[70, 60, 480]}
            onDown={(e) => {
              e.stopPropagation()
              if (state.blanksLeft > 0) rackUi.setState({ inHand: 'blank' })
              gestures.say('rack.live.takeBlank')
            }}
          />
          {server && (state.rails.left === null || state.rails.right === null) ? (
            <Pick
              name="pick-rails"
              at={RAILS_ON_TROLLEY_AT}
              size={[700, 60, 160]}
              onDown={(e) => {
                e.stopPropagation()
                const side = state.rails.left === null ? 'left' : 'right'
                rackUi.setState({ inHand: { rail: side } })
                gestures.say(`rack.live.takeRail_${side}`)
              }}
            />
          ) : null}
          {inHand !== null || heldSwitch ? (
            // With a part in hand, a press on the rack's front works on the rails (nut, rail, blank, switch).
            <Pick name="pick-front" at={[0, 1100, FRONT + 6]} size={[640, 2100, 4]} onDown={gestures.rails} />
          ) : null}
          {setup.devices.map((d) => {
            const placed = state.devices[d.id]!
            const at = anchorOf(state, d.id)!
            const grip: Point3 = [at[0], at[1] + d.heightU * 22, at[2] + 15]
            if (placed.where === 'trolley')
              return (
                <group key={d.id}>
                  <Pick
                    name={`pick-device-${d.id}`}
                    at={grip}
                    size={[420, d.heightU * 44, 40]}
                    onDown={(e) => gestures.lift(e, d.id, at)}
                  />
                  <Pick
                    name={`pick-airflow-${d.id}`}
                    at={locateIn(state, `airflow-${d.id}`)!}
                    size={[110, 20, 90]}
                    onDown={(e) => {
                      e.stopPropagation()
                      gestures.send({ type: 'check-airflow', target: d.id })
                    }}
                  />
                </group>
              )
            if (d.kind === 'server' && (placed.where === 'held' || !placed.latched))
              return (
                <Pick
                  key={d.id}
                  name={`pick-device-${d.id}`}
                  at={grip}
                  size={[440, 90, 60]}
                  onDown={(e) => gestures.push(e, d.id)}
                />
              )
            if (d.kind === 'switch' && placed.where === 'held')
              return (
                // A tap on its right ear turns the held switch round (ports to the front or the rear).
                <Pick
                  key={d.id}
                  name={`pick-device-${d.id}`}
                  at={locateIn(state, `ear-${d.id}-right`)!}
                  size={[60, 50, 60]}
                  onDown={(e) => {
                    e.stopPropagation()
                    rackUi.setState({ facing: facing === 'front' ? 'rear' : 'front' })
                  }}
                />
              )
            if (placed.where !== 'mounted') return null
            const loose = !placed.screwed.left && !placed.screwed.right
            return (
              <group key={d.id}>
                {loose ? (
                  <Pick
                    name={`pick-device-${d.id}`}
                    at={grip}
                    size={[300, d.heightU * 40, 30]}
                    onDown={(e) => gestures.pull(e, d.id, at)}
                  />
                ) : null}
                {(['left', 'right'] as const).map((side) => (
                  <Pick
                    key={side}
                    name={`pick-ear-${d.id}-${side}`}
                    at={locateIn(state, `ear-${d.id}-${side}`)!}
                    size={[40, 50, 40]}
                    onDown={(e) => {
                      // A thumbscrew is turned in, or back out once it is in.
                      e.stopPropagation()
                      gestures.send({
                        type: placed.screwed[side] ? 'unscrew' : 'screw',
                        target: `${d.id}:${side}`,
                      })
                    }}
                  />
                ))}
              </group>
            )
          })}
          {portTargets(state).map((port) => (
            <Pick
              key={port}
              name={`pick-port-${port}`}
              at={portPoint(state, port)!}
              size={[16, 16, 30]}
              onDown={(e) => {
                e.stopPropagation()
                const from = rackUi.getState().cableFrom
                if (from === port || (from && from.includes(':psu')))
                  return rackUi.setState({ cableFrom: null })
                if (!from) return rackUi.setState({ cableFrom: port })
                rackUi.setState({ cableFrom: null })
                gestures.send({ type: 'connect', target: from, p: { a: from, b: port } })
              }}
            />
          ))}
          {psuTargets(state).map((psu) => (
            <Pick
              key={psu}
              name={`pick-psu-${psu}`}
              at={psuPoint(state, psu)!}
              size={[40, 40, 30]}
              onDown={(e) => {
                e.stopPropagation()
                rackUi.setState({ cableFrom: rackUi.getState().cableFrom === psu ? null : psu })
              }}
            />
          ))}
          {cableFrom?.includes(':psu')
            ? OUTLETS.map((outlet) => (
                <Pick
                  key={outlet}
                  name={`pick-outlet-${outlet}`}
                  at={outletPoint(outlet)!}
                  size={[40, 36, 30]}
                  onDown={(e) => {
                    e.stopPropagation()
                    rackUi.setState({ cableFrom: null })
                    gestures.send({ type: 'plug-power', target: cableFrom, p: { outlet } })
                  }}
                />
              ))
            : null}
          {state.cords.length > 0 && !state.dressed ? (
            <Pick
              name="pick-manager"
              at={MANAGER_POINT}
              size={[70, 300, 70]}
              onDown={(e) => {
                e.stopPropagation()
                gestures.send({ type: 'dress', target: 'manager' })
              }}
            />
          ) : null}
          <Pick
            name="pick-printer"
            at={PRINTER_POINTS.keypad}
            size={[100, 40, 120]}
            onDown={(e) => {
              e.stopPropagation()
              if (onPrintKey(e.ray, PRINTER_POINTS.print))
                gestures.send({
                  type: 'print-label',
                  target: 'printer',
                  tool: 'label-printer',
                  p: { text: typed },
                })
              else rackUi.setState({ typing: true })
            }}
          />
          {waiting.slice(-3).map((l, i) => (
            <Pick
              key={l.id}
              name={`pick-printed-${l.id}`}
              at={PRINTER_POINTS.output(i)}
              size={[40, 14, 16]}
              onDown={(e) => {
                e.stopPropagation()
                rackUi.setState({ labelInHand: l.id })
                gestures.say('rack.live.labelInHand', { text: l.text })
              }}
            />
          ))}
          {labelInHand
            ? state.cords.flatMap((cord) =>
                (['a', 'b'] as const).map((end) => {
                  const path = endPath(state, cord, end)
                  if (!path || cord.labels[end]) return null
                  return (
                    <CordLabelPicks
                      key={`${cord.id}-${end}`}
                      name={`pick-end-${cord.id}-${end}`}
                      path={path}
                      onAttach={(distanceMm) => {
                        gestures.send({
                          type: 'attach-label',
                          target: `${cord.id}:${end}`,
                          p: { label: labelInHand, distanceMm },
                        })
                        rackUi.setState({ labelInHand: null })
                      }}
                    />
                  )
                }),
              )
            : null}
        </group>
      ) : null}

      {hintAt ? (
        <mesh
          position={[hintAt[0], hintAt[1] + 60, hintAt[2] + 20]}
          rotation={[Math.PI, 0, 0]}
          material={marker('#ffc400')}
        >
          <coneGeometry args={[14, 36, 16]} />
        </mesh>
      ) : null}
      {focusAt ? (
        <mesh
          position={[focusAt[0], focusAt[1], focusAt[2] + (focusAt[2] < 0 ? -20 : 20)]}
          material={marker('#0b5575')}
        >
          <ringGeometry args={[16, 20, 32]} />
        </mesh>
      ) : null}
      <TargetProbe locate={locate} />
    </>
  )
}
