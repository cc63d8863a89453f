/**
 * The AU's session with a cmi5 LMS, in the launcher's place of a SCORM session: the page in
 * the frame tells it the same reports (`../scorm/reporter.ts` through `window.dojoLms`),
 * and it turns each outcome into the cmi5 defined statements: completed once the item is
 * done, passed or failed once it is judged, each at most once a session, and no passed or
 * failed after a pass. Only a `Normal` launch is reported as done or judged (10.0: Browse and
 * Review are not for credit).
 */
import type { Item } from '../scorm/item.ts';
import type { Report } from '../scorm/report.ts';
import type { LmsSession } from '../scorm/session.ts';
import type { Cmi5Lrs } from './lrs.ts';
import { cmi5Statement, judge, type Cmi5Setting, type Cmi5Verb } from './statements.ts';

export function openCmi5Session(lrs: Cmi5Lrs, setting: Cmi5Setting, item: Item, now = () => Date.now()): LmsSession & { end(): void } {
  const sent = new Set<Cmi5Verb>();
  const send = (verb: Cmi5Verb, judgement?: Parameters<typeof cmi5Statement>[3], leaving = false) => {
    sent.add(verb);
    void lrs.send(cmi5Statement(setting, verb, now(), judgement), leaving);
  };
  send('initialized');
  const forCredit = setting.data.launchMode === 'Normal';
  return {
    item,
    report({ outcome }: Report) {
      if (!outcome || !forCredit || sent.has('terminated')) return;
      if (outcome.completed && !sent.has('completed')) send('completed');
      if (outcome.passed === null || sent.has('passed')) return;
      const judgement = judge(outcome.passed, outcome.score?.raw, setting.data.masteryScore);
      const verb = judgement.passed ? 'passed' : 'failed';
      if (!sent.has(verb)) send(verb, judgement);
    },
    end() {
      if (!sent.has('terminated')) send('terminated', undefined, true);
    },
  };
}
