/**
 * The launcher's session with the LMS: started once, told each report by the page in its
 * frame (`reporter.ts`, through `window.dojoLms`), written with a commit after each, and
 * ended when the launcher closes.
 */
import { interactionValues, outcomeValues, sessionTimeValue, suspendElement, type Outcome } from './cmi.ts';
import type { Connection } from './api.ts';
import type { Item } from './item.ts';
import type { Report } from './report.ts';

export interface LmsSession {
  item: Item;
  report(report: Report): void;
}

declare global {
  interface Window {
    /** Set by the launcher while an LMS session is open; pages in its frame report to it. */
    dojoLms?: LmsSession;
  }
}

export function openSession(connection: Connection, item: Item, now = () => Date.now()): LmsSession & { end(): void } {
  const started = now();
  const countElement = 'cmi.interactions._count';
  let next = Number(connection.get(countElement)) || 0;
  let outcome: Outcome | undefined;
  let ended = false;
  const set = (pairs: [string, string][]) => {
    for (const [element, value] of pairs) if (!connection.set(element, value)) console.warn('the LMS refused', element, value);
  };
  const commit = () => {
    set([sessionTimeValue(connection.version, now() - started)]);
    connection.commit();
  };
  // A first launch is unfinished until a record says otherwise (SCORM 1.2 starts at `not attempted`).
  const status = connection.get(connection.version === '1.2' ? 'cmi.core.lesson_status' : 'cmi.completion_status');
  if (status === 'not attempted' || status === 'unknown' || status === '') {
    set(outcomeValues(connection.version, { completed: false, passed: null }));
    connection.commit();
  }
  return {
    item,
    report(report) {
      if (ended) return;
      for (const interaction of report.interactions) set(interactionValues(connection.version, next++, interaction));
      // A finished item is not made unfinished again by a later record (a second try at a chapter's questions).
      if (report.outcome && !(outcome?.completed && !report.outcome.completed)) {
        outcome = report.outcome;
        set(outcomeValues(connection.version, outcome));
      }
      if (report.suspend !== undefined) set([[suspendElement, report.suspend]]);
      commit();
    },
    end() {
      if (ended) return;
      commit();
      connection.finish();
      ended = true;
    },
  };
}
