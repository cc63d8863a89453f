/** The course as shipped: nine chapters in both languages, consistent with each other and with the scenarios. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readScenarioFolder } from '../../src/build/yaml-folder.ts';
import { tierCustomers } from '../../src/domain/drills/abc.ts';
import { chapterSchema, type ChapterData } from '../../src/schemas/chapter.ts';

const SLUGS = [
  'crm-and-marketing',
  'crm-overview',
  'identifying-customers',
  'building-relationships',
  'customer-service',
  'customer-satisfaction',
  'customer-loyalty',
  'churn-and-retention',
  'crm-systems',
];

function chapter(locale: 'zh' | 'en', slug: string): { data: ChapterData; body: string } {
  const source = readFileSync(`content/chapters/${locale}/${slug}.mdx`, 'utf8');
  const [, frontMatter, body] = source.split(/^---$/m);
  return { data: chapterSchema.parse(parse(frontMatter!)), body: body! };
}
// Read once: each scenario is checked through the full domain lint, about a second for the folder.
const scenarioFolder = readScenarioFolder('scenarios');
const headingIds = (body: string) => [...body.matchAll(/<h[23] id="([a-z0-9-]+)"/g)].map((m) => m[1]!);

it('has exactly the nine chapters of the lesson plan, in both languages', () => {
  for (const locale of ['zh', 'en']) {
    expect(
      readdirSync(`content/chapters/${locale}`)
        .map((f) => f.replace('.mdx', ''))
        .sort(),
    ).toEqual([...SLUGS].sort());
  }
});

describe.each(SLUGS.map((slug, i) => [i + 1, slug] as const))('chapter %i (%s)', (number, slug) => {
  const zh = chapter('zh', slug);
  const en = chapter('en', slug);

  it('has its number and the same structure in both languages', () => {
    expect(zh.data.chapter).toBe(number);
    expect(en.data.chapter).toBe(number);
    expect(headingIds(en.body)).toEqual(headingIds(zh.body));
    expect(en.data.hours).toEqual(zh.data.hours);
    expect(en.data.scenarios).toEqual(zh.data.scenarios);
    expect(en.data.concepts.map((c) => c.section)).toEqual(zh.data.concepts.map((c) => c.section));
  });

  it('has a case, exercises, and concepts that link to the sections teaching them', () => {
    const ids = headingIds(zh.body);
    expect(ids).toContain('case');
    expect(ids).toContain('exercises');
    for (const c of zh.data.concepts) if (c.section) expect(ids, c.term).toContain(c.section);
  });

  it('has at least 2,500 Chinese characters of body text', () => {
    expect(zh.body.match(/[\u4e00-\u9fff]/g)?.length ?? 0).toBeGreaterThanOrEqual(2500);
  });

  it('links only to role-plays that exist', async () => {
    const { loaded } = await scenarioFolder;
    const ids = loaded.map((l) => l.scenario.id);
    for (const id of zh.data.scenarios) expect(ids).toContain(id);
  });

  it('is linked from the scenarios that practise it', async () => {
    const { loaded } = await scenarioFolder;
    for (const { scenario } of loaded.filter((l) => l.scenario.chapter.split('#')[0] === slug)) {
      const section = scenario.chapter.split('#')[1];
      if (section) expect(headingIds(zh.body)).toContain(section);
      expect(zh.data.scenarios).toContain(scenario.id);
    }
  });

  it('uses full-width punctuation in its Chinese text', () => {
    const ascii = zh.body.split('\n').filter((line) => !line.startsWith('import ') && /[\u4e00-\u9fff][,:;?!]|[,;?!][\u4e00-\u9fff]/.test(line));
    expect(ascii).toEqual([]);
  });
});

it('every drill data file is used by a chapter', () => {
  const used = SLUGS.flatMap((slug) => [...readFileSync(`content/chapters/zh/${slug}.mdx`, 'utf8').matchAll(/drills\/([a-z]+)\.json/g)].map((m) => m[1]));
  for (const file of readdirSync('content/drills')) expect(used).toContain(file.replace('.json', ''));
  expect(existsSync('content/drills')).toBe(true);
});

describe.each(SLUGS)('question bank %s', (slug) => {
  it('has at least 20 questions, each taught in a section of its chapter, in every type', async () => {
    const { readYamlFolder } = await import('../../src/build/yaml-folder.ts');
    const { loadQuestionBank } = await import('../../src/domain/quiz/load.ts');
    const { loaded, problems } = await readYamlFolder('content/questions', loadQuestionBank);
    expect(problems).toEqual([]);
    const bank = loaded.find((b) => b.chapter === slug);
    expect(bank, `content/questions/${slug}.yaml`).toBeDefined();
    expect(bank!.questions.length).toBeGreaterThanOrEqual(20);
    expect(new Set(bank!.questions.map((q) => q.type))).toEqual(
      new Set(['single', 'multiple', 'truefalse', 'ordering', 'dialogue', 'term', 'short', 'case', 'calc']),
    );
    const ids = headingIds(chapter('zh', slug).body);
    for (const q of bank!.questions) expect(ids, q.id).toContain(q.section);
  });
});

/** The rows of the first Markdown table after `marker`, as cells without bold marks. */
function tableAfter(body: string, marker: string): string[][] {
  const lines = body.slice(body.indexOf(marker)).split('\n');
  const start = lines.findIndex((l) => l.startsWith('|'));
  const end = lines.findIndex((l, i) => i > start && !l.startsWith('|'));
  return lines
    .slice(start, end)
    .filter((l) => !/^\|[-| ]+\|$/.test(l))
    .map((l) =>
      l
        .split('|')
        .slice(1, -1)
        .map((c) => c.trim().replace(/\*\*/g, '')),
    );
}

