/** What the storage fault drills share: playing the shipped role-play, and reading what IndexedDB holds. */
import { expect, type Page } from '@playwright/test';
import { bestPath } from '../../src/domain/scenario/best-path.ts';
import { advance, effectOf, offeredChoices, startState } from '../../src/domain/scenario/play.ts';
import { SCENARIO_ID, shippedScenario } from './course.ts';
import { zh } from './strings.ts';

export const scenario = shippedScenario();
export const path = bestPath(scenario) as { node: string; choice: number }[];
export const url = `/scenarios/${SCENARIO_ID}/`;

export async function start(page: Page) {
  await page.getByRole('button', { name: zh('player.start') }).click();
  await expect(page.locator('.choices button').first()).toBeEnabled();
}

export async function choose(page: Page, step: { node: string; choice: number }) {
  await page.getByRole('button', { name: scenario.nodes[step.node]!.choices[step.choice]!.text.zh, exact: true }).click();
}

/** Another choice the learner could make after `moves`, instead of the best one. */
export function otherChoice(moves: number): { node: string; choice: number } {
  let state = startState(scenario);
  for (const step of path.slice(0, moves)) state = advance(scenario, state, effectOf(scenario, state, step)!);
  const choice = offeredChoices(scenario, state).find((c) => c !== path[moves]!.choice)!;
  return { node: state.at, choice };
}

/** The steps of the scenario's attempts as stored, read straight from IndexedDB (no database: none). */
export function storedAttempts(page: Page): Promise<{ status: string; steps: unknown[] }[]> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const request = indexedDB.open('service-dojo');
        request.onupgradeneeded = () => request.transaction!.abort();
        request.onerror = () => resolve([]);
        request.onsuccess = () => {
          const db = request.result;
          const all = db.transaction('attempts').objectStore('attempts').getAll();
          all.onsuccess = () => {
            db.close();
            resolve(all.result as { status: string; steps: unknown[] }[]);
          };
          all.onerror = () => reject(all.error);
        };
      }),
  );
}

/** Waits until the stored attempts' steps are these. */
export async function expectStored(page: Page, steps: { node: string; choice: number }[][]) {
  await expect.poll(async () => (await storedAttempts(page)).map((a) => a.steps)).toEqual(steps);
}

/**
 * Run in the page: holds `tables` (every table when null) with a transaction that never ends,
 * so the page's own reads and writes of them wait, as a write does when the learner reloads
 * or closes the tab before it is done. With `ms`, the hold ends after that long, as a slow
 * phone's first read does.
 */
export function holdTables(hold: string[] | null | { tables: string[] | null; ms: number }): Promise<void> {
  const { tables, ms } = hold === null || Array.isArray(hold) ? { tables: hold, ms: Infinity } : hold;
  const until = Date.now() + ms;
  return new Promise<void>((resolve, reject) => {
    const request = indexedDB.open('service-dojo');
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const db = request.result;
      const held = db.transaction(tables ?? [...db.objectStoreNames], 'readwrite');
      const first = held.objectStore(held.objectStoreNames[0]!);
      const spin = () => {
        if (Date.now() < until) first.get('').onsuccess = spin;
      };
      spin();
      held.oncomplete = () => db.close();
      resolve();
    };
  });
}

/** Writes one row into the page's database, as the learner's earlier visits would have. */
export function putRow(page: Page, table: string, row: object): Promise<void> {
  return page.evaluate(
    ([name, value]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('service-dojo');
        open.onsuccess = () => {
          const tx = open.result.transaction(name, 'readwrite');
          tx.objectStore(name).put(value);
          tx.oncomplete = () => (open.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
    [table, row] as const,
  );
}
