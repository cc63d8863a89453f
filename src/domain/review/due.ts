/** When a review card counts as due: by the end of the learner's day (no scheduler needed to ask). */
export function endOfDay(now: Date): number {
  const end = new Date(now);
  end.setHours(23, 59, 59, 999);
  return end.getTime();
}

export function isDue(card: { due: Date | string | number }, now: Date): boolean {
  return new Date(card.due).getTime() <= endOfDay(now);
}
