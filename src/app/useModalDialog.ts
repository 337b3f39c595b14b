/** Opens and closes a native <dialog> as a modal from a boolean, so focus and Escape work as browsers do. */
import { useEffect, useRef } from 'react'

export function useModalDialog(open: boolean) {
  const dialog = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const element = dialog.current
    if (!element) return
    if (open && !element.open) element.showModal()
    if (!open && element.open) element.close()
  }, [open])
  return dialog
}
