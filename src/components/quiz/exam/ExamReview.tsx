/** A finished paper, section by section: each question with its answer, marks and the right answer. */
import { calcSeed, type QuestionMark } from '../../../domain/quiz/exam.ts';
import { gradeAnswer } from '../../../domain/quiz/grade.ts';
import type { IndexedQuestion } from '../../../domain/quiz/index.ts';
import { isWritten, writtenParts } from '../../../domain/quiz/written.ts';
import type { Locale } from '../../../i18n/locales.ts';
import type { Translate } from '../../../i18n/translate.ts';
import type { ExamAttempt } from '../../../storage/records/exam.ts';
import { QuestionCard } from '../QuestionCard.tsx';
import { SelfMark } from '../SelfMark.tsx';
import { CalcQuestion } from './CalcQuestion.tsx';
import { QuestionLegend } from './QuestionLegend.tsx';
import { sectionMarks, sectionTitle } from './section-title.ts';

interface Props {
  exam: ExamAttempt;
  marks: readonly QuestionMark[];
  byId: Map<string, IndexedQuestion>;
  chapterHrefs: Record<string, string>;
  locale: Locale;
  t: Translate;
}

export function ExamReview({ exam, marks, byId, chapterHrefs, locale, t }: Props) {
  const markOf = new Map(marks.map((m) => [m.questionId, m]));
  let number = 0;
  return (
    <details>
      <summary>{t('exam.review')}</summary>
      {exam.paper.sections.map((section, s) => (
        <section key={s} aria-labelledby={`review-section-${s}`}>
          <h3 id={`review-section-${s}`}>
            {sectionTitle(section, s, locale, t)} <span className="meta">{sectionMarks(section, t)}</span>
          </h3>
          <ol className="exam-review">
            {section.questionIds.map((id) => {
              number++;
              const entry = byId.get(id);
              if (!entry) return null;
              const { question } = entry;
              const mark = markOf.get(id);
              const earned = mark && <p className="meta">{t('exam.earned', { marks: mark.marks, outOf: mark.outOf })}</p>;
              const legend = <QuestionLegend question={question} number={number} locale={locale} t={t} />;
              if (isWritten(question)) {
                const texts = exam.written[id] ?? [];
                return (
                  <li key={id} value={number}>
                    <fieldset className="question">
                      {legend}
                      {question.type === 'case' && <p className="case-text">{question.case[locale]}</p>}
                      {writtenParts(question).map((part, p) => (
                        <div key={p}>
                          {question.type === 'case' && <p className="q-number">{`${t('quiz.part', { n: p + 1 })} ${part.prompt[locale]}`}</p>}
                          <SelfMark part={part} text={texts[p] ?? ''} ticked={exam.ticked[id]?.[p] ?? []} locale={locale} t={t} />
                        </div>
                      ))}
                      {earned}
                    </fieldset>
                  </li>
                );
              }
              const answer = exam.answers[id];
              if (question.type === 'calc') {
                const seed = answer?.type === 'calc' ? answer.seed : calcSeed(exam.seed, id);
                return (
                  <li key={id} value={number}>
                    <CalcQuestion
                      question={question}
                      seed={seed}
                      legend={legend}
                      locale={locale}
                      t={t}
                      value={answer?.type === 'calc' ? answer.value : undefined}
                      review
                    />
                    {earned}
                  </li>
                );
              }
              return (
                <li key={id} value={number}>
                  <QuestionCard
                    question={question}
                    number={number}
                    locale={locale}
                    t={t}
                    answer={answer}
                    onAnswer={() => undefined}
                    grade={answer ? gradeAnswer(question, answer) : { score: 0, correct: false }}
                    sectionHref={`${chapterHrefs[entry.chapter] ?? ''}#${question.section}`}
                  />
                  {earned}
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </details>
  );
}
