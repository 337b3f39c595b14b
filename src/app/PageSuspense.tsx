import { Suspense } from 'react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

/** A light wait while a lazy page (the 3D player, the replay) and its three.js chunk download. */
export function PageSuspense({ children }: { children: ReactNode }) {
  const { t } = useTranslation()
  return (
    <Suspense
      fallback={
        <main className="layout-main">
          <p role="status">{t('layout.loading')}</p>
        </main>
      }
    >
      {children}
    </Suspense>
  )
}
