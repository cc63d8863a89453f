/**
 * Calculation templates: each draws its numbers within sensible ranges, works the
 * answer out with the chapter drill's own function (so a question and the drill can
 * never disagree), and carries its wording in both languages. Prompts and step labels
 * use `{name}` placeholders: a parameter's or a step variable's name; the interface
 * formats each number by its unit.
 */
import type { Text } from '../../schemas/scenario.ts';
import { tierCustomers } from '../drills/abc.ts';
import { averageHandlingTime } from '../drills/aht.ts';
import { lifetimeValue } from '../drills/clv.ts';
import { satisfactionIndex } from '../drills/csi.ts';
import { netPromoterScore } from '../drills/nps.ts';
import { retentionRates } from '../drills/retention.ts';
import type { CalcTemplateId } from './calc-template-ids.ts';
import { difference, param, percent, power, product, ratio, step, sum, value, type Step, type Unit } from './calc-steps.ts';

export type Params = Readonly<Record<string, number>>;

export interface ParamSpec {
  name: string;
  /** Drawn uniformly from min, min + step, … max. */
  min: number;
  max: number;
  step: number;
  unit: Unit;
  /** Decimal places to show. */
  decimals: number;
}

export interface Solution {
  answer: number;
  /** The working; the last step's value is the answer. */
  steps: Step[];
}

export interface CalcTemplate {
  id: CalcTemplateId;
  params: readonly ParamSpec[];
  /** A draw is kept only when this holds (weights adding up to 1, a positive margin…); otherwise the next draw is tried. */
  valid?: (p: Params) => boolean;
  solve: (p: Params) => Solution;
  answer: { unit: Unit; decimals: number };
  /** An answer counts when within max(absolute, relative × |exact|) of the exact value: rounding along the way is fine. */
  tolerance: { absolute: number; relative: number };
  wording: {
    prompt: Text;
    /** Labels of the steps, by `Step.label`. */
    steps: Record<string, Text>;
  };
}

const spec = (name: string, min: number, max: number, stepSize: number, unit: Unit, decimals = 0): ParamSpec => ({
  name,
  min,
  max,
  step: stepSize,
  unit,
  decimals,
});
const get = (p: Params, name: string) => p[name]!;

function lastValue(steps: Step[]): number {
  return steps.at(-1)!.value;
}

const clv: CalcTemplate = {
  id: 'clv',
  params: [
    spec('spend', 30, 300, 10, 'yuan'),
    spec('purchases', 4, 24, 1, 'count'),
    spec('margin', 20, 50, 5, 'percent'),
    spec('serviceCost', 0, 200, 20, 'yuan'),
    spec('years', 3, 5, 1, 'years'),
    spec('retention', 60, 95, 5, 'percent'),
    spec('acquisition', 50, 500, 50, 'yuan'),
  ],
  valid: (p) => (get(p, 'spend') * get(p, 'purchases') * get(p, 'margin')) / 100 > get(p, 'serviceCost'),
  solve(p) {
    const years = get(p, 'years');
    const w = lifetimeValue({
      spendPerPurchase: get(p, 'spend'),
      purchasesPerYear: get(p, 'purchases'),
      margin: get(p, 'margin') / 100,
      serviceCostPerYear: get(p, 'serviceCost'),
      years,
      retention: get(p, 'retention') / 100,
      acquisitionCost: get(p, 'acquisition'),
    });
    const steps: Step[] = [
      { id: 'revenue', label: 'revenue', expr: product(param('spend'), param('purchases')), value: w.yearlyRevenue, unit: 'yuan', decimals: 2 },
      {
        id: 'contribution',
        label: 'contribution',
        expr: difference(product(step('revenue'), ratio(param('margin'), value(100))), param('serviceCost')),
        value: w.yearlyContribution,
        unit: 'yuan',
        decimals: 2,
      },
      ...w.byYear.map((v, t): Step => ({
        id: `year-${t + 1}`,
        label: 'year',
        vars: { n: t + 1 },
        expr: product(step('contribution'), power(ratio(param('retention'), value(100)), value(t))),
        value: v,
        unit: 'yuan',
        decimals: 2,
      })),
      {
        id: 'expected',
        label: 'expected',
        vars: { years },
        expr: sum(...w.byYear.map((_, t) => step(`year-${t + 1}`))),
        value: Math.round(w.byYear.reduce((a, b) => a + b, 0) * 100) / 100,
        unit: 'yuan',
        decimals: 2,
      },
      { id: 'clv', label: 'clv', expr: difference(step('expected'), param('acquisition')), value: w.lifetimeValue, unit: 'yuan', decimals: 2 },
    ];
    return { answer: w.lifetimeValue, steps };
  },
  answer: { unit: 'yuan', decimals: 2 },
  tolerance: { absolute: 1, relative: 0.01 },
  wording: {
    prompt: {
      zh: '一位客户平均每次消费{spend}，每年购买{purchases}次，毛利率为{margin}，每年为他提供服务的成本为{serviceCost}。预计与他保持关系{years}，年客户保持率为{retention}（第1年按确定计算，以后每年的可能性再乘以保持率），获取这位客户花了{acquisition}。这位客户的终身价值是多少元？',
      en: 'A customer spends on average {spend} per purchase and buys {purchases} times a year; the gross margin is {margin}, and serving the customer costs {serviceCost} a year. The relationship is expected to last {years}, with a yearly retention rate of {retention} (year 1 is certain; each later year is weighted by retention once more), and winning the customer cost {acquisition}. What is the customer lifetime value, in yuan?',
    },
    steps: {
      revenue: { zh: '每年消费额', en: 'Yearly spending' },
      contribution: { zh: '每年净贡献（毛利减服务成本）', en: 'Yearly net contribution (gross profit less service cost)' },
      year: { zh: '第{n}年的预期净贡献', en: 'Expected contribution in year {n}' },
      expected: { zh: '{years}年预期净贡献合计', en: 'Expected contribution over {years} years' },
      clv: { zh: '客户终身价值（减去获客成本）', en: 'Customer lifetime value (less the cost of winning the customer)' },
    },
  },
};

