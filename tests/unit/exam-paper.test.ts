/** The mock exam's paper: its configuration, the sectioned draw, the marks per section, and what results make of them. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chapterTrends, examMarks, sharesBy, weakest } from '../../src/domain/quiz/exam-results.ts';
import { calcSeed, drawPaper, markPaper, questionsPerChapter, type ChapterPool, type PaperEntry, type QuestionMark } from '../../src/domain/quiz/exam.ts';
import { loadPaperConfig, paperMarks, paperQuestions, type Paper } from '../../src/domain/quiz/paper.ts';
import { formatProblem } from '../../src/domain/yaml/load-yaml.ts';
import type { Question, QuestionType } from '../../src/schemas/question.ts';
import { upgradeExam } from '../../src/storage/records/upgrade.ts';

const text = (s: string) => ({ zh: s, en: s });

function q(id: string, type: QuestionType): Question {
  const base = { id, type, section: 's', prompt: text(id), explanation: text('E') };
  switch (type) {
    case 'term':
    case 'short':
      return {
        id,
        type,
        section: 's',
        prompt: text(id),
        modelAnswer: text('M'),
        points: [
          { text: text('p1'), marks: 2, keywords: { zh: ['a'], en: ['a'] } },
          { text: text('p2'), marks: 3, keywords: { zh: ['b'], en: ['b'] } },
        ],
      };
    case 'single':
      return { ...base, type, options: [text('a'), text('b')], answer: 0 };
    case 'multiple':
      return { ...base, type, options: [text('a'), text('b'), text('c')], answer: [0, 1] };
    default:
      return { ...base, type: 'truefalse', answer: true };
  }
}

/** A bank: `single` × 20, `multiple` × 10, `truefalse` × 10, `term` × 2, `short` × 2 per chapter. */
function pool(chapter: string, hours: number): ChapterPool {
  const counts: [QuestionType, number][] = [
    ['single', 20],
    ['multiple', 10],
    ['truefalse', 10],
    ['term', 2],
    ['short', 2],
  ];
  let n = 0;
  return {
    chapter,
    hours,
    questions: counts.flatMap(([type, count]) => Array.from({ length: count }, () => q(`${chapter}-${String(++n).padStart(2, '0')}`, type))),
  };
}

// The lesson plan's hours: 4, 4, 8, 6, 8, 6, 6, 8, 4 (54 in all).
const pools = (
  [
    ['a', 4],
    ['b', 4],
    ['c', 8],
    ['d', 6],
    ['e', 8],
    ['f', 6],
    ['g', 6],
    ['h', 8],
    ['i', 4],
  ] as const
).map(([c, h]) => pool(c, h));

const paper: Paper = {
  id: 'full',
  name: text('Full'),
  minutes: 90,
  passMark: 60,
  sections: [
    { title: text('单项选择题'), types: ['single'], questions: 20, marks: 1 },
    { title: text('多项选择题'), types: ['multiple'], questions: 10, marks: 2 },
    { title: text('判断题'), types: ['truefalse'], questions: 10, marks: 1 },
    { title: text('名词解释'), types: ['term'], questions: 4, marks: 3 },
    { title: text('简答题'), types: ['short'], questions: 2, marks: 19 },
  ],
};

