/**
 * The first screen's clicks before the call is live. The page's first screen is static
 * HTML and can be used at once: a script inlined in the page
 * (`src/scripts/hold-first-choice.js`, before any other script has loaded) holds a click
 * on the start button or on a first choice on the root element, so nothing changes inside
 * the island React is about to hydrate; CSS shows it (a held start shows the first
 * choices), a status line outside the island says it, and the call takes both as its
 * first events as soon as the scenario and the machine are there. A timed moment's clock
 * starts then, so a held start never costs the learner time.
 *
 * The same script marks a press begun on one of those buttons until the pointer or the
 * space bar is up (`data-pressed`): the live call draws new buttons in their place, and a
 * press begun on the old one and ended on the new one would be no click at all, so the
 * call waits for the mark to go (`afterPress`).
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

/** The longest the call waits for a press on the first screen to end (a long press is not a click anyway). */
const PRESS_WAIT_MS = 2000;

/** Resolves when no press on the first screen is under way; a press under way ends first, and its click is held. */
export function afterPress(): Promise<void> {
  if (root().dataset.pressed === undefined) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      watch.disconnect();
      clearTimeout(timer);
      // The click follows the pointer's or the space bar's up in the same task: the page's script holds it before the call takes it.
      setTimeout(resolve);
    };
    // The page's script says when the press ends: it takes the mark away.
    const watch = new MutationObserver(() => root().dataset.pressed === undefined && done());
    watch.observe(root(), { attributeFilter: ['data-pressed'] });
    const timer = setTimeout(done, PRESS_WAIT_MS);
  });
}
