/** Every exercise and case-discussion question, in both languages, is followed by its own model answer. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

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
const DISCUSSION = { zh: '**讨论题**', en: '**Discussion questions**' } as const;

/** The top-level numbered items of a stretch of MDX, each with everything indented under it. */
function items(text: string): string[] {
  return text.split(/^(?=\d+\. )/m).filter((chunk) => /^\d+\. /.test(chunk));
}

/** The discussion questions of the case and the exercises of a chapter, as list items. */
function questions(locale: 'zh' | 'en', slug: string): { discussion: string[]; exercises: string[] } {
  const body = readFileSync(`content/chapters/${locale}/${slug}.mdx`, 'utf8');
  const exercisesAt = body.indexOf('<h2 id="exercises">');
  const discussionAt = body.indexOf(DISCUSSION[locale], body.indexOf('<h2 id="case">'));
  expect(discussionAt, 'discussion questions before the exercises').toBeGreaterThan(-1);
  expect(discussionAt).toBeLessThan(exercisesAt);
  const after = body.slice(exercisesAt + 1);
  const next = after.search(/^<h2 /m);
  return {
    discussion: items(body.slice(discussionAt, exercisesAt)),
    exercises: items(next === -1 ? after : after.slice(0, next)),
  };
}

/** How many answers an item holds, and whether each has text of its own. */
function answersIn(item: string): { count: number; filled: boolean } {
  const blocks = [...item.matchAll(/<Answer>([\s\S]*?)<\/Answer>/g)];
  return { count: blocks.length, filled: blocks.every((b) => b[1]!.trim().length >= 40) };
}

describe.each(SLUGS)('%s', (slug) => {
  for (const locale of ['zh', 'en'] as const) {
    it(`answers every discussion question and exercise once (${locale})`, () => {
      const { discussion, exercises } = questions(locale, slug);
      expect(discussion.length).toBeGreaterThanOrEqual(3);
      expect(exercises.length).toBeGreaterThanOrEqual(5);
      for (const [n, item] of [...discussion, ...exercises].entries()) {
        expect(answersIn(item), `question ${n + 1}: ${item.slice(0, 40)}`).toEqual({ count: 1, filled: true });
      }
      const source = readFileSync(`content/chapters/${locale}/${slug}.mdx`, 'utf8');
      expect(source.match(/<Answer>/g)?.length).toBe(discussion.length + exercises.length);
    });
  }

  it('has as many answers in English as in Chinese, section by section', () => {
    const zh = questions('zh', slug);
    const en = questions('en', slug);
    expect([en.discussion.length, en.exercises.length]).toEqual([zh.discussion.length, zh.exercises.length]);
  });
});
