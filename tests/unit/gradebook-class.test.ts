/** The class view's numbers, the course grade and the spreadsheet, on small classes worked by hand. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scenarioAnalytics } from '../../src/domain/gradebook/analytics.ts';
import { courseGrade, drillsScore, LESSON_PLAN_WEIGHTS, weightsValid } from '../../src/domain/gradebook/course-grade.ts';
import { BOM } from '../../src/domain/gradebook/csv.ts';
import { gradebookCsv, type CsvWords } from '../../src/domain/gradebook/export.ts';
import { buildGradebook } from '../../src/domain/gradebook/gradebook.ts';
import { versionKey } from '../../src/domain/gradebook/rescore.ts';
import { loadScenario } from '../../src/domain/scenario/load.ts';
import type { Step } from '../../src/domain/scenario/moves.ts';
import { replay } from '../../src/domain/scenario/replay.ts';
import { assignment, attempt, BEST, CHECKSUM, imported, resultFile, RUDE, tiny, versions } from './gradebook-fixtures.ts';

const file = 'tests/fixtures/scenarios/red-lines/card-call.yaml';
const card = loadScenario(file, readFileSync(file, 'utf8'));
if (!card.ok) throw new Error('card-call does not load');

describe('scenario analytics', () => {
  it('gives each choice’s share, where most went wrong, the spread and the averages', () => {
    // Three students: two take the best path, one is rude at "greet"; a later better attempt does not count.
    const files = [
      imported(resultFile('甲', '1', [attempt(BEST)])),
      imported(resultFile('乙', '2', [attempt(BEST, { id: 'b2' })])),
      imported(resultFile('丙', '3', [attempt(RUDE, { startedAt: 1 }), attempt(BEST, { id: 'later', startedAt: 2 })])),
    ];
    const [a] = scenarioAnalytics(buildGradebook({ assignment, checksum: CHECKSUM, files, versions, questions: new Map() }).rows);
    expect(a!.students).toBe(3);
    expect(a!.passed).toBe(2);
    expect(a!.nodes.map((n) => [n.node, n.reached, n.wrongPercent])).toEqual([
      ['ring', 3, 0],
      ['greet', 3, 33],
    ]);
    expect(a!.nodes[1]!.choices).toEqual([
      { choice: 0, count: 2, percent: 67, weak: false, critical: false },
      { choice: 1, count: 1, percent: 33, weak: true, critical: false },
    ]);
    expect(a!.nodes[1]!.lines).toEqual({ solved: 2, 'hung-up': 1 });
    expect(a!.troubleSpots).toEqual(['greet']);
    expect(a!.endings).toEqual({ solved: 2, 'hung-up': 1 });
    expect(a!.scoreBands[9]).toBe(2);
    expect(a!.competencies.courtesy).toBe(Math.round((100 + 100 + tinyCourtesy(RUDE)) / 3));
  });

  it('counts the red lines crossed', () => {
    const { scenario, hash } = card.value;
    const pin: Step[] = [
      { node: 'verify', choice: 1 },
      { node: 'fix', choice: 0 },
    ];
    const played = replay(scenario, pin);
    if (!played.ok) throw new Error('path does not replay');
    const cardAssignment = { ...assignment, scenarios: [{ id: scenario.id, hash }] };
    const cardAttempt = (id: string) => ({ ...attempt(BEST), id, scenarioId: scenario.id, contentHash: hash, steps: pin, ending: 'frozen', stated: undefined });
    const files = [imported(resultFile('甲', '1', [cardAttempt('x')])), imported(resultFile('乙', '2', [cardAttempt('y')]))];
    const rows = buildGradebook({
      assignment: cardAssignment,
      checksum: CHECKSUM,
      files,
      versions: new Map([[versionKey(scenario.id, hash), scenario]]),
      questions: new Map(),
    }).rows;
    expect(rows[0]!.drills[0]!.fails).toContain('critical-error');
    expect(scenarioAnalytics(rows)[0]!.critical).toEqual([{ node: 'verify', choice: 1, count: 2 }]);
  });
});

function tinyCourtesy(steps: Step[]): number {
  const played = replay(tiny.scenario, steps);
  if (!played.ok) throw new Error('path does not replay');
  return played.played.score.competencies.courtesy.percent!;
}

describe('course grade', () => {
  const row = {
    drills: [{ scenarioId: 'a', best: 80, passed: true, fails: [], attempts: 1, late: false }],
    quiz: { answered: 10, total: 20, percent: 90, completion: 50 },
    exam: { score: 70, passed: true, late: false, extraMinutes: 0 },
  };

  it('weights by the lesson plan: drills 20, customer file 10, survey 10, exam 60', () => {
    expect(LESSON_PLAN_WEIGHTS).toEqual({ drills: 20, customerFile: 10, survey: 10, exam: 60 });
    // Drills: the role-play's 80 and the quiz's 90 × 50 % done = 45 → (80 + 45) / 2 = 62.5 → 63.
    expect(drillsScore(row)).toBe(63);
    // 20 % × 63 + 60 % × 70 = 12.6 + 42 = 54.6 of the 80 the site marks.
    expect(courseGrade(row)).toEqual({ parts: { drills: 63, customerFile: null, survey: null, exam: 70 }, points: 54.6, outOf: 80 });
  });

  it('takes other weights, and refuses weights that do not add up to 100', () => {
    expect(courseGrade(row, { drills: 50, customerFile: 0, survey: 0, exam: 50 }).points).toBe(66.5);
    expect(weightsValid({ drills: 50, customerFile: 10, survey: 10, exam: 50 })).toBe(false);
    expect(weightsValid({ drills: Number.NaN, customerFile: 10, survey: 10, exam: 80 })).toBe(false);
  });
});

describe('the spreadsheet', () => {
  const words: CsvWords = {
    number: '学号',
    name: '姓名',
    drill: (id) => `演练 ${id}`,
    passed: '通过',
    failed: '未通过',
    fail: (code) => code,
    attempts: '次数',
    quiz: '测验',
    exam: '考试',
    late: '迟交',
    extraTime: '延长',
    part: (part, weight) => `${part} ${weight}%`,
    grade: (outOf) => `总评/${outOf}`,
    flags: '标记',
    flag: (flag) => flag.code,
    yes: '是',
  };

  it('has one row per student, the hand-marked columns blank, and a name that looks like a formula made harmless', () => {
    const files = [imported(resultFile('=HYPERLINK("x")', '2301001', [attempt(BEST)])), imported(resultFile('李四', '2301002', [attempt(RUDE)]))];
    const { rows } = buildGradebook({ assignment, checksum: CHECKSUM, files, versions, questions: new Map() });
    const csv = gradebookCsv(rows, assignment, LESSON_PLAN_WEIGHTS, words);
    expect(csv.startsWith(BOM)).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe(
      '"学号","姓名","演练 tiny-call","演练 tiny-call · 通过","演练 tiny-call · 次数","测验","考试","迟交","延长","drills 20%","customerFile 10%","survey 10%","exam 60%","总评/20","标记"',
    );
    expect(lines[1]).toBe(`"2301001","'=HYPERLINK(""x"")","100","通过","1","","","","","100","","","","20",""`);
    expect(lines[2]).toMatch(/^"2301002","李四","\d+","未通过: failing-outcome; below-pass-mark","1",/);
  });
});
