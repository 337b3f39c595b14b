/** A private i18next instance with the bundled messages, so pure wording helpers run in Node without the DOM. */
import i18next from 'i18next'
import type { TFunction } from 'i18next'
import { en } from '../../src/i18n/en/index.ts'
import { fr } from '../../src/i18n/fr/index.ts'

export async function translator(language: 'fr' | 'en'): Promise<TFunction> {
  const instance = i18next.createInstance()
  await instance.init({
    lng: language,
    fallbackLng: 'fr',
    resources: { fr: { translation: fr }, en: { translation: en } },
    interpolation: { escapeValue: false },
  })
  return instance.t
}
