/** Fills the home page's assignment list (`AssignmentsHome.astro`); titles go in as text, never as markup. */
import { readAssignments, type AssignmentGlance } from '../../storage/quick-read-home.ts';

export type HomeStatus = 'done' | 'notYet' | 'late';

/** Handed in (a result file made), not yet, or not yet and past due. */
export function homeStatus(kept: Pick<AssignmentGlance, 'due' | 'handedInAt'>, now: number): HomeStatus {
  if (kept.handedInAt !== undefined) return 'done';
  return now > kept.due ? 'late' : 'notYet';
}

export async function fillAssignments(shell: HTMLElement, now = Date.now()): Promise<void> {
  // Read without Dexie: the home page loads no database library (see quick-read.ts).
  const kept = await readAssignments();
  if (kept.length === 0) return;
  const { lang, href, due } = shell.dataset;
  const dateFormat = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
  const list = shell.querySelector('ul')!;
  for (const record of kept) {
    const status = homeStatus(record, now);
    const item = document.createElement('li');
    const link = Object.assign(document.createElement('a'), { href: `${href}#${record.fragment}`, textContent: record.title });
    const when = document.createElement('span');
    when.textContent = ` · ${(due ?? '{due}').replace('{due}', dateFormat.format(record.due))} · `;
    const badge = Object.assign(document.createElement('strong'), { textContent: shell.dataset[status] ?? status });
    badge.dataset.status = status;
    item.append(link, when, badge);
    list.append(item);
  }
  shell.hidden = false;
}
