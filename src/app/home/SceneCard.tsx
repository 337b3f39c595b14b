import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import { localText } from '../../i18n/index.ts'
import type { SceneEntry } from '../catalogue.ts'
import { ModeBadge } from '../ModeBadge.tsx'
import { Pictogram } from '../Pictogram.tsx'
import { routes } from '../routes.ts'

export function SceneCard({ scene }: { scene: SceneEntry }) {
  const { t, i18n } = useTranslation()
  const headingId = useId()
  const title = localText(scene.title, i18n.language)
  return (
    <section className="home-scene" aria-labelledby={headingId}>
      <div className="home-scene-head">
        <Pictogram id={scene.pictogram} />
        <div>
          <h2 id={headingId}>{title}</h2>
          <p>{localText(scene.summary, i18n.language)}</p>
        </div>
      </div>
      <ul className="home-exercises" aria-label={t('home.exercises', { scene: title })}>
        {scene.exercises.map((exercise) => (
          <li key={exercise.id}>
            <Link className="home-exercise" href={routes.intro(exercise.id)}>
              <ModeBadge mode={exercise.mode} />
              <span className="home-exercise-title">{localText(exercise.title, i18n.language)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  )
}
