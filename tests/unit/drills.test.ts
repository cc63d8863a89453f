import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tierCustomers } from '../../src/domain/drills/abc.ts';
import { isCloseEnough, lifetimeValue } from '../../src/domain/drills/clv.ts';
import { satisfactionIndex } from '../../src/domain/drills/csi.ts';
import { markRewrite, phraseAsSaid, phrasesLeft } from '../../src/domain/drills/rewrite.ts';
import { rfmLevels, segmentOf } from '../../src/domain/drills/rfm.ts';
import { abcDrillSchema, clvDrillSchema, csiDrillSchema, rewriteDrillSchema, rfmDrillSchema } from '../../src/schemas/drill.ts';
import { loadForbiddenPhrases } from '../../src/domain/scenario/load.ts';

const json = (name: string): unknown => JSON.parse(readFileSync(`content/drills/${name}.json`, 'utf8'));

describe('customer lifetime value (the worked example of chapter 3)', () => {
  const auntie = { spendPerPurchase: 60, purchasesPerYear: 100, margin: 0.2, serviceCostPerYear: 200, years: 5, retention: 1, acquisitionCost: 50 };
  it('without churn: 1,000 a year for 5 years, less 50', () => {
    expect(lifetimeValue(auntie)).toMatchObject({ yearlyRevenue: 6000, yearlyContribution: 1000, lifetimeValue: 4950 });
  });
  it('with 80 % retention: 3,361.6 less 50', () => {
    const result = lifetimeValue({ ...auntie, retention: 0.8 });
    expect(result.byYear).toEqual([1000, 800, 640, 512, 409.6]);
    expect(result.lifetimeValue).toBe(3311.6);
  });
  it('accepts answers rounded along the way, not wrong ones', () => {
    expect(isCloseEnough(3312, 3311.6)).toBe(true);
    expect(isCloseEnough(3361.6, 3311.6)).toBe(false);
  });
  it('the drill case has one right answer', () => {
    const drill = clvDrillSchema.parse(json('clv'));
    expect(lifetimeValue(drill.case)).toMatchObject({ yearlyContribution: 360, lifetimeValue: 954.38 });
  });
});

describe('ABC tiering', () => {
  it('tiers the chapter 3 seasoning wholesaler example as the chapter does', () => {
    const amounts = [45, 28, 9, 6, 4, 3, 2, 1.5, 1, 0.5];
    const tiers = tierCustomers(amounts.map((amount, i) => ({ id: String(i), amount }))).map((c) => c.tier);
    expect(tiers.join('')).toBe('AABBBCCCCC');
  });
  it('tiers the drill data with clear gaps at the limits', () => {
    const drill = abcDrillSchema.parse(json('abc'));
    const tiered = tierCustomers(drill.customers);
    expect(tiered.map((c) => `${c.id}:${c.tier}:${c.cumulative}`)).toEqual([
      'bank:A:38',
      'factory:A:60',
      'school:A:72',
      'agency:B:81',
      'hotel:B:88',
      'law:B:93',
      'clinic:C:97',
      'studio:C:100',
    ]);
  });
  it('puts a customer exactly on a cut-off in the lower tier, as the chapter text says', () => {
    // 80 + 15 + 5: cumulative exactly 80 % and exactly 95 %.
    const tiered = tierCustomers([
      { id: 'a', amount: 80 },
      { id: 'b', amount: 15 },
      { id: 'c', amount: 5 },
    ]);
    expect(tiered.map((c) => `${c.id}:${c.cumulative}:${c.tier}`)).toEqual(['a:80:B', 'b:95:C', 'c:100:C']);
  });
  it('returns nothing for an empty or zero list', () => {
    expect(tierCustomers([])).toEqual([]);
    expect(tierCustomers([{ id: 'x', amount: 0 }])).toEqual([]);
  });
});

describe('satisfaction index', () => {
  it('reproduces the chapter 6 car-dealer example: 4.07 → 81.4, fees lose most', () => {
    const result = satisfactionIndex([
      { id: 'quality', weight: 0.3, counts: [5, 3, 2, 0, 0] },
      { id: 'attitude', weight: 0.2, counts: [5, 5, 0, 0, 0] },
      { id: 'waiting', weight: 0.15, counts: [32, 72, 50, 36, 10] },
      { id: 'fees', weight: 0.2, counts: [1, 6, 2, 1, 0] },
      { id: 'lounge', weight: 0.05, counts: [6, 4, 0, 0, 0] },
      { id: 'handover', weight: 0.1, counts: [0, 10, 0, 0, 0] },
    ]);
    expect(result.items.find((i) => i.id === 'waiting')?.average).toBe(3.4);
    expect(result.weightedAverage).toBe(4.07);
    expect(result.index).toBe(81.4);
    expect(result.weakest).toBe('fees');
  });
  it('the drill data gives 78.6, and speed loses the most', () => {
    const result = satisfactionIndex(csiDrillSchema.parse(json('csi')).items);
    expect(result.index).toBe(78.6);
    expect(result.weakest).toBe('speed');
  });
  it('refuses weights that do not add up to 1', () => {
    const drill = csiDrillSchema.safeParse({
      intro: { zh: '例', en: 'e.g.' },
      items: [
        { id: 'a', label: { zh: '甲', en: 'A' }, weight: 0.5, counts: [1, 0, 0, 0, 0] },
        { id: 'b', label: { zh: '乙', en: 'B' }, weight: 0.4, counts: [1, 0, 0, 0, 0] },
      ],
    });
    expect(drill.success).toBe(false);
    expect(drill.error?.issues[0]?.message).toBe('the weights must add up to 1');
  });
});

