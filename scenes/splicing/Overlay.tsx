/**
 * The keyboard path of the splicing station, over the canvas. Tab moves between the tools and the
 * places on the bench; Enter takes a tool (or the fibre) and Enter again uses it where the focus is;
 * the arrows set what a hand would set (strip distance, seating on the cleaver scale, tip position in
 * the V-groove, sleeve position); Escape puts down what is held. Every action sends the same gesture
 * the pointer does, with the value chosen here.
 */
import { useState } from 'react'
import type { KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useStore } from 'zustand'
import type { SceneViewProps } from '../../src/kit/sceneView.ts'
import { SceneTargets } from '../../src/kit/SceneTargets.tsx'
import { useFocusKeeper } from '../../src/kit/useFocusKeeper.ts'
import type { Side } from './layout.ts'
import { SIDES } from './model.ts'
import type { SplicingState } from './model.ts'
import { bladeGesture, fibreLie } from './places.ts'

type Held =
  | { tool: 'sleeve-40' | 'sleeve-60' | 'stripper' | 'wipe' | 'sleeve-on-fibre'; fresh?: boolean }
  | { tool: 'fibre' | 'scrap'; side: Side }
  | null

type Button = { id: string; label: string; values?: Record<string, string | number> }

/** Each keyboard pull of the stripper takes this much coating off [I]: well under the break length. */
const KEY_PULL_MM = 15

/** The tools and places the keyboard can reach in this state, with the values the arrows have set. */
function keyboardButtons(state: SplicingState, value: (key: string, fallback: number) => number): Button[] {
  const { setup } = state
  const buttons: Button[] = []
  if (!state.glasses) buttons.push({ id: 'glasses', label: 'splicing.keys.glasses' })
  if (!state.sleeve) {
    buttons.push({ id: 'sleeve-40', label: 'splicing.keys.sleeve', values: { mm: 40 } })
    buttons.push({ id: 'sleeve-60', label: 'splicing.keys.sleeve', values: { mm: 60 } })
  }
  buttons.push({ id: 'stripper', label: 'splicing.keys.stripper' })
  buttons.push({ id: 'wipes', label: 'splicing.keys.wipes' })
  for (const side of SIDES) {
    const lie = fibreLie(state, side).where
    if (lie === 'rest' || lie === 'splicer')
      buttons.push({ id: `fibre-${side}`, label: `splicing.keys.fibre${side}` })
  }
  buttons.push({
    id: 'cleaver',
    label: 'splicing.keys.cleaver',
    values: { mm: value('cleaver', setup.cleaveLengthMm) },
  })
  for (const side of SIDES) {
    if (state.ends[side].scraps > 0)
      buttons.push({ id: `scrap-${side}`, label: `splicing.keys.scrap${side}` })
  }
  buttons.push({ id: 'bin', label: 'splicing.keys.bin' })
  for (const side of SIDES)
    buttons.push({
      id: `vgroove-${side}`,
      label: `splicing.keys.vgroove${side}`,
      values: { mm: value(`vgroove-${side}`, 1.5) },
    })
  buttons.push({ id: 'clamps', label: 'splicing.keys.clamps' })
  buttons.push({
    id: 'cover',
    label: state.coverClosed ? 'splicing.keys.openCover' : 'splicing.keys.closeCover',
  })
  buttons.push({ id: 'key-set', label: 'splicing.keys.set' })
  buttons.push({ id: 'key-accept', label: 'splicing.keys.accept' })
  buttons.push({ id: 'key-redo', label: 'splicing.keys.redo' })
  if (state.sleeve && state.splice?.proofTested && !state.sleeve.centred)
    buttons.push({ id: 'parked', label: 'splicing.keys.sleeveOnFibre', values: { mm: value('parked', 0) } })
  buttons.push({ id: 'heater', label: 'splicing.keys.heater' })

  return buttons
}

