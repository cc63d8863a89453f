/** The instructor's form: what the assignment asks for, by when, and on which terms. */
import type { SubmitEvent } from 'react';
import { EXAM_KINDS, EXTRA_SHARES } from '../../domain/assignment/assignment.ts';
import type { Draft, DraftProblem } from '../../domain/assignment/draft.ts';
import type { Translate } from '../../i18n/translate.ts';
import { fromLocalInput, toLocalInput } from '../assignment/when.ts';
import { useHydrated } from '../use-hydrated.ts';
import { LrsFields } from './LrsFields.tsx';

export interface ScenarioChoice {
  id: string;
  hash: string;
  title: string;
}

export interface ChapterChoice {
  slug: string;
  title: string;
}

interface Props {
  t: Translate;
  draft: Draft;
  scenarios: ScenarioChoice[];
  chapters: ChapterChoice[];
  problem: DraftProblem | 'tooLong' | 'save' | null;
  editing: string | null;
  onChange: (change: Partial<Draft>) => void;
  onSubmit: () => void;
  onCancel: () => void;
}

const toggled = (list: string[], item: string, on: boolean) => (on ? [...list, item] : list.filter((i) => i !== item));

export function AssignmentForm({ t, draft, scenarios, chapters, problem, editing, onChange, onSubmit, onCancel }: Props) {
  const hydrated = useHydrated();
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit();
  };
  const problemText =
    problem === null
      ? null
      : typeof problem === 'string'
        ? t(`teach.problem.${problem}`)
        : problem.code === 'students'
          ? t('teach.problem.students', { line: problem.line })
          : problem.code === 'lrs'
            ? t(`xapi.problem.${problem.lrs}`)
            : t(`teach.problem.${problem.code}`);
  return (
    <form className="panel teach-form no-print" onSubmit={submit} aria-labelledby="form-heading" noValidate>
      <h2 id="form-heading">{editing ? t('teach.form.editing', { title: editing }) : t('teach.form.heading')}</h2>
      {/* Disabled until hydrated, so nothing typed before then is discarded. */}
      <fieldset className="form-body" disabled={!hydrated}>
        <label className="field">
          {t('teach.form.title')}
          <input type="text" required maxLength={80} value={draft.title} onChange={(e) => onChange({ title: e.target.value })} />
        </label>
        <label className="field">
          {t('teach.form.class')}
          <input type="text" maxLength={60} value={draft.className} onChange={(e) => onChange({ className: e.target.value })} />
        </label>
        <fieldset>
          <legend>{t('teach.form.scenarios')}</legend>
          {scenarios.map((s) => (
            <label key={s.id} className="option">
              <input
                type="checkbox"
                checked={draft.scenarioIds.includes(s.id)}
                onChange={(e) => onChange({ scenarioIds: toggled(draft.scenarioIds, s.id, e.target.checked) })}
              />
              <span>
                {s.title} <small className="eyebrow">{t('teach.form.version', { hash: s.hash.slice(0, 7) })}</small>
              </span>
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('teach.form.quiz')}</legend>
          {chapters.map((c) => (
            <label key={c.slug} className="option">
              <input
                type="checkbox"
                checked={draft.quizChapters.includes(c.slug)}
                onChange={(e) => onChange({ quizChapters: toggled(draft.quizChapters, c.slug, e.target.checked) })}
              />
              {c.title}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('teach.form.exam')}</legend>
          {(['', ...EXAM_KINDS] as const).map((kind) => (
            <label key={kind} className="option">
              <input type="radio" name="exam" checked={draft.exam === kind} onChange={() => onChange({ exam: kind })} />
              {t(`teach.exam.${kind || 'none'}`)}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('teach.form.mode')}</legend>
          {(['practice', 'test'] as const).map((mode) => (
            <label key={mode} className="option">
              <input type="radio" name="mode" checked={draft.mode === mode} onChange={() => onChange({ mode })} />
              {t(`teach.mode.${mode}`)}
            </label>
          ))}
        </fieldset>
        <label className="field">
          {t('teach.form.passMark')}
          <input type="number" inputMode="numeric" min={0} max={100} value={draft.passMark} onChange={(e) => onChange({ passMark: e.target.value })} />
        </label>
        <label className="field">
          {t('teach.form.due')}
          <input
            type="datetime-local"
            required
            value={draft.due === null ? '' : toLocalInput(draft.due)}
            onChange={(e) => onChange({ due: fromLocalInput(e.target.value) })}
          />
        </label>
        <label className="field">
          {t('teach.form.attempts')}
          <input type="number" inputMode="numeric" min={1} max={20} value={draft.attempts} onChange={(e) => onChange({ attempts: e.target.value })} />
        </label>
        <label className="field">
          {t('teach.form.extra')}
          <select value={draft.classShare} onChange={(e) => onChange({ classShare: EXTRA_SHARES.find((s) => String(s) === e.target.value) ?? 0 })}>
            <option value={0}>{t('teach.extra.none')}</option>
            {EXTRA_SHARES.map((s) => (
              <option key={s} value={s}>
                {t(`teach.extra.${s * 100}` as 'teach.extra.25')}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          {t('teach.form.students')}
          <textarea rows={3} value={draft.students} onChange={(e) => onChange({ students: e.target.value })} aria-describedby="students-hint" />
        </label>
        <p id="students-hint" className="eyebrow">
          {t('teach.form.studentsHint')}
        </p>
        <LrsFields t={t} draft={draft} onChange={onChange} />
        <p role="alert" className={problemText ? 'notice notice-error' : undefined}>
          {problemText}
        </p>
        <div className="actions">
          <button type="submit">{t('teach.form.save')}</button>
          {editing && (
            <button type="button" onClick={onCancel}>
              {t('teach.form.cancel')}
            </button>
          )}
        </div>
      </fieldset>
    </form>
  );
}
