/**
 * The assignment page: reads the assignment from the link's fragment (nothing is
 * saved when the link is refused), keeps it in the learner's progress, shows what it
 * asks and how far the learner is, and hands in the result file.
 */
import { useEffect, useState } from 'react';
import { ASSIGNMENT_PARAM, grantedShare } from '../domain/assignment/grant.ts';
import { decodeAssignment, type LinkProblem } from '../domain/assignment/share-link.ts';
import { lrsHost } from '../domain/xapi/endpoint.ts';
import { localePath, type Locale } from '../i18n/locales.ts';
import { scenarioHref } from '../i18n/links.ts';
import { translator, type Dictionary, type Translate } from '../i18n/translate.ts';
import { handIn } from '../storage/hand-in.ts';
import type { Attempt } from '../storage/records/attempt.ts';
import type { AssignmentRecord } from '../storage/records/assignment.ts';
import type { Profile } from '../storage/records/profile.ts';
import { progressStore } from '../storage/store.ts';
import { StudentFields } from './assignment/StudentFields.tsx';
import { formatMoment } from './assignment/when.ts';

interface Props {
  /** Interface strings in the page's language (`uiStrings` in src/i18n/strings.ts). */
  strings: Dictionary;
  locale: Locale;
  /** Current version and title of each scenario. */
  scenarios: { id: string; hash: string; title: string }[];
  chapters: { slug: string; title: string }[];
}

type Loaded =
  | { kind: 'loading' }
  | { kind: 'refused'; problem: LinkProblem | { code: 'store' } }
  | { kind: 'open'; kept: AssignmentRecord; profile: Profile; attempts: Attempt[] };

function problemText(t: Translate, problem: LinkProblem | { code: 'store' }): string {
  if (problem.code === 'unknown-version') return t('assignment.problem.unknown-version', { version: problem.version });
  if (problem.code === 'invalid-field') return t('assignment.problem.invalid-field', { path: problem.path });
  return t(`assignment.problem.${problem.code}`);
}

