/**
 * What the learner does in a call, as an attempt's transcript stores it, and the one
 * place a move becomes its effect and its machine event.
 *
 * A move names the node it was made at and carries everything needed to replay it, so a
 * transcript replays from what was stored and nothing else. The stored shapes are plain
 * JSON told apart by their keys (`choice`, `timeout`, `reply`, `undo`). A reply keeps the
 * learner's words with the marker's result and the route it led to, so its effect follows
 * from what was stored by the file's rules, without marking it again.
 */
import type { Choice, Reply, ReplyRoute, ScenarioNode, Text, Timeout } from '../../schemas/scenario.ts';
import type { Competency } from './competencies.ts';

/** The learner picked one of the node's choices (its authored index, not the shown order). */
export interface ChoiceMove {
  node: string;
  choice: number;
}

/** Nobody answered within the node's time limit. */
export interface TimeoutMove {
  node: string;
  timeout: true;
}

/** What the learner wrote or said, as marked when they answered. */
export interface ReplyAnswer {
  text: string;
  /** Every mark of the node's reply: found or not. */
  marks: Record<string, boolean>;
  /** Forbidden phrases the reply used, by their Chinese pattern. */
  forbidden: string[];
  /** Where the rules sent the call; a replay checks it is still where they send it. */
  route: string;
}

/** The learner answered in their own words. */
export interface ReplyMove {
  node: string;
  reply: ReplyAnswer;
}

/** A move made at a node: it has an effect and a route. */
export type Move = ChoiceMove | TimeoutMove | ReplyMove;

/** Taking back the last move that counts (practice mode only). */
export interface TakeBack {
  undo: true;
}

/** One entry of a transcript: a move, or taking one back. */
export type Step = Move | TakeBack;

/**
 * What a reply does: the marks found add up (points, mood, flags, the first red line),
 * with the node's feedback and routes; `marks` is what the routes test.
 */
export interface ReplyEffect {
  said: string;
  marks: Record<string, boolean>;
  forbidden: string[];
  feedback: Text;
  technique?: Text;
  section?: string;
  scores: Partial<Record<Competency, number>>;
  mood: number;
  set: string[];
  critical?: Text;
  next: ReplyRoute[];
}

/** What a move does: the choice, the node's time-out, or the reply as marked. */
export type Effect = Choice | Timeout | ReplyEffect;

export const isTakeBack = (step: Step): step is TakeBack => 'undo' in step;
export const isReply = (move: Move): move is ReplyMove => 'reply' in move;

/** Effects of replies, one per stored answer, so the rules' caches (keyed by effect) hold for them too. */
const replyEffects = new WeakMap<ReplyAnswer, ReplyEffect>();

/** The effect of a reply with these marks; marks the node does not have count for nothing. */
export function replyEffect(reply: Reply, answer: ReplyAnswer): ReplyEffect {
  let effect = replyEffects.get(answer);
  if (!effect) {
    const found = reply.marks.filter((m) => answer.marks[m.id] === true);
    const scores: Partial<Record<Competency, number>> = {};
    for (const mark of found) for (const [c, points] of Object.entries(mark.scores) as [Competency, number][]) scores[c] = (scores[c] ?? 0) + points;
    effect = {
      said: answer.text,
      marks: answer.marks,
      forbidden: answer.forbidden,
      feedback: reply.feedback,
      ...(reply.technique && { technique: reply.technique }),
      ...(reply.section && { section: reply.section }),
      scores,
      mood: found.reduce((sum, m) => sum + m.mood, 0),
      set: [...new Set(found.flatMap((m) => m.set))],
      ...(found.find((m) => m.critical) && { critical: found.find((m) => m.critical)!.critical }),
      next: reply.next,
    };
    replyEffects.set(answer, effect);
  }
  return effect;
}

/** The effect a move uses at its node, or undefined when the node has no such choice, time limit or reply. */
export function effectAt(node: ScenarioNode, move: Move): Effect | undefined {
  if (isReply(move)) return node.reply && replyEffect(node.reply, move.reply);
  return 'timeout' in move ? node.timeLimit?.timeout : node.choices[move.choice];
}

/** The events that make moves; a time-out is the event the timed moment's delayed transition raises. */
export type MoveEvent = { type: 'learner.choose'; choice: number } | { type: 'timer.expired' } | { type: 'learner.reply'; reply: ReplyAnswer };
export type StepEvent = MoveEvent | { type: 'learner.undo' };

export function eventOf(step: Step): StepEvent {
  if (isTakeBack(step)) return { type: 'learner.undo' };
  if (isReply(step)) return { type: 'learner.reply', reply: step.reply };
  return 'timeout' in step ? { type: 'timer.expired' } : { type: 'learner.choose', choice: step.choice };
}

export function moveOf(node: string, event: MoveEvent): Move {
  if (event.type === 'learner.reply') return { node, reply: event.reply };
  return event.type === 'timer.expired' ? { node, timeout: true } : { node, choice: event.choice };
}
