/**
 * A review session on one chapter or one question type, besides the day's due
 * queue: the notebook's due questions among them first (longest waiting first),
 * then those the learner has never answered with full marks, then the rest; each
 * group in bank order. At most `size` questions.
 */
export const SESSION_SIZE = 20;

export function sessionQueue(
  /** The questions the session is on, in bank order. */
  candidates: readonly string[],
  /** Ids of the notebook's due cards, longest waiting first. */
  due: readonly string[],
  /** Ids the learner has answered with full marks at least once. */
  rightBefore: ReadonlySet<string>,
  size = SESSION_SIZE,
): string[] {
  const inSession = new Set(candidates);
  const dueHere = due.filter((id) => inSession.has(id));
  const isDue = new Set(dueHere);
  const rest = candidates.filter((id) => !isDue.has(id));
  return [...dueHere, ...rest.filter((id) => !rightBefore.has(id)), ...rest.filter((id) => rightBefore.has(id))].slice(0, size);
}
