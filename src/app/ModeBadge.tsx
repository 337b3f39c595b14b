import { useTranslation } from 'react-i18next'
import type { Mode } from '../engine/schema.ts'
import { Icon } from './Icon.tsx'

/** The exercise mode as icon and word, so it reads without colour and without much reading. */
export function ModeBadge({ mode }: { mode: Mode }) {
  const { t } = useTranslation()
  return (
    <span className={`ui-badge ui-badge-${mode}`}>
      <Icon name={mode} />
      {t(`modes.${mode}`)}
    </span>
  )
}
