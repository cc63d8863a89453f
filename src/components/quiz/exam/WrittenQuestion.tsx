/**
 * A written question in the exam (term, short answer, case): one text box per
 * answer box. The text is kept here while typing and saved after a short pause and
 * when the box loses focus, so typing never waits on a write.
 */
import { useEffect, useEffectEvent, useId, useRef, useState } from 'react';
import { writtenParts } from '../../../domain/quiz/written.ts';
import type { WrittenQuestion as Written } from '../../../schemas/question.ts';
import type { Locale } from '../../../i18n/locales.ts';
import type { Translate } from '../../../i18n/translate.ts';

interface Props {
  question: Written;
  legend: React.ReactNode;
  locale: Locale;
  t: Translate;
  texts: readonly string[] | undefined;
  onSave: (texts: string[]) => void;
}

const SAVE_AFTER_MS = 600;

export function WrittenQuestion({ question, legend, locale, t, texts, onSave }: Props) {
  const id = useId();
  const parts = writtenParts(question);
  const [draft, setDraft] = useState(() => parts.map((_, p) => texts?.[p] ?? ''));
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);

  function saveNow() {
    if (pending.current === null) return;
    clearTimeout(pending.current);
    pending.current = null;
    onSave(draft);
  }
  // Whatever is still unsaved is saved when the question is left.
  const saveOnLeave = useEffectEvent(saveNow);
  useEffect(() => () => saveOnLeave(), []);

  function type(p: number, text: string) {
    const next = draft.map((d, i) => (i === p ? text : d));
    setDraft(next);
    if (pending.current !== null) clearTimeout(pending.current);
    pending.current = setTimeout(() => {
      pending.current = null;
      onSave(next);
    }, SAVE_AFTER_MS);
  }

  return (
    <fieldset className="question">
      {legend}
      {question.type === 'case' && <p className="case-text">{question.case[locale]}</p>}
      {parts.map((part, p) => (
        <div key={p} className="written-part">
          <label className="field-label" htmlFor={`${id}-${p}`}>
            {question.type === 'case' ? `${t('quiz.part', { n: p + 1 })} ${part.prompt[locale]}` : t('quiz.writeHere')}
          </label>
          <textarea
            id={`${id}-${p}`}
            className="written-input"
            rows={question.type === 'term' ? 4 : 7}
            value={draft[p]}
            onChange={(e) => type(p, e.currentTarget.value)}
            onBlur={saveNow}
          />
        </div>
      ))}
    </fieldset>
  );
}
