/**
 * Reporting to a Learning Record Store (xAPI): which LRS the learner's results go to, and
 * the statements on their way there. Neither is progress: backups leave both out.
 */
import type { LrsSetting } from '../../domain/xapi/endpoint.ts';
import type { Statement } from '../../domain/xapi/statement.ts';

/** An assignment whose link named an LRS: the learner reports there unless they stopped it. */
export interface LrsLink {
  assignmentId: string;
  title: string;
  lrs: LrsSetting;
  /** When the learner opened the link (the latest one not stopped is the one reported to). */
  openedAt: number;
  /** When the learner stopped reporting; opening the link again does not restart it. */
  stoppedAt?: number;
  /** This device's random id: the learner's account when they have no student number. */
  deviceId: string;
}

/** A statement waiting to be sent (removed once the LRS has it). */
export interface OutboxEntry {
  /** The statement's id. */
  id: string;
  /** The LRS it goes to: the assignment whose link named it. */
  assignmentId: string;
  statement: Statement;
  queuedAt: number;
  /** Its place among the statements queued with it (a record's statements go in the order made). */
  position: number;
  /** Failed sends so far. */
  tries: number;
  /** Not before this moment (backoff after a failure). */
  nextAt: number;
  /** The LRS refused it for good (a 4xx other than a conflict): kept, not sent again. */
  refused?: number;
}