const retentionParams = [spec('atStart', 400, 2000, 10, 'count'), spec('gained', 20, 400, 10, 'count'), spec('atEnd', 300, 2400, 10, 'count')];

/** Between half and all of the starting customers stay. */
function plausibleRetention(p: Params): boolean {
  const kept = get(p, 'atEnd') - get(p, 'gained');
  return kept >= get(p, 'atStart') / 2 && kept <= get(p, 'atStart');
}

function retentionSteps(p: Params): Step[] {
  const w = retentionRates({ atStart: get(p, 'atStart'), gained: get(p, 'gained'), atEnd: get(p, 'atEnd') });
  return [
    { id: 'kept', label: 'kept', expr: difference(param('atEnd'), param('gained')), value: w.kept, unit: 'count', decimals: 0 },
    { id: 'retention', label: 'retention', expr: percent(step('kept'), param('atStart')), value: w.retention, unit: 'percent', decimals: 2 },
    { id: 'churn', label: 'churn', expr: difference(value(100), step('retention')), value: w.churn, unit: 'percent', decimals: 2 },
  ];
}

const retentionSetting: Text = {
  zh: '期初有客户{atStart}人；这一期间新增客户{gained}人，期末仍全部在册；期末客户共{atEnd}人（新老客户合计）。',
  en: 'At the start of the period there were {atStart} customers; {gained} customers were won during the period and are all still customers at the end; at the end there are {atEnd} customers, old and new.',
};

const retentionLabels: Record<string, Text> = {
  kept: { zh: '期末仍在的期初客户数（期末客户数减新增客户数）', en: 'Starting customers still there at the end (end count less new customers)' },
  retention: { zh: '客户保持率', en: 'Retention rate' },
  churn: { zh: '客户流失率（100%减保持率）', en: 'Churn rate (100% less the retention rate)' },
};

const retentionRate: CalcTemplate = {
  id: 'retention-rate',
  params: retentionParams,
  valid: plausibleRetention,
  solve: (p) => {
    const steps = retentionSteps(p).slice(0, 2);
    return { answer: lastValue(steps), steps };
  },
  answer: { unit: 'percent', decimals: 2 },
  tolerance: { absolute: 0.1, relative: 0 },
  wording: {
    prompt: {
      zh: `${retentionSetting.zh}这一期间的客户保持率是多少（%）？`,
      en: `${retentionSetting.en} What is the customer retention rate for the period, in percent?`,
    },
    steps: retentionLabels,
  },
};

