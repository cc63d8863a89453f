/** What islands may do with LRS reporting (they never touch Dexie): open a link's LRS, list, stop, resume. */
import type { Assignment } from '../domain/assignment/assignment.ts';
import { dojoDb } from './db.ts';
import { lrsLinks, openLrsLink, resumeLrs, stopLrs, waiting, type LrsLink } from './xapi-outbox.ts';

export type { LrsLink };

export const reportToAssignmentLrs = (assignment: Pick<Assignment, 'id' | 'title' | 'lrs'>) => openLrsLink(dojoDb(), assignment);

/** Every LRS this learner was pointed at, with how many statements still wait for each. */
export async function readLrsLinks(): Promise<{ link: LrsLink; waiting: number }[]> {
  const db = dojoDb();
  return Promise.all((await lrsLinks(db)).map(async (link) => ({ link, waiting: await waiting(db, link.assignmentId) })));
}

export const stopReportingTo = (assignmentId: string) => stopLrs(dojoDb(), assignmentId);
export const resumeReportingTo = (assignmentId: string) => resumeLrs(dojoDb(), assignmentId);