describe('RFM segments', () => {
  const t = { maxDays: 60, minPurchases: 4, minAmount: 1000 };
  it('segments the chapter 3 tea-shop customers as the chapter does', () => {
    const customers = [
      { id: 'wang', daysSinceLast: 12, purchases: 9, amount: 3200 },
      { id: 'li', daysSinceLast: 150, purchases: 7, amount: 2600 },
      { id: 'chen', daysSinceLast: 20, purchases: 1, amount: 1500 },
      { id: 'zhao', daysSinceLast: 35, purchases: 6, amount: 480 },
      { id: 'liu', daysSinceLast: 240, purchases: 1, amount: 89 },
    ];
    expect(customers.map((c) => segmentOf(rfmLevels(c, t)))).toEqual(['hhh', 'lhh', 'hlh', 'hhl', 'lll']);
  });
  it('treats the thresholds as inclusive', () => {
    expect(rfmLevels({ id: 'x', daysSinceLast: 60, purchases: 4, amount: 1000 }, t)).toEqual({ r: 'high', f: 'high', m: 'high' });
  });
  it('the drill data covers all eight segments', () => {
    const drill = rfmDrillSchema.parse(json('rfm'));
    expect(new Set(drill.customers.map((c) => segmentOf(rfmLevels(c, drill.thresholds)))).size).toBe(8);
  });
});

describe('rewriting a forbidden phrase (chapter 5)', () => {
  const loaded = loadForbiddenPhrases('content/forbidden-phrases.yaml', readFileSync('content/forbidden-phrases.yaml', 'utf8'));
  if (!loaded.ok) throw new Error('content/forbidden-phrases.yaml does not load');
  const list = loaded.value;
  const drill = rewriteDrillSchema.parse(json('rewrite'));
  const english = (found: readonly { phrase: { en: string } }[]) => found.map((f) => f.phrase.en);

  it('names the phrases still in a Chinese reply, gaps included', () => {
    expect(english(phrasesLeft('不可能，一定是您自己弄错了。', list, 'zh'))).toEqual(['must have got it wrong', 'impossible']);
    const mark = markRewrite('这事不归我管。', list, 'zh');
    expect(mark.kind === 'forbidden' && english(mark.phrases)).toEqual(['not my job']);
  });
  it('matches English replies whatever their capitals and apostrophes', () => {
    expect(english(phrasesLeft('Sorry, I can’t find it anywhere.', list, 'en'))).toEqual(["I can't find it"]);
    expect(english(phrasesLeft('THOSE ARE THE RULES.', list, 'en'))).toEqual(['those are the rules']);
  });
  it('words a phrase pattern as said: the first of each set of alternatives', () => {
    expect(phraseAsSaid('(一定|肯定)是…错了')).toBe('一定是…错了');
    expect(phraseAsSaid('我(这里|这边|)(也|)查不(到|着)')).toBe('我这里也查不到');
    expect(phraseAsSaid('不可能')).toBe('不可能');
  });
  it('passes a reply without any listed phrase, and refuses an empty one', () => {
    expect(markRewrite('我换个途径帮您核实，今天下午五点前给您回电。', list, 'zh')).toEqual({ kind: 'clean' });
    expect(markRewrite('   ', list, 'en')).toEqual({ kind: 'empty' });
  });
  it('every item starts from a reply with a listed phrase and has a model answer without one, in both languages', () => {
    expect(drill.items.length).toBeGreaterThanOrEqual(3);
    for (const item of drill.items) {
      for (const locale of ['zh', 'en'] as const) {
        expect(phrasesLeft(item.reply[locale], list, locale), `${item.id} ${locale} reply`).not.toEqual([]);
        expect(markRewrite(item.model[locale], list, locale), `${item.id} ${locale} model`).toEqual({ kind: 'clean' });
      }
      // The English text teaches the same phrases as the Chinese one.
      expect(phrasesLeft(item.reply.en, list, 'en'), item.id).toEqual(phrasesLeft(item.reply.zh, list, 'zh'));
    }
  });
});
