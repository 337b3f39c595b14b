import { useTranslation } from 'react-i18next'
import type { CatalogueProblem } from '../catalogue.ts'
import { Icon } from '../Icon.tsx'
import { formatIssue } from '../validationText.ts'

/** For trainers: exercise files that failed validation, with each issue in plain words. Folded away for trainees. */
export function CatalogueProblems({ problems }: { problems: CatalogueProblem[] }) {
  const { t } = useTranslation()
  return (
    <details className="ui-notice ui-notice-warning home-problems">
      <summary>
        <Icon name="warning" />
        {t('home.problems.summary', { count: problems.length })}
      </summary>
      <p>{t('home.problems.intro')}</p>
      <ul>
        {problems.map((problem, index) => (
          <li key={`${problem.source}-${index}`}>
            <strong>{t('home.problems.source', { source: problem.source })}</strong>
            <ul>
              {problem.issues.map((issue, issueIndex) => (
                <li key={issueIndex}>{formatIssue(issue, t)}</li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </details>
  )
}
