/**
 * The LRS reporter a page starts when this browser reports to an LRS (`store.ts` loads this
 * module only then): every record the store keeps becomes statements in the outbox, and the
 * outbox is sent at once, again on page load and when the browser comes back online, and
 * after each failure once its wait is over.
 */
import { dojoDb, type DojoDb } from '../../storage/db.ts';
import { PROFILE_KEY } from '../../storage/records/formats.ts';
import type { Kept, Reporter } from '../../storage/reporting.ts';
import { activeLrs, enqueue, nextDue } from '../../storage/xapi-outbox.ts';
import { sendOutboxOnce } from './sender.ts';
import { playedScenario, settingOf, statementsOf, type LoadScenario } from './statements-of.ts';

export interface LrsReporterOptions {
  db?: DojoDb;
  fetch?: typeof fetch;
  /** The site's address, ending in `/`. */
  site?: string;
  load?: LoadScenario;
}

export function lrsReporter({
  db = dojoDb(),
  fetch: fetcher,
  site = new URL(import.meta.env.BASE_URL, location.origin).href,
  load = playedScenario,
}: LrsReporterOptions = {}) {
  let timer: ReturnType<typeof setTimeout> | undefined;

  const send = async (force = false) => {
    await sendOutboxOnce(db, { force, ...(fetcher ? { fetch: fetcher } : {}) });
    // Whatever failed is tried again once its wait is over (while this page stays open).
    const next = await nextDue(db);
    clearTimeout(timer);
    if (next !== undefined) timer = setTimeout(() => void send(), Math.max(0, next - Date.now()));
  };

  const reporter: Reporter = {
    async kept(record: Kept) {
      const link = await activeLrs(db);
      if (!link) return;
      const profile = await db.profile.get(PROFILE_KEY);
      const statements = await statementsOf(record, settingOf(link, profile, site), load);
      await enqueue(db, link.assignmentId, statements);
      if (statements.length > 0) await send();
    },
  };
  return { reporter, send };
}

/** Starts reporting on this page: sends what waits now and whenever the browser is back online. */
export function startLrsReporting(): Reporter {
  const { reporter, send } = lrsReporter();
  const retry = () => void send(true).catch((e: unknown) => console.warn('LRS send failed', e));
  addEventListener('online', retry);
  retry();
  return reporter;
}
