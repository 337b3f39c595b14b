import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import type { Procedure } from '../../engine/schema.ts'
import type { Finding } from '../../engine/types.ts'
import { formatNumber } from '../format.ts'
import { Icon } from '../Icon.tsx'
import { routes } from '../routes.ts'
import { findingText } from './findingText.ts'

type Props = { finding: Finding; procedure: Procedure; attemptId: string }

/** One deduction: level (shape and word, not colour alone), what, measured against expected, why, field consequence. */
export function FindingItem({ finding, procedure, attemptId }: Props) {
  const { t, i18n } = useTranslation()
  const text = findingText(finding, procedure, t, i18n.language)
  const points = Math.round(finding.pointsLost * 10) / 10
  return (
    <li className={`results-finding results-finding-${finding.level}`} data-testid="finding">
      <p className="results-finding-level">
        <Icon name={finding.level} />
        {t(`findings.level.${finding.level}`)}
      </p>
      <h3>{text.title}</h3>
      {text.measure && <p className="results-finding-measure">{text.measure}</p>}
      {finding.recovered && (
        <p className="ui-tag">
          <Icon name="pass" />
          {t('findings.recovered')}
        </p>
      )}
      {text.why && <p>{t('findings.why', { text: text.why })}</p>}
      {text.consequence && (
        <p className="results-finding-field">{t('findings.field', { text: text.consequence })}</p>
      )}
      <p className="results-finding-foot">
        <span className="results-finding-points">
          {t('findings.pointsLost', { count: points, points: formatNumber(points, i18n.language) })}
        </span>
        {finding.seq !== undefined && (
          <Link href={routes.replay(attemptId, finding.seq)}>
            <Icon name="play" />
            {t('findings.seeInReplay')}
          </Link>
        )}
      </p>
    </li>
  )
}
