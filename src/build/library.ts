/**
 * The role-play library as the scenario index, the chapter pages and `/progress` show it:
 * each scenario's facets for the filters (skill, difficulty, length, channel, chapter),
 * in course order, and the titles of the chapter sections scenarios point to.
 */
import { lengthOf, type Length } from '../domain/library/length.ts';
import { DIFFICULTIES, type Scenario } from '../schemas/scenario.ts';
import type { Locale } from '../i18n/locales.ts';
import { allScenarios, chaptersOf } from './course.ts';

export interface LibraryCard {
  scenario: Scenario;
  /** The chapter's slug, without the section. */
  chapter: string;
  channel: 'call' | 'chat';
  decisions: number;
  length: Length;
}

/** Every scenario, by chapter in course order, then by difficulty, then by id. */
export async function libraryCards(): Promise<LibraryCard[]> {
  const order = new Map((await chaptersOf('zh')).map((c) => [c.slug, c.entry.data.chapter]));
  const level = (s: Scenario) => (s.difficulty ? DIFFICULTIES.indexOf(s.difficulty) : DIFFICULTIES.length);
  return (await allScenarios())
    .map(({ scenario }): LibraryCard => ({ scenario, chapter: scenario.chapter.split('#')[0]!, channel: scenario.channel ?? 'call', ...lengthOf(scenario) }))
    .sort(
      (a, b) =>
        (order.get(a.chapter) ?? 99) - (order.get(b.chapter) ?? 99) || level(a.scenario) - level(b.scenario) || a.scenario.id.localeCompare(b.scenario.id),
    );
}

/** "chapter#section" (and "chapter") → "Chapter title · Section heading", from the chapters' `<h2 id>`/`<h3 id>` headings. */
export async function sectionTitles(locale: Locale): Promise<Record<string, string>> {
  const titles: Record<string, string> = {};
  for (const { slug, entry } of await chaptersOf(locale)) {
    titles[slug] = entry.data.title;
    for (const [, id, heading] of (entry.body ?? '').matchAll(/<h[23] id="([a-z0-9-]+)">([^<]+)<\/h[23]>/g))
      titles[`${slug}#${id}`] = `${entry.data.title} · ${heading!.trim()}`;
  }
  return titles;
}
