/**
 * One question of any type, answered with native form controls (radios, checkboxes,
 * buttons, text boxes), so it works with a keyboard and a screen reader. Once
 * `checked`, it locks and shows the outcome: a machine grade with the right answer
 * and the explanation, or a self-mark; and, when known, the learner's history with
 * the question. Written questions pass through `marking` first (`WrittenCard`).
 */
import { useId } from 'react';
import { calcInstance } from '../../domain/quiz/calc.ts';
import type { Answer, Grade } from '../../domain/quiz/grade.ts';
import { initialOrder } from '../../domain/quiz/ordering.ts';
import type { Question } from '../../schemas/question.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { Translate } from '../../i18n/translate.ts';
import type { QuestionHistory } from '../../storage/changes.ts';
import { outcomeOf, type Outcome } from './answer-flow.ts';
import { CalcInput, CalcSolution } from './CalcCard.tsx';
import { WrittenCard } from './WrittenCard.tsx';

interface Props {
  question: Question;
  number: number;
  locale: Locale;
  t: Translate;
  answer: Answer | undefined;
  onAnswer: (answer: Answer) => void;
  /** A calculation's box no longer holds a number: there is no answer to check. */
  onClear?: () => void;
  /** Checked (or, for a written question, its self-mark recorded): the card shows the outcome and locks. */
  checked?: boolean;
  /** A machine grade the caller already has (a marked exam paper, where an unanswered question has one too): checked. */
  grade?: Grade;
  /** A written question being marked: the model answer and marking points are shown to tick. */
  marking?: boolean;
  /** The seed a calculation's numbers are drawn from until the answer carries its own. */
  seed?: number;
  /** The learner's history with this question, shown once checked. */
  history?: QuestionHistory | undefined;
  sectionHref: string;
}

export function QuestionCard(props: Props) {
  const { question, number, locale, t, answer, onAnswer, onClear, marking = false, seed = 0, history, sectionHref } = props;
  const name = useId();
  const locked = props.checked === true || props.grade !== undefined;
  const outcome: Outcome | undefined = answer && locked ? outcomeOf(question, answer) : props.grade && { kind: 'graded', ...props.grade };
  const grade = outcome?.kind === 'graded' ? outcome : undefined;
  const legend = (
    <legend>
      <span className="q-number">
        {t('quiz.number', { n: number })} · {t(`quiz.type.${question.type}`)}
      </span>
      {'prompt' in question && question.prompt[locale]}
    </legend>
  );

  let body;
  /** What the verdict shows besides the explanation: the right answer, or the worked solution. */
  let solution;
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
                  <span className="speaker">{t(line.speaker === 'customer' ? 'quiz.customer' : 'quiz.agent')}</span>
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
    case 'term':
    case 'short':
    case 'case':
      body = (
        <WrittenCard
          question={question}
          answer={answer}
          onAnswer={onAnswer}
          stage={locked ? 'recorded' : marking ? 'marking' : 'writing'}
          locale={locale}
          t={t}
        />
      );
      break;
    case 'calc': {
      const instance = calcInstance(question, answer?.type === 'calc' ? answer.seed : seed);
      body = (
        <CalcInput
          instance={instance}
          context={question.context?.[locale]}
          answer={answer}
          onAnswer={(a) => (a ? onAnswer(a) : onClear?.())}
          locked={locked}
          locale={locale}
          t={t}
        />
      );
      if (answer?.type === 'calc') solution = <CalcSolution instance={instance} value={answer.value} locale={locale} t={t} />;
      break;
    }
  }
  if (grade && !grade.correct && question.type !== 'calc')
    solution = (
      <p>
        {t('quiz.answerWas')} {rightAnswer(question, locale, t)}
      </p>
    );

  return (
    <fieldset className="question">
      {legend}
      {body}
      {outcome && (
        <div className={`verdict ${outcome.kind === 'self' ? 'verdict-self' : outcome.correct ? 'verdict-right' : 'verdict-wrong'}`}>
          {outcome.kind === 'self' ? (
            <>
              <p className="verdict-line">{t('quiz.selfMarked', { marks: outcome.marks, outOf: outcome.outOf })}</p>
              <p className="muted">{t('quiz.selfNote')}</p>
            </>
          ) : (
            <p className="verdict-line">
              {outcome.correct
                ? `✓ ${t('quiz.right')}`
                : outcome.score > 0
                  ? `◐ ${t('quiz.partly', { score: Math.round(outcome.score * 100) })}`
                  : `✗ ${t('quiz.wrong')}`}
            </p>
          )}
          {solution}
          {'explanation' in question && <p>{question.explanation[locale]}</p>}
          {history && (
            <p className="q-history">{t(outcome.kind === 'self' ? 'quiz.historySelf' : 'quiz.history', { seen: history.seen, right: history.right })}</p>
          )}
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
      return ''; // their cards show the model answer or the worked solution instead
  }
}
