/** The course grade's weights (the lesson plan's by default) and the CSV download. */
import type { Assignment } from '../../domain/assignment/assignment.ts';
import { COURSE_PARTS, HAND_MARKED, LESSON_PLAN_WEIGHTS, weightsValid, type Weights } from '../../domain/gradebook/course-grade.ts';
import { gradebookCsv } from '../../domain/gradebook/export.ts';
import type { Gradebook } from '../../domain/gradebook/gradebook.ts';
import type { Translate } from '../../i18n/translate.ts';
import { failText, flagText } from './words.ts';

interface Props {
  book: Gradebook;
  assignment: Assignment;
  weights: Weights;
  onWeights: (weights: Weights) => void;
  t: Translate;
  titleOf: (scenarioId: string) => string;
  when: (moment: number) => string;
}

export function ExportPanel({ book, assignment, weights, onWeights, t, titleOf, when }: Props) {
  const valid = weightsValid(weights);
  const total = COURSE_PARTS.reduce((sum, p) => sum + (Number.isFinite(weights[p]) ? weights[p] : 0), 0);

  function download() {
    const csv = gradebookCsv(book.rows, assignment, weights, {
      number: t('gradebook.csv.number'),
      name: t('gradebook.csv.name'),
      drill: titleOf,
      passed: t('gradebook.passed'),
      failed: t('gradebook.failed'),
      fail: (code) => failText(t, code),
      attempts: t('gradebook.csv.attempts'),
      quiz: t('gradebook.col.quiz'),
      exam: t('gradebook.col.exam'),
      late: t('gradebook.col.late'),
      extraTime: t('gradebook.col.extra'),
      part: (part, weight) => `${t(`gradebook.part.${part}`)} (${weight}%)`,
      grade: (outOf) => t('gradebook.csv.grade', { outOf }),
      flags: t('gradebook.col.flags'),
      flag: (flag) => flagText(t, flag, titleOf, when),
      yes: t('gradebook.yes'),
    });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    link.download = `${assignment.title}-${new Date().toISOString().slice(0, 10)}.csv`;
    link.click();
    URL.revokeObjectURL(link.href);
  }

  return (
    <section className="panel" aria-labelledby="gb-export">
      <h2 id="gb-export">{t('gradebook.export')}</h2>
      <p>{t('gradebook.weightsIntro')}</p>
      <fieldset className="weights">
        <legend>{t('gradebook.weights')}</legend>
        {COURSE_PARTS.map((part) => (
          <label key={part}>
            {t(`gradebook.part.${part}`)}
            {HAND_MARKED.includes(part) && ` (${t('gradebook.byHand')})`}
            <input
              type="number"
              min={0}
              max={100}
              step={1}
              value={Number.isFinite(weights[part]) ? weights[part] : ''}
              onChange={(e) => onWeights({ ...weights, [part]: e.target.value === '' ? Number.NaN : Number(e.target.value) })}
            />
            %
          </label>
        ))}
      </fieldset>
      {!valid && (
        <p className="notice notice-error" role="alert">
          {t('gradebook.weightsInvalid', { total })}
        </p>
      )}
      <p className="actions">
        <button type="button" onClick={download} disabled={!valid}>
          {t('gradebook.download')}
        </button>
        <button type="button" className="secondary" onClick={() => onWeights(LESSON_PLAN_WEIGHTS)}>
          {t('gradebook.resetWeights')}
        </button>
      </p>
    </section>
  );
}
