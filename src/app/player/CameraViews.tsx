/** The scene's camera presets as toggle buttons, shared by the player and the replay. */
import { useTranslation } from 'react-i18next'
import { localText } from '../../i18n/index.ts'
import type { CameraView } from '../catalogue.ts'

export function CameraViews({
  views,
  current,
  onChange,
}: {
  views: CameraView[]
  current: string
  onChange: (id: string) => void
}) {
  const { t, i18n } = useTranslation()
  return (
    <div className="player-views" role="group" aria-label={t('player.views')}>
      {views.map((view) => (
        <button
          key={view.id}
          type="button"
          className="player-button"
          aria-pressed={current === view.id}
          onClick={() => onChange(view.id)}
        >
          {localText(view.label, i18n.language)}
        </button>
      ))}
    </div>
  )
}
