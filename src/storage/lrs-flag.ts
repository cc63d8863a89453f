/**
 * Whether this browser reports to an LRS, readable at once without opening the database:
 * a page loads the xAPI sender only when it does (`store.ts`), so pages of learners who
 * never opened such a link carry none of it.
 */
const FLAG = 'service-dojo.lrs';

export function reportsToLrs(): boolean {
  try {
    return localStorage.getItem(FLAG) === '1';
  } catch {
    return false;
  }
}

export function markReportsToLrs(on: boolean): void {
  try {
    if (on) localStorage.setItem(FLAG, '1');
    else localStorage.removeItem(FLAG);
  } catch {
    // Storage refused: the flag is only a shortcut; the link record stays the truth.
  }
}
