import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { translationsOf } from '../../src/i18n/strings.ts';

interface Icon {
  src: string;
  sizes: string;
  type: string;
  purpose: string;
}

const css = readFileSync('src/styles/global.css', 'utf8');
/** A colour of the light theme, as the stylesheet's first `:root` block sets it. */
const colour = (name: string) => new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`, 'i').exec(css)![1];

/** Width and height from a PNG's header. */
function pngSize(path: string): string {
  const bytes = readFileSync(path);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
}

describe.each([
  ['manifest.webmanifest', 'zh', './'],
  ['manifest.en.webmanifest', 'en', './en/'],
] as const)('%s', (file, locale, start) => {
  const manifest = JSON.parse(readFileSync(`public/${file}`, 'utf8'));

  it('names the app in its language and opens it standalone at its home page, wherever the site is hosted', () => {
    expect(manifest.name).toBe(translationsOf(locale)('site.name'));
    expect(manifest.description).toBe(translationsOf(locale)('site.tagline'));
    expect(manifest.display).toBe('standalone');
    // Relative to the manifest, which sits at the site's base path.
    expect(manifest.start_url).toBe(start);
    expect(manifest.scope).toBe('./');
  });

  it("takes its colours from the site's stylesheet", () => {
    expect(manifest.theme_color).toBe(colour('accent'));
    expect(manifest.background_color).toBe(colour('paper'));
  });

  it('has PNG icons of 192 and 512 px, a maskable one among them, each the size it says', () => {
    const icons = manifest.icons as Icon[];
    const png = icons.filter((icon) => icon.type === 'image/png');
    for (const icon of png) expect(pngSize(`public/${icon.src}`), icon.src).toBe(icon.sizes);
    expect(png.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(png.some((icon) => icon.purpose === 'maskable')).toBe(true);
  });
});
