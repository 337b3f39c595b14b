/** Asks before finishing an unfinished job: ending early is allowed, but never by a slip of the finger. */
import { useTranslation } from 'react-i18next'
import { useModalDialog } from '../useModalDialog.ts'

export function FinishDialog({
  open,
  onConfirm,
  onCancel,
}: {
  open: boolean
  onConfirm: () => void
  onCancel: () => void
}) {
  const { t } = useTranslation()
  const dialog = useModalDialog(open)
  return (
    <dialog ref={dialog} className="player-dialog" aria-labelledby="player-finish-title" onClose={onCancel}>
      <h2 id="player-finish-title">{t('player.finishConfirm')}</h2>
      <div className="player-dialog-actions">
        <button type="button" className="player-button" onClick={onCancel}>
          {t('player.finishNo')}
        </button>
        <button type="button" className="player-button player-button--primary" onClick={onConfirm}>
          {t('player.finishYes')}
        </button>
      </div>
    </dialog>
  )
}
