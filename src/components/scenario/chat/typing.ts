/**
 * The "customer is typing…" pause of a chat: how long it shows before a customer's
 * message. Only a message the learner's own reply brought on is typed out; the
 * opening message, a call resumed after a reload and a take-back show at once, and
 * with reduced motion nothing is typed at all. The pause is part of the view only: the
 * machine has moved on already, and a timed moment's clock is started again when the
 * message shows (see ChatCall), so the pause costs the learner no time.
 */
import { isTakeBack, type Step } from '../../../domain/scenario/moves.ts';

/** A short message still shows the indicator long enough to be seen. */
export const TYPING_MIN_MS = 400;
/** Roughly a fast typist on a phone keyboard, per character (Chinese or Latin). */
export const TYPING_MS_PER_CHAR = 30;
/** However long the message, the learner never waits more than this. */
export const TYPING_CAP_MS = 1500;

/** Milliseconds the customer is shown typing a message of this text. */
export function typingDelayMs(text: string): number {
  return Math.min(TYPING_CAP_MS, TYPING_MIN_MS + TYPING_MS_PER_CHAR * [...text].length);
}

interface Arrival {
  /** Who sends the message now on screen, and its text; none at an ending. */
  message: { speaker: 'customer' | 'narrator'; text: string } | undefined;
  /** The step that brought it, if the learner made it in this view (not replayed on opening). */
  cause: Step | undefined;
  reducedMotion: boolean;
}

/** How long the current message waits behind the typing indicator: 0 shows it at once. */
export function typingBefore({ message, cause, reducedMotion }: Arrival): number {
  if (reducedMotion || !message || message.speaker !== 'customer' || !cause || isTakeBack(cause)) return 0;
  return typingDelayMs(message.text);
}
