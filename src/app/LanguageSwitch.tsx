import { useTranslation } from 'react-i18next'
import { LANGUAGES, setLanguage } from '../i18n/index.ts'

/** FR / EN as two toggle buttons; setLanguage also updates <html lang> and remembers the choice. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation()
  return (
    <div className="layout-languages" role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          className="layout-language"
          lang={language}
          title={t(`language.${language}`)}
          aria-pressed={i18n.language === language}
          onClick={() => void setLanguage(language)}
        >
          {language.toUpperCase()}
        </button>
      ))}
    </div>
  )
}
