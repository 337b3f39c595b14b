import { lazy, useEffect, useRef } from 'react'
import { Route, Switch, useLocation } from 'wouter'
import { CrashNotice } from './CrashNotice.tsx'
import { ErrorBoundary } from './ErrorBoundary.tsx'
import { HomePage } from './home/HomePage.tsx'
import { IntroPage } from './intro/IntroPage.tsx'
import { NotFoundPage } from './NotFoundPage.tsx'
import { PageSuspense } from './PageSuspense.tsx'
import { routePatterns } from './routes.ts'

// Only the player and the replay pull in three.js and the scene Views. Results and history are lazy too, for
// the bundle budget (docs/ARCHITECTURE.md): the scorer and its wording are not needed to open the catalogue.
const PlayerPage = lazy(() => import('./player/PlayerPage.tsx'))
const ReplayPage = lazy(() => import('./replay/ReplayPage.tsx'))
const ResultsPage = lazy(() => import('./results/ResultsPage.tsx').then((m) => ({ default: m.ResultsPage })))
const HistoryPage = lazy(() => import('./history/HistoryPage.tsx').then((m) => ({ default: m.HistoryPage })))

export function App() {
  const [location] = useLocation()
  const shownLocation = useRef(location)

  // After a move to another page, start keyboard and screen-reader users at its top, as a full page load would.
  // Comparing with the page last shown (not "first run") keeps StrictMode's repeated effects from moving focus.
  useEffect(() => {
    if (shownLocation.current === location) return
    shownLocation.current = location
    window.scrollTo(0, 0)
    document.getElementById('main')?.focus({ preventScroll: true })
  }, [location])

  return (
    <ErrorBoundary key={location} fallback={<CrashNotice />}>
      <Switch>
        <Route path={routePatterns.home}>
          <HomePage />
        </Route>
        <Route path={routePatterns.history}>
          {({ exerciseId }) => (
            <PageSuspense>
              <HistoryPage key={exerciseId} exerciseId={exerciseId} />
            </PageSuspense>
          )}
        </Route>
        <Route path={routePatterns.intro}>
          {({ exerciseId }) => <IntroPage key={exerciseId} exerciseId={exerciseId} />}
        </Route>
        <Route path={routePatterns.results}>
          {({ attemptId }) => (
            <PageSuspense>
              <ResultsPage key={attemptId} attemptId={attemptId} />
            </PageSuspense>
          )}
        </Route>
        <Route path={routePatterns.replay}>
          {({ attemptId }) => (
            <PageSuspense>
              <ReplayPage key={attemptId} attemptId={attemptId} />
            </PageSuspense>
          )}
        </Route>
        <Route path={routePatterns.play}>
          {({ attemptId }) => (
            <PageSuspense>
              <PlayerPage key={attemptId} attemptId={attemptId} />
            </PageSuspense>
          )}
        </Route>
        <Route>
          <NotFoundPage />
        </Route>
      </Switch>
    </ErrorBoundary>
  )
}
