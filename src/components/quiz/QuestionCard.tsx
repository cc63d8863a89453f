/**
 * One question of any type, answered with native form controls (radios,
 * checkboxes, buttons), so it works with a keyboard and a screen reader. With
 * `grade` set it shows the result, the right answer and the explanation.
 */
import { useId } from 'react';
import type { Answer, Grade } from '../../domain/quiz/grade.ts';
import type { Question } from '../../schemas/question.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { Translate } from '../../i18n/translate.ts';
import { initialOrder } from '../../domain/quiz/ordering.ts';

interface Props {
  question: Question;
  number: number;
  locale: Locale;
  t: Translate;
  answer: Answer | undefined;
  onAnswer: (answer: Answer) => void;
  /** Set once the answer is checked: the card then shows the outcome and locks. */
  grade?: Grade;
  sectionHref: string;
}

export function QuestionCard({ question, number, locale, t, answer, onAnswer, grade, sectionHref }: Props) {
  const name = useId();
  if (question.type === 'term' || question.type === 'short' || question.type === 'case' || question.type === 'calc') return null; // not shown until the written and calculation cards exist
  const locked = grade !== undefined;
  const legend = (
    <legend>
      <span className="q-number">
        {t('quiz.number', { n: number })} · {t(`quiz.type.${question.type}`)}
      </span>
      {question.prompt[locale]}
    </legend>
  );

  let body;
  switch (question.type) {
    case 'single':
    case 'dialogue': {
      const chosen = answer && (answer.type === 'single' || answer.type === 'dialogue') ? answer.choice : undefined;
      body = (
        <>
          {question.type === 'dialogue' && (
            <ol className="q-dialogue">
              {question.dialogue.map((line, i) => (
                <li key={i} className={`line line-${line.speaker === 'customer' ? 'customer' : 'you'}`}>
                  <span className="speaker">{t(line.speaker === 'customer' ? 'player.customer' : 'quiz.agent')}</span>
                  {line.text[locale]}
                </li>
              ))}
            </ol>
          )}
          {question.options.map((option, i) => (
            <label key={i} className={optionClass(locked, i === question.answer, chosen === i)}>
              <input
                type="radio"
                name={name}
                checked={chosen === i}
                disabled={locked}
                onChange={() => onAnswer({ type: question.type, choice: i } as Answer)}
              />
              {option[locale]}
            </label>
          ))}
        </>
      );
      break;
    }
    case 'multiple': {
      const chosen = answer?.type === 'multiple' ? answer.choices : [];
      body = (
        <>
          <p className="muted">{t('quiz.chooseAll')}</p>
          {question.options.map((option, i) => (
            <label key={i} className={optionClass(locked, question.answer.includes(i), chosen.includes(i))}>
              <input
                type="checkbox"
                checked={chosen.includes(i)}
                disabled={locked}
                onChange={(e) => onAnswer({ type: 'multiple', choices: e.target.checked ? [...chosen, i].sort() : chosen.filter((c) => c !== i) })}
              />
              {option[locale]}
            </label>
          ))}
        </>
      );
      break;
    }
    case 'truefalse': {
      const chosen = answer?.type === 'truefalse' ? answer.value : undefined;
      body = [true, false].map((value) => (
        <label key={String(value)} className={optionClass(locked, question.answer === value, chosen === value)}>
          <input type="radio" name={name} checked={chosen === value} disabled={locked} onChange={() => onAnswer({ type: 'truefalse', value })} />
          {t(value ? 'quiz.true' : 'quiz.false')}
        </label>
      ));
      break;
    }
    case 'ordering': {
      const order = answer?.type === 'ordering' ? answer.order : initialOrder(question.id, question.items.length);
      const move = (from: number, to: number) => {
        const next = [...order];
        [next[from], next[to]] = [next[to]!, next[from]!];
        onAnswer({ type: 'ordering', order: next });
      };
      body = (
        <>
          <p className="muted">{t('quiz.orderHint')}</p>
          <ol className="q-ordering">
            {order.map((item, position) => (
              <li key={item} className={locked ? (item === position ? 'opt-right' : 'opt-wrong') : undefined}>
                <span>{question.items[item]![locale]}</span>
                {!locked && (
                  <span className="q-move">
                    <button
                      type="button"
                      disabled={position === 0}
                      onClick={() => move(position, position - 1)}
                      aria-label={t('quiz.moveUp', { item: question.items[item]![locale] })}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      disabled={position === order.length - 1}
                      onClick={() => move(position, position + 1)}
                      aria-label={t('quiz.moveDown', { item: question.items[item]![locale] })}
                    >
                      ↓
                    </button>
                  </span>
                )}
              </li>
            ))}
          </ol>
        </>
      );
      break;
    }
  }

  return (
    <fieldset className="question">
      {legend}
      {body}
      {grade && (
        <div className={`verdict ${grade.correct ? 'verdict-right' : 'verdict-wrong'}`}>
          <p className="verdict-line">
            {grade.correct
              ? `✓ ${t('quiz.right')}`
              : grade.score > 0
                ? `◐ ${t('quiz.partly', { score: Math.round(grade.score * 100) })}`
                : `✗ ${t('quiz.wrong')}`}
          </p>
          {!grade.correct && (
            <p>
              {t('quiz.answerWas')} {rightAnswer(question, locale, t)}
            </p>
          )}
          <p>{question.explanation[locale]}</p>
          <p>
            <a href={sectionHref}>{t('quiz.readSection')}</a>
          </p>
        </div>
      )}
    </fieldset>
  );
}

function optionClass(locked: boolean, right: boolean, chosen: boolean): string {
  if (!locked) return 'option';
  return `option ${right ? 'opt-right' : chosen ? 'opt-wrong' : ''}`;
}

/** The right answer in words, for after a wrong one. */
export function rightAnswer(question: Question, locale: Locale, t: Translate): string {
  switch (question.type) {
    case 'single':
    case 'dialogue':
      return question.options[question.answer]![locale];
    case 'multiple':
      return question.answer.map((i) => question.options[i]![locale]).join(' / ');
    case 'truefalse':
      return t(question.answer ? 'quiz.true' : 'quiz.false');
    case 'ordering':
      return question.items.map((item) => item[locale]).join(' → ');
    case 'term':
    case 'short':
    case 'case':
    case 'calc':
      return ''; // shown by their own cards
  }
}
