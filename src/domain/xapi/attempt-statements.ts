/**
 * A finished role-play attempt as statements. The design, per attempt:
 * - `experienced` the scenario when the attempt begins (it shows who started and left off);
 * - once finished, `answered` once per decision point that counts (take-backs removed),
 *   its object the decision point as a `choice` interaction: the choices offered there,
 *   the best of them as the correct response, the one taken as the response (a time-out
 *   answers nothing, a reply in the learner's own words is a `fill-in` of their words);
 * - `completed` the scenario, with the overall score, the ending and the time taken;
 * - `passed` or `failed` it, by the same rules as the debrief (`score.passed`).
 * All of one attempt share a registration (from the attempt's id) and name the scenario's
 * version (its content hash), the course, and the assignment when it belongs to one.
 */
import type { StoredAttempt } from '../../storage/records/attempt.ts';
import type { Scenario } from '../../schemas/scenario.ts';
import { isReply, isTakeBack, type Move } from '../scenario/moves.ts';
import { judgeMoves, type JudgedMove } from '../scenario/scoring.ts';
import { offeredChoices } from '../scenario/play.ts';
import { own } from '../own.ts';
import { isoDuration } from './duration.ts';
import type { Activity, Context, Result, Statement, StatementSetting } from './statement.ts';
import { uuidV5 } from './uuid.ts';
import { ACTIVITY_TYPES, LANGUAGE_TAGS, courseActivity, iri, languageMap, VERBS } from './vocabulary.ts';

type Attempt = Pick<
  StoredAttempt,
  | 'id'
  | 'scenarioId'
  | 'contentHash'
  | 'locale'
  | 'mode'
  | 'assignmentId'
  | 'variant'
  | 'status'
  | 'startedAt'
  | 'updatedAt'
  | 'finishedAt'
  | 'steps'
  | 'ending'
  | 'score'
>;

/** A transcript's moves that count: each take-back removes the move before it. */
export function movesThatCount(steps: Attempt['steps']): Move[] {
  const moves: Move[] = [];
  for (const step of steps)
    if (isTakeBack(step)) moves.pop();
    else moves.push(step);
  return moves;
}

/** Longest learner reply sent as a response (the record keeps up to 2,000 characters). */
const RESPONSE_CHARS = 500;

function context(attempt: Attempt, setting: StatementSetting): Context {
  const { site } = setting;
  const assignment = attempt.assignmentId !== undefined && attempt.assignmentId === setting.assignment?.id ? setting.assignment : undefined;
  return {
    registration: uuidV5(`attempt:${attempt.id}`),
    language: LANGUAGE_TAGS[attempt.locale as keyof typeof LANGUAGE_TAGS] ?? attempt.locale,
    contextActivities: {
      grouping: [
        courseActivity(site),
        ...(attempt.assignmentId === undefined
          ? []
          : [
              {
                objectType: 'Activity' as const,
                id: iri.assignment(site, attempt.assignmentId),
                definition: { type: ACTIVITY_TYPES.module, ...(assignment ? { name: { und: assignment.title } } : {}) },
              },
            ]),
      ],
    },
    extensions: {
      [iri.extension(site, 'content-hash')]: attempt.contentHash,
      [iri.extension(site, 'mode')]: attempt.mode ?? 'practice',
      ...(attempt.variant === undefined ? {} : { [iri.extension(site, 'variant')]: attempt.variant }),
    },
  };
}

function scenarioActivity(scenario: Scenario | null, attempt: Attempt, site: string): Activity {
  return {
    objectType: 'Activity',
    id: iri.scenario(site, attempt.scenarioId),
    definition: { type: ACTIVITY_TYPES.simulation, ...(scenario ? { name: languageMap(scenario.title) } : {}) },
  };
}

