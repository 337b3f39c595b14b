/** How to work the scene: pointer, touch, keyboard and camera, in a few short lines. */
import { useTranslation } from 'react-i18next'
import { useModalDialog } from '../useModalDialog.ts'

export function HelpDialog({
  open,
  onClose,
  itemsKey,
}: {
  open: boolean
  onClose: () => void
  itemsKey: string
}) {
  const { t } = useTranslation()
  const dialog = useModalDialog(open)
  const items = t(itemsKey, { returnObjects: true }) as string[]
  return (
    <dialog ref={dialog} className="player-dialog" aria-labelledby="player-help-title" onClose={onClose}>
      <h2 id="player-help-title">{t('player.helpTitle')}</h2>
      <ul>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <button type="button" className="player-button player-button--primary" onClick={onClose}>
        {t('player.close')}
      </button>
    </dialog>
  )
}