describe.each(['zh', 'en'] as const)('worked examples agree with their arithmetic (%s)', (locale) => {
  it('chapter 3 tiers the wholesaler table with the drill’s rule, cut-offs included', () => {
    const body = chapter(locale, 'identifying-customers').body;
    const rows = tableAfter(body, '<h3 id="customer-tiering">')
      .slice(1)
      .filter((r) => /^\d+$/.test(r[0]!));
    const tiered = tierCustomers(rows.map((r) => ({ id: r[1]!, amount: Number(r[2]) })));
    expect(rows.map((r) => r[5])).toEqual(tiered.map((c) => c.tier));
    expect(body).toMatch(locale === 'zh' ? /恰好80%的客户是B类，恰好95%的是C类/ : /exactly 80 percent is tier B, and exactly 95 percent is tier C/);
  });

  it('chapter 9 adds up the weighted scores of both products', () => {
    const body = chapter(locale, 'crm-systems').body;
    const rows = tableAfter(body, locale === 'zh' ? '加权评分法' : 'weighted scoring').slice(1);
    const criteria = rows.slice(0, -1);
    const totals = rows.at(-1)!.slice(2).map(Number);
    for (const product of [0, 1]) {
      const sum = criteria.reduce((s, r) => s + (parseFloat(r[1]!) / 100) * Number(r[2 + product]), 0);
      expect(totals[product]).toBeCloseTo(sum, 6);
    }
    expect(totals).toEqual([7.45, 7.3]);
  });

  it('chapter 9 staffs the call centre in whole agents: 50 % self-service saves one of ten', () => {
    const agents = (selfService: number) => Math.ceil((1200 * (1 - selfService) * 5) / 60 / 6);
    expect([agents(0.4), agents(0.5)]).toEqual([10, 9]);
    const body = chapter(locale, 'crm-systems').body;
    expect(body).toMatch(locale === 'zh' ? /仍需9名坐席，也就是少安排一名/ : /9 agents are still needed, one fewer than before/);
  });

  it('chapters 2 and 3 each name the other lifetime-value method and link to it', () => {
    const overview = chapter(locale, 'crm-overview').body;
    const identifying = chapter(locale, 'identifying-customers').body;
    // Relative links: they stay in the page's language and under any base path.
    expect(overview).toContain('](../identifying-customers/#customer-lifetime-value)');
    expect(identifying).toContain('](../crm-overview/#customer-assets)');
    expect(overview).toMatch(locale === 'zh' ? /逐年计算预期贡献/ : /expected contribution year by year/);
    expect(identifying).toMatch(locale === 'zh' ? /平均关系年数法/ : /average-years method/);
    expect(headingIds(identifying)).toContain('customer-lifetime-value');
    expect(headingIds(overview)).toContain('customer-assets');
  });
});

it('the lifetime-value drill says the first year counts as certain', () => {
  const drill = JSON.parse(readFileSync('content/drills/clv.json', 'utf8')) as { intro: { zh: string; en: string } };
  expect(drill.intro.zh).toContain('第一年按确定计算，不乘保持率');
  expect(drill.intro.en).toContain('Count the first year as certain (not reduced by retention)');
});

it('no chapter recommends telling an upset customer 别着急 (“don’t worry”)', () => {
  for (const slug of SLUGS) {
    const advice = chapter('zh', slug)
      .body.split('\n')
      .filter((line) => /别着?急/.test(line));
    for (const line of advice) expect(line, slug).toMatch(/不要/);
  }
});
