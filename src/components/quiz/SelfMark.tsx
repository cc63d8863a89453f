/**
 * Self-marking of one answer box of a written question: the learner's text with the
 * keyword hints of every marking point highlighted, the model answer, and the points
 * as a checklist the learner ticks. Hints are only hints (`keywords.ts`): the learner
 * decides. Without `onTick` the checklist is shown ticked as recorded, read-only.
 * Used by practice, review and the mock exam's end-of-paper marking.
 */
import { useId, type ReactNode } from 'react';
import { keywordHits, mergeSpans, type Span } from '../../domain/quiz/keywords.ts';
import type { WrittenPart } from '../../domain/quiz/written.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { Translate } from '../../i18n/translate.ts';

interface Props {
  part: WrittenPart;
  /** What the learner wrote in this box. */
  text: string;
  /** Indices of the points ticked. */
  ticked: readonly number[];
  /** Called with the new ticked points; leave out to show the marking read-only. */
  onTick?: (ticked: number[]) => void;
  locale: Locale;
  t: Translate;
}

export function SelfMark({ part, text, ticked, onTick, locale, t }: Props) {
  const id = useId();
  const hits = part.points.map((point) => keywordHits(point, locale, text));
  const marks = part.points.reduce((sum, point, i) => sum + (ticked.includes(i) ? point.marks : 0), 0);
  const outOf = part.points.reduce((sum, point) => sum + point.marks, 0);

  return (
    <div className="self-mark">
      <h4 id={`${id}-yours`}>{t('quiz.yourAnswer')}</h4>
      <p className="written-text" aria-labelledby={`${id}-yours`}>
        {text.trim() === '' ? <span className="muted">{t('quiz.noText')}</span> : <Highlighted text={text} spans={hits.flat()} />}
      </p>
      <h4>{t('quiz.modelAnswer')}</h4>
      <p className="model-answer">{part.modelAnswer[locale]}</p>
      <fieldset className="points">
        <legend>{onTick ? t('quiz.tickPoints') : t('quiz.pointsTicked')}</legend>
        <p className="muted">{t('quiz.hintNote')}</p>
        <ul>
          {part.points.map((point, i) => {
            const found = distinct(hits[i]!.map((s) => text.slice(s.start, s.end)));
            return (
              <li key={i}>
                <label className="option">
                  <input
                    type="checkbox"
                    checked={ticked.includes(i)}
                    disabled={!onTick}
                    aria-describedby={`${id}-hint-${i}`}
                    onChange={(e) => onTick?.(e.target.checked ? [...ticked, i].sort((a, b) => a - b) : ticked.filter((p) => p !== i))}
                  />
                  <span>
                    {point.text[locale]} <span className="point-marks">{t('quiz.pointMarks', { n: point.marks })}</span>
                  </span>
                </label>
                <p className="point-hint muted" id={`${id}-hint-${i}`}>
                  {found.length > 0 ? (
                    <>
                      {t('quiz.hintsFound')}{' '}
                      {found.map((word, w) => (
                        <span key={w}>
                          {w > 0 && t('quiz.listSeparator')}
                          <mark>{word}</mark>
                        </span>
                      ))}
                    </>
                  ) : (
                    t('quiz.noHints')
                  )}
                </p>
              </li>
            );
          })}
        </ul>
        <p className="self-mark-part" aria-live="polite">
          {t('quiz.selfMarked', { marks, outOf })}
        </p>
      </fieldset>
    </div>
  );
}

/** `text` with the stretches in `spans` (any order, possibly overlapping) wrapped in `<mark>`. */
export function Highlighted({ text, spans }: { text: string; spans: readonly Span[] }) {
  const pieces: ReactNode[] = [];
  let at = 0;
  for (const s of mergeSpans(spans)) {
    if (s.start > at) pieces.push(text.slice(at, s.start));
    pieces.push(<mark key={s.start}>{text.slice(s.start, s.end)}</mark>);
    at = s.end;
  }
  if (at < text.length) pieces.push(text.slice(at));
  return <>{pieces}</>;
}

function distinct(words: string[]): string[] {
  return [...new Set(words.map((w) => w.toLowerCase()))].map((lower) => words.find((w) => w.toLowerCase() === lower)!);
}
