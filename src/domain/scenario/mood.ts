/** The customer's mood scale: −3 furious … 0 calm … +3 delighted. */
export const MOOD_MIN = -3;
export const MOOD_MAX = 3;
