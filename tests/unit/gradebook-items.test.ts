/** Item analysis (facility, discrimination) and the CSV export, on worked examples. */
import { describe, expect, it } from 'vitest';
import { BOM, safeCell, toCsv } from '../../src/domain/gradebook/csv.ts';
import { correlation, itemStatistics } from '../../src/domain/gradebook/item-statistics.ts';

describe('item statistics (Moodle: facility, discrimination against the rest of the test)', () => {
  // Four students, three questions scored 0 or 1.
  //        q1 q2 q3   total
  // S1      1  1  1     3
  // S2      1  0  1     2
  // S3      0  1  0     1
  // S4      0  0  0     0
  const papers = [
    { scores: { q1: 1, q2: 1, q3: 1 } },
    { scores: { q1: 1, q2: 0, q3: 1 } },
    { scores: { q1: 0, q2: 1, q3: 0 } },
    { scores: { q1: 0, q2: 0, q3: 0 } },
  ];

  it('works the example by hand', () => {
    // q1: item (1,1,0,0), rest of test (2,1,1,0). Deviations (.5,.5,−.5,−.5) and (1,0,0,−1):
    // Σdxdy = 1, Σdx² = 1, Σdy² = 2, so r = 1/√2 = 0.7071 → D = 70.7; F = 100·0.5/1 = 50.
    // q2: item (1,0,1,0), rest (2,2,0,0): Σdxdy = .5 − .5 − .5 + .5 = 0 → D = 0.
    const stats = itemStatistics(['q1', 'q2', 'q3'], papers);
    expect(stats).toEqual([
      { questionId: 'q1', count: 4, facility: 50, discrimination: 70.7 },
      { questionId: 'q2', count: 4, facility: 50, discrimination: 0 },
      { questionId: 'q3', count: 4, facility: 50, discrimination: 70.7 },
    ]);
  });

  it('correlates with the rest of the test, not the total that includes the item', () => {
    // Against the total (3,2,1,0) q2 would correlate positively; against the rest it does not.
    expect(correlation([1, 0, 1, 0], [3, 2, 1, 0])).toBeGreaterThan(0.4);
    expect(itemStatistics(['q2'], papers)[0]!.discrimination).toBe(0);
  });

  it('is negative for a question the weaker students get right', () => {
    const reversed = papers.map((p, i) => ({ scores: { ...p.scores, q4: i === 3 ? 1 : 0 } }));
    expect(itemStatistics(['q4'], reversed)[0]!.discrimination).toBeLessThan(0);
  });

  it('leaves discrimination undefined when everyone scored the same, and facility on partial marks', () => {
    const same = [{ scores: { a: 0.5, b: 1 } }, { scores: { a: 0.5, b: 0 } }];
    expect(itemStatistics(['a'], same)[0]).toEqual({ questionId: 'a', count: 2, facility: 50, discrimination: null });
  });

  it('counts only the students whose drawn paper had the question', () => {
    const drawn = [{ scores: { a: 1, b: 1 } }, { scores: { a: 0, c: 1 } }, { scores: { b: 0, c: 0 } }];
    const [a, b, missing] = itemStatistics(['a', 'b', 'zzz'], drawn);
    expect(a).toMatchObject({ count: 2, facility: 50 });
    expect(b).toMatchObject({ count: 2, facility: 50 });
    expect(missing).toEqual({ questionId: 'zzz', count: 0, facility: null, discrimination: null });
  });

  it('scales facility by the question’s maximum', () => {
    expect(itemStatistics(['a'], [{ scores: { a: 2 } }, { scores: { a: 4 } }], () => 4)[0]!.facility).toBe(75);
  });
});

describe('CSV for Excel and WPS', () => {
  it('starts with a byte order mark, quotes every field and ends lines with CRLF', () => {
    const csv = toCsv([
      ['姓名', '成绩'],
      ['张三', 88],
    ]);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv).toBe(`${BOM}"姓名","成绩"\r\n"张三","88"\r\n`);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it('doubles quotes and keeps commas and line breaks inside a field', () => {
    expect(toCsv([['say "hi", then\nleave']])).toBe(`${BOM}"say ""hi"", then\nleave"\r\n`);
  });

  it.each(['=1+1', '+86 123', '-2+3', '@SUM(A1)', '\t=cmd', '\r=cmd'])('makes %j harmless', (cell) => {
    expect(safeCell(cell)).toBe(`'${cell}`);
  });

  it('leaves numbers, blanks and ordinary text alone', () => {
    expect(safeCell(-5)).toBe('-5');
    expect(safeCell(null)).toBe('');
    expect(safeCell(undefined)).toBe('');
    expect(safeCell('李 = 王')).toBe('李 = 王');
  });
});
