/**
 * The splice cassette's DOM layer: the work order card, and the keyboard path. Tab moves between the
 * cable ends, ties, sleeves, fibres and tools; Enter takes something and Enter again puts it where the
 * focus is (or acts); the arrows set what a hand would set (depth past the tie, tie force, holder slot,
 * coil radius, label offset); Escape puts down what is held. Every action sends the gesture the pointer
 * sends, with the value chosen here.
 */
import { useState } from 'react'
import type { KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useStore } from 'zustand'
import { localText } from '../../src/i18n/index.ts'
import type { SceneViewProps } from '../../src/kit/sceneView.ts'
import { SceneTargets } from '../../src/kit/SceneTargets.tsx'
import { useFocusKeeper } from '../../src/kit/useFocusKeeper.ts'
import { codePosition } from '../common/colourCodes.ts'
import { FIBRE_CLASSES } from '../common/macrobend.ts'
import { CABLES, HOLDER } from './layout.ts'
import type { CableId } from './layout.ts'
import { MAX_TIGHT_RADIUS_MM, bobbinCoil, encodePath, tightCoil } from './coilPath.ts'
import { WAVELENGTHS_NM, bundleEndZ, expectedSlot } from './rules.ts'
import type { SpliceTrayState } from './model.ts'
import { TIE_N_PER_MM } from './view/useTrayGestures.ts'

type Held =
  | { tool: 'end'; cable: CableId }
  | { tool: 'cutters' | 'spares' | 'cord' }
  | { tool: 'sleeve'; fibre: number }
  | { tool: 'label'; id: string }
  | null

type Button = { id: string; label: string; values?: Record<string, string | number> }

/** A keyboard lay over the tight coils' reach follows the bobbins; up to it, a tight coil of that radius. */
const ROUND_GUIDES = MAX_TIGHT_RADIUS_MM + 1

function defaults(state: SpliceTrayState): Record<string, number> {
  const { tie, tubeDepthMm } = state.setup
  return {
    entry: tubeDepthMm.target,
    tie: Math.round((tie.secureN + tie.pinchN) / 2 / TIE_N_PER_MM) * TIE_N_PER_MM,
    holder: 1,
    fibre: ROUND_GUIDES,
    'label-zone': 0,
  }
}

/** The places and things the keyboard can reach in this state, with the values the arrows have set. */
function keyboardButtons(state: SpliceTrayState, value: (id: string) => number, lang: string): Button[] {
  const buttons: Button[] = []
  const open = !state.coverClosed
  for (const cable of CABLES) {
    const { routed, tie } = state.cables[cable]
    if (open && !tie) {
      buttons.push({ id: `end-${cable}`, label: `spliceTray.keys.end_${cable}` })
      buttons.push({
        id: `entry-${cable}`,
        label: `spliceTray.keys.entry_${cable}`,
        values: { mm: value(`entry-${cable}`) },
      })
    }
    if (open && (routed || tie))
      buttons.push({
        id: `tie-${cable}`,
        label: `spliceTray.keys.tie_${cable}`,
        values: { n: value(`tie-${cable}`) },
      })
  }
  buttons.push({ id: 'cutters', label: 'spliceTray.keys.cutters' })
  if (open && state.spares !== 'cut') {
    buttons.push({ id: 'spares', label: 'spliceTray.keys.spares' })
    buttons.push({ id: 'channel', label: 'spliceTray.keys.channel' })
  }
  if (open) {
    for (const { tubeFibre } of state.setup.splices) {
      const colour = codePosition(state.setup.colourCode, tubeFibre).colour.name
      buttons.push({
        id: `sleeve-${tubeFibre}`,
        label: 'spliceTray.keys.sleeve',
        values: { fibre: tubeFibre, colour: localText(colour, lang) },
      })
    }
    buttons.push({
      id: 'holder',
      label: value('holder') === 0 ? 'spliceTray.keys.beside' : 'spliceTray.keys.slot',
      values: { slot: value('holder') },
    })
    for (const cable of CABLES)
      if (state.cables[cable].tie)
        buttons.push({
          id: `fibre-${cable}`,
          label: `spliceTray.keys.coil_${cable}`,
          values: { mm: value(`fibre-${cable}`) },
        })
  }
  buttons.push({
    id: 'cover',
    label: state.coverClosed ? 'spliceTray.keys.openCover' : 'spliceTray.keys.closeCover',
  })
  for (const label of state.labels)
    if (state.label?.id !== label.id)
      buttons.push({
        id: `label-${label.id}`,
        label: 'spliceTray.keys.label',
        values: { id: label.id, text: label.text },
      })
  buttons.push({ id: 'label-zone', label: 'spliceTray.keys.labelZone' })
  if (!state.meter.connected) buttons.push({ id: 'cord', label: 'spliceTray.keys.cord' })
  buttons.push({ id: 'pto', label: 'spliceTray.keys.pto', values: { ref: state.setup.ptoRef } })
  buttons.push({
    id: 'key-wavelength',
    label: 'spliceTray.keys.wavelength',
    values: { nm: state.meter.wavelengthNm },
  })
  buttons.push({ id: 'key-measure', label: 'spliceTray.keys.measure' })
  return buttons
}

