/**
 * i18next with the messages bundled in the app (nothing fetched from elsewhere: the app works offline).
 * French is the default and ships with the first page; English is a small chunk of our own, loaded the
 * first time someone asks for it. The choice is remembered on this device.
 */
import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import type { LocalText } from '../engine/schema.ts'
import { fr } from './fr/index.ts'

export const LANGUAGES = ['fr', 'en'] as const
export type Language = (typeof LANGUAGES)[number]

const STORAGE_KEY = 'plateau.language'

function storedLanguage(): Language {
  try {
    const stored = localStorage.getItem(STORAGE_KEY)
    return stored === 'en' ? 'en' : 'fr'
  } catch {
    return 'fr'
  }
}

/** Base message sets loaded so far (scene messages are added separately, as scenes load). */
const loaded = new Set<Language>(['fr'])

async function loadMessages(language: Language): Promise<void> {
  if (loaded.has(language)) return
  const { en } = await import('./en/index.ts')
  // Deep-merged: scene messages added before English was loaded stay in place.
  i18next.addResourceBundle('en', 'translation', en, true, false)
  loaded.add(language)
}

export type SceneMessages = Record<Language, Record<string, unknown>>

/** Adds a scene's own messages, in both languages, when its chunk arrives. */
export function addSceneMessages(messages: SceneMessages): void {
  for (const language of LANGUAGES)
    i18next.addResourceBundle(language, 'translation', messages[language], true, true)
}

export async function initI18n(language: Language = storedLanguage()) {
  await i18next.use(initReactI18next).init({
    lng: 'fr',
    fallbackLng: 'fr',
    resources: { fr: { translation: fr } },
    interpolation: { escapeValue: false },
    returnNull: false,
  })
  await setLanguage(language, { remember: false })
  return i18next
}

export async function setLanguage(language: Language, { remember = true } = {}) {
  try {
    await loadMessages(language)
  } catch {
    // The English chunk could not be fetched (offline before it was ever cached): stay in French.
    return
  }
  await i18next.changeLanguage(language)
  document.documentElement.lang = language
  if (!remember) return
  try {
    localStorage.setItem(STORAGE_KEY, language)
  } catch {
    // Storage refused (private mode): the choice lasts for this visit only.
  }
}

/**
 * Picks the text of a data record (exercise, procedure) in the current language, French as fallback,
 * filling `{{name}}` placeholders from `values` (an error's detail: which fibre, which slot).
 */
export function localText(
  text: LocalText | undefined,
  language: string,
  values?: Record<string, string | number>,
): string {
  if (!text) return ''
  const chosen = language === 'en' && text.en ? text.en : text.fr
  if (!values) return chosen
  // Numbers read the local way: "11,2 mm" in French.
  const locale = language === 'en' ? 'en' : 'fr'
  return chosen.replace(/\{\{(\w+)\}\}/g, (placeholder, name: string) => {
    const value = values[name]
    if (value === undefined) return placeholder
    return typeof value === 'number' ? value.toLocaleString(locale, { maximumFractionDigits: 2 }) : value
  })
}
