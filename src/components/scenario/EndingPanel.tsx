/**
 * How a conversation ends on screen, the same for a call and a chat: the ending's title
 * (focused when it comes), the debrief (its code loaded while the learner plays), and the
 * ways on: try again with the same settings, the record, the chapter.
 */
import { lazy, Suspense, type Ref } from 'react';
import type { PlaySettings, PlaySnapshot } from '../../domain/scenario/machine.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { Translate } from '../../i18n/translate.ts';
import type { Ending, Scenario } from '../../schemas/scenario.ts';

let debrief: Promise<typeof import('./Debrief.tsx')> | undefined;
/** The debrief's code, loaded once (the player asks for it while the call is played). */
export function loadDebrief(): Promise<typeof import('./Debrief.tsx')> {
  debrief ??= import('./Debrief.tsx');
  debrief.catch(() => (debrief = undefined));
  return debrief;
}
const Debrief = lazy(() => loadDebrief().then((m) => ({ default: m.DebriefOf })));

interface Props {
  /** "Call ended" or "Chat ended", in the page's language. */
  heading: string;
  ending: Ending;
  headingRef: Ref<HTMLHeadingElement>;
  scenario: Scenario;
  snapshot: PlaySnapshot;
  locale: Locale;
  t: Translate;
  onRetry: (settings: PlaySettings) => void;
  progressHref: string;
  chapterHref: string;
}

export function EndingPanel({ heading, ending, headingRef, scenario, snapshot, locale, t, onRetry, progressHref, chapterHref }: Props) {
  const { mode, timing } = snapshot.context;
  return (
    <section className="panel ending" aria-labelledby="ending-heading">
      <h2 id="ending-heading" ref={headingRef} tabIndex={-1}>
        {heading}: {ending.title[locale]}
      </h2>
      <Suspense fallback={<p className="muted">{t('player.loading')}</p>}>
        <Debrief scenario={scenario} snapshot={snapshot} locale={locale} t={t} />
      </Suspense>
      <p className="actions">
        <button type="button" onClick={() => onRetry({ mode, timing })}>
          {t('player.retry')}
        </button>
        <a href={progressHref}>{t('player.toProgress')}</a>
        <a href={chapterHref}>{t('player.readChapter')}</a>
      </p>
    </section>
  );
}
