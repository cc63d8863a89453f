/**
 * `/author`: an instructor drops, picks or pastes a scenario YAML file and gets the
 * build's problems and warnings with line numbers; a valid file is drawn as a map, can
 * be played at once (nothing saved) and downloaded, ready for `scenarios/`. All in the
 * browser, without Node.
 */
import { lazy, Suspense, useState, type ChangeEvent, type DragEvent, type FormEvent } from 'react';
import { chapterHref } from '../../i18n/links.ts';
import type { Locale } from '../../i18n/locales.ts';
import { translator, type Dictionary, type Translate } from '../../i18n/translate.ts';
import type { Problem } from '../../domain/yaml/load-yaml.ts';
import type { ForbiddenPhrase } from '../../schemas/scenario.ts';
import { MapSvg } from '../gradebook/MapSvg.tsx';
import type { Checked, Refusal } from './check-scenario.ts';
import { MAX_SCENARIO_BYTES } from './limits.ts';

// The checker (YAML parser, schema, lint) and the player load when first needed, not with the page.
const TryOut = lazy(() => import('./TryOut.tsx').then((m) => ({ default: m.TryOut })));

interface Props {
  /** Interface strings in the page's language (`uiStrings` in src/i18n/strings.ts). */
  strings: Dictionary;
  locale: Locale;
  /** The course-wide forbidden phrases, merged into every scenario as the build does. */
  forbidden: ForbiddenPhrase[];
}

function refusalText(t: Translate, refusal: Refusal): string {
  const { code, ...data } = refusal;
  return t(`author.refusal.${code}`, data);
}

function ProblemList({ problems, t, id }: { problems: Problem[]; t: Translate; id: string }) {
  return (
    <ol className="problems" id={id}>
      {problems.map((p, i) => (
        <li key={i}>
          {p.line !== null && <strong>{t('author.line', { n: p.line })}</strong>} {p.where && <code>{p.where}</code>} {p.message}
        </li>
      ))}
    </ol>
  );
}

export default function AuthorStudio({ strings, locale, forbidden }: Props) {
  const t = translator(strings);
  const [source, setSource] = useState('');
  const [fileName, setFileName] = useState<string | undefined>();
  const [checked, setChecked] = useState<Checked | null>(null);
  const [dragging, setDragging] = useState(false);

  async function check(text: string, name?: string) {
    const { checkScenario } = await import('./check-scenario.ts');
    setChecked(checkScenario(text, forbidden, name));
  }

  async function readFile(file: File | undefined) {
    if (!file) return;
    // Refused before reading, so a huge file never fills the text box.
    if (file.size > MAX_SCENARIO_BYTES) {
      setChecked({ ok: false, fileName: file.name, refusal: { code: 'too-large', kb: Math.ceil(file.size / 1024), maxKb: MAX_SCENARIO_BYTES / 1024 } });
      return;
    }
    const text = await file.text();
    setSource(text);
    setFileName(file.name);
    await check(text, file.name);
  }

  function pick(event: ChangeEvent<HTMLInputElement>) {
    void readFile(event.target.files?.[0]);
    event.target.value = '';
  }

  function drop(event: DragEvent<HTMLElement>) {
    event.preventDefault();
    setDragging(false);
    void readFile(event.dataTransfer.files[0]);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void check(source, fileName);
  }

  function download() {
    if (!checked?.ok) return;
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([source], { type: 'application/yaml' }));
    link.download = `${checked.loaded.scenario.id}.yaml`;
    link.click();
    URL.revokeObjectURL(link.href);
  }

  const scenario = checked?.ok ? checked.loaded.scenario : null;

  return (
    <div className="author">
      <form
        className={dragging ? 'panel drop-zone dragging' : 'panel drop-zone'}
        onSubmit={submit}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
      >
        <h2>{t('author.input')}</h2>
        <p>{t('author.dropHint')}</p>
        <p className="actions">
          <label className="file-button">
            {t('author.pick')}
            <input type="file" accept=".yaml,.yml,text/yaml,application/yaml" onChange={pick} />
          </label>
        </p>
        <label htmlFor="author-source">{t('author.paste')}</label>
        <textarea
          id="author-source"
          rows={12}
          spellCheck={false}
          value={source}
          onChange={(e) => {
            setSource(e.target.value);
            setFileName(undefined);
          }}
          style={{ width: '100%', fontFamily: 'monospace' }}
        />
        <p className="actions">
          <button type="submit">{t('author.check')}</button>
        </p>
      </form>

      {checked && (
        <section aria-labelledby="author-result" className="panel">
          <h2 id="author-result">{t('author.result', { file: checked.fileName })}</h2>
          {'refusal' in checked && (
            <p className="notice notice-error" role="alert">
              {refusalText(t, checked.refusal)}
            </p>
          )}
          {'problems' in checked && (
            <>
              <p className="notice notice-error" role="alert">
                {t('author.problems', { n: checked.problems.length })}
              </p>
              <ProblemList problems={checked.problems} t={t} id="author-problems" />
            </>
          )}
          {checked.ok && (
            <>
              <p className="notice" role="status">
                {t('author.valid', {
                  nodes: Object.keys(checked.loaded.scenario.nodes).length,
                  endings: Object.keys(checked.loaded.scenario.endings).length,
                  hash: checked.loaded.hash,
                })}
              </p>
              <h3>{t('author.warnings', { n: checked.warnings.length })}</h3>
              {checked.warnings.length > 0 && <ProblemList problems={checked.warnings} t={t} id="author-warnings" />}
              <p className="actions">
                <button type="button" onClick={download}>
                  {t('author.download', { file: `${checked.loaded.scenario.id}.yaml` })}
                </button>
              </p>
            </>
          )}
        </section>
      )}

      {scenario && checked?.ok && (
        <>
          <section aria-labelledby="author-map">
            <h2 id="author-map">{t('author.map')}</h2>
            <MapSvg scenario={scenario} locale={locale} title={`${t('author.map')}: ${scenario.title[locale]}`} />
          </section>
          <section aria-labelledby="author-try" id="try">
            <h2 id="author-try">{t('author.try', { title: scenario.title[locale] })}</h2>
            <p className="muted">{t('author.tryNote')}</p>
            <Suspense fallback={<p className="muted">{t('common.loading')}</p>}>
              <TryOut
                scenario={scenario}
                hash={checked.loaded.hash}
                locale={locale}
                t={t}
                chapterHref={chapterHref(locale, scenario.chapter)}
                backHref="#author-result"
              />
            </Suspense>
          </section>
        </>
      )}
    </div>
  );
}
