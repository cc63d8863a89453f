/**
 * Keyword hints of a marking point, found in a learner's written answer so the
 * interface can highlight them. A hit is a hint for self-marking, not a mark: a
 * learner may make the point in other words, or use the word and miss the point.
 * The syntax is described on `markingPointSchema` in `src/schemas/question.ts`.
 */
import type { Text } from '../../schemas/scenario.ts';
import type { MarkingPoint } from '../../schemas/question.ts';

type Locale = keyof Text;

/** A stretch of the learner's text: `text.slice(start, end)`, in UTF-16 code units. */
export interface Span {
  start: number;
  end: number;
}

const WILDCARD = '[\\p{L}\\p{N}]{0,8}';
const SEPARATOR = '[\\s\\-\u2010\u2011\u2013]+';
const LATIN = /[A-Za-z0-9]/;

function escape(char: string): string {
  return /[\\^$.+?()[\]{}|/]/.test(char) ? `\\${char}` : char;
}

/** One variant as a regular-expression source. */
function variantSource(variant: string): string {
  const chars = Array.from(variant.trim());
  let source = '';
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    // A trailing `*` takes the whole word ending (loyal* → "loyalty"); one inside takes as little as it can (期初*客户).
    if (c === '*') source += i === chars.length - 1 ? WILDCARD : `${WILDCARD}?`;
    else if (/[\s-]/.test(c)) {
      while (i + 1 < chars.length && /[\s-]/.test(chars[i + 1]!)) i++;
      source += SEPARATOR;
    } else source += escape(c);
  }
  // Latin words match whole words only ("hold" is not in "household"); Chinese has no word breaks to respect.
  const first = chars[0] ?? '';
  const last = chars.at(-1) ?? '';
  if (LATIN.test(first)) source = `(?<![A-Za-z0-9])${source}`;
  if (LATIN.test(last)) source = `${source}(?![A-Za-z0-9])`;
  return source;
}

/** Why a keyword cannot be used, or null when it can. */
export function keywordProblem(keyword: string): string | null {
  const variants = keyword.split('|');
  if (variants.some((v) => v.trim() === '')) return `the keyword "${keyword}" has an empty variant (check the "|")`;
  if (variants.some((v) => v.replace(/[*\s-]/g, '') === '')) return `the keyword "${keyword}" has a variant with nothing but "*", spaces or hyphens`;
  return null;
}

function keywordPattern(keyword: string): RegExp {
  return new RegExp(keyword.split('|').map(variantSource).join('|'), 'giu');
}

const compiled = new Map<string, RegExp>();
function pattern(keyword: string): RegExp {
  let re = compiled.get(keyword);
  if (!re) {
    re = keywordPattern(keyword);
    compiled.set(keyword, re);
  }
  return re;
}

/** Where a single keyword (with its variants) occurs in `text`. */
export function keywordSpans(keyword: string, text: string): Span[] {
  return Array.from(text.matchAll(pattern(keyword)), (m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** Overlapping or touching spans joined, in text order. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out.at(-1);
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

/** The stretches of `text` to highlight for this marking point, in the learner's language. */
export function keywordHits(point: MarkingPoint, locale: Locale, text: string): Span[] {
  return mergeSpans(point.keywords[locale].flatMap((keyword) => keywordSpans(keyword, text)));
}
