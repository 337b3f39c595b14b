/**
 * i18next with the messages bundled in the app (nothing fetched: the app works offline).
 * French is the default; the choice is remembered on this device.
 */
import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import type { LocalText } from '../engine/schema.ts'
import { en } from './en/index.ts'
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

export function initI18n(language: Language = storedLanguage()) {
  void i18next.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'fr',
    resources: { fr: { translation: fr }, en: { translation: en } },
    interpolation: { escapeValue: false },
    returnNull: false,
  })
  document.documentElement.lang = language
  return i18next
}

export function setLanguage(language: Language) {
  void i18next.changeLanguage(language)
  document.documentElement.lang = language
  try {
    localStorage.setItem(STORAGE_KEY, language)
  } catch {
    // Storage refused (private mode): the choice lasts for this visit only.
  }
}

/** Picks the text of a data record (exercise, procedure) in the current language, French as fallback. */
export function localText(text: LocalText | undefined, language: string): string {
  if (!text) return ''
  return language === 'en' && text.en ? text.en : text.fr
}
