/**
 * Services the pages share, created once at start-up: the attempt store (IndexedDB, or memory when the
 * browser refuses) and what start-up found wrong in stored data. Pages read them with `useServices()`.
 */
import { createContext, useContext } from 'react'
import type { AttemptStore, SetAside } from '../persist/index.ts'

export type Services = {
  attempts: AttemptStore
  /** Stored records that could not be read at start-up; kept aside, reported once on the home page. */
  setAside: SetAside[]
}

export const ServicesContext = createContext<Services | null>(null)

export function useServices(): Services {
  const services = useContext(ServicesContext)
  if (!services) throw new Error('useServices() outside <ServicesContext>')
  return services
}