export function Overlay({ store, dispatch, ui }: SceneViewProps<SplicingState>) {
  const { t } = useTranslation()
  const state = useStore(store, (s) => s.state)
  const [held, setHeld] = useState<Held>(null)
  const [stripper, setStripper] = useState<{
    side: Side
    startMm: number
    atMm: number
    pulls: number
  } | null>(null)
  /** The value the arrows set for the focused place: mm from the tip, cleave length, tip distance, sleeve offset. */
  const [dial, setDial] = useState<Record<string, number>>({})
  const value = (key: string, fallback: number) => dial[key] ?? fallback
  const buttons = keyboardButtons(state, value)
  const { container, remember } = useFocusKeeper(buttons.map((button) => button.id))
  if (!dispatch) return null

  const { setup } = state
  const say = (key: string, values?: Record<string, number | string>) =>
    ui.setState({ live: { key, ...(values ? { values: values as Record<string, number> } : {}) } })
  const drop = () => {
    setHeld(null)
    ui.setState({ live: null, cursorFor: null })
  }

  const sideOf = (id: string): Side => (id.endsWith('L') ? 'L' : 'R')

  const act = (id: string) => {
    if (id === 'glasses') return void dispatch({ type: 'glasses-on' })
    if (id === 'sleeve-40' || id === 'sleeve-60' || id === 'stripper') {
      setHeld({ tool: id })
      return say('splicing.live.holding', { tool: t(`splicing.tools.${id}`) })
    }
    if (id === 'wipes') {
      setHeld({ tool: 'wipe', fresh: true })
      return say('splicing.live.holding', { tool: t('splicing.tools.wipe') })
    }
    if (id === 'parked') {
      return void dispatch({ type: 'slide-sleeve', p: { centreOffsetMm: value('parked', 0) } })
    }
    if (id.startsWith('fibre-')) return actOnFibre(sideOf(id))
    if (id === 'cleaver' && held?.tool === 'fibre') {
      // Seated on the scale, lid closed, blade pushed at an even speed: a cleave, or a cut-back for a spoilt end.
      if (bladeGesture(state, held.side) === 'cut-end') dispatch({ type: 'cut-end', target: held.side })
      else
        dispatch({
          type: 'cleave',
          target: held.side,
          p: {
            seatOffsetMm: value('cleaver', setup.cleaveLengthMm) - setup.cleaveLengthMm,
            tiltDeg: 0,
            bladeSpeedMmS: 50,
          },
        })
      return drop()
    }
    if (id.startsWith('scrap-')) {
      setHeld({ tool: 'scrap', side: sideOf(id) })
      return say('splicing.live.holding', { tool: t('splicing.tools.scrap') })
    }
    if (id === 'bin' && held?.tool === 'scrap') {
      dispatch({ type: 'bin-scrap', target: held.side })
      return drop()
    }
    if (id.startsWith('vgroove-') && held?.tool === 'fibre') {
      dispatch({ type: 'load', target: held.side, p: { tipMm: value(id, 1.5) } })
      return drop()
    }
    if (id === 'clamps') return void dispatch({ type: 'close-clamps' })
    if (id === 'cover') return void dispatch({ type: state.coverClosed ? 'open-cover' : 'close-cover' })
    if (id === 'key-set') return void dispatch({ type: 'arc' })
    if (id === 'key-accept') return void dispatch({ type: 'accept' })
    if (id === 'key-redo') return void dispatch({ type: 'redo' })
    if (id === 'heater') {
      const sleeve = state.sleeve
      if (sleeve && sleeve.heatStartMs !== null && !sleeve.done) dispatch({ type: 'heater-out' })
      else dispatch({ type: 'heater-in' })
      return
    }
    say('splicing.live.nothingHeld')
  }

  const actOnFibre = (side: Side) => {
    const end = state.ends[side]
    if (held?.tool === 'sleeve-40' || held?.tool === 'sleeve-60') {
      dispatch({ type: 'thread-sleeve', target: side, p: { lengthMm: held.tool === 'sleeve-40' ? 40 : 60 } })
      return drop()
    }
    if (held?.tool === 'stripper') {
      const atMm = value(`fibre-${side}`, setup.stripTargetMm)
      const current = stripper?.side === side ? stripper : { side, startMm: atMm, atMm, pulls: 0 }
      const next = { ...current, atMm: current.atMm - KEY_PULL_MM, pulls: current.pulls + 1 }
      if (next.atMm > 0) {
        setStripper(next)
        return say('splicing.live.stripped', { mm: next.startMm - next.atMm })
      }
      setStripper(null)
      dispatch({
        type: 'strip',
        target: side,
        p: { lengthMm: next.startMm, offAxisDeg: 0, pulls: next.pulls, longestPullMm: KEY_PULL_MM },
      })
      return drop()
    }
    if (held?.tool === 'wipe') {
      dispatch({ type: 'wipe', target: side, p: { towardTip: true, fresh: held.fresh === true } })
      setHeld({ tool: 'wipe', fresh: false })
      return
    }
    if (end.loaded && !state.splice && !state.coverClosed) {
      return void dispatch({ type: 'unload', target: side })
    }
    setHeld({ tool: 'fibre', side })
    say('splicing.live.holding', { tool: t(`splicing.keys.fibre${side}`) })
  }

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, button: Button) => {
    if (event.key === 'Enter') {
      event.preventDefault()
      act(button.id)
      return
    }
    if (event.key === 'Escape') {
      setStripper(null)
      drop()
      return
    }
    const step =
      event.key === 'ArrowRight' || event.key === 'ArrowUp'
        ? 1
        : event.key === 'ArrowLeft' || event.key === 'ArrowDown'
          ? -1
          : 0
    if (!step) return
    event.preventDefault()
    const fine = button.id.startsWith('vgroove') || button.id === 'cleaver' ? 0.5 : 1
    const base =
      button.id === 'cleaver'
        ? setup.cleaveLengthMm
        : button.id.startsWith('vgroove')
          ? 1.5
          : button.id === 'parked'
            ? 0
            : setup.stripTargetMm
    const next = Math.round((value(button.id, base) + step * fine) * 10) / 10
    setDial((d) => ({ ...d, [button.id]: next }))
    say('splicing.live.dial', { mm: next })
  }

  return (
    <div className="scene-overlay" ref={container}>
      <SceneTargets
        label={t('splicing.keys.group')}
        buttons={buttons}
        ui={ui}
        text={(button) => t(button.label, button.values ?? {})}
        onFocus={(button, index) => {
          remember(button.id, index)
          ui.setState({ focus: button.id })
        }}
        onKeyDown={onKeyDown}
        onAct={(button) => act(button.id)}
      />
    </div>
  )
}
