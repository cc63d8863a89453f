/** The course as shipped: nine chapters in both languages, consistent with each other and with the scenarios. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readScenarioFolder } from '../../src/build/yaml-folder.ts';
import { chapterSchema, type ChapterData } from '../../src/schemas/chapter.ts';

const SLUGS = [
  'crm-and-marketing', 'crm-overview', 'identifying-customers', 'building-relationships', 'customer-service',
  'customer-satisfaction', 'customer-loyalty', 'churn-and-retention', 'crm-systems',
];

function chapter(locale: 'zh' | 'en', slug: string): { data: ChapterData; body: string } {
  const source = readFileSync(`content/chapters/${locale}/${slug}.mdx`, 'utf8');
  const [, frontMatter, body] = source.split(/^---$/m);
  return { data: chapterSchema.parse(parse(frontMatter!)), body: body! };
}
const headingIds = (body: string) => [...body.matchAll(/<h[23] id="([a-z0-9-]+)"/g)].map((m) => m[1]!);

it('has exactly the nine chapters of the lesson plan, in both languages', () => {
  for (const locale of ['zh', 'en']) {
    expect(readdirSync(`content/chapters/${locale}`).map((f) => f.replace('.mdx', '')).sort()).toEqual([...SLUGS].sort());
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
    const { loaded } = await readScenarioFolder('scenarios');
    const ids = loaded.map((l) => l.scenario.id);
    for (const id of zh.data.scenarios) expect(ids).toContain(id);
  });

  it('is linked from the scenarios that practise it', async () => {
    const { loaded } = await readScenarioFolder('scenarios');
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
    expect(new Set(bank!.questions.map((q) => q.type))).toEqual(new Set(['single', 'multiple', 'truefalse', 'ordering', 'dialogue', 'term', 'short', 'case', 'calc']));
    const ids = headingIds(chapter('zh', slug).body);
    for (const q of bank!.questions) expect(ids, q.id).toContain(q.section);
  });
});