async function open(fragment: string): Promise<Loaded> {
  const read = decodeAssignment(fragment);
  if (!read.ok) return { kind: 'refused', problem: read.problem };
  const store = progressStore();
  try {
    const kept = await store.saveAssignment({ assignment: read.assignment, checksum: read.checksum, fragment: fragment.replace(/^#/, '') });
    // The class's LRS, if the link names one: this browser reports to it from the next page on.
    if (read.assignment.lrs) await import('../storage/lrs.ts').then((m) => m.reportToAssignmentLrs(read.assignment)).catch(() => undefined);
    const [profile, finished] = await Promise.all([store.readProfile(), store.listFinishedAttempts()]);
    return { kind: 'open', kept, profile, attempts: finished.filter((a) => a.assignmentId === kept.id) };
  } catch {
    return { kind: 'refused', problem: { code: 'store' } };
  }
}

export default function AssignmentView({ strings, locale, scenarios, chapters }: Props) {
  const t = translator(strings);
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  const [handedIn, setHandedIn] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    const load = () => void open(location.hash).then((next) => !cancelled && setLoaded(next));
    load();
    // Opening another assignment link in the same tab changes only the fragment.
    window.addEventListener('hashchange', load);
    return () => {
      cancelled = true;
      window.removeEventListener('hashchange', load);
    };
  }, []);

  if (loaded.kind !== 'open')
    return (
      <div className="assignment">
        {loaded.kind === 'loading' ? (
          <p role="status">{t('assignment.loading')}</p>
        ) : (
          <p role="alert" className="notice notice-error">
            {t('assignment.refused', { reason: problemText(t, loaded.problem) })}
          </p>
        )}
      </div>
    );

  const { kept, profile, attempts } = loaded;
  const { assignment } = kept;
  const now = Date.now();
  const extra = grantedShare(assignment, profile.studentNumber);
  const hasStudent = Boolean(profile.name && profile.studentNumber);

  async function makeFile() {
    const made = await handIn(progressStore(), kept.id);
    if (!made.ok) return;
    const url = URL.createObjectURL(new Blob([made.text], { type: 'application/json' }));
    const link = Object.assign(document.createElement('a'), { href: url, download: made.fileName });
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    setHandedIn(made.fileName);
  }

  return (
    <div className="assignment">
      <p role="status" className="notice">
        {t('assignment.saved')}
      </p>
      <h2>{assignment.title}</h2>
      {assignment.lrs && <p className="notice">{t('xapi.assignment.lrs', { host: lrsHost(assignment.lrs) })}</p>}
      <ul className="facts">
        {assignment.className && <li>{t('assignment.class', { name: assignment.className })}</li>}
        <li>{t('assignment.due', { due: formatMoment(locale, assignment.due) })}</li>
        <li>{t('assignment.mode', { mode: t(`teach.mode.${assignment.mode}`) })}</li>
        <li>{t('assignment.passMark', { mark: assignment.passMark })}</li>
        <li>{assignment.attemptsAllowed ? t('assignment.attempts', { n: assignment.attemptsAllowed }) : t('assignment.attemptsAny')}</li>
        {extra > 0 && <li>{t('assignment.extra', { percent: extra * 100 })}</li>}
      </ul>
      {now > assignment.due && <p className="notice">{t('assignment.late')}</p>}

      <h2>{t('assignment.tasks')}</h2>
      <ul className="cards">
        {assignment.scenarios.map(({ id, hash }) => {
          const current = scenarios.find((s) => s.id === id);
          const made = attempts.filter((a) => a.scenarioId === id);
          const best = Math.max(-1, ...made.map((a) => a.score?.overall ?? -1));
          return (
            <li key={id}>
              <h3>{current?.title ?? id}</h3>
              <p>
                {made.length === 0
                  ? t('assignment.notDone')
                  : best >= 0
                    ? t('assignment.done', { n: made.length, best })
                    : t('assignment.doneNoScore', { n: made.length })}
              </p>
              {assignment.attemptsAllowed !== undefined && made.length > assignment.attemptsAllowed && <p>{t('assignment.overLimit')}</p>}
              {current && current.hash !== hash && <p className="eyebrow">{t('assignment.otherVersion')}</p>}
              {current && <a href={`${scenarioHref(locale, id)}?${ASSIGNMENT_PARAM}=${encodeURIComponent(kept.id)}`}>{t('assignment.play')}</a>}
            </li>
          );
        })}
        {assignment.quizChapters.map((slug) => (
          <li key={slug}>
            <h3>{t('assignment.quiz', { chapter: chapters.find((c) => c.slug === slug)?.title ?? slug })}</h3>
            <a href={localePath(locale, `/quizzes/${slug}/`)}>{t('assignment.open')}</a>
          </li>
        ))}
        {assignment.exam && (
          <li>
            <h3>{t(assignment.exam === 'full' ? 'assignment.examFull' : 'assignment.examShort')}</h3>
            <a href={localePath(locale, '/exam/')}>{t('assignment.open')}</a>
          </li>
        )}
      </ul>

      <section className="panel" aria-labelledby="student-heading">
        <h2 id="student-heading">{t('assignment.student')}</h2>
        <p>{t('assignment.studentHint')}</p>
        <StudentFields
          t={t}
          profile={profile}
          onSave={async (change) => {
            const saved = await progressStore().saveProfile(change);
            setLoaded({ ...loaded, profile: saved });
          }}
        />
      </section>

      <section className="panel" aria-labelledby="hand-in-heading">
        <h2 id="hand-in-heading">{t('assignment.handIn')}</h2>
        <p>{t('assignment.handInHint')}</p>
        <div className="actions">
          <button type="button" disabled={!hasStudent} onClick={() => void makeFile()}>
            {t('assignment.handIn')}
          </button>
          <span role="status">{hasStudent ? handedIn && t('assignment.handedIn', { file: handedIn }) : t('assignment.handInFirst')}</span>
        </div>
      </section>
    </div>
  );
}
