/**
 * The shipped question banks must not give their answers away by form: a learner
 * who only compares option lengths, favours one position or ticks a fixed number of
 * boxes should do no better than chance (plus a margin for banks of a dozen items).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readYamlFolder } from '../../src/build/yaml-folder.ts';
import { bankGiveaways, combineGiveaways, formatGiveaways, giveawayShares, type GiveawayStats } from '../../src/domain/quiz/giveaways.ts';
import { loadQuestionBank } from '../../src/domain/quiz/load.ts';
import type { Question } from '../../src/schemas/question.ts';

/** The keyed option may be the longest this much more often than chance (1 / options, averaged)… */
const LONGEST_MARGIN = 0.1;
/** …and this much less often: a key that is never the longest gives itself away too ("skip the longest"). */
const LONGEST_MARGIN_BELOW = 0.15;
/** No position may hold the key in more than this share of a bank's single-choice and dialogue questions. */
const MAX_POSITION = 0.4;
/** Multiple choice: at least this many different numbers of right options per bank… */
const MIN_RIGHT_COUNT_VALUES = 3;
/** …and no one number in more than this share of the bank's multiple-choice questions. */
const MAX_RIGHT_COUNT = 0.5;
/** "Pick the longest" may earn at most this share of the points, over all banks and in each bank. */
const MAX_PICK_LONGEST = 0.35;
const MAX_PICK_LONGEST_PER_BANK = 0.4;

const t = (zh: string, en = zh) => ({ zh, en });
const base = { prompt: t('问'), explanation: t('答'), section: 's' };

describe('the giveaway statistics', () => {
  it('count a keyed longest option, ties included, in each language separately', () => {
    const s = bankGiveaways({
      chapter: 'ch',
      questions: [
        { ...base, id: 'ch-01', type: 'single', options: [t('短', 'a long one'), t('长长长', 'short')], answer: 1 },
        { ...base, id: 'ch-02', type: 'single', options: [t('一样', 'same'), t('一样', 'diff'), t('一', 'x')], answer: 0 },
        { ...base, id: 'ch-03', type: 'dialogue', dialogue: [{ speaker: 'customer', text: t('嗯') }], options: [t('长长'), t('短')], answer: 1 },
      ] as Question[],
    });
    expect(s.choice.count).toBe(3);
    expect(s.choice.keyedLongest).toEqual({ zh: 2, en: 1 });
    expect(s.choice.positions).toEqual([1, 2]);
    expect(s.choice.chanceLongest).toBeCloseTo(1 / 2 + 1 / 3 + 1 / 2);
    // zh: 1 (unique longest) + 1/2 (tie of two) + 0; en: 0 + 1/2 (tie "same"/"diff") + 0
    expect(s.pickLongest.points.zh).toBeCloseTo(1.5);
    expect(s.pickLongest.points.en).toBeCloseTo(0.5);
  });

  it('grade "pick the longer half" on multiple choice and count the right options', () => {
    const options = [t('一'), t('二二'), t('三三三'), t('四四四四'), t('五五五五五')];
    const s = bankGiveaways({
      chapter: 'ch',
      questions: [
        { ...base, id: 'ch-01', type: 'multiple', options, answer: [2, 3, 4] },
        { ...base, id: 'ch-02', type: 'multiple', options, answer: [0, 1] },
      ] as Question[],
    });
    expect(s.multiple.rightCounts).toEqual({ 3: 1, 2: 1 });
    expect(s.pickLongest.points.zh).toBe(1);
    expect(s.pickLongest.of).toBe(2);
  });

  it('add banks together', () => {
    const one = bankGiveaways({ chapter: 'a', questions: [{ ...base, id: 'a-01', type: 'single', options: [t('甲'), t('乙乙')], answer: 1 }] as Question[] });
    const two = bankGiveaways({
      chapter: 'b',
      questions: [{ ...base, id: 'b-01', type: 'single', options: [t('甲'), t('乙乙'), t('丙')], answer: 2 }] as Question[],
    });
    const all = combineGiveaways([one, two]);
    expect(all.choice.positions).toEqual([0, 1, 1]);
    expect(giveawayShares(all).keyedLongest.zh).toBe(0.5);
  });
});

describe('the shipped question banks', () => {
  let banks: GiveawayStats[] = [];
  let overall: GiveawayStats;
  beforeAll(async () => {
    const { loaded, problems } = await readYamlFolder('content/questions', loadQuestionBank);
    expect(problems).toEqual([]);
    banks = loaded.map(bankGiveaways);
    overall = combineGiveaways(banks);
    console.log(['Question bank giveaways:', ...banks.map(formatGiveaways), formatGiveaways(overall)].join('\n'));
  });

  it('key the longest option about as often as chance would, in either language', () => {
    const failures = [...banks, overall].flatMap((s) => {
      const shares = giveawayShares(s);
      return (['zh', 'en'] as const)
        .filter((l) => shares.keyedLongest[l] > shares.chanceLongest + LONGEST_MARGIN || shares.keyedLongest[l] < shares.chanceLongest - LONGEST_MARGIN_BELOW)
        .map((l) => `${s.bank} (${l}) ${Math.round(shares.keyedLongest[l] * 100)}%`);
    });
    expect(failures).toEqual([]);
  });

  it('spread the keyed positions', () => {
    const failures = [...banks, overall].filter((s) => giveawayShares(s).positions.some((p) => p > MAX_POSITION)).map((s) => s.bank);
    expect(failures).toEqual([]);
  });

  it('vary the number of right options in multiple choice', () => {
    const failures = [...banks, overall]
      .filter((s) => {
        const counts = Object.values(giveawayShares(s).rightCounts);
        return counts.length < Math.min(MIN_RIGHT_COUNT_VALUES, s.multiple.count) || counts.some((c) => c > MAX_RIGHT_COUNT);
      })
      .map((s) => s.bank);
    expect(failures).toEqual([]);
  });

  it('do not reward picking the longest option', () => {
    const failures = [...banks, overall].flatMap((s) => {
      const limit = s === overall ? MAX_PICK_LONGEST : MAX_PICK_LONGEST_PER_BANK;
      const shares = giveawayShares(s).pickLongest;
      return (['zh', 'en'] as const).filter((l) => shares[l] > limit).map((l) => `${s.bank} (${l}) ${Math.round(shares[l] * 100)}%`);
    });
    expect(failures).toEqual([]);
  });
});