/** The arrow steps and bounds of each dial. */
const DIALS: Record<string, { step: number; min: number; max: number }> = {
  entry: { step: 1, min: -20, max: 60 },
  tie: { step: TIE_N_PER_MM * 2, min: TIE_N_PER_MM * 2, max: TIE_N_PER_MM * 40 },
  // 0: beside the holder, to take a sleeve out (to swap two).
  holder: { step: 1, min: 0, max: HOLDER.slots },
  fibre: { step: 1, min: 5, max: ROUND_GUIDES },
  'label-zone': { step: 2, min: -30, max: 30 },
}

const dialOf = (id: string) => (id === 'holder' || id === 'label-zone' ? id : id.replace(/-(dist|drop)$/, ''))

function WorkOrder({ state }: { state: SpliceTrayState }) {
  const { t, i18n } = useTranslation()
  const { setup } = state
  const tube = codePosition(setup.colourCode, setup.tubeNumber).colour.name
  const fibres = setup.splices.map((s) => s.tubeFibre)
  const cls = FIBRE_CLASSES[setup.fibreClass]
  return (
    <details className="scene-card" open>
      <summary>{t('spliceTray.order.title')}</summary>
      <dl>
        <dt>{t('spliceTray.order.pbo')}</dt>
        <dd>{setup.pboId}</dd>
        <dt>{t('spliceTray.order.cable')}</dt>
        <dd>{setup.cableId}</dd>
        <dt>{t('spliceTray.order.tube')}</dt>
        <dd>
          {setup.tubeNumber} ({localText(tube, i18n.language)})
        </dd>
        <dt>{t('spliceTray.order.fibres')}</dt>
        <dd>{t('spliceTray.order.slots', { slots: fibres.map(expectedSlot).join(', ') })}</dd>
        <dt>{t('spliceTray.order.pto')}</dt>
        <dd>{setup.ptoRef}</dd>
        <dt>{t('spliceTray.order.fibreClass')}</dt>
        <dd>
          {setup.fibreClass} · {t('spliceTray.order.minRadius', { mm: cls.minRadiusMm })}
        </dd>
      </dl>
      <p>{t('spliceTray.order.threshold', { dbm: setup.passDbm })}</p>
    </details>
  )
}

