/**
 * The street cabinet's DOM layer: the work order (OT) on the technician's tablet with its "signaler une
 * anomalie" action, the hand/eyes switch, the label printer's keyboard, and the keyboard path. Tab moves
 * between the lock, the handle, the drawers, the ports of pulled drawers, the cords, the guides, the
 * printer and the labels; Enter acts (turn, swing, pull, pluck a cap, push a plug home, take, lead,
 * attach); L looks at a port up close, U unplugs; arrows set the photo's framing and a label's distance;
 * Escape puts down what is held. Every action sends the gesture the pointer sends.
 */
import { useState } from 'react'
import type { KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useStore } from 'zustand'
import { LABEL_MAX_CHARS, printedText } from '../common/labels.ts'
import type { SceneViewProps } from '../../src/kit/sceneView.ts'
import { PrinterKeys } from '../../src/kit/PrinterKeys.tsx'
import { SceneTargets } from '../../src/kit/SceneTargets.tsx'
import { useFocusKeeper } from '../../src/kit/useFocusKeeper.ts'
import { ALL_DRAWERS, ALL_GUIDES, CABINET, DRAWER, SIDES, portId } from './layout.ts'
import type { DrawerId, GuideId, PortId } from './layout.ts'
import { portName, workArea } from './rules.ts'
import type { PmState } from './model.ts'
import { lookReading } from './places.ts'
import { pmUi } from './view/pmUi.ts'

type Button = { id: string; label: string; values?: Record<string, string | number> }

/** The frames the keyboard's phone can take: the route's work area, the whole cabinet, one side. */
const FRAMES = ['work', 'cabinet', 'op', 'dist'] as const

function frameOf(state: PmState, which: (typeof FRAMES)[number]) {
  const area = workArea(state.setup)
  const { inner } = CABINET
  switch (which) {
    case 'work':
      return { x0: area.minX - 20, y0: area.minY - 20, x1: area.maxX + 20, y1: area.maxY + 20 }
    case 'cabinet':
      return { x0: inner.minX, y0: inner.minY, x1: inner.maxX, y1: inner.maxY }
    case 'op':
      return { x0: SIDES.op.minX - 20, y0: area.minY, x1: SIDES.op.maxX + 20, y1: area.maxY }
    case 'dist':
      return { x0: SIDES.dist.minX - 20, y0: area.minY, x1: SIDES.dist.maxX + 20, y1: area.maxY }
  }
}

const drawerName = (drawer: DrawerId) => portName(`${drawer}:1` as PortId).split(' · ')[0]!

function keyboardButtons(state: PmState, held: Held, frame: number, distanceMm: number): Button[] {
  const ui = pmUi.getState()
  const buttons: Button[] = []
  const open = state.door === 'open'
  buttons.push({ id: 'lock', label: state.door === 'locked' ? 'pm.keys.unlock' : 'pm.keys.lock' })
  buttons.push({ id: 'handle', label: open ? 'pm.keys.close' : 'pm.keys.open' })
  buttons.push({ id: 'phone', label: 'pm.keys.phone' })
  if (held === 'phone') buttons.push({ id: 'frame', label: `pm.keys.frame_${FRAMES[frame]}` })
  if (open) {
    for (const drawer of ALL_DRAWERS)
      buttons.push({
        id: `drawer-${drawer}`,
        label: state.pulled[drawer] ? 'pm.keys.drawerIn' : 'pm.keys.drawerOut',
        values: { drawer: drawerName(drawer) },
      })
    for (const drawer of ALL_DRAWERS.filter((d) => state.pulled[d]))
      for (let n = 1; n <= DRAWER.ports; n++) {
        const port = portId(drawer, n)
        buttons.push({ id: `port-${port}`, label: 'pm.keys.port', values: { port: portName(port) } })
      }
  }
  const cord = state.cord
  state.setup.cords.forEach((c) =>
    buttons.push({
      id: `cord-${c.id}`,
      label: c.polish === 'apc' ? 'pm.keys.cord_apc' : 'pm.keys.cord_upc',
      values: { length: String(c.lengthM).replace('.', ',') },
    }),
  )
  if (open && cord?.ends.a && !cord.ends.b && !ui.routedTo) {
    buttons.push({ id: 'free-end', label: 'pm.keys.freeEnd' })
    if (held === 'free-end')
      for (const guide of ALL_GUIDES)
        buttons.push({ id: `guide-${guide}`, label: guideLabel(guide), values: guideValues(guide) })
  }
  if (open && cord?.ends.a && cord.ends.b && !cord.slackStored)
    buttons.push({ id: 'slack', label: 'pm.keys.slack' })
  buttons.push({ id: 'printer', label: 'pm.keys.printer' })
  buttons.push({ id: 'print-key', label: 'pm.keys.print', values: { text: printedText(ui.typed) } })
  for (const label of state.printed.filter((l) => !l.used))
    buttons.push({ id: `printed-${label.id}`, label: 'pm.keys.printed', values: { text: label.text } })
  if (ui.labelInHand && cord)
    for (const end of ['a', 'b'] as const)
      if (cord.ends[end])
        buttons.push({
          id: `end-${end}`,
          label: 'pm.keys.end',
          values: { port: portName(cord.ends[end]!), mm: distanceMm },
        })
  return buttons
}

