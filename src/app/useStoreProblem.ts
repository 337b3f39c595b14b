import { useCallback, useSyncExternalStore } from 'react'
import type { StoreProblem } from '../persist/index.ts'
import { useServices } from './services.tsx'

/** What keeps attempts from being saved right now, kept up to date as the store reports changes. */
export function useStoreProblem(): StoreProblem | undefined {
  const { attempts } = useServices()
  const subscribe = useCallback((changed: () => void) => attempts.onProblem(changed), [attempts])
  return useSyncExternalStore(subscribe, () => attempts.problem())
}
