/**
 * Sends the outbox to each LRS (xAPI 1.0.3, "Statement Resource"): POST `statements` with a
 * batch, Basic auth and `X-Experience-API-Version`. What the answer means for the batch:
 * - 200 or 204: the LRS has them all: they leave the outbox;
 * - 409 (a statement with that id is stored already) or another 4xx for a batch: each is
 *   sent alone, so one refused statement cannot hold the others back; alone, 409 counts as
 *   sent (ids are made from the record, so the stored one is this one);
 * - no answer, 5xx, 401/403 (the key may yet be fixed), 408 or 429: they stay, and wait
 *   longer before the next try (`backoff`);
 * - any other 4xx for a statement alone: refused for good, kept but not sent again.
 * One send at a time per browser (a Web Lock, across tabs), so none goes twice.
 */
import { statementsUrl, type LrsSetting } from '../../domain/xapi/endpoint.ts';
import type { DojoDb } from '../../storage/db.ts';
import { dueEntries, postpone, refuse, sent, type OutboxEntry } from '../../storage/xapi-outbox.ts';

export const BATCH = 50;
export const XAPI_VERSION = '1.0.3';

type Outcome = 'sent' | 'retry' | 'split' | 'refused';

function outcomeOf(status: number, alone: boolean): Outcome {
  if (status === 200 || status === 204) return 'sent';
  if (status === 409) return alone ? 'sent' : 'split';
  if (status >= 500 || status === 401 || status === 403 || status === 408 || status === 429 || status < 400) return 'retry';
  return alone ? 'refused' : 'split';
}

const basic = (lrs: LrsSetting) => `Basic ${btoa(`${lrs.key}:${lrs.secret}`)}`;

async function post(fetcher: typeof fetch, lrs: LrsSetting, entries: readonly OutboxEntry[]): Promise<number | null> {
  try {
    const response = await fetcher(statementsUrl(lrs), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Experience-API-Version': XAPI_VERSION, Authorization: basic(lrs) },
      body: JSON.stringify(entries.map((e) => e.statement)),
      credentials: 'omit',
    });
    return response.status;
  } catch {
    return null;
  }
}

/** Sends one batch to one LRS; false when the LRS could not be reached (stop for now). */
async function sendBatch(db: DojoDb, fetcher: typeof fetch, lrs: LrsSetting, batch: readonly OutboxEntry[], now: () => number): Promise<boolean> {
  const status = await post(fetcher, lrs, batch);
  const outcome = status === null ? 'retry' : outcomeOf(status, batch.length === 1);
  const ids = batch.map((e) => e.id);
  if (outcome === 'sent') await sent(db, ids);
  else if (outcome === 'refused') await refuse(db, ids[0]!, status!);
  else if (outcome === 'retry') {
    await postpone(db, ids, now());
    return false;
  } else {
    for (const entry of batch) if (!(await sendBatch(db, fetcher, lrs, [entry], now))) return false;
  }
  return true;
}

export interface SendOptions {
  fetch?: typeof fetch;
  now?: () => number;
  /** Try every waiting statement now, whatever its wait (page load, back online). */
  force?: boolean;
}

/** Sends what is due, LRS by LRS, in batches; what could not be sent stays for later. */
export async function sendOutbox(db: DojoDb, { fetch: fetcher = fetch.bind(globalThis), now = Date.now, force = false }: SendOptions = {}): Promise<void> {
  const due = await dueEntries(db, now(), force);
  const byAssignment = new Map<string, OutboxEntry[]>();
  for (const entry of due) byAssignment.set(entry.assignmentId, [...(byAssignment.get(entry.assignmentId) ?? []), entry]);
  for (const [assignmentId, entries] of byAssignment) {
    const link = await db.lrsLinks.get(assignmentId);
    if (!link || link.stoppedAt !== undefined) {
      await sent(
        db,
        entries.map((e) => e.id),
      ); // stopped: dropped, not sent
      continue;
    }
    for (let i = 0; i < entries.length; i += BATCH) {
      if (!(await sendBatch(db, fetcher, link.lrs, entries.slice(i, i + BATCH), now))) break;
    }
  }
}

/** `sendOutbox`, one at a time in this browser (tabs share the lock; without Web Locks, one at a time in this page). */
let running: Promise<void> = Promise.resolve();
export function sendOutboxOnce(db: DojoDb, options: SendOptions = {}): Promise<void> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  const run = () => (locks ? locks.request('service-dojo-xapi-outbox', () => sendOutbox(db, options)) : sendOutbox(db, options));
  running = running.then(run, run);
  return running;
}