const guideLabel = (guide: GuideId) => (guide.startsWith('ring-') ? 'pm.keys.ring' : 'pm.keys.exit')
const guideValues = (guide: GuideId): Record<string, string> =>
  guide.startsWith('ring-') ? { n: guide.slice(5) } : { drawer: drawerName(guide.slice(5) as DrawerId) }

type Held = 'phone' | 'free-end' | null

function WorkOrder({ state, onReport }: { state: PmState; onReport: (() => void) | null }) {
  const { t } = useTranslation()
  const [asking, setAsking] = useState(false)
  const { workOrder, route } = state.setup
  return (
    <details className="scene-card" open>
      <summary>{t('pm.order.title', { id: workOrder.id })}</summary>
      <dl>
        <dt>{t('pm.order.address')}</dt>
        <dd>{workOrder.address}</dd>
        <dt>{t('pm.order.appointment')}</dt>
        <dd>{workOrder.appointment}</dd>
        <dt>{t('pm.order.pm')}</dt>
        <dd>{workOrder.pmId}</dd>
        <dt>{t('pm.order.route')}</dt>
        <dd>{t('pm.order.routeText', { op: portName(route.op), dist: portName(route.dist) })}</dd>
        <dt>{t('pm.order.pto')}</dt>
        <dd>{workOrder.ptoRef}</dd>
        <dt>{t('pm.order.engineering')}</dt>
        <dd>{t(`pm.order.${workOrder.engineering}`)}</dd>
      </dl>
      {onReport ? (
        asking ? (
          <p className="scene-card-actions">
            <button
              type="button"
              onClick={() => {
                setAsking(false)
                onReport()
              }}
            >
              {t('pm.order.reportTaken')}
            </button>
            <button type="button" onClick={() => setAsking(false)}>
              {t('pm.order.cancel')}
            </button>
          </p>
        ) : (
          <p className="scene-card-actions">
            <button type="button" disabled={state.reported} onClick={() => setAsking(true)}>
              {state.reported ? t('pm.order.reported') : t('pm.order.report')}
            </button>
          </p>
        )
      ) : null}
    </details>
  )
}

/** The hand or the eyes: looking at a port up close reads its number and whether it is in use. */
function ToolSwitch() {
  const { t } = useTranslation()
  const tool = useStore(pmUi, (s) => s.tool)
  return (
    <div className="scene-tools" role="group" aria-label={t('pm.tools.group')}>
      {(['hand', 'look'] as const).map((id) => (
        <button key={id} type="button" aria-pressed={tool === id} onClick={() => pmUi.setState({ tool: id })}>
          {t(`pm.tools.${id}`)}
        </button>
      ))}
    </div>
  )
}

/** The label printer's keyboard (kit), with this scene's words and the shared typing state. */
function Printer({ onPrint }: { onPrint: (text: string) => void }) {
  const { t } = useTranslation()
  const { typed, typing } = useStore(pmUi)
  return (
    <PrinterKeys
      open={typing}
      typed={typed}
      maxChars={LABEL_MAX_CHARS}
      text={{ field: t('pm.printer.label'), print: t('pm.printer.print'), close: t('pm.printer.close') }}
      onType={(next) => pmUi.setState({ typed: next })}
      onPrint={onPrint}
      onClose={() => pmUi.setState({ typing: false })}
    />
  )
}

