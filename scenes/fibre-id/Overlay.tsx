/**
 * The keyboard path of "Repérage des fibres", laid over the canvas: one focusable button per tube,
 * fibre end and slot. Tab moves between them (the 3D scene rings the focused one), Enter takes or lays,
 * arrows move the held fibre or the cutter in millimetre steps, Escape puts the fibre back. The same
 * release rule as the pointer applies, so a keyboard run is measured like any other.
 */
import { useMemo } from 'react'
import type { KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useStore } from 'zustand'
import type { SceneViewProps } from '../../src/kit/sceneView.ts'
import { codePosition } from './colourCodes.ts'
import { releaseAt, slotAim, tubeWindow, tubeZ } from './layout.ts'
import type { PointMm } from './layout.ts'
import { TUBE_WINDOW_MM } from './model.ts'
import type { FibreIdState } from './model.ts'
import { keyboardTargets, targetPosition } from './targets.ts'
import type { Target } from './targets.ts'

const STEP_MM = 3
const BIG_STEP_MM = 15
const CUT_STEP_MM = 10

const ARROWS: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
}

export function Overlay({ store, dispatch, ui }: SceneViewProps<FibreIdState>) {
  const { t, i18n } = useTranslation()
  const state = useStore(store, (s) => s.state)
  const mode = useStore(store, (s) => s.exercise.mode)
  const targets = useMemo(() => keyboardTargets(state), [state])
  const { x0, x1 } = tubeWindow()

  const cursor = () => ui.getState().cursorMm
  const setCursor = (point: PointMm | null) => ui.setState({ cursorMm: point })
  const preview = (point: PointMm) => {
    const release = releaseAt(point, state.slots.length, state.setup.snapMm)
    const key =
      release.kind === 'place'
        ? 'player.live.overSlot'
        : release.kind === 'put-back'
          ? 'player.live.overFan'
          : 'player.live.overMat'
    ui.setState({ live: { key, ...(release.kind === 'place' ? { values: { slot: release.slot } } : {}) } })
  }
  const cutting = (target: Target) => target.kind === 'tube' && cursor() !== null && !state.held

  const label = (target: Target): string => {
    const colour = (n: number) =>
      codePosition(state.setup.colourCode, n).colour.name[i18n.language === 'en' ? 'en' : 'fr']
    const guided = mode === 'guided'
    if (target.kind === 'tube') {
      return guided
        ? t('player.targets.tubeWithColour', { index: target.index, colour: colour(target.index) })
        : t('player.targets.tube', { index: target.index })
    }
    if (target.kind === 'slot') {
      return t(state.slots[target.index - 1] ? 'player.targets.slotTaken' : 'player.targets.slot', {
        slot: target.index,
      })
    }
    const fibre = state.fibres[target.id]
    return guided && fibre
      ? t('player.targets.fibreWithColour', { index: target.index, colour: colour(fibre.number) })
      : t('player.targets.fibre', { index: target.index })
  }

  if (!dispatch) return null

  const act = (target: Target) => {
    if (target.kind === 'tube') {
      const at = cursor()
      if (cutting(target) && at) {
        dispatch({ type: 'open-tube', target: target.id, p: { slitMm: Math.round(at.x - x0) } })
        setCursor(null)
        ui.setState({ live: null })
      } else {
        setCursor({ x: x0, z: tubeZ(target.index, state.setup.tubeCount) })
        ui.setState({ live: { key: 'player.live.cut', values: { mm: 0, total: TUBE_WINDOW_MM } } })
      }
      return
    }
    if (target.kind === 'fibre' || !state.held) {
      const outcomes = dispatch({
        type: 'take',
        target: target.kind === 'fibre' ? target.id : (state.slots[target.index - 1] ?? target.id),
      })
      const tip = targetPosition(
        state,
        target.kind === 'fibre' ? target.id : (state.slots[target.index - 1] ?? ''),
      )
      if (!outcomes.some((o) => o.kind === 'rejected') && tip) {
        setCursor(tip)
        preview(tip)
      }
      return
    }
    const at = cursor() ?? slotAim(target.index)
    const release = releaseAt(at, state.slots.length, state.setup.snapMm)
    if (release.kind === 'place')
      dispatch({ type: 'place', target: `s${release.slot}`, p: { offsetMm: release.offsetMm } })
    else if (release.kind === 'put-back') dispatch({ type: 'put-back' })
    else dispatch({ type: 'drop', p: { xMm: release.at.x, zMm: release.at.z } })
    setCursor(null)
    ui.setState({ live: null })
  }

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, target: Target) => {
    // Space reaches `act` through the button's own click (detail 0), Enter here.
    if (event.key === 'Enter') {
      event.preventDefault()
      act(target)
      return
    }
    if (event.key === 'Escape') {
      if (state.held) dispatch({ type: 'put-back' })
      setCursor(null)
      ui.setState({ live: null })
      return
    }
    const arrow = ARROWS[event.key]
    const at = cursor()
    if (!arrow || !at) return
    event.preventDefault()
    if (cutting(target)) {
      const x = Math.min(x1, Math.max(x0, at.x + arrow[0] * CUT_STEP_MM * (event.shiftKey ? 3 : 1)))
      setCursor({ x, z: at.z })
      ui.setState({
        live: { key: 'player.live.cut', values: { mm: Math.round(x - x0), total: TUBE_WINDOW_MM } },
      })
      return
    }
    if (!state.held) return
    const step = event.shiftKey ? BIG_STEP_MM : STEP_MM
    const next = { x: at.x + arrow[0] * step, z: at.z + arrow[1] * step }
    setCursor(next)
    preview(next)
  }

  const onFocus = (target: Target) => {
    ui.setState({ focus: target.id })
    // Tabbing to a slot while holding a fibre brings the fibre over it, ready to lay.
    if (state.held && target.kind === 'slot') {
      const aim = slotAim(target.index)
      setCursor(aim)
      preview(aim)
    }
  }

  return (
    <div className="scene-overlay">
      <div className="scene-targets" role="group" aria-label={t('player.canvasLabel')}>
        {targets.map((target) => (
          <button
            key={target.id}
            type="button"
            className="ui-visually-hidden scene-target"
            data-target={target.id}
            onFocus={() => onFocus(target)}
            onBlur={() => ui.setState({ focus: null })}
            onKeyDown={(event) => onKeyDown(event, target)}
            onClick={(event) => {
              // A real click comes from the pointer, which works on the 3D scene; keyboard activation has no pointer.
              if (event.detail === 0) act(target)
            }}
          >
            {label(target)}
          </button>
        ))}
      </div>
    </div>
  )
}
