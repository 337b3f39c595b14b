/**
 * The label printer's keyboard as the page shows it: a text field that takes the focus when the printer
 * is picked up (a phone brings up its own keyboard), what is typed showing on the printer's screen in
 * 3D (LabelPrinter.tsx); Enter or the button prints. Shared by the scenes that print labels.
 */
import { useEffect, useRef } from 'react'

export type PrinterKeysText = { field: string; print: string; close: string }

export function PrinterKeys({
  open,
  typed,
  maxChars,
  text,
  onType,
  onPrint,
  onClose,
}: {
  open: boolean
  typed: string
  maxChars: number
  text: PrinterKeysText
  onType: (typed: string) => void
  onPrint: (typed: string) => void
  onClose: () => void
}) {
  const field = useRef<HTMLInputElement>(null)
  useEffect(() => {
    if (open) field.current?.focus()
  }, [open])
  if (!open) return null
  return (
    <form
      className="scene-printer"
      onSubmit={(event) => {
        event.preventDefault()
        onPrint(typed)
      }}
    >
      <label>
        {text.field}
        <input
          ref={field}
          value={typed}
          maxLength={maxChars}
          autoCapitalize="characters"
          spellCheck={false}
          onChange={(event) => onType(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') onClose()
          }}
        />
      </label>
      <button type="submit">{text.print}</button>
      <button type="button" onClick={onClose}>
        {text.close}
      </button>
    </form>
  )
}
