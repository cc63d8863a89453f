/** One row per student: best re-scored score per drill with pass or fail and why, quiz, exam, late, extra time, flags. */
import type { Assignment } from '../../domain/assignment/assignment.ts';
import { weightOf, type Flag } from '../../domain/gradebook/flags.ts';
import type { Gradebook } from '../../domain/gradebook/gradebook.ts';
import type { Translate } from '../../i18n/translate.ts';
import { failText, flagText } from './words.ts';

interface Props {
  book: Gradebook;
  assignment: Assignment;
  t: Translate;
  titleOf: (scenarioId: string) => string;
  when: (moment: number) => string;
}

const WEIGHT_MARK = { excluded: '⛔', corrected: '⚠', note: 'ℹ' } as const;

function FlagList({ flags, t, titleOf, when }: { flags: Flag[] } & Pick<Props, 't' | 'titleOf' | 'when'>) {
  if (flags.length === 0) return <span className="muted">{t('gradebook.noFlags')}</span>;
  return (
    <ul className="flags">
      {flags.map((flag, i) => (
        <li key={i} data-flag={flag.code}>
          <span aria-hidden="true">{WEIGHT_MARK[weightOf(flag)]} </span>
          <span className="visually-hidden">{t(`gradebook.weight.${weightOf(flag)}`)}: </span>
          {flagText(t, flag, titleOf, when)}
        </li>
      ))}
    </ul>
  );
}

export function GradebookTable({ book, assignment, t, titleOf, when }: Props) {
  const flagged = book.rows.filter((r) => r.flags.length > 0).length;
  return (
    <section aria-labelledby="gb-rows">
      <h2 id="gb-rows">{t('gradebook.rows', { n: book.rows.length })}</h2>
      <p className="muted">{t('gradebook.rowsNote', { flagged })}</p>
      <div className="table-scroll" role="region" tabIndex={0} aria-labelledby="gb-rows">
        <table className="gradebook-table">
          <thead>
            <tr>
              <th scope="col">{t('gradebook.col.student')}</th>
              {assignment.scenarios.map(({ id }) => (
                <th scope="col" key={id}>
                  {titleOf(id)}
                </th>
              ))}
              {assignment.quizChapters.length > 0 && <th scope="col">{t('gradebook.col.quiz')}</th>}
              {assignment.exam && <th scope="col">{t('gradebook.col.exam')}</th>}
              <th scope="col">{t('gradebook.col.late')}</th>
              <th scope="col">{t('gradebook.col.extra')}</th>
              <th scope="col">{t('gradebook.col.flags')}</th>
            </tr>
          </thead>
          <tbody>
            {book.rows.map((row) => (
              <tr key={row.number} data-student={row.number}>
                <th scope="row">
                  {row.name}
                  <br />
                  <span className="muted">{row.number}</span>
                </th>
                {row.drills.map((drill) => (
                  <td key={drill.scenarioId} data-drill={drill.scenarioId}>
                    <strong className="drill-best">{drill.best ?? '–'}</strong> {drill.passed ? `✓ ${t('gradebook.passed')}` : `✗ ${t('gradebook.failed')}`}
                    {!drill.passed && <span className="muted"> ({drill.fails.map((code) => failText(t, code)).join('; ')})</span>}
                    <br />
                    <span className="muted">{t('gradebook.attempts', { n: drill.attempts })}</span>
                  </td>
                ))}
                {assignment.quizChapters.length > 0 && (
                  <td>
                    {row.quiz?.percent ?? '–'}
                    <br />
                    <span className="muted">{t('gradebook.answered', { n: row.quiz?.answered ?? 0, total: row.quiz?.total ?? 0 })}</span>
                  </td>
                )}
                {assignment.exam && <td>{row.exam ? `${row.exam.score} ${row.exam.passed ? '✓' : '✗'}` : '–'}</td>}
                <td>{row.late || row.drills.some((d) => d.late) || row.exam?.late ? t('gradebook.yes') : ''}</td>
                <td>
                  {row.extraShare > 0 && `+${Math.round(row.extraShare * 100)}% `}
                  {row.exam && row.exam.extraMinutes > 0 && t('gradebook.extraMinutes', { n: row.exam.extraMinutes })}
                </td>
                <td>
                  <FlagList flags={row.flags} t={t} titleOf={titleOf} when={when} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {book.setAside.length > 0 && (
        <>
          <h3>{t('gradebook.setAside', { n: book.setAside.length })}</h3>
          <ul>
            {book.setAside.map((s) => (
              <li key={s.file}>
                <strong>{s.file}</strong>: <FlagList flags={s.flags} t={t} titleOf={titleOf} when={when} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
