import { useTranslation } from 'react-i18next'
import type { Report } from '../engine/types.ts'
import { Icon } from './Icon.tsx'

/** Pass or "not yet" as icon and word; guided attempts are not graded, so they get neither. */
export function Verdict({ report }: { report: Pick<Report, 'graded' | 'success'> }) {
  const { t } = useTranslation()
  if (!report.graded)
    return (
      <span className="ui-verdict ui-verdict-guided" data-testid="verdict">
        {t('results.guided')}
      </span>
    )
  return report.success ? (
    <span className="ui-verdict ui-verdict-pass" data-testid="verdict">
      <Icon name="pass" />
      {t('results.passed')}
    </span>
  ) : (
    <span className="ui-verdict ui-verdict-fail" data-testid="verdict">
      <Icon name="notYet" />
      {t('results.notYet')}
    </span>
  )
}
