/**
 * Start-up: fonts and styles, messages, the attempt store; then the app. Whatever fails here ends on a
 * readable message, never on a blank page.
 */
import '@fontsource/atkinson-hyperlegible/400.css'
import '@fontsource/atkinson-hyperlegible/700.css'
import './app/styles.css'
import i18next from 'i18next'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App.tsx'
import { ServicesContext } from './app/services.tsx'
import { fr } from './i18n/fr/index.ts'
import { initI18n } from './i18n/index.ts'
import { createAttemptStore } from './persist/index.ts'

// i18next itself may be what failed: then the bundled French words are used directly.
const text = (key: 'loading' | 'failed' | 'reload'): string =>
  i18next.isInitialized ? i18next.t(`startup.${key}`) : fr.startup[key]

const root = createRoot(document.getElementById('root') as HTMLElement)

async function start(): Promise<void> {
  await initI18n()
  root.render(
    <main className="startup">
      <p role="status">{text('loading')}</p>
    </main>,
  )
  const { store } = await createAttemptStore()
  const { setAside } = await store.loadAll()
  root.render(
    <StrictMode>
      <ServicesContext.Provider value={{ attempts: store, setAside }}>
        <App />
      </ServicesContext.Provider>
    </StrictMode>,
  )
}

start().catch((error: unknown) => {
  console.error(error)
  root.render(
    <main className="startup">
      <h1>{fr.app.name}</h1>
      <p role="alert">{text('failed')}</p>
      <button type="button" className="ui-button ui-button-primary" onClick={() => window.location.reload()}>
        {text('reload')}
      </button>
    </main>,
  )
})
