/**
 * A chapter's practice before the learner's run is known: the chapter's first question, as
 * the live practice shows it, drawn by the server. It is what the page paints first, and its
 * space is the live card's, so nothing moves when the practice comes to life; until then it
 * takes no input (a run may resume at another question). A calculation's numbers are drawn
 * for each learner, so a chapter that opens with one shows the loading line instead.
 */
import type { Question } from '../../schemas/question.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { Translate } from '../../i18n/translate.ts';
import { isWritten } from '../../domain/quiz/written.ts';
import { QuestionCard } from './QuestionCard.tsx';

interface Props {
  question: Question;
  /** How many questions the chapter has. */
  count: number;
  locale: Locale;
  t: Translate;
  chapterHref: string;
}

const ignore = () => undefined;

export function FirstQuestion({ question, count, locale, t, chapterHref }: Props) {
  if (question.type === 'calc') return <p className="muted">{t('common.loading')}</p>;
  return (
    <div className="quiz" inert aria-busy="true">
      <p className="meta">{t('quiz.progress', { n: 1, total: count })}</p>
      <div className="focus-target">
        <QuestionCard
          question={question}
          number={1}
          locale={locale}
          t={t}
          answer={undefined}
          onAnswer={ignore}
          sectionHref={`${chapterHref}#${question.section}`}
        />
      </div>
      <p className="actions">
        <button type="button">{t(isWritten(question) ? 'quiz.markMine' : 'quiz.check')}</button>
      </p>
    </div>
  );
}