export function Overlay({ store, dispatch, ui }: SceneViewProps<SpliceTrayState>) {
  const { t, i18n } = useTranslation()
  const state = useStore(store, (s) => s.state)
  const [held, setHeld] = useState<Held>(null)
  const [dial, setDial] = useState<Record<string, number>>({})
  const base = defaults(state)
  const value = (id: string) => dial[id] ?? base[dialOf(id)] ?? 0
  const buttons = dispatch ? keyboardButtons(state, value, i18n.language) : []
  const { container, remember } = useFocusKeeper(buttons.map((button) => button.id))
  if (!dispatch) return <WorkOrder state={state} />

  const say = (key: string, values?: Record<string, number | string>) =>
    ui.setState({ live: { key, ...(values ? { values: values as Record<string, number> } : {}) } })
  const take = (next: Held, tool: string) => {
    setHeld(next)
    say('spliceTray.live.holding', { tool })
  }
  const drop = () => {
    setHeld(null)
    ui.setState({ live: null })
  }
  const cableOf = (id: string): CableId => (id.endsWith('drop') ? 'drop' : 'dist')

  const lay = (cable: CableId) => {
    const radius = value(`fibre-${cable}`)
    const length = state.setup.slackMm[cable] - 10
    const endZ = bundleEndZ(state)
    const path =
      radius >= ROUND_GUIDES ? bobbinCoil(cable, length, endZ) : tightCoil(cable, length, radius, endZ)
    dispatch({ type: 'coil', target: cable, p: { path: encodePath(path) } })
  }

  const act = (id: string) => {
    if (held?.tool === 'cutters') {
      const target = id.startsWith('tie-')
        ? id
        : id === 'spares'
          ? 'spares'
          : id.startsWith('fibre-')
            ? `coil-${cableOf(id)}`
            : null
      if (target) {
        dispatch({ type: 'cut', target, tool: 'side-cutters' })
        return drop()
      }
    }
    if (id.startsWith('end-'))
      return take(
        { tool: 'end', cable: cableOf(id) },
        t(`spliceTray.tools.${cableOf(id) === 'dist' ? 'tube' : 'drop'}`),
      )
    if (id.startsWith('entry-') && held?.tool === 'end' && held.cable === cableOf(id)) {
      dispatch({ type: 'route', target: held.cable, p: { depthMm: value(id) } })
      return drop()
    }
    if (id.startsWith('tie-'))
      return void dispatch({ type: 'tie', target: cableOf(id), p: { forceN: value(id) } })
    if (id === 'cutters') return take({ tool: 'cutters' }, t('spliceTray.tools.cutters'))
    if (id === 'spares') return take({ tool: 'spares' }, t('spliceTray.tools.spares'))
    if (id === 'channel' && held?.tool === 'spares') {
      dispatch({ type: 'store-spares', target: 'spares' })
      return drop()
    }
    if (id.startsWith('sleeve-')) {
      const fibre = Number(id.slice('sleeve-'.length))
      return take({ tool: 'sleeve', fibre }, t('spliceTray.tools.sleeve', { fibre }))
    }
    if (id === 'holder' && held?.tool === 'sleeve') {
      dispatch({ type: 'place-sleeve', target: `sleeve-${held.fibre}`, p: { slot: value('holder') } })
      return drop()
    }
    if (id.startsWith('fibre-')) return lay(cableOf(id))
    if (id === 'cover')
      return void dispatch({ type: state.coverClosed ? 'open-cover' : 'close-cover', target: 'cover' })
    if (id === 'label-zone' && held?.tool === 'label') {
      dispatch({ type: 'label', target: 'cassette', p: { label: held.id, offsetMm: value('label-zone') } })
      return drop()
    }
    if (id.startsWith('label-') && id !== 'label-zone') {
      const labelId = id.slice('label-'.length)
      return take({ tool: 'label', id: labelId }, t('spliceTray.tools.label', { id: labelId }))
    }
    if (id === 'cord') return take({ tool: 'cord' }, t('spliceTray.tools.cord'))
    if (id === 'pto' && held?.tool === 'cord') {
      dispatch({ type: 'meter-connect', target: 'pto' })
      return drop()
    }
    if (id === 'key-wavelength') {
      const i = WAVELENGTHS_NM.indexOf(state.meter.wavelengthNm as (typeof WAVELENGTHS_NM)[number])
      return void dispatch({
        type: 'meter-wavelength',
        target: 'meter',
        p: { nm: WAVELENGTHS_NM[(i + 1) % WAVELENGTHS_NM.length]! },
      })
    }
    if (id === 'key-measure') return void dispatch({ type: 'measure', target: 'meter' })
    say('spliceTray.live.nothingHeld')
  }

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, button: Button) => {
    if (event.key === 'Enter') {
      event.preventDefault()
      act(button.id)
      return
    }
    if (event.key === 'Escape') return drop()
    const dir =
      event.key === 'ArrowRight' || event.key === 'ArrowUp'
        ? 1
        : event.key === 'ArrowLeft' || event.key === 'ArrowDown'
          ? -1
          : 0
    const spec = DIALS[dialOf(button.id)]
    if (!dir || !spec) return
    event.preventDefault()
    const next = Math.min(spec.max, Math.max(spec.min, value(button.id) + dir * spec.step))
    setDial((d) => ({ ...d, [button.id]: next }))
    if (button.id === 'holder') ui.setState({ focus: next ? `slot-${next}` : null })
    say('spliceTray.live.dial', { value: next })
  }

  return (
    <div className="scene-overlay" ref={container}>
      <WorkOrder state={state} />
      <SceneTargets
        label={t('spliceTray.keys.group')}
        buttons={buttons}
        ui={ui}
        text={(button) => t(button.label, button.values ?? {})}
        onFocus={(button, index) => {
          remember(button.id, index)
          ui.setState({ focus: button.id === 'holder' ? `slot-${value('holder')}` : button.id })
        }}
        onKeyDown={onKeyDown}
        onAct={(button) => act(button.id)}
      />
    </div>
  )
}
