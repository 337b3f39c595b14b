import { useTranslation } from 'react-i18next'
import { Icon } from '../Icon.tsx'
import type { IconName } from '../Icon.tsx'

/** Tools with their own drawing; the others get the generic tool drawing. A tool with no name yet shows its id. */
const TOOL_ICONS: Record<string, IconName> = {
  'work-mat': 'work-mat',
  organiser: 'organiser',
  'tube-cutter': 'tube-cutter',
}

export function ToolList({ tools }: { tools: string[] }) {
  const { t } = useTranslation()
  return (
    <ul className="intro-tools">
      {tools.map((tool) => {
        return (
          <li key={tool}>
            <Icon name={TOOL_ICONS[tool] ?? 'tool'} />
            {t(`tools.${tool}`, { defaultValue: tool })}
          </li>
        )
      })}
    </ul>
  )
}