describe('the paper configuration', () => {
  it('the shipped file describes a full and a short paper of 100 marks, each section drawing types the banks hold', () => {
    const loaded = loadPaperConfig('content/exam-paper.yaml', readFileSync('content/exam-paper.yaml', 'utf8'));
    if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join('\n'));
    expect(loaded.value.papers.map((p) => [p.id, paperMarks(p)])).toEqual([
      ['full', 100],
      ['short', 100],
    ]);
    expect(paperQuestions(loaded.value.papers[1]!)).toBeLessThan(paperQuestions(loaded.value.papers[0]!));
    expect(loaded.value.papers[0]!.sections.map((s) => s.types.join('+'))).toEqual([
      'single+dialogue',
      'multiple',
      'truefalse',
      'term',
      'short',
      'calc',
      'case',
    ]);
  });

  const bad = (yaml: string) => {
    const loaded = loadPaperConfig('exam-paper.yaml', yaml);
    return loaded.ok ? [] : loaded.problems.map(formatProblem);
  };
  const paperYaml = (section: string, extra = '') =>
    `papers:\n  - id: full\n    name: { zh: 完整, en: Full }\n    minutes: 90\n    passMark: 60\n${extra}    sections:\n${section}`;

  it('names the line, the place and the reason of a wrong question type', () => {
    const problems = bad(paperYaml('      - title: { zh: 单选, en: Single }\n        types: [singel]\n        questions: 20\n        marks: 5\n'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^exam-paper\.yaml:8: paper 1, section 1, type 1: use one of: single, multiple/);
  });

  it('refuses a missing number of questions, a type drawn in two sections and a pass mark above the total', () => {
    expect(bad(paperYaml('      - title: { zh: 单选, en: Single }\n        types: [single]\n        marks: 5\n'))[0]).toMatch(
      /:7: paper 1, section 1, questions: "questions" is missing/,
    );
    const twice = bad(
      paperYaml(
        '      - title: { zh: 单选, en: Single }\n        types: [single]\n        questions: 4\n        marks: 5\n      - title: { zh: 又一个, en: Again }\n        types: [truefalse, single]\n        questions: 4\n        marks: 5\n',
      ),
    );
    expect(twice).toEqual([
      'exam-paper.yaml:12: paper 1, section 2, type 2: "single" is already drawn in section 1',
      expect.stringMatching(/passMark: the pass mark 60 is more than the paper's 40 marks/),
    ]);
  });

  it('refuses an unknown key, pointing at it', () => {
    expect(
      bad(paperYaml('      - title: { zh: 单选, en: Single }\n        types: [single]\n        questions: 4\n        marks: 25\n', '    pasMark: 50\n')),
    ).toEqual([expect.stringMatching(/^exam-paper\.yaml:6: paper 1, pasMark: unknown key "pasMark"/)]);
  });
});

describe('the sectioned draw', () => {
  const byId = new Map(pools.flatMap((p) => p.questions.map((question) => [question.id, { question, chapter: p.chapter }] as const)));
  const drawn = drawPaper(pools, paper, 'PAPER-1');
  const all = drawn.sections.flatMap((s) => s.questionIds);

  it('fills every section with its number of questions of its types, titled and marked as configured', () => {
    expect(drawn.sections.map((s) => s.questionIds.length)).toEqual([20, 10, 10, 4, 2]);
    drawn.sections.forEach((section, i) => {
      expect(section.title).toEqual(paper.sections[i]!.title);
      expect(section.marks).toBe(paper.sections[i]!.marks);
      for (const id of section.questionIds) expect(paper.sections[i]!.types).toContain(byId.get(id)!.question.type);
    });
    expect(drawn).toMatchObject({ paperId: 'full', passMark: 60 });
  });

  it('never draws a question twice', () => {
    expect(new Set(all).size).toBe(all.length);
  });

  it('draws across chapters in proportion to their hours', () => {
    const perChapter = new Map<string, number>();
    for (const id of all) perChapter.set(byId.get(id)!.chapter, (perChapter.get(byId.get(id)!.chapter) ?? 0) + 1);
    expect(Object.fromEntries(perChapter)).toEqual(Object.fromEntries(questionsPerChapter(pools, 46)));
  });

  it('the same paper number draws the same paper; another draws another, and a small section comes from different chapters', () => {
    expect(drawPaper(pools, paper, 'PAPER-1')).toEqual(drawn);
    expect(drawPaper(pools, paper, 'PAPER-2')).not.toEqual(drawn);
    const shortFrom = new Set(Array.from({ length: 30 }, (_, i) => byId.get(drawPaper(pools, paper, `S${i}`).sections[4]!.questionIds[0]!)!.chapter));
    expect(shortFrom.size).toBeGreaterThan(3);
  });

  it('fills a section as far as the banks allow when they run short', () => {
    const scarce = drawPaper([pool('a', 1), pool('b', 1)], { ...paper, sections: [{ title: text('T'), types: ['term'], questions: 6, marks: 3 }] }, 'X');
    expect(scarce.sections[0]!.questionIds).toHaveLength(4);
  });

  it('gives each calculation its own numbers, the same for the same paper number', () => {
    expect(calcSeed('PAPER-1', 'a-01')).toBe(calcSeed('PAPER-1', 'a-01'));
    expect(calcSeed('PAPER-1', 'a-01')).not.toBe(calcSeed('PAPER-1', 'a-02'));
    expect(calcSeed('PAPER-1', 'a-01')).not.toBe(calcSeed('PAPER-2', 'a-01'));
  });
});

describe('marks per section', () => {
  const entries = new Map<string, PaperEntry>(
    (
      [
        ['s1', 'single', 'c1'],
        ['m1', 'multiple', 'c1'],
        ['t1', 'term', 'c2'],
        ['t2', 'term', 'c2'],
      ] as const
    ).map(([id, type, chapter]) => [id, { question: q(id, type), chapter }]),
  );
  const sectioned = {
    passMark: 10,
    sections: [
      { marks: 2, questionIds: ['s1'] },
      { marks: 4, questionIds: ['m1'] },
      { marks: 5, questionIds: ['t1', 't2'] },
    ],
  };
  const { result, marks } = markPaper(sectioned, (id) => entries.get(id), {
    answers: { s1: { type: 'single', choice: 0 }, m1: { type: 'multiple', choices: [0] } },
    written: { t1: ['我的定义'], t2: ['   '] },
    // t1: the 3-mark point of 5; t2 is blank, so its ticks earn nothing.
    ticked: { t1: [[1]], t2: [[0, 1]] },
  });

  it("scales each question's share to its section's marks, self-marked shares too", () => {
    expect(marks.map((m) => [m.questionId, m.marks, m.outOf, m.self])).toEqual([
      ['s1', 2, 2, false],
      ['m1', 2, 4, false],
      ['t1', 3, 5, true],
      ['t2', 0, 5, true],
    ]);
  });

  it('reports machine-graded and self-marked marks apart, and passes on marks against the pass mark', () => {
    expect(result).toEqual({
      points: 7,
      outOf: 16,
      score: 44,
      passed: false,
      machine: { marks: 4, outOf: 6 },
      self: { marks: 3, outOf: 10 },
      missed: ['m1', 't1', 't2'],
    });
  });
});

describe('results by chapter and type, and trends', () => {
  const mark = (questionId: string, chapter: string, type: QuestionType, got: number, outOf: number, self = false): QuestionMark => ({
    questionId,
    chapter,
    type,
    section: 0,
    answer: null,
    score: got / outOf,
    correct: got === outOf,
    marks: got,
    outOf,
    self,
  });
  const first = [mark('a1', 'a', 'single', 1, 1), mark('a2', 'a', 'term', 1, 4, true), mark('b1', 'b', 'single', 0, 1), mark('c1', 'c', 'truefalse', 1, 1)];
  const second = [mark('a3', 'a', 'single', 1, 1), mark('b2', 'b', 'multiple', 1, 2)];

  it('totals each chapter in course order and each type, saying where marks are self-marked', () => {
    expect(sharesBy(first, 'chapter', ['c', 'b', 'a', 'z'])).toEqual([
      { key: 'c', marks: 1, outOf: 1, percent: 100, self: false },
      { key: 'b', marks: 0, outOf: 1, percent: 0, self: false },
      { key: 'a', marks: 2, outOf: 5, percent: 40, self: true },
    ]);
    expect(sharesBy(first, 'type').map((s) => [s.key, s.marks, s.outOf])).toEqual([
      ['single', 1, 2],
      ['term', 1, 4],
      ['truefalse', 1, 1],
    ]);
  });

  it('names the weakest chapters first and leaves out those at full marks', () => {
    expect(weakest(sharesBy(first, 'chapter')).map((s) => s.key)).toEqual(['b', 'a']);
    expect(weakest(sharesBy(first, 'chapter'), 1).map((s) => s.key)).toEqual(['b']);
  });

  it("follows each chapter's share across exams, with a gap where an exam asked nothing of it", () => {
    expect(chapterTrends([first, second], ['a', 'b', 'c', 'd'])).toEqual([
      { chapter: 'a', percents: [40, 100] },
      { chapter: 'b', percents: [0, 50] },
      { chapter: 'c', percents: [100, null] },
    ]);
  });

  it('an exam from before sections is read as one section of one mark a question, and its marks are worked out from its answers', () => {
    const old = upgradeExam({
      id: 'e1',
      format: 2,
      seed: 'OLD',
      questionIds: ['a-01', 'a-21'],
      locale: 'zh',
      startedAt: 0,
      paperMinutes: 60,
      minutes: 60,
      extraMinutes: 0,
      timeAdded: [],
      position: 1,
      answers: { 'a-01': { type: 'single', choice: 0 } },
      flagged: [],
      status: 'finished',
      finishedAt: 10,
      result: { points: 1, score: 50, passed: false, missed: ['a-21'] },
    });
    expect(old.result).toEqual({
      points: 1,
      outOf: 2,
      score: 50,
      passed: false,
      machine: { marks: 1, outOf: 2 },
      self: { marks: 0, outOf: 0 },
      missed: ['a-21'],
    });
    const bank = new Map(pool('a', 1).questions.map((question) => [question.id, { question, chapter: 'a' }]));
    expect(examMarks(old, (id) => bank.get(id)).map((m) => [m.questionId, m.marks, m.outOf])).toEqual([
      ['a-01', 1, 1],
      ['a-21', 0, 1],
    ]);
  });
});
