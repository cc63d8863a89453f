/**
 * `/teach/gradebook`: the instructor names the assignment (its share link), drops the
 * class's result files, and reads one row per student, every score re-computed from
 * the transcripts and answers, every doubt flagged; then the class view and the CSV.
 * Files and settings live in the gradebook's own database (`gradebookStore()`).
 */
import { lazy, Suspense, useEffect, useEffectEvent, useState, type ChangeEvent, type DragEvent, type FormEvent } from 'react';
import type { Assignment } from '../../domain/assignment/assignment.ts';
import { MAX_RESULT_CHARS } from '../../domain/assignment/result-file.ts';
import { LESSON_PLAN_WEIGHTS, type Weights } from '../../domain/gradebook/course-grade.ts';
import type { DroppedFile, ImportedFile, RefusedFile } from '../../domain/gradebook/read-files.ts';
import { HTML_LANG, type Locale } from '../../i18n/locales.ts';
import { translator, type Dictionary, type Translate } from '../../i18n/translate.ts';
import type { GradedAssignment } from '../../storage/gradebook/gradebook-store.ts';
import { gradebookStore } from '../../storage/gradebook/store.ts';
import { teachStore } from '../../storage/teach-store.ts';
import { problemText } from './words.ts';

// Re-scoring (the scenario machine, the graders) and the class view load once there are files to grade.
const Graded = lazy(() => import('./Graded.tsx'));

interface Props {
  /** Interface strings in the page's language (`uiStrings` in src/i18n/strings.ts). */
  strings: Dictionary;
  locale: Locale;
}

interface Report {
  imported: number;
  refused: RefusedFile[];
  repeated: string[];
}

/** Bytes a file may have before it is not even read: UTF-8 takes at most 3 bytes a character. */
const MAX_FILE_BYTES = MAX_RESULT_CHARS * 3;

