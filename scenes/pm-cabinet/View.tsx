/**
 * The street cabinet in 3D: the PM on its plinth on a pavement, its door and lock, the operator and
 * distribution drawers, the cords of the subscribers already served, the rack of patch cords and the kit
 * case with the label printer and the phone. Renders the model's state and turns pointer work into
 * gestures (view/usePmGestures.ts). Lazy-loaded. The keyboard path is in Overlay.tsx.
 */
import { Suspense, useCallback, useEffect, useMemo } from 'react'
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
import {
  ALL_DRAWERS,
  DOOR,
  DRAWER,
  PRINTER_AT,
  SIDES,
  STORAGE,
  drawerY,
  guideAt,
  parseDrawer,
  parsePort,
  portId,
} from './layout.ts'
import type { DrawerId, PortId } from './layout.ts'
import type { PmState } from './model.ts'
import { GUIDE_Z, endPath, mouth, otherPaths, ownPath, slackGrip, slackPath } from './places.ts'
import type { Point3 } from './places.ts'
import { hintTarget } from './progress.ts'
import { Cabinet } from './view/Cabinet.tsx'
import { Connectors } from './view/Connectors.tsx'
import type { ConnectorItem } from './view/Connectors.tsx'
import { CordRack, hookPoint } from './view/CordRack.tsx'
import { Door, handlePoint, lockPoint } from './view/Door.tsx'
import { Drawers } from './view/Drawers.tsx'
import { KitCase, PHONE_POINT } from './view/KitCase.tsx'
import { CORD_YELLOW_HEX } from './view/portMaterials.ts'
import { pmUi, resetPmUi } from './view/pmUi.ts'
import { usePmGestures } from './view/usePmGestures.ts'
import type { Drag } from './view/usePmGestures.ts'

export { Overlay } from './Overlay.tsx'

const PRESETS: Record<string, CameraPreset> = {
  overview: { target: [150, 850, 0], azimuthDeg: 0, polarDeg: 84, width: 2500 },
  drawers: { target: [0, 1150, 60], azimuthDeg: 0, polarDeg: 80, width: 1250 },
  kit: { target: [860, 760, 60], azimuthDeg: 0, polarDeg: 80, width: 1150 },
}

const PRINTER: Point3 = [PRINTER_AT.x, PRINTER_AT.y, PRINTER_AT.z]
const PRINTER_POINTS = printerPoints(PRINTER)

/** The middle of a drawer's front plate, where its pull handle is grabbed. */
function drawerGrip(state: Pick<PmState, 'pulled'>, drawer: DrawerId): Point3 {
  const { side, row } = parseDrawer(drawer)!
  const x = side === 'op' ? SIDES.op.minX + 22 : SIDES.dist.maxX - 22
  return [x, drawerY(row) - 20, DRAWER.frontZ + (state.pulled[drawer] ? DRAWER.travelMm : 0) + 12]
}

/** Where the cord's free end is: hanging under end a, or resting by the port it was brought to. */
function freeEndAt(state: PmState, routedTo: PortId | null): Point3 | null {
  const cord = state.cord
  if (!cord?.ends.a || cord.ends.b) return null
  if (routedTo) {
    const [x, y, z] = mouth(state, routedTo)
    return [x, y - 50, z + 50]
  }
  const path = ownPath(state, cord)
  return path ? path[path.length - 1]! : null
}

