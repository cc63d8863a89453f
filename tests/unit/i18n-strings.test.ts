/**
 * Interface strings: every island is handed the features whose keys it uses, and
 * both languages have the same keys (the English files are typed against the
 * Chinese ones). Islands get strings as props, so a missing feature would show a
 * raw key to the learner; this test finds it before a learner does.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as en from '../../src/i18n/en/index.ts';
import * as zh from '../../src/i18n/zh/index.ts';
import { pageStrings } from '../../src/i18n/page-strings.ts';
import { translator } from '../../src/i18n/translate.ts';

type Feature = keyof typeof zh;
const FEATURES = Object.keys(zh) as Feature[];
/** Key prefix ("player" of "player.start") → the feature file holding it. */
const featureOfPrefix = new Map(FEATURES.flatMap((f) => Object.keys(zh[f]).map((key) => [key.split('.')[0]!, f] as const)));

function files(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && pattern.test(d.name))
    .map((d) => join(d.parentPath, d.name));
}

const names = (list: string | undefined) => (list ? [...list.matchAll(/'(\w+)'/g)].map((f) => f[1]!) : []);

/**
 * Every island mounted with a hydration directive, with the features its `strings` prop is given and those
 * its page holds for it after its markup (`<PageStrings features={…} />`, src/i18n/page-strings.ts): a list,
 * or a constant of the page whose every branch counts.
 */
function mountedIslands(): { file: string; island: string; features: string[] }[] {
  return [...files('src', /\.astro$/), ...files('content/chapters', /\.mdx$/)].flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    const imports = new Map([...text.matchAll(/import (\w+) from '([^']+\.tsx)'/g)].map((m) => [m[1]!, resolve(dirname(file), m[2]!)]));
    const held = /<PageStrings\b[^>]*\bfeatures=\{(?:\[([^\]]*)\]|(\w+))\}/.exec(text);
    const later = names(held?.[1] ?? (held?.[2] && new RegExp(`const ${held[2]}\\b[^=]*=([^;]*);`).exec(text)?.[1]));
    return [...text.matchAll(/<(\w+)\s+client:\w+([^>]*?)\/>/gs)].map((m) => {
      const features = names(/strings=\{uiStrings\([^,]+,\s*\[([^\]]*)\]\)\}/.exec(m[2]!)?.[1]);
      return { file, island: imports.get(m[1]!) ?? m[1]!, features: [...features, ...later] };
    });
  });
}

/** The key prefixes an island's own files use, following its relative imports, static and dynamic. */
function prefixesUsed(entry: string): Set<string> {
  const seen = new Set<string>();
  const prefixes = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !/\.tsx?$/.test(file) || file.includes(`${join('src', 'i18n')}`)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\bt\(\s*['`]([a-z]+)\./g)) prefixes.add(m[1]!);
    // Static imports, and the parts loaded later (`import('./Debrief.tsx')`): their strings must be there too.
    for (const m of text.matchAll(/(?:from |import\()'(\.[^']+)'/g)) visit(resolve(dirname(file), m[1]!));
  };
  visit(entry);
  return prefixes;
}

it('the English strings have exactly the Chinese keys, and none is empty', () => {
  for (const feature of FEATURES) {
    expect(Object.keys(en[feature]).sort()).toEqual(Object.keys(zh[feature]).sort());
    for (const [key, text] of [...Object.entries(zh[feature]), ...Object.entries(en[feature])]) expect(text.trim(), key).not.toBe('');
  }
});

describe.each(mountedIslands().map((m) => [`${m.island.split('/').at(-1)} in ${m.file}`, m] as const))('%s', (_, { island, features }) => {
  it('is given every feature whose strings it uses', () => {
    const missing = [...prefixesUsed(island)].filter((prefix) => !features.includes(featureOfPrefix.get(prefix) ?? `unknown prefix "${prefix}"`));
    expect(missing, `add the features of these key prefixes to its strings prop`).toEqual([]);
  });
});

it('the player draws its strings from the page: in the server render, every string of the page’s locale', () => {
  const t = translator(pageStrings('en'));
  expect(t('player.start')).toBe(en.player['player.start']);
  expect(t('player.timer', { s: 9 })).toBe(en.player['player.timer'].replace('{s}', '9'));
  expect(translator(pageStrings('zh'))('debrief.weak')).toBe(zh.debrief['debrief.weak']);
  expect(t('debrief.noSuchKey' as never)).toBe('debrief.noSuchKey');
});
