/** The answer sheet: every question's button, grouped by paper section, showing answered and flagged. */
import type { Locale } from '../../../i18n/locales.ts';
import type { Translate } from '../../../i18n/translate.ts';
import type { ExamAttempt } from '../../../storage/records/exam.ts';
import { sectionTitle } from './section-title.ts';

interface Props {
  exam: ExamAttempt;
  /** Index of the question on screen. */
  index: number;
  isAnswered: (questionId: string) => boolean;
  onGo: (index: number) => void;
  locale: Locale;
  t: Translate;
}

export function AnswerSheet({ exam, index, isAnswered, onGo, locale, t }: Props) {
  let first = 0;
  return (
    <nav aria-label={t('exam.overview')} className="answer-sheet">
      <h2>{t('exam.overview')}</h2>
      {exam.paper.sections.map((section, s) => {
        const start = first;
        first += section.questionIds.length;
        return (
          <div key={s} className="answer-sheet-section">
            <h3 id={`sheet-section-${s}`}>{sectionTitle(section, s, locale, t)}</h3>
            <ol start={start + 1} aria-labelledby={`sheet-section-${s}`}>
              {section.questionIds.map((id, k) => {
                const i = start + k;
                const flagged = exam.flagged.includes(id);
                const status = [isAnswered(id) ? t('exam.answered') : t('exam.unanswered'), ...(flagged ? [t('exam.flagged')] : [])].join('、');
                return (
                  <li key={id}>
                    <button
                      type="button"
                      aria-current={i === index ? 'step' : undefined}
                      aria-label={t('exam.questionStatus', { n: i + 1, status })}
                      className={`${isAnswered(id) ? 'is-answered' : ''} ${flagged ? 'is-flagged' : ''}`}
                      onClick={() => onGo(i)}
                    >
                      {i + 1}
                      {flagged ? '⚑' : ''}
                    </button>
                  </li>
                );
              })}
            </ol>
          </div>
        );
      })}
    </nav>
  );
}