/** The points everything aims at, by target id (also for the keyboard focus ring and the tests). */
function locateIn(state: PmState, id: string, routedTo: PortId | null): Point3 | null {
  const openDeg = state.door === 'open' ? DOOR.openDeg : 0
  if (id.startsWith('front:')) {
    // Any point of the cabinet's front plane: the tests frame photos with these.
    const [x, y] = id.slice('front:'.length).split(':').map(Number)
    return Number.isFinite(x) && Number.isFinite(y) ? [x!, y!, 0] : null
  }
  if (id.startsWith('port-')) {
    const port = id.slice(5)
    return parsePort(port) ? mouth(state, port as PortId) : null
  }
  if (id.startsWith('drawer-')) {
    const drawer = id.slice(7)
    return parseDrawer(drawer) ? drawerGrip(state, drawer as DrawerId) : null
  }
  if (id.startsWith('guide-')) {
    const g = guideAt(id.slice(6))
    return g ? [g.x, g.y, GUIDE_Z] : null
  }
  if (id.startsWith('cord-')) {
    const index = state.setup.cords.findIndex((c) => c.id === id.slice(5))
    return index >= 0 ? hookPoint(index, state.setup.cords.length) : null
  }
  if (id.startsWith('printed-')) {
    const index = state.printed.filter((l) => !l.used).findIndex((l) => l.id === id.slice(8))
    return index >= 0 ? PRINTER_POINTS.output(index) : null
  }
  if (id === 'end-a' || id === 'end-b') {
    const cord = state.cord
    const path = cord && endPath(state, cord, id === 'end-a' ? 'a' : 'b')
    return path ? pointAlong(path, state.setup.label.targetMm).at : null
  }
  switch (id) {
    case 'lock':
      return lockPoint(openDeg)
    case 'handle':
      return handlePoint(openDeg)
    case 'phone':
      return PHONE_POINT
    case 'printer':
      return PRINTER_POINTS.keypad
    case 'print-key':
      return PRINTER_POINTS.print
    case 'free-end':
      return freeEndAt(state, routedTo)
    case 'slack': {
      const cord = state.cord
      return cord ? slackGrip(state, cord) : null
    }
    case 'storage':
      return [STORAGE.centre.x, STORAGE.centre.y, -40]
    default:
      return null
  }
}

function drawerPulls(state: PmState, drag: Drag | null): Record<string, number> {
  return Object.fromEntries(
    ALL_DRAWERS.map((d) => [
      d,
      drag?.kind === 'drawer' && drag.drawer === d ? drag.pulledMm : state.pulled[d] ? DRAWER.travelMm : 0,
    ]),
  )
}

/** Ports with their dust cap in: not uncapped and no plug in (a cap being plucked is in the hand). */
function capsIn(state: PmState, plucked: PortId | null): Record<string, boolean> {
  const plugged = new Set<string>()
  for (const o of state.others) {
    if (!o.unplugged) plugged.add(o.dist)
    plugged.add(o.op)
  }
  if (state.cord?.ends.a) plugged.add(state.cord.ends.a)
  if (state.cord?.ends.b) plugged.add(state.cord.ends.b)
  const capped: Record<string, boolean> = {}
  for (const drawer of ALL_DRAWERS)
    for (let n = 1; n <= DRAWER.ports; n++) {
      const port = portId(drawer, n)
      capped[port] = !plugged.has(port) && !state.uncapped.includes(port) && port !== plucked
    }
  return capped
}

