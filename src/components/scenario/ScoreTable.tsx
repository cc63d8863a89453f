/** Competency scores of one attempt as a table with bars; numbers carry the meaning, not colour. */
import { COMPETENCIES } from '../../domain/scenario/competencies.ts';
import type { ScoreResult } from '../../domain/scenario/scoring.ts';
import type { Translate } from '../../i18n/translate.ts';

export function ScoreTable({ score, t, caption }: { score: ScoreResult; t: Translate; caption: string }) {
  return (
    <table className="scores">
      <caption>{caption}</caption>
      <tbody>
        {COMPETENCIES.map((c) => {
          // Attempts saved by older versions may lack a competency.
          const percent = score.competencies[c]?.percent ?? null;
          return (
            <tr key={c}>
              <th scope="row">{t(`competency.${c}`)}</th>
              <td>
                {percent === null ? (
                  <span className="muted">{t('player.notTested')}</span>
                ) : (
                  <>
                    <span className="bar" aria-hidden="true">
                      <span style={{ width: `${percent}%` }} />
                    </span>
                    <span className="percent">{percent}</span>
                  </>
                )}
              </td>
            </tr>
          );
        })}
        <tr className="overall">
          <th scope="row">{t('player.overall')}</th>
          <td>
            <span className="bar" aria-hidden="true">
              <span style={{ width: `${score.overall ?? 0}%` }} />
            </span>
            <span className="percent">{score.overall ?? '–'}</span>
          </td>
        </tr>
      </tbody>
    </table>
  );
}
