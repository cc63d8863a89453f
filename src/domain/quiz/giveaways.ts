/**
 * Whether a question bank gives its answers away through form rather than content:
 * the keyed option being the longest, the key sitting in the same position, or
 * multiple-choice questions always having the same number of right options. A
 * learner who knows nothing should not beat chance by reading lengths or counting.
 */
import type { Text } from '../../schemas/scenario.ts';
import { gradeMultiple } from './grade.ts';
import type { Question } from '../../schemas/question.ts';

type Locale = keyof Text;
type PerLocale = Record<Locale, number>;

const LOCALES: readonly Locale[] = ['zh', 'en'];

export interface GiveawayStats {
  /** The bank's chapter slug, or "all" for the sum of several banks. */
  bank: string;
  /** Single-choice and dialogue questions. */
  choice: {
    count: number;
    /** How many have the keyed option among the longest (strictly or jointly). */
    keyedLongest: PerLocale;
    /** How many of them would be longest by chance alone: the sum of 1 / options. */
    chanceLongest: number;
    /** How often each position (0-based) is keyed. */
    positions: number[];
  };
  multiple: {
    count: number;
    /** How many questions have n right options, by n. */
    rightCounts: Record<number, number>;
  };
  /**
   * Points a learner would earn on single, dialogue and multiple-choice questions by
   * reading lengths only: on a single choice, the longest option (ties shared); on a
   * multiple choice, the longer half of the options (ties at the cut included).
   */
  pickLongest: { points: PerLocale; of: number };
}

/** Visible length: characters without white space, so a Chinese character and a Latin letter count alike. */
export function visibleLength(text: string): number {
  return Array.from(text.replace(/\s/g, '')).length;
}

/** Indices of the options whose length is at least `cut`. */
function atLeast(lengths: number[], cut: number): number[] {
  return lengths.flatMap((n, i) => (n >= cut ? [i] : []));
}

function choiceLongest(options: readonly Text[], answer: number, locale: Locale): { longest: boolean; points: number } {
  const lengths = options.map((o) => visibleLength(o[locale]));
  const longest = atLeast(lengths, Math.max(...lengths));
  const keyed = longest.includes(answer);
  return { longest: keyed, points: keyed ? 1 / longest.length : 0 };
}

function multipleLongest(options: readonly Text[], answer: readonly number[], locale: Locale): number {
  const lengths = options.map((o) => visibleLength(o[locale]));
  const cut = [...lengths].sort((a, b) => b - a)[Math.ceil(lengths.length / 2) - 1]!;
  return gradeMultiple(answer, atLeast(lengths, cut)).score;
}

function empty(bank: string): GiveawayStats {
  return {
    bank,
    choice: { count: 0, keyedLongest: { zh: 0, en: 0 }, chanceLongest: 0, positions: [] },
    multiple: { count: 0, rightCounts: {} },
    pickLongest: { points: { zh: 0, en: 0 }, of: 0 },
  };
}

export function bankGiveaways(bank: { chapter: string; questions: readonly Question[] }): GiveawayStats {
  const stats = empty(bank.chapter);
  for (const q of bank.questions) {
    if (q.type === 'single' || q.type === 'dialogue') {
      stats.choice.count += 1;
      stats.choice.chanceLongest += 1 / q.options.length;
      stats.choice.positions[q.answer] = (stats.choice.positions[q.answer] ?? 0) + 1;
      for (const locale of LOCALES) {
        const { longest, points } = choiceLongest(q.options, q.answer, locale);
        if (longest) stats.choice.keyedLongest[locale] += 1;
        stats.pickLongest.points[locale] += points;
      }
      stats.pickLongest.of += 1;
    } else if (q.type === 'multiple') {
      stats.multiple.count += 1;
      stats.multiple.rightCounts[q.answer.length] = (stats.multiple.rightCounts[q.answer.length] ?? 0) + 1;
      for (const locale of LOCALES) stats.pickLongest.points[locale] += multipleLongest(q.options, q.answer, locale);
      stats.pickLongest.of += 1;
    }
  }
  stats.choice.positions = Array.from(stats.choice.positions, (n) => n ?? 0);
  return stats;
}

/** The sum of several banks' statistics. */
export function combineGiveaways(all: readonly GiveawayStats[], bank = 'all'): GiveawayStats {
  const total = empty(bank);
  for (const s of all) {
    total.choice.count += s.choice.count;
    total.choice.chanceLongest += s.choice.chanceLongest;
    s.choice.positions.forEach((n, i) => {
      total.choice.positions[i] = (total.choice.positions[i] ?? 0) + n;
    });
    total.multiple.count += s.multiple.count;
    for (const [n, c] of Object.entries(s.multiple.rightCounts)) total.multiple.rightCounts[Number(n)] = (total.multiple.rightCounts[Number(n)] ?? 0) + c;
    for (const locale of LOCALES) {
      total.choice.keyedLongest[locale] += s.choice.keyedLongest[locale];
      total.pickLongest.points[locale] += s.pickLongest.points[locale];
    }
    total.pickLongest.of += s.pickLongest.of;
  }
  total.choice.positions = Array.from(total.choice.positions, (n) => n ?? 0);
  return total;
}

const share = (n: number, of: number) => (of === 0 ? 0 : n / of);
const percent = (n: number, of: number) => `${Math.round(share(n, of) * 100)}%`;

/** Shares (0–1) the thresholds are stated in. */
export function giveawayShares(s: GiveawayStats) {
  return {
    keyedLongest: { zh: share(s.choice.keyedLongest.zh, s.choice.count), en: share(s.choice.keyedLongest.en, s.choice.count) },
    chanceLongest: share(s.choice.chanceLongest, s.choice.count),
    positions: s.choice.positions.map((n) => share(n, s.choice.count)),
    rightCounts: Object.fromEntries(Object.entries(s.multiple.rightCounts).map(([n, c]) => [n, share(c, s.multiple.count)])),
    pickLongest: { zh: share(s.pickLongest.points.zh, s.pickLongest.of), en: share(s.pickLongest.points.en, s.pickLongest.of) },
  };
}

/** One line per bank, for a test log or a review. */
export function formatGiveaways(s: GiveawayStats): string {
  const c = s.choice;
  const counts = Object.entries(s.multiple.rightCounts)
    .map(([n, k]) => `${n}:${k}`)
    .join(' ');
  return [
    s.bank.padEnd(24),
    `longest keyed zh ${percent(c.keyedLongest.zh, c.count)} en ${percent(c.keyedLongest.en, c.count)} (chance ${percent(c.chanceLongest, c.count)}, n=${c.count})`,
    `positions ${c.positions.join('/')}`,
    `multiple right counts ${counts || '-'}`,
    `pick-the-longest zh ${percent(s.pickLongest.points.zh, s.pickLongest.of)} en ${percent(s.pickLongest.points.en, s.pickLongest.of)}`,
  ].join(' | ');
}