const churnRate: CalcTemplate = {
  id: 'churn-rate',
  params: retentionParams,
  valid: plausibleRetention,
  solve: (p) => {
    const steps = retentionSteps(p);
    return { answer: lastValue(steps), steps };
  },
  answer: { unit: 'percent', decimals: 2 },
  tolerance: { absolute: 0.1, relative: 0 },
  wording: {
    prompt: {
      zh: `${retentionSetting.zh}这一期间的客户流失率是多少（%）？`,
      en: `${retentionSetting.en} What is the customer churn rate for the period, in percent?`,
    },
    steps: retentionLabels,
  },
};

/** The three survey items of the CSI template, with the prefix of their parameters. */
const CSI_ITEMS = [
  { prefix: 'q', label: 'quality' },
  { prefix: 'a', label: 'attitude' },
  { prefix: 's', label: 'speed' },
] as const;
/** Ranges of the counts answering 5 (very satisfied) … 1 (very dissatisfied). */
const CSI_COUNTS = [
  [5, 60],
  [10, 80],
  [5, 50],
  [0, 30],
  [0, 20],
] as const;

const csi: CalcTemplate = {
  id: 'csi',
  params: CSI_ITEMS.flatMap(({ prefix }) => [
    spec(`w${prefix}`, 0.2, 0.5, 0.05, 'number', 2),
    ...CSI_COUNTS.map(([min, max], i) => spec(`${prefix}${5 - i}`, min, max, 1, 'count')),
  ]),
  valid: (p) => Math.abs(CSI_ITEMS.reduce((s, { prefix }) => s + get(p, `w${prefix}`), 0) - 1) < 1e-9,
  solve(p) {
    const counts = (prefix: string) => [5, 4, 3, 2, 1].map((level) => get(p, `${prefix}${level}`)) as [number, number, number, number, number];
    const r = satisfactionIndex(CSI_ITEMS.map(({ prefix }) => ({ id: prefix, weight: get(p, `w${prefix}`), counts: counts(prefix) })));
    const steps: Step[] = CSI_ITEMS.flatMap(({ prefix, label }, i): Step[] => {
      const levels = [5, 4, 3, 2, 1];
      return [
        {
          id: `average-${prefix}`,
          label: `average-${label}`,
          expr: ratio(sum(...levels.map((l) => product(value(l), param(`${prefix}${l}`)))), sum(...levels.map((l) => param(`${prefix}${l}`)))),
          value: r.items[i]!.average,
          unit: 'score',
          decimals: 2,
        },
        {
          id: `weighted-${prefix}`,
          label: `weighted-${label}`,
          expr: product(param(`w${prefix}`), step(`average-${prefix}`)),
          value: r.items[i]!.weighted,
          unit: 'score',
          decimals: 3,
        },
      ];
    });
    steps.push(
      {
        id: 'weighted-average',
        label: 'weighted-average',
        expr: sum(...CSI_ITEMS.map(({ prefix }) => step(`weighted-${prefix}`))),
        value: r.weightedAverage,
        unit: 'score',
        decimals: 3,
      },
      { id: 'index', label: 'index', expr: product(ratio(step('weighted-average'), value(5)), value(100)), value: r.index, unit: 'number', decimals: 1 },
    );
    return { answer: r.index, steps };
  },
  answer: { unit: 'number', decimals: 1 },
  tolerance: { absolute: 0.5, relative: 0 },
  wording: {
    prompt: {
      zh: '一次满意度调查用五级量表给三个项目打分（很满意5分，满意4分，一般3分，不满意2分，很不满意1分）。产品质量（权重{wq}）：很满意{q5}人、满意{q4}人、一般{q3}人、不满意{q2}人、很不满意{q1}人；服务态度（权重{wa}）：很满意{a5}人、满意{a4}人、一般{a3}人、不满意{a2}人、很不满意{a1}人；响应速度（权重{ws}）：很满意{s5}人、满意{s4}人、一般{s3}人、不满意{s2}人、很不满意{s1}人。各项平均分保留两位小数，按“加权平均分 ÷ 5 × 100”计算，客户满意度指数是多少？',
      en: 'A satisfaction survey scores three items on a five-point scale (very satisfied 5, satisfied 4, neutral 3, dissatisfied 2, very dissatisfied 1). Product quality (weight {wq}): very satisfied {q5}, satisfied {q4}, neutral {q3}, dissatisfied {q2}, very dissatisfied {q1}. Service attitude (weight {wa}): very satisfied {a5}, satisfied {a4}, neutral {a3}, dissatisfied {a2}, very dissatisfied {a1}. Response speed (weight {ws}): very satisfied {s5}, satisfied {s4}, neutral {s3}, dissatisfied {s2}, very dissatisfied {s1}. Rounding each item average to two decimals and using weighted average ÷ 5 × 100, what is the customer satisfaction index?',
    },
    steps: {
      'average-quality': { zh: '产品质量平均分', en: 'Product quality: average score' },
      'weighted-quality': { zh: '产品质量加权得分', en: 'Product quality: weighted score' },
      'average-attitude': { zh: '服务态度平均分', en: 'Service attitude: average score' },
      'weighted-attitude': { zh: '服务态度加权得分', en: 'Service attitude: weighted score' },
      'average-speed': { zh: '响应速度平均分', en: 'Response speed: average score' },
      'weighted-speed': { zh: '响应速度加权得分', en: 'Response speed: weighted score' },
      'weighted-average': { zh: '加权平均分', en: 'Weighted average score' },
      index: { zh: '客户满意度指数（加权平均分 ÷ 5 × 100）', en: 'Customer satisfaction index (weighted average ÷ 5 × 100)' },
    },
  },
};

