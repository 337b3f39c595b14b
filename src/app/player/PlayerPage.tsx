/** Route of a running attempt: opens it (resuming where its log stops), or says plainly why it cannot. */
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useLocation } from 'wouter'
import { routes } from '../routes.ts'
import { PlayerScreen } from './PlayerScreen.tsx'
import { usePlayerSession } from './usePlayerSession.ts'
import './player.css'

export default function PlayerPage({ attemptId }: { attemptId: string }) {
  const { t } = useTranslation()
  const [, navigate] = useLocation()
  const status = usePlayerSession(attemptId)
  const finished = status.kind === 'problem' && status.problem === 'finished'

  useEffect(() => {
    if (finished) navigate(routes.results(attemptId), { replace: true })
  }, [finished, attemptId, navigate])

  if (status.kind === 'ready') return <PlayerScreen session={status.session} />
  if (status.kind === 'loading' || finished) {
    return (
      <p className="player-loading" role="status">
        {t('player.loading')}
      </p>
    )
  }
  return (
    <main className="player-problem-page">
      <h1>{t(`player.problems.${status.problem}`)}</h1>
      <Link href={routes.home} className="player-button player-button--primary">
        {t('player.backHome')}
      </Link>
    </main>
  )
}
