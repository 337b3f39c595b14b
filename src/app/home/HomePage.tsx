import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { SCENES, openScene } from '../catalogue.ts'
import type { CatalogueProblem } from '../catalogue.ts'
import { Icon } from '../Icon.tsx'
import { Layout } from '../Layout.tsx'
import { useServices } from '../services.tsx'
import { CatalogueProblems } from './CatalogueProblems.tsx'
import { SceneCard } from './SceneCard.tsx'

/** The catalogue: one card per scene, its exercises as big buttons. */
export function HomePage() {
  const { t } = useTranslation()
  const { setAside } = useServices()
  const scenes = SCENES.filter((scene) => scene.exercises.length > 0)
  // Validating every scene's files loads their (small) runtimes after the first paint; the exercise the
  // trainee picks next is then ready, and a trainer sees any bad file here.
  const [problems, setProblems] = useState<CatalogueProblem[]>([])
  useEffect(() => {
    let live = true
    void Promise.all(SCENES.map(openScene)).then(
      (loaded) => {
        if (live) setProblems(loaded.flatMap((scene) => scene.problems))
      },
      (error: unknown) => console.warn('A scene could not be loaded', error),
    )
    return () => {
      live = false
    }
  }, [])
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
      {problems.length > 0 && <CatalogueProblems problems={problems} />}
    </Layout>
  )
}
