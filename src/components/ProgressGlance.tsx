/** The home page's summary of the learner's record. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Locale } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/ui.ts';
import { listFinishedAttempts } from '../storage/attempts.ts';
import { listChapterReads } from '../storage/chapter-reads.ts';
import { countDue } from '../storage/review-due.ts';
import { dojoDb } from '../storage/db.ts';

interface Props {
  locale: Locale;
  chapterCount: number;
  progressHref: string;
  reviewHref: string;
}

export default function ProgressGlance({ locale, chapterCount, progressHref, reviewHref }: Props) {
  const t = useTranslations(locale);
  const glance = useLiveQuery(async () => {
    const db = dojoDb();
    const [finished, reads, due] = await Promise.all([listFinishedAttempts(db), listChapterReads(db), countDue(db)]);
    const scores = finished.map((a) => a.score?.overall ?? null).filter((s): s is number => s !== null);
    return { read: reads.length, done: finished.length, best: scores.length > 0 ? Math.max(...scores) : null, due };
  });
  return (
    <>
      <dl className="glance">
        <div>
          <dt>{t('home.chaptersRead')}</dt>
          <dd>{glance ? `${glance.read} / ${chapterCount}` : '–'}</dd>
        </div>
        <div>
          <dt>{t('home.attemptsDone')}</dt>
          <dd>{glance?.done ?? '–'}</dd>
        </div>
        <div>
          <dt>{t('home.bestScore')}</dt>
          <dd>{glance?.best ?? t('home.noScore')}</dd>
        </div>
        <div>
          <dt>{t('home.due')}</dt>
          <dd><a href={reviewHref}>{glance?.due ?? '–'}</a></dd>
        </div>
      </dl>
      <p><a href={progressHref}>{t('player.toProgress')}</a></p>
    </>
  );
}
