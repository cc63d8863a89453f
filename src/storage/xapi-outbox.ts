/**
 * The LRS links and the outbox of statements, in IndexedDB (`db.ts` version 5). A
 * statement is queued under its own id, so queuing it again changes nothing; it leaves the
 * outbox only once the LRS has it (or the learner stops reporting), so nothing is lost to
 * a closed tab, a lost connection or an LRS that is down.
 */
import type { Assignment } from '../domain/assignment/assignment.ts';
import type { Statement } from '../domain/xapi/statement.ts';
import type { DojoDb } from './db.ts';
import { markReportsToLrs } from './lrs-flag.ts';
import type { LrsLink, OutboxEntry } from './records/xapi.ts';

export type { LrsLink, OutboxEntry };

/** First wait after a failed send; it doubles with each failure, up to `MAX_WAIT`. */
export const FIRST_WAIT = 5_000;
export const MAX_WAIT = 10 * 60_000;
export const backoff = (tries: number) => Math.min(MAX_WAIT, FIRST_WAIT * 2 ** Math.max(0, tries - 1));

async function active(db: DojoDb): Promise<LrsLink | undefined> {
  const links = await db.lrsLinks.toArray();
  return links.filter((l) => l.stoppedAt === undefined).sort((a, b) => b.openedAt - a.openedAt)[0];
}

/** The LRS the learner's results go to now: the latest link opened that they have not stopped. */
export const activeLrs = (db: DojoDb) => active(db);

/** Every LRS link, stopped ones too (for the progress page). */
export const lrsLinks = (db: DojoDb) => db.lrsLinks.orderBy('assignmentId').toArray();

/** An assignment opened from its link: reporting to its LRS starts, unless the learner stopped it before. */
export async function openLrsLink(db: DojoDb, assignment: Pick<Assignment, 'id' | 'title' | 'lrs'>, now = Date.now()): Promise<void> {
  const { lrs } = assignment;
  if (!lrs) return;
  await db.transaction('rw', db.lrsLinks, async () => {
    const known = await db.lrsLinks.get(assignment.id);
    const deviceId = known?.deviceId ?? (await db.lrsLinks.toCollection().first())?.deviceId ?? crypto.randomUUID();
    const stoppedAt = known && known.lrs.endpoint === lrs.endpoint ? known.stoppedAt : undefined;
    await db.lrsLinks.put({
      assignmentId: assignment.id,
      title: assignment.title,
      lrs,
      openedAt: now,
      deviceId,
      ...(stoppedAt === undefined ? {} : { stoppedAt }),
    });
  });
  markReportsToLrs((await active(db)) !== undefined);
}

/** The learner stops reporting to an assignment's LRS: nothing more is sent there, what waits is dropped. */
export async function stopLrs(db: DojoDb, assignmentId: string, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.lrsLinks, db.xapiOutbox, async () => {
    await db.lrsLinks.update(assignmentId, { stoppedAt: now });
    await db.xapiOutbox.filter((e) => e.assignmentId === assignmentId).delete();
  });
  markReportsToLrs((await active(db)) !== undefined);
}

/** The learner starts reporting to it again. */
export async function resumeLrs(db: DojoDb, assignmentId: string, now = Date.now()): Promise<void> {
  await db.lrsLinks.update(assignmentId, { stoppedAt: undefined, openedAt: now });
  markReportsToLrs((await active(db)) !== undefined);
}

/** Queues statements for an assignment's LRS; one already waiting stays as it is (its tries and wait too). */
export async function enqueue(db: DojoDb, assignmentId: string, statements: readonly Statement[], now = Date.now()): Promise<void> {
  if (statements.length === 0) return;
  await db.transaction('rw', db.xapiOutbox, async () => {
    const known = await db.xapiOutbox.bulkGet(statements.map((s) => s.id));
    const fresh = statements.flatMap((statement, position) => (known[position] === undefined ? [{ statement, position }] : []));
    await db.xapiOutbox.bulkAdd(
      fresh.map(({ statement, position }) => ({ id: statement.id, assignmentId, statement, queuedAt: now, position, tries: 0, nextAt: now })),
    );
  });
}

/** Statements due to be sent, oldest first (`force`: all but refused ones, whatever their wait). */
export async function dueEntries(db: DojoDb, now: number, force = false): Promise<OutboxEntry[]> {
  const due = force ? await db.xapiOutbox.toArray() : await db.xapiOutbox.where('nextAt').belowOrEqual(now).toArray();
  return due.filter((e) => e.refused === undefined).sort((a, b) => a.queuedAt - b.queuedAt || a.position - b.position);
}

/** The LRS has them. */
export const sent = (db: DojoDb, ids: readonly string[]) => db.xapiOutbox.bulkDelete([...ids]);

/** A send failed: wait longer before the next. */
export async function postpone(db: DojoDb, ids: readonly string[], now = Date.now()): Promise<void> {
  await db.transaction('rw', db.xapiOutbox, async () => {
    for (const entry of await db.xapiOutbox.bulkGet([...ids])) {
      if (entry) await db.xapiOutbox.update(entry.id, { tries: entry.tries + 1, nextAt: now + backoff(entry.tries + 1) });
    }
  });
}

/** The LRS refused a statement for good (kept for inspection, not sent again). */
export const refuse = (db: DojoDb, id: string, status: number) => db.xapiOutbox.update(id, { refused: status });

/** When the next statement falls due, if any waits. */
export async function nextDue(db: DojoDb): Promise<number | undefined> {
  const waiting = (await db.xapiOutbox.orderBy('nextAt').toArray()).find((e) => e.refused === undefined);
  return waiting?.nextAt;
}

/** How many statements wait for an assignment's LRS. */
export const waiting = (db: DojoDb, assignmentId: string) => db.xapiOutbox.filter((e) => e.assignmentId === assignmentId && e.refused === undefined).count();