function ImportReport({ report, t }: { report: Report; t: Translate }) {
  return (
    <div role="status" className="notice">
      <p>{t('gradebook.imported', { n: report.imported })}</p>
      {report.repeated.length > 0 && <p>{t('gradebook.repeated', { files: report.repeated.join(', ') })}</p>}
      {report.refused.length > 0 && (
        <>
          <p>{t('gradebook.refused', { n: report.refused.length })}</p>
          <ul className="refused-files">
            {report.refused.map((r) => (
              <li key={r.name}>
                <strong>{r.name}</strong>: {problemText(t, r.problem)}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

export default function GradebookApp({ strings, locale }: Props) {
  const t = translator(strings);
  const [graded, setGraded] = useState<GradedAssignment | null | undefined>(undefined);
  const [files, setFiles] = useState<ImportedFile[]>([]);
  const [weights, setWeights] = useState<Weights>(LESSON_PLAN_WEIGHTS);
  const [link, setLink] = useState('');
  const [linkError, setLinkError] = useState<string | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [dragging, setDragging] = useState(false);
  /** The assignments made on this device (/teach), to grade without pasting a link. */
  const [mine, setMine] = useState<Assignment[]>([]);

  // The link's decoder (inflate, checksum) and the file reader load when first used.
  async function applyLink(text: string) {
    const { decodeAssignment } = await import('../../domain/assignment/share-link.ts');
    const read = decodeAssignment(text);
    if (!read.ok) {
      setLinkError(t(`gradebook.link.${read.problem.code}`));
      return;
    }
    await choose({ assignment: read.assignment, checksum: read.checksum });
  }

  async function chooseMine(assignment: Assignment) {
    const { encodeAssignment } = await import('../../domain/assignment/share-link.ts');
    await choose({ assignment, checksum: encodeAssignment(assignment).checksum });
  }

  async function choose(next: GradedAssignment) {
    await gradebookStore().setAssignment(next);
    setGraded(next);
    setLinkError(null);
    setLink('');
  }
  const linkFromAddress = useEffectEvent((hash: string) => applyLink(hash));

  useEffect(() => {
    const store = gradebookStore();
    void Promise.all([store.getAssignment(), store.listFiles(), store.getWeights(), teachStore().list()]).then(async ([saved, stored, savedWeights, made]) => {
      setFiles(stored);
      setMine(made);
      if (savedWeights) setWeights(savedWeights);
      setGraded(saved ?? null);
      // A link to this page can carry the assignment, as the share link does: /teach/gradebook/#a1.…
      if (location.hash.startsWith('#a')) await linkFromAddress(location.hash);
    });
  }, []);

  async function importFiles(list: FileList | null) {
    if (!list || list.length === 0) return;
    const dropped: DroppedFile[] = [];
    const tooLarge: RefusedFile[] = [];
    for (const file of [...list]) {
      if (file.size > MAX_FILE_BYTES) tooLarge.push({ name: file.name, problem: { code: 'too-large' } });
      else dropped.push({ name: file.name, text: await file.text() });
    }
    const { readBatch } = await import('../../domain/gradebook/read-files.ts');
    const batch = readBatch(dropped, new Set(files.map((f) => f.key)));
    await gradebookStore().addFiles(batch.accepted);
    setFiles(await gradebookStore().listFiles());
    setReport({ imported: batch.accepted.length, refused: [...tooLarge, ...batch.refused], repeated: batch.repeated });
  }

  function pick(event: ChangeEvent<HTMLInputElement>) {
    void importFiles(event.target.files);
    event.target.value = '';
  }

  function drop(event: DragEvent<HTMLElement>) {
    event.preventDefault();
    setDragging(false);
    void importFiles(event.dataTransfer.files);
  }

  async function clear() {
    if (!confirm(t('gradebook.clearConfirm'))) return;
    await gradebookStore().clearFiles();
    setFiles([]);
    setReport(null);
  }

  async function changeWeights(next: Weights) {
    setWeights(next);
    await gradebookStore().setWeights(next);
  }

  function submitLink(event: FormEvent) {
    event.preventDefault();
    void applyLink(link);
  }

  const dates = new Intl.DateTimeFormat(HTML_LANG[locale], { dateStyle: 'medium', timeStyle: 'short' });
  // Until the device's gradebook is read, the page shows (and the server draws) the state of a first visit, taking no input: nothing moves when it comes to life.
  const reading = graded === undefined;

  return (
    <div className="gradebook" inert={reading} aria-busy={reading}>
      <section className="panel" aria-labelledby="gb-assignment">
        <h2 id="gb-assignment">{t('gradebook.assignment')}</h2>
        {graded ? (
          <p>
            <strong>{graded.assignment.title}</strong>
            {graded.assignment.className && ` · ${graded.assignment.className}`} · {t('gradebook.due', { when: dates.format(graded.assignment.due) })}
          </p>
        ) : (
          <p>{t('gradebook.noAssignment')}</p>
        )}
        {mine.length > 0 && (
          <ul className="mine">
            {mine.map((a) => (
              <li key={a.id}>
                {a.title}
                {a.className && ` · ${a.className}`}{' '}
                <button type="button" className="secondary" onClick={() => void chooseMine(a)}>
                  {t('gradebook.gradeThis')}
                </button>
              </li>
            ))}
          </ul>
        )}
        <form onSubmit={submitLink} className="actions">
          <label htmlFor="gb-link">{graded ? t('gradebook.otherLink') : t('gradebook.link')}</label>
          <input id="gb-link" type="text" value={link} onChange={(e) => setLink(e.target.value)} style={{ width: '100%' }} />
          <button type="submit">{t('gradebook.useLink')}</button>
        </form>
        {linkError && (
          <p className="notice notice-error" role="alert">
            {linkError}
          </p>
        )}
      </section>

      {graded && (
        <section
          className={dragging ? 'panel drop-zone dragging' : 'panel drop-zone'}
          aria-labelledby="gb-import"
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={drop}
        >
          <h2 id="gb-import">{t('gradebook.import')}</h2>
          <p>{t('gradebook.importHint')}</p>
          <p className="actions">
            <label className="file-button">
              {t('gradebook.pick')}
              <input type="file" multiple accept="application/json,.json" onChange={pick} />
            </label>
            {files.length > 0 && (
              <button type="button" className="secondary" onClick={clear}>
                {t('gradebook.clear')}
              </button>
            )}
          </p>
          <p className="muted">{t('gradebook.fileCount', { n: files.length })}</p>
          {report && <ImportReport report={report} t={t} />}
        </section>
      )}

      {graded && files.length > 0 && (
        <Suspense fallback={<p className="muted">{t('common.loading')}</p>}>
          <Graded graded={graded} files={files} weights={weights} onWeights={changeWeights} locale={locale} t={t} dates={dates} />
        </Suspense>
      )}
    </div>
  );
}