function decisionStatement(
  judged: JudgedMove,
  index: number,
  scenario: Scenario,
  attempt: Attempt,
  setting: StatementSetting,
  base: Omit<Statement, 'id' | 'verb' | 'object'>,
): Statement {
  const { site } = setting;
  const { move } = judged;
  const node = own(scenario.nodes, move.node)!;
  const offered = offeredChoices(scenario, judged.before);
  const choiceId = (i: number) => `choice-${i}`;
  const reply = isReply(move);
  const response = reply ? move.reply.text.slice(0, RESPONSE_CHARS) : 'choice' in move ? choiceId(move.choice) : '';
  const object: Activity = {
    objectType: 'Activity',
    id: iri.decisionPoint(site, attempt.scenarioId, move.node),
    definition: {
      type: ACTIVITY_TYPES.interaction,
      name: languageMap(node.say),
      ...(reply
        ? { interactionType: 'fill-in' as const }
        : {
            interactionType: 'choice' as const,
            choices: offered.map((i) => ({ id: choiceId(i), description: languageMap(node.choices[i]!.text) })),
            correctResponsesPattern: [choiceId(judged.best)],
          }),
    },
  };
  return {
    ...base,
    id: uuidV5(`attempt:${attempt.id}:answered:${index}`),
    verb: VERBS.answered,
    object,
    result: {
      response,
      success: !judged.weak && !judged.critical,
      ...('timeout' in move || judged.critical
        ? {
            extensions: {
              ...('timeout' in move ? { [iri.extension(site, 'timed-out')]: true } : {}),
              ...(judged.critical ? { [iri.extension(site, 'red-line')]: true } : {}),
            },
          }
        : {}),
    },
  };
}

/** Kept for the first time: started with no step, or begun with its first step in the same write (`beginAttempt`). */
const justBegun = (attempt: Attempt) => attempt.steps.length === 0 || (attempt.steps.length === 1 && attempt.updatedAt === attempt.startedAt);

/**
 * The statements an attempt gives at this point of its life: `experienced` when it has just
 * begun, the rest once it is finished and scored, nothing in between, so each is made once.
 * `scenario` is the version played (as the variant met); without it (the file could not be
 * loaded) the decision points are left out.
 */
export function attemptStatements(attempt: Attempt, scenario: Scenario | null, setting: StatementSetting): Statement[] {
  const { site, actor } = setting;
  const ctx = context(attempt, setting);
  const activity = scenarioActivity(scenario, attempt, site);
  const begun: Statement[] = justBegun(attempt)
    ? [
        {
          id: uuidV5(`attempt:${attempt.id}:experienced`),
          actor,
          verb: VERBS.experienced,
          object: activity,
          context: ctx,
          timestamp: new Date(attempt.startedAt).toISOString(),
        },
      ]
    : [];
  if (attempt.status !== 'finished' || attempt.finishedAt === undefined || !attempt.score) return begun;

  const base = { actor, context: ctx, timestamp: new Date(attempt.finishedAt).toISOString() };
  const decisions = scenario
    ? judgeMoves(scenario, movesThatCount(attempt.steps)).map((j, index) => decisionStatement(j, index, scenario, attempt, setting, base))
    : [];
  const { overall, passed } = attempt.score;
  const result: Result = {
    ...(overall === null ? {} : { score: { raw: overall, min: 0, max: 100, scaled: overall / 100 } }),
    completion: true,
    duration: isoDuration(attempt.finishedAt - attempt.startedAt),
    ...(attempt.ending === undefined ? {} : { extensions: { [iri.extension(site, 'ending')]: attempt.ending } }),
  };
  return [
    ...begun,
    ...decisions,
    { ...base, id: uuidV5(`attempt:${attempt.id}:completed`), verb: VERBS.completed, object: activity, result },
    {
      ...base,
      id: uuidV5(`attempt:${attempt.id}:${passed ? 'passed' : 'failed'}`),
      verb: passed ? VERBS.passed : VERBS.failed,
      object: activity,
      result: { ...result, success: passed },
    },
  ];
}
