/**
 * The keyboard targets of a scene: visually hidden buttons over the canvas, one per tool or place,
 * reached with Tab. Enter and the arrows are the scene's (onKeyDown); a click without a pointer
 * (detail 0: Space or a screen reader's activation) acts like Enter. A real click comes from the
 * pointer, which works on the 3D scene instead.
 */
import type { KeyboardEvent } from 'react'
import type { SceneUi } from './sceneUi.ts'

export function SceneTargets<B extends { id: string }>({
  label,
  buttons,
  ui,
  text,
  onFocus,
  onKeyDown,
  onAct,
}: {
  label: string
  buttons: readonly B[]
  ui: SceneUi
  text: (button: B) => string
  onFocus: (button: B, index: number) => void
  onKeyDown: (event: KeyboardEvent<HTMLButtonElement>, button: B) => void
  onAct: (button: B) => void
}) {
  return (
    <div className="scene-targets" role="group" aria-label={label}>
      {buttons.map((button, index) => (
        <button
          key={button.id}
          type="button"
          className="ui-visually-hidden scene-target"
          data-target={button.id}
          onFocus={() => onFocus(button, index)}
          onBlur={() => ui.setState({ focus: null })}
          onKeyDown={(event) => onKeyDown(event, button)}
          onClick={(event) => {
            if (event.detail === 0) onAct(button)
          }}
        >
          {text(button)}
        </button>
      ))}
    </div>
  )
}
