/**
 * The keyboard path of "Repérage des fibres", laid over the canvas: one focusable button per closed
 * tube, fibre end and slot, plus the fibre in hand. Tab moves between them (the 3D scene rings the
 * focused one), Enter takes or lays, arrows move the held fibre or the cutter in millimetre steps,
 * Escape puts the fibre back. The same release rule as the pointer applies, so a keyboard run is
 * measured like any other.
 */
import { useCallback, useMemo } from 'react'
import type { KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useStore } from 'zustand'
import type { SceneViewProps } from '../../src/kit/sceneView.ts'
import { SceneTargets } from '../../src/kit/SceneTargets.tsx'
import { useFocusKeeper } from '../../src/kit/useFocusKeeper.ts'
import { codePosition } from '../common/colourCodes.ts'
import { fibreTip, releaseAt, releaseGesture, releaseReading, slotAim, tubeWindow, tubeZ } from './layout.ts'
import type { PointMm } from './layout.ts'
import { TUBE_WINDOW_MM } from './model.ts'
import type { FibreIdState } from './model.ts'
import { keyboardTargets, targetPosition } from './targets.ts'
import type { Target } from './targets.ts'

const STEP_MM = 3
const BIG_STEP_MM = 15
const CUT_STEP_MM = 10
const HELD = 'held'

const ARROWS: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
}

type Button = Target | { id: typeof HELD; kind: 'held'; index: 0 }

export function Overlay({ store, dispatch, ui }: SceneViewProps<FibreIdState>) {
  const { t, i18n } = useTranslation()
  const state = useStore(store, (s) => s.state)
  const mode = useStore(store, (s) => s.exercise.mode)
  const buttons = useMemo<Button[]>(() => {
    const held: Button[] = state.held ? [{ id: HELD, kind: 'held', index: 0 }] : []
    return [...held, ...keyboardTargets(state)]
  }, [state])
  const { x0, x1 } = tubeWindow()

  // A fibre just taken is now the fibre in hand: focus follows it there.
  const prefer = useCallback((lostId: string) => (lostId === state.held ? HELD : null), [state.held])
  const { container, remember } = useFocusKeeper(
    buttons.map((button) => button.id),
    prefer,
  )

  if (!dispatch) return null

  const cursor = () => ui.getState().cursorMm
  const clearCursor = () => ui.setState({ cursorMm: null, cursorFor: null, live: null })
  const holdAt = (point: PointMm) => {
    ui.setState({
      cursorMm: point,
      cursorFor: HELD,
      live: releaseReading(releaseAt(point, state.slots.length, state.setup.snapMm)),
    })
  }
  const cutTo = (tube: Target, x: number) =>
    ui.setState({
      cursorMm: { x, z: tubeZ(tube.index, state.setup.tubeCount) },
      cursorFor: tube.id,
      live: { key: 'player.live.cut', values: { mm: Math.round(x - x0), total: TUBE_WINDOW_MM } },
    })

  const label = (button: Button): string => {
    const colour = (n: number) =>
      codePosition(state.setup.colourCode, n).colour.name[i18n.language === 'en' ? 'en' : 'fr']
    const guided = mode === 'guided'
    switch (button.kind) {
      case 'held':
        return t('player.targets.held')
      case 'tube':
        return guided
          ? t('player.targets.tubeWithColour', { index: button.index, colour: colour(button.index) })
          : t('player.targets.tube', { index: button.index })
      case 'slot':
        return t(state.slots[button.index - 1] ? 'player.targets.slotTaken' : 'player.targets.slot', {
          slot: button.index,
        })
      case 'fibre': {
        const fibre = state.fibres[button.id]
        return guided && fibre
          ? t('player.targets.fibreWithColour', { index: button.index, colour: colour(fibre.number) })
          : t('player.targets.fibre', { index: button.index })
      }
    }
  }

  const take = (fibreId: string) => {
    const outcomes = dispatch({ type: 'take', target: fibreId })
    const tip = targetPosition(state, fibreId)
    if (!outcomes.some((o) => o.kind === 'rejected') && tip) holdAt(tip)
  }

  const release = () => {
    const held = state.held ? state.fibres[state.held] : undefined
    if (!held) return
    // With no keyboard move yet, the fibre is still over its place in the fan: it goes back there.
    const at = cursor() ?? fibreTip(state, held)
    dispatch(releaseGesture(releaseAt(at, state.slots.length, state.setup.snapMm)))
    clearCursor()
  }

  const act = (button: Button) => {
    switch (button.kind) {
      case 'tube': {
        const at = cursor()
        if (ui.getState().cursorFor === button.id && at) {
          dispatch({ type: 'open-tube', target: button.id, p: { slitMm: Math.round(at.x - x0) } })
          clearCursor()
        } else {
          cutTo(button, x0)
        }
        return
      }
      case 'fibre':
        take(button.id)
        return
      case 'held':
        release()
        return
      case 'slot': {
        if (state.held) return release()
        const occupant = state.slots[button.index - 1]
        // Nothing in hand and nothing in the slot: say so, without a refused gesture in the log.
        if (occupant) take(occupant)
        else ui.setState({ live: { key: 'player.live.takeFirst' } })
      }
    }
  }

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, button: Button) => {
    // Space reaches `act` through the button's own click (detail 0), Enter here.
    if (event.key === 'Enter') {
      event.preventDefault()
      act(button)
      return
    }
    if (event.key === 'Escape') {
      if (state.held) dispatch({ type: 'put-back' })
      clearCursor()
      return
    }
    const arrow = ARROWS[event.key]
    const at = cursor()
    if (!arrow || !at) return
    event.preventDefault()
    const { cursorFor } = ui.getState()
    if (button.kind === 'tube' && cursorFor === button.id) {
      cutTo(button, Math.min(x1, Math.max(x0, at.x + arrow[0] * CUT_STEP_MM * (event.shiftKey ? 3 : 1))))
      return
    }
    if (!state.held) return
    const step = event.shiftKey ? BIG_STEP_MM : STEP_MM
    holdAt({ x: at.x + arrow[0] * step, z: at.z + arrow[1] * step })
  }

  const onFocus = (button: Button, index: number) => {
    remember(button.id, index)
    ui.setState({ focus: button.id === HELD ? state.held : button.id })
    const { cursorFor } = ui.getState()
    // Leaving a tube half cut abandons that cut: the cutter goes back on the mat.
    if (cursorFor && cursorFor !== HELD && cursorFor !== button.id) clearCursor()
    // Tabbing to a slot while holding a fibre brings the fibre over it, ready to lay.
    if (state.held && button.kind === 'slot') holdAt(slotAim(button.index))
  }

  return (
    <div className="scene-overlay" ref={container}>
      <SceneTargets
        label={t('player.canvasLabel')}
        buttons={buttons}
        ui={ui}
        text={label}
        onFocus={onFocus}
        onKeyDown={onKeyDown}
        onAct={act}
      />
    </div>
  )
}
