/**
 * What the session tells the LMS, as the data-model elements of each standard. Pure:
 * an outcome or an interaction in, `[element, value]` pairs out; `api.ts` writes them.
 */
import { clock12, duration2004, timespan12, timestamp2004 } from './time.ts';

export type ScormVersion = '1.2' | '2004';

export interface Outcome {
  completed: boolean;
  /** null: the item has no pass or fail (a chapter, a practice quiz) or has not got one yet. */
  passed: boolean | null;
  score?: { raw: number; min: number; max: number };
}

export type InteractionType = 'choice' | 'true-false' | 'sequencing' | 'numeric' | 'fill-in' | 'other';

export interface Interaction {
  /** The node or question (an identifier: letters, digits, `-`). */
  id: string;
  type: InteractionType;
  /** The response's parts (option indexes, in base 36 so each is one character; texts), joined as each standard joins them. */
  response: string[];
  result: 'correct' | 'wrong' | 'neutral';
  /** The most the move could have earned. */
  weighting?: number;
  /** What the learner chose, in their words (2004 only: 1.2 has no description). */
  description?: { lang: string; text: string };
  at: Date;
}

type Pairs = [string, string][];

/** Status, score and exit; `exit` is `suspend` while the item is unfinished, so the LMS keeps its suspend data. */
export function outcomeValues(version: ScormVersion, outcome: Outcome): Pairs {
  const { completed, passed, score } = outcome;
  if (version === '1.2') {
    const status = passed === true ? 'passed' : passed === false ? 'failed' : completed ? 'completed' : 'incomplete';
    return [
      ['cmi.core.lesson_status', status],
      ...(score
        ? ([
            ['cmi.core.score.raw', String(score.raw)],
            ['cmi.core.score.min', String(score.min)],
            ['cmi.core.score.max', String(score.max)],
          ] as Pairs)
        : []),
      ['cmi.core.exit', completed ? '' : 'suspend'],
    ];
  }
  const scaled = score && score.max > score.min ? Math.round((10_000 * (score.raw - score.min)) / (score.max - score.min)) / 10_000 : undefined;
  return [
    ['cmi.completion_status', completed ? 'completed' : 'incomplete'],
    ['cmi.success_status', passed === true ? 'passed' : passed === false ? 'failed' : 'unknown'],
    ...(score
      ? ([
          ['cmi.score.raw', String(score.raw)],
          ['cmi.score.min', String(score.min)],
          ['cmi.score.max', String(score.max)],
          ...(scaled === undefined ? [] : [['cmi.score.scaled', String(scaled)]]),
        ] as Pairs)
      : []),
    ['cmi.exit', completed ? 'normal' : 'suspend'],
  ];
}

export function sessionTimeValue(version: ScormVersion, ms: number): [string, string] {
  return version === '1.2' ? ['cmi.core.session_time', timespan12(ms)] : ['cmi.session_time', duration2004(ms)];
}

export const suspendElement = 'cmi.suspend_data';

/** 1.2 has no `other` type; its `performance` takes any response. */
const TYPE_12: Record<InteractionType, string> = {
  choice: 'choice',
  'true-false': 'true-false',
  sequencing: 'sequencing',
  numeric: 'numeric',
  'fill-in': 'fill-in',
  other: 'performance',
};

/** Interaction number `n` (the LMS's `_count` when it was written). */
export function interactionValues(version: ScormVersion, n: number, interaction: Interaction): Pairs {
  const at = `cmi.interactions.${n}`;
  const { id, type, response, result, weighting, description } = interaction;
  if (version === '1.2') {
    return [
      [`${at}.id`, id],
      [`${at}.type`, TYPE_12[type]],
      [`${at}.student_response`, (type === 'true-false' ? response.map((r) => r[0]!) : response).join(',').slice(0, 255)],
      [`${at}.result`, result],
      ...(weighting === undefined ? [] : ([[`${at}.weighting`, String(weighting)]] as Pairs)),
      [`${at}.time`, clock12(interaction.at)],
    ];
  }
  return [
    [`${at}.id`, id],
    [`${at}.type`, type],
    [`${at}.timestamp`, timestamp2004(interaction.at)],
    ...(weighting === undefined ? [] : ([[`${at}.weighting`, String(weighting)]] as Pairs)),
    [`${at}.learner_response`, response.join('[,]')],
    [`${at}.result`, result === 'wrong' ? 'incorrect' : result],
    ...(description ? ([[`${at}.description`, `{lang=${description.lang}}${description.text.slice(0, 240)}`]] as Pairs) : []),
  ];
}
