/**
 * The first screen's clicks before the call is live. The page's first screen is static
 * HTML and can be used at once: a script inlined in the page
 * (`src/scripts/hold-first-choice.js`, before any other script has loaded) holds a click
 * on the start button or on a first choice on the root element, so nothing changes inside
 * the island React is about to hydrate; CSS shows it (a held start shows the first
 * choices), a status line outside the island says it, and the call takes both as its
 * first events as soon as the scenario and the machine are there. A timed moment's clock
 * starts then, so a held start never costs the learner time.
 */
const root = () => document.documentElement;

/** The first screen's start button and choices carry `start` or their choice's index in the scenario. */
export const HELD_ATTRIBUTE = 'data-held-choice';
const STATUS_ID = 'held-choice-status';

export interface Held {
  start: boolean;
  choice?: number;
}

/** What the learner did on the first screen, taken by the call when it replaces that screen (and cleared from the page). */
export function takeHeld(): Held {
  const { heldStart, heldChoice } = root().dataset;
  delete root().dataset.heldStart;
  delete root().dataset.heldChoice;
  const status = document.getElementById(STATUS_ID);
  if (status) status.textContent = '';
  const index = Number(heldChoice);
  return { start: heldStart !== undefined, ...(heldChoice !== undefined && Number.isInteger(index) && index >= 0 && { choice: index }) };
}
