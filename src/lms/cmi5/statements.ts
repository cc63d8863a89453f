/**
 * The cmi5 defined statements an AU makes (cmi5 quartz, 9.3): initialized, completed,
 * passed, failed, terminated. Each starts from the LMS's context template, adds the cmi5
 * category (and `moveon` where the result has success or completion), the registration,
 * and for a judgement against the LMS's mastery score, that score. Ids are name-based
 * (uuid v5 of the session and the verb): each verb is sent at most once a session, and
 * sent again it is the same statement. Pure.
 */
import { isoDuration } from '../../domain/xapi/duration.ts';
import type { Activity, Context, Result, Statement } from '../../domain/xapi/statement.ts';
import { uuidV5 } from '../../domain/xapi/uuid.ts';
import { VERBS } from '../../domain/xapi/vocabulary.ts';
import type { Cmi5Launch } from './launch-params.ts';
import { sessionIdOf, type LaunchData } from './launch-data.ts';

export const CATEGORY = {
  cmi5: 'https://w3id.org/xapi/cmi5/context/categories/cmi5',
  moveOn: 'https://w3id.org/xapi/cmi5/context/categories/moveon',
} as const;
export const MASTERY_SCORE = 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore';

export type Cmi5Verb = 'initialized' | 'completed' | 'passed' | 'failed' | 'terminated';

/** What the AU's session knows: the launch, the launch data, when it was initialized. */
export interface Cmi5Setting {
  launch: Cmi5Launch;
  data: LaunchData;
  startedAt: number;
}

/** A judgement: the score out of 100 when it is reported, and whether the mastery score decided it. */
export interface Judgement {
  passed: boolean;
  score?: number;
  byMastery: boolean;
}

const category = (id: string): Activity => ({ objectType: 'Activity', id });
const asActivities = (list: { id: string }[] | undefined): Activity[] => (list ?? []).map((a) => ({ ...a, objectType: 'Activity' }));

function contextOf({ launch, data }: Cmi5Setting, moveOn: boolean, byMastery: boolean): Context {
  const template = data.contextTemplate;
  const given = template.contextActivities ?? {};
  const contextActivities = {
    ...Object.fromEntries(Object.entries(given).map(([key, list]) => [key, asActivities(list as { id: string }[] | undefined)])),
    category: [...asActivities(given.category), category(CATEGORY.cmi5), ...(moveOn ? [category(CATEGORY.moveOn)] : [])],
  };
  const extensions = { ...template.extensions, ...(byMastery && data.masteryScore !== undefined && { [MASTERY_SCORE]: data.masteryScore }) };
  return { ...template, registration: launch.registration, contextActivities, extensions } as Context;
}

export function cmi5Statement(setting: Cmi5Setting, verb: Cmi5Verb, at: number, judgement?: Judgement): Statement {
  const duration = isoDuration(at - setting.startedAt);
  let result: Result | undefined;
  if (verb === 'completed') result = { completion: true, duration };
  else if (verb === 'passed' || verb === 'failed') {
    const score = judgement?.score;
    result = { success: verb === 'passed', duration, ...(score !== undefined && { score: { scaled: score / 100, raw: score, min: 0, max: 100 } }) };
  } else if (verb === 'terminated') result = { duration };
  const moveOn = verb === 'completed' || verb === 'passed' || verb === 'failed';
  return {
    id: uuidV5(`cmi5:${setting.launch.registration}:${sessionIdOf(setting.data)}:${verb}`),
    actor: setting.launch.actor,
    verb: VERBS[verb],
    object: { objectType: 'Activity', id: setting.launch.activityId },
    ...(result && { result }),
    context: contextOf(setting, moveOn, judgement?.byMastery ?? false),
    timestamp: new Date(at).toISOString(),
  };
}

/**
 * How an item's own verdict (`passed`, score 0–100) is reported. Without a mastery score
 * the item's rule decides. With one, a reported score must agree with it (9.5.1): below it
 * is failed; at or above it passes only if the item's own rule passes too (a role-play's
 * red line fails it whatever the score), and that failure is sent without the score.
 */
export function judge(passed: boolean, score: number | undefined, masteryScore: number | undefined): Judgement {
  if (masteryScore === undefined || score === undefined) return { passed, ...(score !== undefined && { score }), byMastery: false };
  if (score / 100 < masteryScore) return { passed: false, score, byMastery: true };
  return passed ? { passed: true, score, byMastery: true } : { passed: false, byMastery: false };
}
