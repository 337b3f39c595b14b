import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Icon } from '../Icon.tsx'

const VOICE_LANG: Record<string, string> = { fr: 'fr-FR', en: 'en-GB' }

const canSpeak = () => typeof window !== 'undefined' && 'speechSynthesis' in window

/** Reads the instruction aloud with the browser's own voice (offline on most phones); hidden where there is none. */
export function ListenButton({ text }: { text: string }) {
  const { t, i18n } = useTranslation()
  const [speaking, setSpeaking] = useState(false)
  // Leaving the page must not leave the voice talking over the next one.
  useEffect(
    () => () => {
      if (canSpeak()) window.speechSynthesis.cancel()
    },
    [],
  )
  if (!canSpeak()) return null

  const toggle = () => {
    window.speechSynthesis.cancel()
    if (speaking) {
      setSpeaking(false)
      return
    }
    const utterance = new SpeechSynthesisUtterance(text)
    utterance.lang = VOICE_LANG[i18n.language] ?? 'fr-FR'
    utterance.onend = () => setSpeaking(false)
    utterance.onerror = () => setSpeaking(false)
    setSpeaking(true)
    window.speechSynthesis.speak(utterance)
  }

  return (
    <button type="button" className="ui-button intro-listen" onClick={toggle}>
      <Icon name={speaking ? 'stop' : 'speaker'} />
      {t(speaking ? 'intro.stopListening' : 'intro.listen')}
    </button>
  )
}
