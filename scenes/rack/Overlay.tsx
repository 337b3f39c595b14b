/**
 * The rack's DOM layer: the elevation plan and the cable schedule on the technician's tablet (with
 * "signaler le plan" and "mettre à jour le registre"), the label printer's keyboard, and the keyboard
 * path. Tab moves between the feet, the stabiliser, the strap, the radio, the parts on the trolley, the
 * holes and U of the work zone, the devices and their ears, the PSUs and PDU outlets, the ports, the
 * cable manager, the printer and the labels; Enter acts as the pointer does. With a cage nut in hand,
 * I hooks it in from the inside and F pushes it in from the front; R turns the held switch; Delete
 * takes out what was put in (nut, rail, blank, cable, power cord, screw); arrows set a label's distance;
 * Escape puts down what is held.
 */
import { useState } from 'react'
import type { KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useStore } from 'zustand'
import { LABEL_MAX_CHARS } from '../common/labels.ts'
import type { SceneViewProps } from '../../src/kit/sceneView.ts'
import { PrinterKeys } from '../../src/kit/PrinterKeys.tsx'
import { SceneTargets } from '../../src/kit/SceneTargets.tsx'
import { useFocusKeeper } from '../../src/kit/useFocusKeeper.ts'
import { parseHole } from './layout.ts'
import type { HolePos, RailId } from './layout.ts'
import type { RackState } from './model.ts'
import { OUTLETS, portTargets, psuTargets } from './view/places.ts'
import { deviceSpec, plannedU, portIdentifier } from './rules.ts'
import { rackUi } from './view/rackUi.ts'

type Button = { id: string; label: string; values?: Record<string, string | number> }

/** U around each device's planned place: where a part may go, right or one off. */
function unitsAround(state: RackState): number[] {
  const units = new Set<number>()
  for (const d of state.setup.devices) {
    const u = plannedU(state, d.id)
    for (let at = u - 1; at <= u + d.heightU; at++) if (at >= 1 && at <= 42) units.add(at)
  }
  for (const zone of state.setup.workZone) for (let at = zone.fromU; at <= zone.toU; at++) units.add(at)
  return [...units].sort((a, b) => a - b)
}

