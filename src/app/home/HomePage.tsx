import { useTranslation } from 'react-i18next'
import { catalogue } from '../catalogue.ts'
import { Icon } from '../Icon.tsx'
import { Layout } from '../Layout.tsx'
import { useServices } from '../services.tsx'
import { CatalogueProblems } from './CatalogueProblems.tsx'
import { SceneCard } from './SceneCard.tsx'

/** The catalogue: one card per scene, its exercises as big buttons. */
export function HomePage() {
  const { t } = useTranslation()
  const { setAside } = useServices()
  const scenes = catalogue.scenes.filter((scene) => scene.exercises.length > 0)
  return (
    <Layout title={t('home.pageTitle')}>
      <h1>{t('home.title')}</h1>
      <p className="home-lead">{t('home.lead')}</p>
      {setAside.length > 0 && (
        <div className="ui-notice ui-notice-info">
          <Icon name="info" />
          <p>{t('home.setAside', { count: setAside.length })}</p>
        </div>
      )}
      {scenes.length > 0 ? (
        <ul className="home-scenes">
          {scenes.map((scene) => (
            <li key={scene.id}>
              <SceneCard scene={scene} />
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('home.empty')}</p>
      )}
      {catalogue.problems.length > 0 && <CatalogueProblems problems={catalogue.problems} />}
    </Layout>
  )
}
