/** Paths of the player's pages, in one place so links and tests agree. */
export const routes = {
  home: '/',
  intro: (exerciseId: string) => `/exercice/${encodeURIComponent(exerciseId)}`,
  history: (exerciseId: string) => `/exercice/${encodeURIComponent(exerciseId)}/historique`,
  play: (attemptId: string) => `/essai/${encodeURIComponent(attemptId)}`,
  results: (attemptId: string) => `/essai/${encodeURIComponent(attemptId)}/resultats`,
  replay: (attemptId: string, seq?: number) =>
    `/essai/${encodeURIComponent(attemptId)}/revoir${seq === undefined ? '' : `?geste=${seq}`}`,
}

/** The same paths as wouter patterns, for the router: change a path in both lists at once. */
export const routePatterns = {
  home: '/',
  intro: '/exercice/:exerciseId',
  history: '/exercice/:exerciseId/historique',
  play: '/essai/:attemptId',
  results: '/essai/:attemptId/resultats',
  replay: '/essai/:attemptId/revoir',
} as const