export function Overlay({ store, dispatch, ui }: SceneViewProps<PmState>) {
  const { t } = useTranslation()
  const state = useStore(store, (s) => s.state)
  useStore(pmUi)
  const [held, setHeld] = useState<Held>(null)
  const [frame, setFrame] = useState(0)
  const [distanceMm, setDistanceMm] = useState(state.setup.label.targetMm)
  const buttons = dispatch ? keyboardButtons(state, held, frame, distanceMm) : []
  const { container, remember } = useFocusKeeper(buttons.map((button) => button.id))
  if (!dispatch) return <WorkOrder state={state} onReport={null} />

  const say = (key: string, values?: Record<string, number | string>) =>
    ui.setState({ live: { key, ...(values ? { values } : {}) } })
  const drop = () => {
    setHeld(null)
    pmUi.setState({ via: [], labelInHand: null })
    ui.setState({ live: null })
  }
  const print = (text: string) =>
    dispatch({ type: 'print-label', target: 'printer', tool: 'label-printer', p: { text } })

  /** What Enter does on a port, as the pointer's press does with the hand. */
  const onPort = (port: PortId) => {
    const cord = state.cord
    const end = cord?.ends.a === port ? 'a' : cord?.ends.b === port ? 'b' : null
    const taken = end !== null || state.others.some((o) => !o.unplugged && (o.op === port || o.dist === port))
    const uncapped = state.uncapped.includes(port)
    const push = { pushMm: state.setup.latchMm + 1 }
    if (held === 'free-end' && cord?.ends.a && !cord.ends.b) {
      dispatch({ type: 'route', target: 'cord', p: { via: pmUi.getState().via.join(',') } })
      dispatch({ type: 'plug', target: port, p: push })
      return drop()
    }
    if (cord && ((end && !cord.latched[end]) || (!taken && uncapped && !cord.ends.a)))
      return void dispatch({ type: 'plug', target: port, p: push })
    if (taken) return say('pm.live.portInUse', { port: portName(port) })
    dispatch({ type: uncapped ? 'cap' : 'uncap', target: port })
  }

  const act = (id: string) => {
    if (id === 'lock')
      return void dispatch({
        type: state.door === 'locked' ? 'unlock' : 'lock',
        target: 'lock',
        tool: 'triangle-key',
      })
    if (id === 'handle')
      return void dispatch({ type: state.door === 'open' ? 'close-door' : 'open-door', target: 'door' })
    if (id === 'phone') {
      setHeld('phone')
      return say('pm.live.frameKeys')
    }
    if (id === 'frame') {
      dispatch({ type: 'photo', target: 'cabinet', tool: 'phone', p: frameOf(state, FRAMES[frame]!) })
      return drop()
    }
    if (id.startsWith('drawer-')) {
      const drawer = id.slice(7) as DrawerId
      return void dispatch({ type: state.pulled[drawer] ? 'push-drawer' : 'pull-drawer', target: drawer })
    }
    if (id.startsWith('port-')) return onPort(id.slice(5) as PortId)
    if (id.startsWith('cord-')) return void dispatch({ type: 'take-cord', target: id.slice(5) })
    if (id === 'free-end') {
      setHeld('free-end')
      pmUi.setState({ via: [] })
      return say('pm.live.leadKeys')
    }
    if (id.startsWith('guide-') && held === 'free-end') {
      const via = [...pmUi.getState().via, id.slice(6)]
      pmUi.setState({ via })
      return say('pm.live.guides', { n: via.length })
    }
    if (id === 'slack') return void dispatch({ type: 'store-slack', target: 'storage' })
    if (id === 'printer') return void pmUi.setState({ typing: true })
    if (id === 'print-key') return void print(pmUi.getState().typed)
    if (id.startsWith('printed-')) {
      const label = state.printed.find((l) => l.id === id.slice(8))
      pmUi.setState({ labelInHand: id.slice(8) })
      return say('pm.live.labelInHand', { text: label?.text ?? '' })
    }
    if (id.startsWith('end-') && pmUi.getState().labelInHand) {
      dispatch({ type: 'attach-label', target: id, p: { label: pmUi.getState().labelInHand!, distanceMm } })
      return drop()
    }
    say('pm.live.nothingHeld')
  }

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, button: Button) => {
    if (event.key === 'Enter') {
      event.preventDefault()
      return act(button.id)
    }
    if (event.key === 'Escape') return drop()
    if (button.id.startsWith('port-') && (event.key === 'l' || event.key === 'L')) {
      event.preventDefault()
      const port = button.id.slice(5) as PortId
      const reading = lookReading(state, port)
      dispatch({ type: 'look', target: port })
      return say(reading.key, reading.values)
    }
    if (button.id.startsWith('port-') && (event.key === 'u' || event.key === 'U' || event.key === 'Delete')) {
      event.preventDefault()
      return void dispatch({ type: 'unplug', target: button.id.slice(5) })
    }
    const dir =
      event.key === 'ArrowRight' || event.key === 'ArrowUp'
        ? 1
        : event.key === 'ArrowLeft' || event.key === 'ArrowDown'
          ? -1
          : 0
    if (!dir) return
    if (button.id === 'frame') {
      event.preventDefault()
      return setFrame((f) => (f + dir + FRAMES.length) % FRAMES.length)
    }
    if (button.id.startsWith('end-')) {
      event.preventDefault()
      const next = Math.max(0, Math.min(400, distanceMm + dir * 5))
      setDistanceMm(next)
      return say('pm.live.distance', { mm: next })
    }
  }

  return (
    <div className="scene-overlay" ref={container}>
      <WorkOrder state={state} onReport={() => dispatch({ type: 'report', target: 'work-order' })} />
      <ToolSwitch />
      <Printer onPrint={print} />
      <SceneTargets
        label={t('pm.keys.group')}
        buttons={buttons}
        ui={ui}
        text={(button) => t(button.label, button.values ?? {})}
        onFocus={(button, index) => {
          remember(button.id, index)
          ui.setState({ focus: button.id === 'frame' ? null : button.id })
        }}
        onKeyDown={onKeyDown}
        onAct={(button) => act(button.id)}
      />
    </div>
  )
}
