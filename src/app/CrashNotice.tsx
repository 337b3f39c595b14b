import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { routes } from './routes.ts'

/**
 * Shown when a page failed. Self-contained on purpose (no Layout, no services): whatever broke may be one of
 * those. The home link is a plain link so that it reloads the app from scratch.
 */
export function CrashNotice() {
  const { t } = useTranslation()
  useEffect(() => {
    document.title = t('layout.crash.title')
  }, [t])
  return (
    <main className="layout-main layout-crash">
      <h1>{t('layout.crash.title')}</h1>
      <p>{t('layout.crash.text')}</p>
      <div className="ui-actions">
        <button
          type="button"
          className="ui-button ui-button-primary"
          onClick={() => window.location.reload()}
        >
          {t('layout.crash.reload')}
        </button>
        <a className="ui-button" href={routes.home}>
          {t('layout.backHome')}
        </a>
      </div>
    </main>
  )
}
