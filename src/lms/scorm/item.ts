/**
 * What one SCO launches: `lms/index.html?item=<kind>:<id>` (the package's manifest names
 * them), and the site page that shows it, relative to the site root.
 */
export type Item = { kind: 'scenario'; id: string } | { kind: 'quiz'; id: string } | { kind: 'exam'; id: 'short' | 'full' } | { kind: 'chapter'; id: string };

const SLUG = /^[a-z0-9][a-z0-9-]*$/;

/** The item a launch names, or null when it names none we know. */
export function parseItem(value: string | null): Item | null {
  const match = /^(scenario|quiz|exam|chapter):(.+)$/.exec(value ?? '');
  if (!match || !SLUG.test(match[2]!)) return null;
  const [, kind, id] = match as unknown as [string, Item['kind'], string];
  if (kind === 'exam') return id === 'short' || id === 'full' ? { kind, id } : null;
  return { kind, id };
}

/** The item's page below the site root, in `locale` (zh at the root, English under `en/`). */
export function itemPage(item: Item, locale: 'zh' | 'en'): string {
  const prefix = locale === 'en' ? 'en/' : '';
  switch (item.kind) {
    case 'scenario':
      return `${prefix}scenarios/${item.id}/index.html`;
    case 'quiz':
      return `${prefix}quizzes/${item.id}/index.html`;
    case 'exam':
      // The exam page preselects the paper named (`MockExam.tsx`).
      return `${prefix}exam/index.html?paper=${item.id}`;
    case 'chapter':
      return `${prefix}chapters/${item.id}/index.html`;
  }
}