function keyboardButtons(state: RackState, distanceMm: number, placeU: number): Button[] {
  const ui = rackUi.getState()
  const { setup } = state
  const b: Button[] = []
  const name = (id: string) => deviceSpec(setup, id)?.name ?? id
  if (!state.feetLowered)
    for (let i = 0; i < 4; i++)
      if (!ui.feetDown.includes(i)) b.push({ id: `foot-${i}`, label: 'rack.keys.foot', values: { n: i + 1 } })
  if (!state.stabiliser) b.push({ id: 'stabiliser', label: 'rack.keys.stabiliser' })
  b.push({ id: 'strap', label: state.strap ? 'rack.keys.unstrap' : 'rack.keys.strap' })
  if (!state.colleague) b.push({ id: 'radio', label: 'rack.keys.radio' })
  b.push({ id: 'nuts', label: 'rack.keys.nuts' })
  if (ui.inHand === 'nut')
    for (const u of unitsAround(state))
      for (const rail of ['fl', 'fr'] as RailId[])
        for (const pos of [1, 2, 3] as HolePos[])
          b.push({
            id: `hole-${rail}:${u}.${pos}`,
            label: 'rack.keys.hole',
            values: { u, pos, rail: rail.toUpperCase() },
          })
  for (const n of state.nuts) {
    const h = parseHole(n.hole)!
    b.push({
      id: `nut-${n.hole}`,
      label: 'rack.keys.nut',
      values: { u: h.u, pos: h.pos, rail: h.rail.toUpperCase() },
    })
  }
  const server = setup.devices.find((d) => d.kind === 'server')
  if (server && (!state.rails.left || !state.rails.right)) {
    const side = state.rails.left ? 'right' : 'left'
    for (const u of unitsAround(state))
      for (const pos of [1, 2, 3] as HolePos[])
        b.push({
          id: `rail-${side}-${u}.${pos}`,
          label: 'rack.keys.rail',
          values: { side: `rack.sides.${side}`, u, pos },
        })
  }
  for (const side of ['left', 'right'] as const)
    if (state.rails[side])
      b.push({ id: `unrail-${side}`, label: 'rack.keys.unrail', values: { side: `rack.sides.${side}` } })
  for (const d of setup.devices) {
    const placed = state.devices[d.id]!
    if (!placed.airflowChecked)
      b.push({ id: `airflow-${d.id}`, label: 'rack.keys.airflow', values: { device: d.name } })
    if (placed.where === 'trolley')
      b.push({ id: `device-${d.id}`, label: 'rack.keys.device', values: { device: d.name } })
    if (placed.where === 'held') {
      if (d.kind === 'server')
        b.push({ id: `push-${d.id}`, label: 'rack.keys.devicePush', values: { device: d.name } })
      else
        b.push({
          id: `place-${d.id}`,
          label: 'rack.keys.deviceHeld',
          values: { device: d.name, u: placeU, facing: `rack.keys.${ui.facing}` },
        })
      b.push({ id: `down-${d.id}`, label: 'rack.keys.putDown', values: { device: d.name } })
    }
    if (placed.where === 'mounted') {
      if (!placed.latched)
        b.push({ id: `push-${d.id}`, label: 'rack.keys.devicePush', values: { device: d.name } })
      for (const side of ['left', 'right'] as const)
        b.push({
          id: `ear-${d.id}-${side}`,
          label: placed.screwed[side] ? 'rack.keys.unear' : 'rack.keys.ear',
          values: { device: name(d.id), side: `rack.sides.${side}` },
        })
      if (!placed.screwed.left && !placed.screwed.right)
        b.push({ id: `out-${d.id}`, label: 'rack.keys.deviceOut', values: { device: d.name } })
    }
  }
  if (state.blanksLeft > 0)
    b.push({ id: 'blanks', label: 'rack.keys.blanks', values: { n: state.blanksLeft } })
  if (ui.inHand === 'blank')
    for (const u of unitsAround(state)) b.push({ id: `u-${u}`, label: 'rack.keys.blank', values: { u } })
  for (const u of state.blanks) b.push({ id: `unblank-${u}`, label: 'rack.keys.unblank', values: { u } })
  for (const psu of psuTargets(state)) {
    const [id, n] = psu.split(':psu')
    b.push({
      id: `psu-${psu}`,
      label: state.power[psu] ? 'rack.keys.unpsu' : 'rack.keys.psuTake',
      values: { device: name(id!), n: n! },
    })
  }
  if (ui.cableFrom?.includes(':psu')) {
    const [id, n] = ui.cableFrom.split(':psu')
    for (const outlet of OUTLETS.filter((o) => !Object.values(state.power).includes(o))) {
      const [pdu, number] = outlet.split(':')
      b.push({
        id: `outlet-${outlet}`,
        label: 'rack.keys.psu',
        values: { device: name(id!), n: n!, pdu: pdu!, outlet: number! },
      })
    }
  }
  for (const port of portTargets(state))
    b.push({
      id: `port-${port}`,
      label: 'rack.keys.port',
      values: {
        port: portIdentifier(state, port),
        face: /:(r|nic)\d/.test(port) ? 'rack.keys.rear' : 'rack.keys.front',
      },
    })
  for (const cord of state.cords)
    b.push({
      id: `cord-${cord.id}`,
      label: 'rack.keys.cord',
      values: { ports: `${portIdentifier(state, cord.a)} ↔ ${portIdentifier(state, cord.b)}` },
    })
  if (state.cords.length > 0 && !state.dressed) b.push({ id: 'manager', label: 'rack.keys.manager' })
  b.push({ id: 'printer', label: 'rack.keys.printer' })
  b.push({ id: 'print-key', label: 'rack.keys.print', values: { text: ui.typed.toUpperCase() } })
  for (const label of state.printed.filter((l) => !l.used))
    b.push({ id: `printed-${label.id}`, label: 'rack.keys.printed', values: { text: label.text } })
  if (ui.labelInHand)
    for (const cord of state.cords)
      for (const end of ['a', 'b'] as const)
        if (!cord.labels[end])
          b.push({
            id: `end-${cord.id}-${end}`,
            label: 'rack.keys.end',
            values: { port: portIdentifier(state, cord[end]), mm: distanceMm },
          })
  return b
}

