import { useTranslation } from 'react-i18next'
import { Icon } from './Icon.tsx'
import { useStoreProblem } from './useStoreProblem.ts'

/** Says plainly when attempts are not being kept, so nobody trains for an hour and loses it all. */
export function StorageBanner() {
  const { t } = useTranslation()
  const problem = useStoreProblem()
  if (!problem) return null
  return (
    <div className="ui-notice ui-notice-warning" role="status">
      <Icon name="warning" />
      <p>{t(`layout.storage.${problem.kind}`)}</p>
    </div>
  )
}
