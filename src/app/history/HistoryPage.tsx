import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import { isMastered } from '../../engine/mastery.ts'
import type { Attempt } from '../../engine/schema.ts'
import { localText } from '../../i18n/index.ts'
import { findExercise } from '../catalogue.ts'
import { Icon } from '../Icon.tsx'
import { Layout } from '../Layout.tsx'
import { MasteryBadge } from '../MasteryBadge.tsx'
import { rescore } from '../rescore.ts'
import type { Rescored } from '../rescore.ts'
import { routes } from '../routes.ts'
import { useServices } from '../services.tsx'
import { HistoryItem } from './HistoryItem.tsx'

/** The finished attempts of one exercise on this device, newest first, each scored again from its log. */
export function HistoryPage({ exerciseId }: { exerciseId: string }) {
  const { t, i18n } = useTranslation()
  const { attempts } = useServices()
  // Oldest first for mastery (a streak counts back from the newest), then reversed for reading.
  const [rows, setRows] = useState<{ attempt: Attempt; rescored: Rescored }[] | null>(null)

  useEffect(() => {
    let live = true
    void (async () => {
      const history = await attempts.history(exerciseId)
      const rescored = await Promise.all(
        history.map(async (attempt) => ({ attempt, rescored: await rescore(attempt) })),
      )
      if (live) setRows(rescored)
    })()
    return () => {
      live = false
    }
  }, [attempts, exerciseId])

  const mastered = isMastered((rows ?? []).flatMap(({ rescored }) => (rescored.ok ? [rescored.report] : [])))

  const found = findExercise(exerciseId)
  // Attempts of an exercise the app no longer has are still listed, under its id.
  const exerciseTitle = found ? localText(found.card.title, i18n.language) : exerciseId
  return (
    <Layout title={t('history.pageTitle', { exercise: exerciseTitle })}>
      <p className="ui-kicker">{exerciseTitle}</p>
      <h1>{t('history.title')}</h1>
      {mastered && <MasteryBadge />}
      {rows === null ? (
        <p role="status">{t('history.loading')}</p>
      ) : rows.length === 0 ? (
        <p className="history-empty">{t('history.empty')}</p>
      ) : (
        <ol className="history-list" reversed>
          {rows
            .slice()
            .reverse()
            .map(({ attempt, rescored }) => (
              <HistoryItem key={attempt.id} attempt={attempt} rescored={rescored} />
            ))}
        </ol>
      )}
      <p className="ui-links">
        {found && (
          <Link href={routes.intro(exerciseId)}>
            <Icon name="restart" />
            {t('history.back')}
          </Link>
        )}
        <Link href={routes.home}>
          <Icon name="home" />
          {t('results.actions.home')}
        </Link>
      </p>
    </Layout>
  )
}