/** The tablet: the elevation plan (U by U, top down) and the cable schedule, with the plan's two actions. */
function Tablet({
  state,
  onFlag,
  onRecord,
}: {
  state: RackState
  onFlag: (() => void) | null
  onRecord: (() => void) | null
}) {
  const { t } = useTranslation()
  const [asking, setAsking] = useState(false)
  const { setup } = state
  const rows = [
    ...setup.installed.map((d) => ({
      u: d.bottomU,
      text: `${d.name} · ${d.heightU}U`,
      note: t('rack.plan.existing'),
    })),
    ...setup.devices.map((d) => ({
      u: plannedU(state, d.id),
      text: t('rack.plan.device', {
        name: d.name,
        heightU: d.heightU,
        massKg: String(d.massKg).replace('.', ','),
      }),
      note: state.planFlagged && d.correctedU !== undefined ? t('rack.plan.corrected') : '',
    })),
  ].sort((a, b) => b.u - a.u)
  return (
    <details className="scene-card" open>
      <summary>{t('rack.plan.title', { rack: setup.rackName })}</summary>
      <h3>{t('rack.plan.elevation')}</h3>
      <ul>
        {rows.map((row) => (
          <li key={`${row.u}-${row.text}`}>
            <strong>{t('rack.plan.at', { u: row.u })}</strong> {row.text}{' '}
            {row.note ? <em>({row.note})</em> : null}
          </li>
        ))}
        {setup.workZone.map((z) => (
          <li key={z.fromU}>{t('rack.plan.zone', { from: z.fromU, to: z.toU })}</li>
        ))}
      </ul>
      <p>{t('rack.plan.power')}</p>
      <h3>{t('rack.plan.schedule')}</h3>
      <ul>
        {setup.cables.map((c) => (
          <li key={c.id}>
            <strong>{c.id}</strong> {portIdentifier(state, c.a)} ↔ {portIdentifier(state, c.b)}
          </li>
        ))}
      </ul>
      {onFlag && onRecord ? (
        <p className="scene-card-actions">
          {asking ? (
            <>
              <button
                type="button"
                onClick={() => {
                  setAsking(false)
                  onFlag()
                }}
              >
                {t('rack.plan.flagWhy')}
              </button>
              <button type="button" onClick={() => setAsking(false)}>
                {t('rack.plan.cancel')}
              </button>
            </>
          ) : (
            <button type="button" disabled={state.planFlagged} onClick={() => setAsking(true)}>
              {state.planFlagged ? t('rack.plan.flagged') : t('rack.plan.flag')}
            </button>
          )}
          <button type="button" disabled={state.recorded} onClick={onRecord}>
            {state.recorded ? t('rack.plan.recorded') : t('rack.plan.record')}
          </button>
        </p>
      ) : null}
    </details>
  )
}

/** The label printer's keyboard (kit), with this scene's words and the shared typing state. */
function Printer({ onPrint }: { onPrint: (text: string) => void }) {
  const { t } = useTranslation()
  const { typed, typing } = useStore(rackUi)
  return (
    <PrinterKeys
      open={typing}
      typed={typed}
      maxChars={LABEL_MAX_CHARS}
      text={{
        field: t('rack.printer.label'),
        print: t('rack.printer.print'),
        close: t('rack.printer.close'),
      }}
      onType={(next) => rackUi.setState({ typed: next })}
      onPrint={onPrint}
      onClose={() => rackUi.setState({ typing: false })}
    />
  )
}