export default function PmCabinetView({
  store,
  dispatch,
  showHint,
  cameraView,
  ui,
}: SceneViewProps<PmState>) {
  const state = useStore(store, (s) => s.state)
  const focus = useStore(ui, (s) => s.focus)
  const { tool, labelInHand, typed, routedTo } = useStore(pmUi)
  const gestures = usePmGestures(state, dispatch, ui)
  const { drag } = gestures
  const { setup } = state
  useEffect(() => {
    resetPmUi()
    return () => {
      document.body.style.cursor = ''
    }
  }, [])

  const locate = useCallback((id: string) => locateIn(state, id, routedTo), [state, routedTo])
  // Drags re-render on every pointer move; what only the state decides is worked out once per gesture.
  const plucked = drag?.kind === 'cap' ? drag.port : null
  const capped = useMemo(() => capsIn(state, plucked), [state, plucked])
  const others = useMemo(() => otherPaths(state), [state])
  const interactive = dispatch !== null
  const open = state.door === 'open'
  const openDeg = drag?.kind === 'door' ? drag.openDeg : open ? DOOR.openDeg : 0
  const keyTurnDeg = drag?.kind === 'key' ? drag.turnDeg : state.door === 'locked' ? 0 : 90
  const cord = state.cord

  // Plugs: the other subscribers' (an unplugged one hangs out of sight in its bundle) and the trainee's.
  const plugs: ConnectorItem[] = []
  for (const o of state.others) {
    plugs.push({ at: mouth(state, o.op), polish: 'apc' })
    if (!o.unplugged) plugs.push({ at: mouth(state, o.dist), polish: 'apc' })
  }
  const ownPolish = cord?.polish ?? 'apc'
  for (const end of ['a', 'b'] as const) {
    const port = cord?.ends[end]
    if (!port || !cord) continue
    const [x, y, z] = mouth(state, port)
    // A plug that did not click stands out of its adapter by what it still lacks.
    const lackMm = cord.latched[end] ? 0 : setup.latchMm
    plugs.push({ at: [x, y, z + lackMm], polish: ownPolish })
  }
  if (drag?.kind === 'push') {
    const [x, y, z] = mouth(state, drag.port)
    plugs.push({ at: [x, y, z + Math.max(0, setup.latchMm - drag.pushMm)], polish: ownPolish })
  }

  const free = freeEndAt(state, routedTo)
  const held = drag?.kind === 'route' ? drag.at : free
  const ownLine = (() => {
    if (!cord?.ends.a) return null
    if (cord.ends.b) return ownPath(state, cord)
    const start = ownPath(state, cord)!.slice(0, 2)
    const via = drag?.kind === 'route' ? drag.via : routedTo ? pmUi.getState().via : []
    const middle = via.map((g): Point3 => [guideAt(g)!.x, guideAt(g)!.y, GUIDE_Z])
    return held ? [...start, ...middle, held] : start
  })()
  if (held && cord?.ends.a && !cord.ends.b && drag?.kind !== 'push')
    plugs.push({ at: held, polish: ownPolish })
  const slackLine = cord ? slackPath(state, cord) : null
  const labels = cord
    ? (['a', 'b'] as const).flatMap((end) => {
        const label = cord.labels[end]
        const path = endPath(state, cord, end)
        if (!label || !path) return []
        const { at, along } = pointAlong(path, label.distanceMm)
        return [{ end, text: label.text, at, along }]
      })
    : []

  const hint = showHint ? hintTarget(state) : null
  const hintAt = hint ? locate(hint) : null
  const focusAt = focus ? locate(focus) : null
  const waiting = state.printed.filter((l) => !l.used && l.id !== labelInHand)
  const frameDrag = drag?.kind === 'frame' ? drag : null

  return (
    <>
      <color attach="background" args={['#cfd8de']} />
      <hemisphereLight args={['#ffffff', '#7d7263', 1.6]} />
      <directionalLight position={[900, 2200, 1600]} intensity={1.9} />
      <CameraRig presets={PRESETS} view={cameraView} maxPolarDeg={95} />
      <Suspense fallback={null}>
        <Cabinet pmId={setup.workOrder.pmId} />
        <Door openDeg={openDeg} keyTurnDeg={keyTurnDeg} pmId={setup.workOrder.pmId} />
        <Drawers pulledMm={drawerPulls(state, drag)} capped={capped} />
        <Cords paths={others} jacket={CORD_YELLOW_HEX} />
        <Connectors items={plugs} />
        {ownLine && ownLine.length > 1 ? (
          <Cord points={ownLine} jacket={CORD_YELLOW_HEX} highlight={focus === 'free-end'} />
        ) : null}
        {slackLine ? <Cords paths={[slackLine]} jacket={CORD_YELLOW_HEX} /> : null}
        {labels.map((l) => (
          <FlagLabel
            key={l.end}
            at={l.at}
            along={l.along}
            text={l.text}
            highlight={focus === `end-${l.end}`}
          />
        ))}
        <CordRack cords={setup.cords.map((c) => ({ ...c, taken: cord?.id === c.id }))} />
        <KitCase phoneTaken={tool === 'phone'} />
        <LabelPrinter at={PRINTER} text={typed} printed={waiting.slice(-3)} />
      </Suspense>

      {frameDrag ? <PhotoFrame from={frameDrag.from} to={frameDrag.to} /> : null}

      {interactive ? (
        <group>
          <Pick name="pick-lock" at={lockPoint(openDeg)} size={[40, 60, 40]} onDown={gestures.key} />
          <Pick
            name="pick-handle"
            at={handlePoint(openDeg)}
            size={[50, 140, 50]}
            onDown={(e) => gestures.handle(e, DOOR.openDeg)}
          />
          {open
            ? ALL_DRAWERS.map((d) => (
                <Pick
                  key={d}
                  name={`pick-drawer-${d}`}
                  at={drawerGrip(state, d)}
                  size={[40, 30, 30]}
                  onDown={(e) => gestures.drawer(e, d, DRAWER.travelMm)}
                />
              ))
            : null}
          {open
            ? ALL_DRAWERS.filter((d) => state.pulled[d]).flatMap((d) =>
                Array.from({ length: DRAWER.ports }, (_, i) => {
                  const id = portId(d, i + 1)
                  const [x, y, z] = mouth(state, id)
                  return (
                    <Pick
                      key={id}
                      name={`pick-port-${id}`}
                      at={[x, y, z + 10]}
                      size={[28, 22, 30]}
                      onDown={(e) => gestures.port(e, id)}
                    />
                  )
                }),
              )
            : null}
          {free && drag?.kind !== 'route' && !routedTo ? (
            <Pick name="pick-free-end" at={free} size={[40, 50, 40]} onDown={gestures.freeEnd} />
          ) : null}
          {cord && slackGrip(state, cord) ? (
            <Pick
              name="pick-slack"
              at={slackGrip(state, cord)!}
              size={[80, 60, 60]}
              onDown={gestures.slack}
            />
          ) : null}
          {tool === 'phone' && open ? (
            // In front of every pulled drawer and plug: with the phone in hand, a press frames the photo.
            <Pick name="pick-front" at={[0, 900, 420]} size={[2400, 2400, 4]} onDown={gestures.frame} />
          ) : null}
          <Pick
            name="pick-phone"
            at={PHONE_POINT}
            size={[90, 30, 160]}
            onDown={(e) => {
              e.stopPropagation()
              if (open) pmUi.setState({ tool: tool === 'phone' ? 'hand' : 'phone' })
              gestures.say(open ? 'pm.live.frameNow' : 'pm.live.openFirst')
            }}
          />
          {setup.cords.map((c, i) => (
            <Pick
              key={c.id}
              name={`pick-cord-${c.id}`}
              at={hookPoint(i, setup.cords.length)}
              size={[60, 160, 60]}
              onDown={(e) => {
                e.stopPropagation()
                gestures.send({ type: 'take-cord', target: c.id })
              }}
            />
          ))}
          <Pick
            name="pick-printer"
            at={PRINTER_POINTS.keypad}
            size={[100, 40, 120]}
            onDown={(e) => {
              e.stopPropagation()
              // The PRINT key prints what is typed; anywhere else on the printer opens its keyboard.
              if (onPrintKey(e.ray, PRINTER_POINTS.print))
                gestures.send({
                  type: 'print-label',
                  target: 'printer',
                  tool: 'label-printer',
                  p: { text: typed },
                })
              else pmUi.setState({ typing: true })
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
                pmUi.setState({ labelInHand: l.id })
                gestures.say('pm.live.labelInHand', { text: l.text })
              }}
            />
          ))}
          {labelInHand && cord
            ? (['a', 'b'] as const).map((end) => {
                const path = endPath(state, cord, end)
                if (!path) return null
                return (
                  <CordLabelPicks
                    key={end}
                    name={`pick-end-${end}`}
                    path={path}
                    onAttach={(distanceMm) => {
                      gestures.send({
                        type: 'attach-label',
                        target: `end-${end}`,
                        p: { label: labelInHand, distanceMm },
                      })
                      pmUi.setState({ labelInHand: null })
                    }}
                  />
                )
              })
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
        <mesh position={[focusAt[0], focusAt[1], focusAt[2] + 20]} material={marker('#0b5575')}>
          <ringGeometry args={[16, 20, 32]} />
        </mesh>
      ) : null}
      <TargetProbe locate={locate} />
    </>
  )
}

/** The photo's frame, drawn on the cabinet's front while it is dragged: four thin white bars. */
function PhotoFrame({ from, to }: { from: Point3; to: Point3 }) {
  const x0 = Math.min(from[0], to[0])
  const x1 = Math.max(from[0], to[0])
  const y0 = Math.min(from[1], to[1])
  const y1 = Math.max(from[1], to[1])
  const bar = (x: number, y: number, w: number, h: number, key: string) => (
    <mesh key={key} position={[x, y, 30]} material={marker('#ffffff')}>
      <boxGeometry args={[w, h, 2]} />
    </mesh>
  )
  return (
    <group>
      {bar((x0 + x1) / 2, y0, x1 - x0, 6, 'b')}
      {bar((x0 + x1) / 2, y1, x1 - x0, 6, 't')}
      {bar(x0, (y0 + y1) / 2, 6, y1 - y0, 'l')}
      {bar(x1, (y0 + y1) / 2, 6, y1 - y0, 'r')}
    </group>
  )
}
