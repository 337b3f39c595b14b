/**
 * A scene's own account of the attempt (the splice cassette's line budget): a two-column table of what
 * the line started with, what each choice cost and what arrived, then plain sentences.
 */
import { useTranslation } from 'react-i18next'
import type { ResultPanel } from '../../engine/types.ts'
import { formatNumber } from '../format.ts'

export function ScenePanel({ panel }: { panel: ResultPanel }) {
  const { t, i18n } = useTranslation()
  const number = (v: number) => formatNumber(v, i18n.language, 2).replace('-', '−')
  const value = (v: number, unit: string) => {
    // Costs are negative, so the column reads as a subtraction; what rounds to nothing reads 0.
    const shown = Math.abs(v) < 0.005 ? '0' : number(v)
    return `${shown}\u00a0${t(`units.${unit}`)}`
  }
  const noteValues = (values: Record<string, number | string> = {}) =>
    Object.fromEntries(Object.entries(values).map(([k, v]) => [k, typeof v === 'number' ? number(v) : v]))
  return (
    <section aria-labelledby="results-panel" className="results-panel" data-testid="scene-panel">
      <h2 id="results-panel">{t(panel.titleKey)}</h2>
      {panel.introKey && <p>{t(panel.introKey)}</p>}
      <table className="results-budget">
        <tbody>
          {panel.lines.map((line) => (
            <tr key={line.key} className={`results-budget-${line.role}`} data-line={line.key}>
              <th scope="row">{t(line.key)}</th>
              <td>{value(line.value, line.unit)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {panel.notes.map((note) => (
        <p key={note.key}>{t(note.key, noteValues(note.values))}</p>
      ))}
    </section>
  )
}