export function Overlay({ store, dispatch, ui }: SceneViewProps<RackState>) {
  const { t } = useTranslation()
  const state = useStore(store, (s) => s.state)
  useStore(rackUi)
  const [distanceMm, setDistanceMm] = useState(state.setup.label.targetMm)
  const heldSwitch = state.setup.devices.find(
    (d) => d.kind === 'switch' && state.devices[d.id]!.where === 'held',
  )
  const [placeU, setPlaceU] = useState(heldSwitch ? plannedU(state, heldSwitch.id) : 1)
  const buttons = dispatch ? keyboardButtons(state, distanceMm, placeU) : []
  const { container, remember } = useFocusKeeper(buttons.map((button) => button.id))
  if (!dispatch) return <Tablet state={state} onFlag={null} onRecord={null} />

  const say = (key: string, values?: Record<string, number | string>) =>
    ui.setState({ live: { key, ...(values ? { values } : {}) } })
  const drop = () => {
    rackUi.setState({ inHand: null, cableFrom: null, labelInHand: null })
    ui.setState({ live: null })
  }
  const print = (text: string) =>
    dispatch({ type: 'print-label', target: 'printer', tool: 'label-printer', p: { text } })

  const onPort = (port: string) => {
    const from = rackUi.getState().cableFrom
    if (!from || from.includes(':psu')) return rackUi.setState({ cableFrom: port })
    rackUi.setState({ cableFrom: null })
    if (from !== port) dispatch({ type: 'connect', target: from, p: { a: from, b: port } })
  }

  const act = (id: string, side: 'inside' | 'front' = 'inside') => {
    const ui = rackUi.getState()
    if (id.startsWith('foot-')) {
      const down = [...new Set([...ui.feetDown, Number(id.slice(5))])]
      rackUi.setState({ feetDown: down })
      if (down.length === 4) dispatch({ type: 'lower-feet', target: 'feet' })
      return
    }
    if (id === 'stabiliser') return void dispatch({ type: 'fit-stabiliser', target: 'stabiliser' })
    if (id === 'strap')
      return void dispatch({
        type: state.strap ? 'unclip-strap' : 'clip-strap',
        target: 'esd-jack',
        tool: 'esd-strap',
      })
    if (id === 'radio') return void dispatch({ type: 'call-colleague', target: 'radio' })
    if (id === 'nuts') return rackUi.setState({ inHand: 'nut' })
    if (id.startsWith('hole-') && ui.inHand === 'nut') {
      rackUi.setState({ inHand: null })
      return void dispatch({
        type: 'insert-cage-nut',
        target: id.slice(5),
        tool: 'cage-nut-tool',
        p: { side },
      })
    }
    if (id.startsWith('rail-')) {
      const [, railSide, hole] = id.split('-')
      return void dispatch({ type: 'fit-rail', target: railSide, p: { hole: hole! } })
    }
    if (id.startsWith('airflow-')) return void dispatch({ type: 'check-airflow', target: id.slice(8) })
    if (id.startsWith('device-')) return void dispatch({ type: 'lift', target: id.slice(7) })
    if (id.startsWith('push-'))
      return void dispatch({ type: 'slide-in', target: id.slice(5), p: { pushMm: state.setup.latchMm + 5 } })
    if (id.startsWith('place-'))
      return void dispatch({ type: 'slide-in', target: id.slice(6), p: { u: placeU, facing: ui.facing } })
    if (id.startsWith('down-')) return void dispatch({ type: 'put-down', target: id.slice(5) })
    if (id.startsWith('out-')) return void dispatch({ type: 'slide-out', target: id.slice(4) })
    if (id.startsWith('ear-')) {
      const [, dev, earSide] = id.split('-')
      const screwed = state.devices[dev!]?.screwed[earSide as 'left' | 'right']
      return void dispatch({ type: screwed ? 'unscrew' : 'screw', target: `${dev}:${earSide}` })
    }
    if (id === 'blanks') return rackUi.setState({ inHand: 'blank' })
    if (id.startsWith('u-') && ui.inHand === 'blank') {
      rackUi.setState({ inHand: null })
      return void dispatch({ type: 'blank', target: id, p: { u: Number(id.slice(2)) } })
    }
    if (id.startsWith('psu-')) {
      const psu = id.slice(4)
      if (state.power[psu])
        return say('rack.live.outlet', {
          pdu: state.power[psu]!.split(':')[0]!,
          n: state.power[psu]!.split(':')[1]!,
        })
      return rackUi.setState({ cableFrom: psu })
    }
    if (id.startsWith('outlet-') && ui.cableFrom) {
      const psu = ui.cableFrom
      rackUi.setState({ cableFrom: null })
      return void dispatch({ type: 'plug-power', target: psu, p: { outlet: id.slice(7) } })
    }
    if (id.startsWith('port-')) return onPort(id.slice(5))
    if (id === 'manager') return void dispatch({ type: 'dress', target: 'manager' })
    if (id === 'printer') return rackUi.setState({ typing: true })
    if (id === 'print-key') return void print(ui.typed)
    if (id.startsWith('printed-')) {
      const label = state.printed.find((l) => l.id === id.slice(8))
      rackUi.setState({ labelInHand: id.slice(8) })
      return say('rack.live.labelInHand', { text: label?.text ?? '' })
    }
    if (id.startsWith('end-') && ui.labelInHand) {
      const [, cordId, end] = id.split('-')
      dispatch({ type: 'attach-label', target: `${cordId}:${end}`, p: { label: ui.labelInHand, distanceMm } })
      return drop()
    }
  }

  /** Delete: what was put in comes out. */
  const remove = (id: string) => {
    if (id.startsWith('nut-'))
      return void dispatch({ type: 'remove-cage-nut', target: id.slice(4), tool: 'cage-nut-tool' })
    if (id.startsWith('unrail-')) return void dispatch({ type: 'remove-rail', target: id.slice(7) })
    if (id.startsWith('unblank-'))
      return void dispatch({
        type: 'remove-blank',
        target: `u-${id.slice(8)}`,
        p: { u: Number(id.slice(8)) },
      })
    if (id.startsWith('cord-')) return void dispatch({ type: 'disconnect', target: id.slice(5) })
    if (id.startsWith('psu-') && state.power[id.slice(4)])
      return void dispatch({ type: 'unplug-power', target: id.slice(4) })
  }

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, button: Button) => {
    const key = event.key.toLowerCase()
    if (event.key === 'Enter') {
      event.preventDefault()
      if (
        button.id.startsWith('nut-') ||
        button.id.startsWith('unrail-') ||
        button.id.startsWith('unblank-') ||
        button.id.startsWith('cord-')
      )
        return remove(button.id)
      return act(button.id)
    }
    if (event.key === 'Escape') return drop()
    if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault()
      return remove(button.id)
    }
    if (button.id.startsWith('hole-') && (key === 'i' || key === 'f')) {
      event.preventDefault()
      return act(button.id, key === 'i' ? 'inside' : 'front')
    }
    if (button.id.startsWith('place-') && key === 'r') {
      event.preventDefault()
      return rackUi.setState({ facing: rackUi.getState().facing === 'front' ? 'rear' : 'front' })
    }
    const dir =
      event.key === 'ArrowRight' || event.key === 'ArrowUp'
        ? 1
        : event.key === 'ArrowLeft' || event.key === 'ArrowDown'
          ? -1
          : 0
    if (!dir) return
    if (button.id.startsWith('place-')) {
      event.preventDefault()
      return setPlaceU((u) => Math.max(1, Math.min(42, u + dir)))
    }
    if (button.id.startsWith('end-')) {
      event.preventDefault()
      const next = Math.max(0, Math.min(400, distanceMm + dir * 5))
      setDistanceMm(next)
      return say('rack.live.distance', { mm: next })
    }
  }

  return (
    <div className="scene-overlay" ref={container}>
      <Tablet
        state={state}
        onFlag={() => dispatch({ type: 'flag-plan', target: 'plan' })}
        onRecord={() => dispatch({ type: 'record', target: 'record' })}
      />
      <Printer onPrint={print} />
      <SceneTargets
        label={t('rack.keys.group')}
        buttons={buttons}
        ui={ui}
        text={(button) => t(button.label, translated(t, button.values ?? {}))}
        onFocus={(button, index) => {
          remember(button.id, index)
          ui.setState({ focus: focusTarget(button.id) })
        }}
        onKeyDown={onKeyDown}
        onAct={(button) => act(button.id)}
      />
    </div>
  )
}

/** Values that are themselves message keys (a side, a facing) are read in the trainee's language. */
function translated(t: (key: string) => string, values: Record<string, string | number>) {
  return Object.fromEntries(
    Object.entries(values).map(([k, v]) => [k, typeof v === 'string' && v.startsWith('rack.') ? t(v) : v]),
  )
}

/** The 3D point a keyboard target shows its focus ring on (same ids as the View's, where they differ). */
function focusTarget(id: string): string | null {
  if (id.startsWith('nut-')) return `hole-${id.slice(4)}`
  if (id.startsWith('rail-')) return id.split('-').slice(0, 2).join('-')
  if (id.startsWith('unrail-')) return `rail-${id.slice(7)}`
  if (id.startsWith('unblank-')) return `u-${id.slice(8)}`
  if (id.startsWith('push-') || id.startsWith('place-') || id.startsWith('down-') || id.startsWith('out-'))
    return `device-${id.slice(id.indexOf('-') + 1)}`
  return id
}
