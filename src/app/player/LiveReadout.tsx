/** The live reading of a gesture under way (slot under the fibre, cut length), from the scene's ui store. */
import { useTranslation } from 'react-i18next'
import { useStore } from 'zustand'
import type { SceneUi } from '../../kit/sceneUi.ts'

export function LiveReadout({ ui }: { ui: SceneUi }) {
  const { t } = useTranslation()
  const live = useStore(ui, (s) => s.live)
  return (
    <p className="player-live" role="status" aria-live="polite">
      {live ? t(live.key, live.values ?? {}) : ''}
    </p>
  )
}
