import { useEffect } from 'react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import { LanguageSwitch } from './LanguageSwitch.tsx'
import { routes } from './routes.ts'
import { StorageBanner } from './StorageBanner.tsx'

/** The frame of every page outside the 3D player: skip link, header, storage warning, main landmark. */
export function Layout({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation()
  const appName = t('app.name')
  useEffect(() => {
    document.title = title ? `${title} · ${appName}` : appName
  }, [title, appName])
  return (
    <>
      <a className="layout-skip" href="#main">
        {t('layout.skip')}
      </a>
      <header className="layout-header">
        <Link className="layout-brand" href={routes.home} aria-label={t('layout.home')}>
          {appName}
        </Link>
        <LanguageSwitch />
      </header>
      <main id="main" className="layout-main" tabIndex={-1}>
        <StorageBanner />
        {children}
      </main>
    </>
  )
}
