/**
 * Suspend data: the unfinished role-play attempt, packed so it fits SCORM 1.2's 4,096
 * characters and a learner on another computer resumes where they stopped.
 *
 * JSON: `["sd1", scenario id, hash prefix, mode, timing, variant | "", seed | -1, steps]`,
 * a step being `[node, choice]`, `[node]` (time-out), `0` (take-back) or
 * `[node, route, found mark indexes, forbidden phrase indexes, text]` (a reply: its marks
 * and phrases as indexes into the scenario, which the decoder reads back).
 *
 * What is kept when it does not fit: first the take-backs and the moves they took back go
 * (the call stands where it stood); then the replies' words are cut, each to an equal
 * share of what is left. A reply's effect and route follow from its stored marks, not its
 * words, so the replay stays the same; only the quoted words are shorter.
 */
import type { Move, Step } from '../../domain/scenario/moves.ts';
import { TIMINGS, type Timing } from '../../domain/scenario/timing.ts';
import type { Scenario } from '../../schemas/scenario.ts';
import { own } from '../../domain/own.ts';

export const SUSPEND_LIMIT = 4096;
const TAG = 'sd1';
/** Enough of the content hash to tell versions apart. */
export const HASH_PREFIX = 12;
const MODES = ['practice', 'test'] as const;

export interface Suspended {
  scenarioId: string;
  /** The first `HASH_PREFIX` characters of the scenario version's hash. */
  hash: string;
  mode: (typeof MODES)[number];
  timing: Timing;
  variant?: string;
  seed?: number;
  steps: Step[];
}

type PackedStep = 0 | [string] | [string, number] | [string, string, number[], number[], string];

/** Why suspend data was not used. */
export type SuspendProblem = 'not-ours' | 'malformed' | 'other-scenario' | 'other-version' | 'steps';

const isReplyStep = (step: Step): step is Extract<Move, { reply: unknown }> => 'reply' in step;

function packStep(scenario: Scenario, step: Step, text?: string): PackedStep {
  if ('undo' in step) return 0;
  if ('choice' in step) return [step.node, step.choice];
  if (!isReplyStep(step)) return [step.node];
  const marks = own(scenario.nodes, step.node)?.reply?.marks ?? [];
  const found = marks.flatMap((m, i) => (step.reply.marks[m.id] ? [i] : []));
  const phrases = step.reply.forbidden.map((f) => scenario.forbidden.findIndex((p) => p.phrase.zh === f));
  return [step.node, step.reply.route, found, phrases, text ?? step.reply.text];
}

/** The moves that still count once the take-backs are applied. */
export function netMoves(steps: readonly Step[]): Move[] {
  const moves: Move[] = [];
  for (const step of steps) {
    if ('undo' in step) moves.pop();
    else moves.push(step);
  }
  return moves;
}

const encodeWith = (s: Suspended, scenario: Scenario, steps: readonly Step[], cut?: number) =>
  JSON.stringify([
    TAG,
    s.scenarioId,
    s.hash.slice(0, HASH_PREFIX),
    s.mode,
    s.timing,
    s.variant ?? '',
    s.seed ?? -1,
    steps.map((step) => packStep(scenario, step, isReplyStep(step) && cut !== undefined ? [...step.reply.text].slice(0, cut).join('') : undefined)),
  ]);

/**
 * The attempt as suspend data within `limit` characters, or null when even its moves
 * without words do not fit. `scenario` is the version played (as its variant plays it).
 */
export function encodeSuspend(s: Suspended, scenario: Scenario, limit = SUSPEND_LIMIT): string | null {
  const whole = encodeWith(s, scenario, s.steps);
  if (whole.length <= limit) return whole;
  const moves = netMoves(s.steps);
  const net = encodeWith(s, scenario, moves);
  if (net.length <= limit) return net;
  const replies = moves.filter(isReplyStep).length;
  const bare = encodeWith(s, scenario, moves, 0);
  if (replies === 0 || bare.length > limit) return null;
  // Escapes in JSON can make a character cost more than one; shrink the share until it fits.
  for (let share = Math.floor((limit - bare.length) / replies); share >= 0; share = Math.min(share - 1, Math.floor(share * 0.9))) {
    const cut = encodeWith(s, scenario, moves, share);
    if (cut.length <= limit) return cut;
  }
  return bare;
}

const isIndexList = (v: unknown): v is number[] => Array.isArray(v) && v.every((n) => Number.isInteger(n) && n >= 0);

/** The attempt in suspend data, without its scenario: its id, version, settings and packed steps. */
export function readSuspend(data: string): { ok: true; head: Omit<Suspended, 'steps'>; packed: PackedStep[] } | { ok: false; problem: SuspendProblem } {
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch {
    return { ok: false, problem: 'not-ours' };
  }
  if (!Array.isArray(value) || value[0] !== TAG) return { ok: false, problem: 'not-ours' };
  const [, scenarioId, hash, mode, timing, variant, seed, packed] = value as unknown[];
  const fine =
    value.length === 8 &&
    typeof scenarioId === 'string' &&
    scenarioId.length > 0 &&
    typeof hash === 'string' &&
    hash.length > 0 &&
    MODES.includes(mode as never) &&
    TIMINGS.includes(timing as never) &&
    typeof variant === 'string' &&
    Number.isInteger(seed) &&
    Array.isArray(packed) &&
    packed.every(
      (p) =>
        p === 0 ||
        (Array.isArray(p) &&
          typeof p[0] === 'string' &&
          (p.length === 1 ||
            (p.length === 2 && Number.isInteger(p[1]) && (p[1] as number) >= 0) ||
            (p.length === 5 && typeof p[1] === 'string' && isIndexList(p[2]) && isIndexList(p[3]) && typeof p[4] === 'string'))),
    );
  if (!fine) return { ok: false, problem: 'malformed' };
  const head = {
    scenarioId,
    hash,
    mode: mode as Suspended['mode'],
    timing: timing as Timing,
    ...(variant ? { variant } : {}),
    ...((seed as number) >= 0 ? { seed: seed as number } : {}),
  };
  return { ok: true, head, packed: packed as PackedStep[] };
}

/**
 * The steps, read back against the version played. `steps` when a reply names a mark or
 * phrase the scenario does not have; the caller replays the rest to check it.
 */
export function unpackSteps(scenario: Scenario, packed: readonly PackedStep[]): Step[] | null {
  const steps: Step[] = [];
  for (const p of packed) {
    if (p === 0) steps.push({ undo: true });
    else if (p.length === 1) steps.push({ node: p[0], timeout: true });
    else if (p.length === 2) steps.push({ node: p[0], choice: p[1] });
    else {
      const [node, route, found, phrases, text] = p;
      const marks = own(scenario.nodes, node)?.reply?.marks;
      const forbidden = phrases.map((i) => scenario.forbidden[i]?.phrase.zh);
      if (!marks || found.some((i) => i >= marks.length) || forbidden.some((f) => f === undefined)) return null;
      steps.push({ node, reply: { text, marks: Object.fromEntries(marks.map((m, i) => [m.id, found.includes(i)])), forbidden: forbidden as string[], route } });
    }
  }
  return steps;
}
