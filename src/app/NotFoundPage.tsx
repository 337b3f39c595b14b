import { useTranslation } from 'react-i18next'
import { HomeLink } from './HomeLink.tsx'
import { Layout } from './Layout.tsx'

export function NotFoundPage() {
  const { t } = useTranslation()
  return (
    <Layout title={t('notFound.pageTitle')}>
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.text')}</p>
      <HomeLink />
    </Layout>
  )
}
