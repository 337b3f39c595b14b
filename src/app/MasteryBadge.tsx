import { useTranslation } from 'react-i18next'
import { Icon } from './Icon.tsx'

/** "Mastered" (two passes in a row, SCORING.md), the reward a trainee works towards. */
export function MasteryBadge() {
  const { t } = useTranslation()
  return (
    <p className="ui-mastery">
      <Icon name="mastered" />
      <strong>{t('results.mastered')}</strong> {t('results.masteredWhy')}
    </p>
  )
}