const nps: CalcTemplate = {
  id: 'nps',
  params: [spec('promoters', 40, 400, 1, 'count'), spec('passives', 30, 300, 1, 'count'), spec('detractors', 10, 250, 1, 'count')],
  solve(p) {
    const w = netPromoterScore({ promoters: get(p, 'promoters'), passives: get(p, 'passives'), detractors: get(p, 'detractors') });
    const steps: Step[] = [
      {
        id: 'respondents',
        label: 'respondents',
        expr: sum(param('promoters'), param('passives'), param('detractors')),
        value: w.respondents,
        unit: 'count',
        decimals: 0,
      },
      {
        id: 'promoter-share',
        label: 'promoter-share',
        expr: percent(param('promoters'), step('respondents')),
        value: w.promoterShare,
        unit: 'percent',
        decimals: 1,
      },
      {
        id: 'detractor-share',
        label: 'detractor-share',
        expr: percent(param('detractors'), step('respondents')),
        value: w.detractorShare,
        unit: 'percent',
        decimals: 1,
      },
      { id: 'nps', label: 'nps', expr: difference(step('promoter-share'), step('detractor-share')), value: w.nps, unit: 'number', decimals: 1 },
    ];
    return { answer: w.nps, steps };
  },
  answer: { unit: 'number', decimals: 1 },
  tolerance: { absolute: 0.5, relative: 0 },
  wording: {
    prompt: {
      zh: '一次调查请客户回答“您有多大可能把我们推荐给朋友或同事？”，从0到10打分。打9或10分的有{promoters}人，打7或8分的有{passives}人，打0到6分的有{detractors}人。各组占比保留一位小数，净推荐值（NPS）是多少？',
      en: 'A survey asks customers "How likely are you to recommend us to a friend or colleague?" on a scale from 0 to 10. {promoters} people answer 9 or 10, {passives} answer 7 or 8, and {detractors} answer 0 to 6. Rounding each group\'s share to one decimal, what is the Net Promoter Score (NPS)?',
    },
    steps: {
      respondents: { zh: '回答人数', en: 'Respondents' },
      'promoter-share': { zh: '推荐者（9–10分）所占百分比', en: 'Share of promoters (9–10)' },
      'detractor-share': { zh: '贬损者（0–6分）所占百分比', en: 'Share of detractors (0–6)' },
      nps: { zh: '净推荐值（推荐者百分比减贬损者百分比）', en: 'NPS (promoter share less detractor share)' },
    },
  },
};

const ABC_CUSTOMERS = [1, 2, 3, 4, 5, 6] as const;

