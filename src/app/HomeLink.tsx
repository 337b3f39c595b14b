import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import { Icon } from './Icon.tsx'
import { routes } from './routes.ts'

/** The way out of every dead end (unknown exercise, missing attempt, unknown page). */
export function HomeLink() {
  const { t } = useTranslation()
  return (
    <Link className="ui-button ui-button-primary" href={routes.home}>
      <Icon name="home" />
      {t('layout.backHome')}
    </Link>
  )
}
