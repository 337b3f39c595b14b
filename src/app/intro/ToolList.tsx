import { useTranslation } from 'react-i18next'
import { Icon } from '../Icon.tsx'
import type { IconName } from '../Icon.tsx'

/** Tools with a drawing and a name; a tool added to an exercise before it has a name here shows its id. */
const KNOWN_TOOLS: Record<string, IconName> = {
  'work-mat': 'work-mat',
  organiser: 'organiser',
  'tube-cutter': 'tube-cutter',
}

export function ToolList({ tools }: { tools: string[] }) {
  const { t } = useTranslation()
  return (
    <ul className="intro-tools">
      {tools.map((tool) => {
        const icon = KNOWN_TOOLS[tool]
        return (
          <li key={tool}>
            <Icon name={icon ?? 'tool'} />
            {icon ? t(`tools.${tool}`) : tool}
          </li>
        )
      })}
    </ul>
  )
}
