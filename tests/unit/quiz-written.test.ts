/** Written questions: keyword hints in the learner's text, self-marking kept apart from machine grades. */
import { describe, expect, it } from 'vitest';
import { gradeAnswer } from '../../src/domain/quiz/grade.ts';
import { keywordHits, keywordProblem } from '../../src/domain/quiz/keywords.ts';
import type { MarkingPoint, WrittenQuestion } from '../../src/schemas/question.ts';
import { selfMark, writtenParts } from '../../src/domain/quiz/written.ts';

const text = (s: string) => ({ zh: s, en: s });
const point = (zh: string[], en: string[], marks = 1): MarkingPoint => ({ text: text('point'), marks, keywords: { zh, en } });
const hit = (p: MarkingPoint, locale: 'zh' | 'en', answer: string) => keywordHits(p, locale, answer).map((s) => answer.slice(s.start, s.end));

describe('keyword hints', () => {
  const retention = point(['客户保持率|保持率|留存率', '期初*客户'], ['retention rate|retained', 'start* customer*']);
  const aht = point(['话后处理|话后整理'], ['after-call work|wrap-up', 'hold']);
  const loyalty = point(['忠诚*'], ['loyal*']);

  it.each([
    ['zh', retention, '保持率等于期末仍在的期初老客户数除以期初客户数。', ['保持率', '期初老客户', '期初客户']],
    ['zh', retention, '客户留存率就是留下来的比例', ['留存率']],
    ['zh', aht, '通话、保留，再加上话后整理的时间', ['话后整理']],
    ['zh', loyalty, '他们对品牌非常忠诚，忠诚度高', ['忠诚', '忠诚度高']],
    ['en', retention, 'The Retention Rate counts only the customers we had at the start.', ['Retention Rate']],
    ['en', retention, 'customers retained from the starting customers', ['retained', 'starting customers']],
    ['en', aht, 'talk, hold and after call work', ['hold', 'after call work']],
    ['en', aht, 'talk + HOLD + after-call   work', ['HOLD', 'after-call   work']],
    ['en', aht, 'time for wrap-up', ['wrap-up']],
    ['en', loyalty, 'Loyalty grows when loyal customers are thanked', ['Loyalty', 'loyal']],
  ] as const)('%s: hits in an answer that makes the point (%#)', (locale, p, answer, expected) => {
    expect(hit(p, locale, answer)).toEqual(expected);
  });

  it.each([
    ['zh', retention, '新客户越多越好，要多做广告。'],
    ['zh', aht, '通话时长越短越好'],
    ['zh', loyalty, '满意的客户不一定回头'],
    ['en', retention, 'We should win more new buyers.'],
    ['en', aht, 'The household threshold was met; the callwork was done; we waited.'],
    ['en', loyalty, 'The royal family'],
    ['en', retention, 'retention-rates alone'],
  ] as const)('%s: no hit in an answer that misses the point (%#)', (locale, p, answer) => {
    expect(hit(p, locale, answer)).toEqual([]);
  });

  it("returns spans in text order, overlapping hits merged, indices into the learner's own text", () => {
    const p = point(['终身价值', '客户终身价值'], ['lifetime value', 'customer lifetime']);
    const answer = '客户终身价值，即终身价值';
    expect(keywordHits(p, 'zh', answer)).toEqual([
      { start: 0, end: 6 },
      { start: 8, end: 12 },
    ]);
    expect(keywordHits(p, 'en', 'Customer lifetime value.')).toEqual([{ start: 0, end: 23 }]);
  });

  it('treats regular-expression characters in a keyword literally', () => {
    const p = point(['4P', '4C'], ['4P(s)', 'C.L.V']);
    expect(hit(p, 'en', 'the 4P(s) and CXLXV')).toEqual(['4P(s)']);
    expect(hit(p, 'zh', '从4P到4C')).toEqual(['4P', '4C']);
  });

  it('refuses empty variants and variants of wildcards only', () => {
    expect(keywordProblem('保持率|')).toContain('empty variant');
    expect(keywordProblem('* -')).toContain('nothing but');
    expect(keywordProblem('loyal*|忠诚')).toBeNull();
  });
});

describe('self-marking', () => {
  const term: WrittenQuestion = {
    id: 'ch-01',
    type: 'term',
    section: 's',
    prompt: text('客户保持率'),
    modelAnswer: text('…'),
    points: [point(['a'], ['a'], 2), point(['b'], ['b'], 1), point(['c'], ['c'], 1)],
  };
  const kase: WrittenQuestion = {
    id: 'ch-02',
    type: 'case',
    section: 's',
    prompt: text('case'),
    case: text('…'),
    parts: [
      { prompt: text('1'), modelAnswer: text('…'), points: [point(['a'], ['a'], 2), point(['b'], ['b'], 2)] },
      { prompt: text('2'), modelAnswer: text('…'), points: [point(['c'], ['c'], 3)] },
    ],
  };

  it('adds the marks of the ticked points, once each, ignoring indices that name no point', () => {
    expect(selfMark(term, [[0, 2]])).toEqual({ kind: 'self', marks: 3, outOf: 4, parts: [{ marks: 3, outOf: 4 }] });
    expect(selfMark(term, [[1, 1, 7, -1]])).toMatchObject({ marks: 1, outOf: 4 });
    expect(selfMark(term, [])).toMatchObject({ marks: 0, outOf: 4 });
  });
  it('marks a case part by part', () => {
    expect(writtenParts(kase)).toHaveLength(2);
    expect(selfMark(kase, [[1], [0]])).toEqual({
      kind: 'self',
      marks: 5,
      outOf: 7,
      parts: [
        { marks: 2, outOf: 4 },
        { marks: 3, outOf: 3 },
      ],
    });
  });
  it('is a different shape from a machine grade, and machine grading gives written questions nothing', () => {
    const mark = selfMark(term, [[0, 1, 2]]);
    expect(mark).not.toHaveProperty('score');
    expect(mark).not.toHaveProperty('correct');
    // @ts-expect-error a self-mark is not a machine grade: it has no score to add up
    const summed: number = mark.score;
    expect(summed).toBeUndefined();
    for (const q of [term, kase]) expect(gradeAnswer(q, { type: 'single', choice: 0 })).toEqual({ score: 0, correct: false });
  });
});
