/**
 * The instructor's desk on /teach: build an assignment, get its share link and QR
 * code, and keep, edit and re-share the assignments made on this device (in their
 * own database, `teachStore()`, apart from any learner progress).
 */
import { useEffect, useState } from 'react';
import type { Assignment } from '../domain/assignment/assignment.ts';
import { buildAssignment, draftOf, newAssignmentId, type Draft, type DraftProblem } from '../domain/assignment/draft.ts';
import { encodeAssignment, MAX_FRAGMENT } from '../domain/assignment/share-link.ts';
import type { Locale } from '../i18n/locales.ts';
import { translator, type Dictionary } from '../i18n/translate.ts';
import { teachStore } from '../storage/teach-store.ts';
import { formatMoment } from './assignment/when.ts';
import { AssignmentForm, type ChapterChoice, type ScenarioChoice } from './teach/AssignmentForm.tsx';
import { SharePanel } from './teach/SharePanel.tsx';

interface Props {
  /** Interface strings in the page's language (`uiStrings` in src/i18n/strings.ts). */
  strings: Dictionary;
  locale: Locale;
  /** Every scenario with its current content hash: what an assignment pins. */
  scenarios: ScenarioChoice[];
  chapters: ChapterChoice[];
  /** The assignment page's path (base path and locale included). */
  assignmentPath: string;
}

const EMPTY: Draft = {
  title: '',
  className: '',
  scenarioIds: [],
  quizChapters: [],
  exam: '',
  mode: 'practice',
  passMark: '60',
  due: null,
  attempts: '',
  classShare: 0,
  students: '',
};

export default function TeachDesk({ strings, locale, scenarios, chapters, assignmentPath }: Props) {
  const t = translator(strings);
  const [kept, setKept] = useState<Assignment[]>([]);
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [editing, setEditing] = useState<Assignment | null>(null);
  const [shown, setShown] = useState<Assignment | null>(null);
  const [problem, setProblem] = useState<DraftProblem | 'tooLong' | 'save' | null>(null);

  const reload = () =>
    teachStore()
      .list()
      .then(setKept, () => setProblem('save'));
  useEffect(() => {
    let cancelled = false;
    teachStore()
      .list()
      .then((list) => !cancelled && setKept(list));
    return () => {
      cancelled = true;
    };
  }, []);

  const linkOf = (assignment: Assignment) => `${location.origin}${assignmentPath}#${encodeAssignment(assignment).fragment}`;

  async function save() {
    const hashes = new Map(scenarios.map((s) => [s.id, s.hash]));
    const built = buildAssignment(draft, { id: editing?.id ?? newAssignmentId(), now: Date.now(), hashes });
    if (!built.ok) return setProblem(built.problem);
    if (encodeAssignment(built.assignment).fragment.length > MAX_FRAGMENT) return setProblem('tooLong');
    try {
      await teachStore().save(built.assignment);
    } catch {
      return setProblem('save');
    }
    setProblem(null);
    setShown(built.assignment);
    setEditing(null);
    setDraft(EMPTY);
    await reload();
  }

  const edit = (assignment: Assignment) => {
    setEditing(assignment);
    setDraft(draftOf(assignment));
    setProblem(null);
  };

  async function remove(assignment: Assignment) {
    if (!window.confirm(t('teach.deleteConfirm', { title: assignment.title }))) return;
    await teachStore().remove(assignment.id);
    if (shown?.id === assignment.id) setShown(null);
    await reload();
  }

  return (
    <div className="teach">
      {shown && <SharePanel key={shown.id + shown.createdAt} t={t} locale={locale} assignment={shown} link={linkOf(shown)} />}
      <AssignmentForm
        t={t}
        draft={draft}
        scenarios={scenarios}
        chapters={chapters}
        problem={problem}
        editing={editing?.title ?? null}
        onChange={(change) => setDraft((d) => ({ ...d, ...change }))}
        onSubmit={() => void save()}
        onCancel={() => {
          setEditing(null);
          setDraft(EMPTY);
          setProblem(null);
        }}
      />
      <section className="no-print" aria-labelledby="mine-heading">
        <h2 id="mine-heading">{t('teach.mine')}</h2>
        {kept.length === 0 ? (
          <p>{t('teach.none')}</p>
        ) : (
          <ul className="cards">
            {kept.map((a) => (
              <li key={a.id}>
                <h3>{a.title}</h3>
                <p className="eyebrow">
                  {a.className && `${t('assignment.class', { name: a.className })} · `}
                  {t('assignment.due', { due: formatMoment(locale, a.due) })}
                </p>
                <div className="actions">
                  <button type="button" onClick={() => setShown(a)}>
                    {t('teach.share')}
                  </button>
                  <button type="button" onClick={() => edit(a)}>
                    {t('teach.edit')}
                  </button>
                  <button type="button" onClick={() => void remove(a)}>
                    {t('teach.delete')}
                  </button>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
