/**
 * The frame every chapter drill shares: heading, task, the drill's own fields, a
 * check button, and a result announced to screen readers with the full working.
 */
import { useId, type SubmitEvent, type ReactNode } from 'react';
import { useHydrated } from '../use-hydrated.ts';
import type { Translate } from '../../i18n/translate.ts';

export interface Verdict {
  /** null: the answer was incomplete; `problems` says what is missing. */
  correct: boolean | null;
  problems: string[];
  working: string[];
}

interface Props {
  title: string;
  intro: string;
  task: string;
  /** Heading of the explanation shown after checking; "Working" when not given. */
  workingTitle?: string;
  t: Translate;
  verdict: Verdict | null;
  onCheck: () => void;
  onReset: () => void;
  children: ReactNode;
}

export function DrillFrame({ title, intro, task, workingTitle, t, verdict, onCheck, onReset, children }: Props) {
  const headingId = useId();
  const hydrated = useHydrated();
  function submit(event: SubmitEvent) {
    event.preventDefault();
    onCheck();
  }
  return (
    <section className="drill panel" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      <p>{intro}</p>
      <p>
        <strong>{task}</strong>
      </p>
      <form onSubmit={submit} onReset={onReset} noValidate>
        <fieldset className="drill-controls" disabled={!hydrated}>
          {children}
          <p className="actions">
            <button type="submit">{t('drill.check')}</button>
            <button type="reset" className="secondary">
              {t('drill.reset')}
            </button>
          </p>
        </fieldset>
      </form>
      <div role="status" aria-live="polite">
        {verdict && (
          <div className={`verdict ${verdict.correct ? 'verdict-right' : 'verdict-wrong'}`}>
            {verdict.correct === null ? (
              verdict.problems.map((p) => <p key={p}>{p}</p>)
            ) : (
              <>
                <p className="verdict-line">{verdict.correct ? `✓ ${t('drill.correct')}` : `✗ ${t('drill.incorrect')}`}</p>
                {verdict.problems.map((p) => (
                  <p key={p}>{p}</p>
                ))}
                <h4>{workingTitle ?? t('drill.working')}</h4>
                <ol>
                  {verdict.working.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ol>
              </>
            )}
          </div>
        )}
      </div>
    </section>
  );
}

/** Reads a number the way people type it: "1,200", "1 200", "３６０". */
export function parseAmount(raw: string): number | null {
  const normalised = raw.normalize('NFKC').replace(/[,\s，元]/g, '');
  if (normalised === '') return null;
  const value = Number(normalised);
  return Number.isFinite(value) ? value : null;
}

/** A drop-down answer for one row of a drill table, with a blank "choose" first. */
export function RowAnswer<V extends string>({
  label,
  value,
  options,
  onChange,
  t,
}: {
  label: string;
  value: V | '';
  options: readonly { value: V; label: string }[];
  onChange: (value: V) => void;
  t: Translate;
}) {
  return (
    <select aria-label={label} value={value} onChange={(e) => onChange(e.target.value as V)}>
      <option value="">{t('drill.abc.choose')}</option>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}