const abcShare: CalcTemplate = {
  id: 'abc-share',
  params: [...ABC_CUSTOMERS.map((n) => spec(`c${n}`, 2, 90, 1, 'number')), spec('k', 2, 3, 1, 'count')],
  solve(p) {
    const k = get(p, 'k');
    const tiered = tierCustomers(ABC_CUSTOMERS.map((n) => ({ id: `c${n}`, amount: get(p, `c${n}`) })));
    const top = tiered.slice(0, k);
    const steps: Step[] = [
      {
        id: 'total',
        label: 'total',
        expr: sum(...ABC_CUSTOMERS.map((n) => param(`c${n}`))),
        value: ABC_CUSTOMERS.reduce((s, n) => s + get(p, `c${n}`), 0),
        unit: 'number',
        decimals: 0,
      },
      ...top.map((c, i): Step => ({
        id: `share-${i + 1}`,
        label: 'share',
        vars: { rank: i + 1, customer: Number(c.id.slice(1)) },
        expr: percent(param(c.id), step('total')),
        value: c.share,
        unit: 'percent',
        decimals: 1,
      })),
      {
        id: 'cumulative',
        label: 'cumulative',
        vars: { k },
        expr: percent(sum(...top.map((c) => param(c.id))), step('total')),
        value: top.at(-1)!.cumulative,
        unit: 'percent',
        decimals: 1,
      },
    ];
    return { answer: lastValue(steps), steps };
  },
  answer: { unit: 'percent', decimals: 1 },
  tolerance: { absolute: 0.2, relative: 0 },
  wording: {
    prompt: {
      zh: '一家批发商的6家客户去年的采购额（万元）如下：客户1 {c1}，客户2 {c2}，客户3 {c3}，客户4 {c4}，客户5 {c5}，客户6 {c6}。做ABC分级时先按采购额从高到低排列：排在前{k}位的客户累计占全部采购额的百分之几？（保留一位小数）',
      en: "A wholesaler's six customers bought the following last year (in 10,000 yuan): customer 1 {c1}, customer 2 {c2}, customer 3 {c3}, customer 4 {c4}, customer 5 {c5}, customer 6 {c6}. For ABC tiering, the customers are first sorted by purchases, largest first: what cumulative share of all purchases do the top {k} customers account for, in percent to one decimal?",
    },
    steps: {
      total: { zh: '采购额合计（万元）', en: 'Total purchases (10,000 yuan)' },
      share: { zh: '第{rank}位：客户{customer}的占比', en: 'Rank {rank}: share of customer {customer}' },
      cumulative: { zh: '前{k}位的累计占比', en: 'Cumulative share of the top {k}' },
    },
  },
};

const aht: CalcTemplate = {
  id: 'aht',
  params: [
    spec('calls', 40, 120, 1, 'count'),
    spec('talk', 6000, 40000, 100, 'seconds'),
    spec('hold', 0, 6000, 100, 'seconds'),
    spec('afterCall', 1000, 10000, 100, 'seconds'),
  ],
  valid: (p) => {
    const talkPerCall = get(p, 'talk') / get(p, 'calls');
    const perCall = (get(p, 'talk') + get(p, 'hold') + get(p, 'afterCall')) / get(p, 'calls');
    return talkPerCall >= 120 && talkPerCall <= 480 && perCall >= 150 && perCall <= 600;
  },
  solve(p) {
    const w = averageHandlingTime({ calls: get(p, 'calls'), talkSeconds: get(p, 'talk'), holdSeconds: get(p, 'hold'), afterCallSeconds: get(p, 'afterCall') });
    const steps: Step[] = [
      {
        id: 'handling',
        label: 'handling',
        expr: sum(param('talk'), param('hold'), param('afterCall')),
        value: w.handlingSeconds,
        unit: 'seconds',
        decimals: 0,
      },
      { id: 'aht', label: 'aht', expr: ratio(step('handling'), param('calls')), value: w.aht, unit: 'seconds', decimals: 1 },
    ];
    return { answer: w.aht, steps };
  },
  answer: { unit: 'seconds', decimals: 1 },
  tolerance: { absolute: 1, relative: 0 },
  wording: {
    prompt: {
      zh: '一个坐席小组昨天处理了{calls}通电话，通话时间共{talk}，保留时间共{hold}，话后处理时间共{afterCall}。这个小组昨天的平均处理时长（AHT）是多少秒？',
      en: 'Yesterday a team of agents handled {calls} calls, with {talk} of talk time, {hold} of hold time and {afterCall} of after-call work in total. What was their average handling time (AHT) yesterday, in seconds?',
    },
    steps: {
      handling: { zh: '处理总时长（通话 + 保留 + 话后处理）', en: 'Total handling time (talk + hold + after-call work)' },
      aht: { zh: '平均处理时长（处理总时长 ÷ 电话数）', en: 'Average handling time (total ÷ calls)' },
    },
  },
};

export const CALC_TEMPLATES: Record<CalcTemplateId, CalcTemplate> = {
  clv,
  'retention-rate': retentionRate,
  'churn-rate': churnRate,
  csi,
  nps,
  'abc-share': abcShare,
  aht,
};
