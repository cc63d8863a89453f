/** The gradebook re-scores every attempt and flags every file it cannot simply trust: one test per flag. */
import { describe, expect, it } from 'vitest';
import { buildGradebook, type GradebookInput } from '../../src/domain/gradebook/gradebook.ts';
import { weightOf, type Flag } from '../../src/domain/gradebook/flags.ts';
import { readBatch } from '../../src/domain/gradebook/read-files.ts';
import { MAX_RESULT_CHARS } from '../../src/domain/assignment/result-file.ts';
import { readYamlFolder } from '../../src/build/yaml-folder.ts';
import { loadQuestionBank } from '../../src/domain/quiz/load.ts';
import { indexQuestions } from '../../src/domain/quiz/index.ts';
import { markPaper } from '../../src/domain/quiz/exam.ts';
import { assignment, attempt, BEST, CHECKSUM, DUE, imported, resultFile, RUDE, versions } from './gradebook-fixtures.ts';

const { loaded: banks } = await readYamlFolder('content/questions', loadQuestionBank);
const questions = indexQuestions(banks);

function gradebook(files: GradebookInput['files'], over: Partial<GradebookInput> = {}) {
  return buildGradebook({ assignment, checksum: CHECKSUM, files, versions, questions, ...over });
}
const codes = (flags: Flag[]) => flags.map((f) => f.code);

describe('re-scoring', () => {
  it('trusts nothing but finds nothing to flag in an honest file', () => {
    const { rows, setAside } = gradebook([imported(resultFile('张三', '2301001', [attempt(RUDE, { startedAt: 1 }), attempt(BEST, { startedAt: 2 })]))]);
    expect(setAside).toEqual([]);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.flags).toEqual([]);
    expect(rows[0]!.drills).toEqual([{ scenarioId: 'tiny-call', best: 100, passed: true, fails: [], attempts: 2, late: false }]);
  });

  it('gives the reasons a drill fails, as the codes of the score', () => {
    const { rows } = gradebook([imported(resultFile('李四', '2301002', [attempt(RUDE)]))]);
    expect(rows[0]!.drills[0]).toMatchObject({ passed: false, fails: ['failing-outcome', 'below-pass-mark'] });
    const none = gradebook([imported(resultFile('王五', '2301003', []))]);
    expect(none.rows[0]!.drills[0]).toMatchObject({ best: null, passed: false, fails: ['not-attempted'] });
  });

  it('score-mismatch: a stated score the transcript does not give is corrected and flagged', () => {
    const forged = attempt(RUDE, { stated: { overall: 100, passed: true } });
    const { rows } = gradebook([imported(resultFile('赵六', '2301004', [forged]))]);
    const row = rows[0]!;
    expect(row.drills[0]!.best).toBeLessThan(60);
    expect(row.drills[0]!.passed).toBe(false);
    expect(row.flags).toEqual([{ code: 'score-mismatch', scenarioId: 'tiny-call', attemptId: forged.id, stated: 100, replayed: row.drills[0]!.best }]);
    expect(weightOf(row.flags[0]!)).toBe('corrected');
  });

  it('score-mismatch: a stated ending the transcript does not reach is flagged too', () => {
    const { rows } = gradebook([imported(resultFile('赵六', '2301004', [attempt(RUDE, { ending: 'solved' })]))]);
    expect(codes(rows[0]!.flags)).toEqual(['score-mismatch']);
  });

  it('unknown-version: an attempt on a version never published is not counted', () => {
    const { rows } = gradebook([imported(resultFile('钱七', '2301005', [attempt(BEST, { contentHash: '0000000000000000' })]))]);
    expect(codes(rows[0]!.flags)).toEqual(['unknown-version']);
    expect(rows[0]!.drills[0]!.best).toBeNull();
  });

  it('not-replayable: a transcript edited by hand is not counted', () => {
    const edited = attempt(BEST, {
      steps: [
        { node: 'ring', choice: 0 },
        { node: 'greet', choice: 7 },
      ],
    });
    const shortened = attempt(BEST, { id: 'short', steps: [{ node: 'ring', choice: 0 }] });
    const { rows } = gradebook([imported(resultFile('孙八', '2301006', [edited, shortened]))]);
    expect(rows[0]!.flags).toMatchObject([
      { code: 'not-replayable', refusal: 'choice-not-offered' },
      { code: 'not-replayable', refusal: 'no-ending' },
    ]);
    expect(rows[0]!.drills[0]!.best).toBeNull();
  });

  it('leaves an unfinished attempt out without flagging it', () => {
    const { rows } = gradebook([
      imported(
        resultFile('周九', '2301007', [
          attempt([{ node: 'ring', choice: 0 }], { status: 'active', finishedAt: undefined, ending: undefined, stated: undefined }),
        ]),
      ),
    ]);
    expect(rows[0]!.flags).toEqual([]);
    expect(rows[0]!.drills[0]!.attempts).toBe(0);
  });

  it('other-assignment: a file for another assignment is set aside whole', () => {
    const other = resultFile('吴十', '2301008', [attempt(BEST)], { assignment: { id: 'someone-else', checksum: CHECKSUM, title: '别的作业' } });
    const { rows, setAside } = gradebook([imported(other, 'other.json')]);
    expect(rows).toEqual([]);
    expect(setAside).toEqual([{ file: 'other.json', flags: [{ code: 'other-assignment', file: 'other.json', title: '别的作业' }] }]);
  });

  it('other-assignment-version: a file from an edited link counts, with a note', () => {
    const { rows } = gradebook([
      imported(resultFile('郑一', '2301009', [attempt(BEST)], { assignment: { id: assignment.id, checksum: '99999999', title: assignment.title } })),
    ]);
    expect(codes(rows[0]!.flags)).toEqual(['other-assignment-version']);
    expect(rows[0]!.drills[0]!.best).toBe(100);
  });

  it('duplicate-student: the same student twice counts once, the newest file', () => {
    const older = imported(resultFile('冯二', '2301010', [attempt(RUDE)], { handedInAt: DUE - 7_200_000 }), 'first.json');
    const newer = imported(resultFile('冯二', '2301010', [attempt(RUDE), attempt(BEST, { startedAt: 5 })]), 'second.json');
    const { rows } = gradebook([older, newer]);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.file).toBe('second.json');
    expect(rows[0]!.flags).toEqual([{ code: 'duplicate-student', files: ['second.json', 'first.json'], names: ['冯二'] }]);
    expect(rows[0]!.drills[0]!.best).toBe(100);
  });

  it('identical-attempt: an attempt copied into another student’s file counts for neither', () => {
    const shared = attempt(BEST);
    const { rows } = gradebook([imported(resultFile('陈三', '2301011', [shared])), imported(resultFile('褚四', '2301012', [shared]))]);
    expect(rows.map((r) => r.flags)).toEqual([
      [{ code: 'identical-attempt', scenarioId: 'tiny-call', attemptId: shared.id, students: ['2301012'] }],
      [{ code: 'identical-attempt', scenarioId: 'tiny-call', attemptId: shared.id, students: ['2301011'] }],
    ]);
    expect(rows.map((r) => r.drills[0]!.best)).toEqual([null, null]);
  });

  it('late-hand-in and late-attempt: after the due date counts, marked late', () => {
    const late = attempt(BEST, { finishedAt: DUE + 60_000 });
    const { rows } = gradebook([imported(resultFile('卫五', '2301013', [late], { handedInAt: DUE + 120_000 }))]);
    expect(codes(rows[0]!.flags)).toEqual(['late-hand-in', 'late-attempt']);
    expect(rows[0]!.late).toBe(true);
    expect(rows[0]!.drills[0]).toMatchObject({ best: 100, late: true });
  });

  it('too-many-attempts: only the allowed first attempts count', () => {
    const files = [imported(resultFile('蒋六', '2301014', [attempt(RUDE, { startedAt: 1 }), attempt(BEST, { startedAt: 2 })]))];
    const { rows } = gradebook(files, { assignment: { ...assignment, attemptsAllowed: 1 } });
    expect(rows[0]!.flags).toEqual([{ code: 'too-many-attempts', scenarioId: 'tiny-call', allowed: 1, made: 2 }]);
    expect(rows[0]!.drills[0]).toMatchObject({ attempts: 1, passed: false });
  });

  it('wrong-mode: practice-mode attempts for a test-mode assignment are noted', () => {
    const { rows } = gradebook([imported(resultFile('沈七', '2301015', [attempt(BEST)]))], { assignment: { ...assignment, mode: 'test' } });
    expect(codes(rows[0]!.flags)).toEqual(['wrong-mode']);
  });

  it('not-assigned and other-scenario-version: what was not asked for is noted', () => {
    const stray = attempt(BEST, { scenarioId: 'price-objection' });
    const { rows } = gradebook([imported(resultFile('韩八', '2301016', [stray]))], {
      assignment: { ...assignment, scenarios: [{ id: 'tiny-call', hash: 'ffffffffffffffff' }] },
    });
    expect(codes(rows[0]!.flags)).toEqual(['not-assigned']);
    const { rows: again } = gradebook([imported(resultFile('韩八', '2301016', [attempt(BEST)]))], {
      assignment: { ...assignment, scenarios: [{ id: 'tiny-call', hash: 'ffffffffffffffff' }] },
    });
    expect(codes(again[0]!.flags)).toEqual(['other-scenario-version']);
  });

  it('quiz-score-mismatch and unknown-question: quiz answers are re-marked', () => {
    const single = banks[0]!.questions.find((q) => q.type === 'single')!;
    if (single.type !== 'single') throw new Error('no single-choice question');
    const wrong = (single.answer + 1) % single.options.length;
    const answers = [
      {
        questionId: single.id,
        chapter: banks[0]!.chapter,
        mode: 'practice' as const,
        answer: { type: 'single' as const, choice: wrong },
        score: 1,
        correct: true,
        answeredAt: 1,
      },
      { questionId: 'no-such-question', chapter: banks[0]!.chapter, mode: 'practice' as const, answer: null, score: 1, correct: true, answeredAt: 2 },
    ];
    const { rows } = gradebook([imported(resultFile('杨九', '2301017', [], { quizAnswers: answers }))], {
      assignment: { ...assignment, quizChapters: [banks[0]!.chapter] },
    });
    expect(rows[0]!.flags).toEqual([
      { code: 'quiz-score-mismatch', count: 1 },
      { code: 'unknown-question', count: 1 },
    ]);
    expect(rows[0]!.quiz).toMatchObject({ answered: 1, percent: 0 });
  });

  it('exam-score-mismatch and late-exam: exam papers are re-marked', () => {
    const picked = banks.flatMap((b) => b.questions.filter((q) => q.type === 'single')).slice(0, 4);
    const answers = Object.fromEntries(picked.map((q) => [q.id, { type: 'single' as const, choice: q.type === 'single' ? q.answer : 0 }]));
    const exam = {
      id: 'exam-1',
      seed: '42',
      questionIds: picked.map((q) => q.id),
      locale: 'zh' as const,
      paperMinutes: 60,
      extraMinutes: 15,
      startedAt: DUE - 1000,
      finishedAt: DUE + 1000,
      answers: { ...answers, [picked[0]!.id]: { type: 'single' as const, choice: 99 } },
      stated: { score: 100, passed: true },
    };
    const { rows } = gradebook([imported(resultFile('朱十', '2301018', [], { exams: [exam] }))], { assignment: { ...assignment, exam: 'short' } });
    expect(rows[0]!.flags).toEqual([
      { code: 'exam-score-mismatch', examId: 'exam-1', stated: 100, regraded: 75 },
      { code: 'late-exam', examId: 'exam-1' },
    ]);
    expect(rows[0]!.exam).toEqual({ score: 75, passed: true, late: true, extraMinutes: 15 });
  });

  it("re-marks a sectioned paper as the student's browser did: marks per section, self-marked written answers totalled, not trusted", () => {
    const single = banks.flatMap((b) => b.questions).find((q) => q.type === 'single')!;
    const term = banks.flatMap((b) => b.questions).find((q) => q.type === 'term')!;
    const paper = {
      paperId: 'short',
      passMark: 6,
      sections: [
        { marks: 2, questionIds: [single.id] },
        { marks: 4, questionIds: [term.id] },
      ],
    };
    const given = {
      answers: { [single.id]: { type: 'single' as const, choice: single.type === 'single' ? single.answer : 0 } },
      written: { [term.id]: ['我的答案'] },
      ticked: { [term.id]: [[0]] },
    };
    const own = markPaper(paper, (id) => questions.get(id), given).result;
    const exam = {
      id: 'exam-2',
      seed: '7',
      questionIds: [single.id, term.id],
      locale: 'zh' as const,
      paperMinutes: 20,
      extraMinutes: 0,
      startedAt: DUE - 5000,
      finishedAt: DUE - 1000,
      paper,
      ...given,
      stated: { score: own.score, passed: own.passed },
    };
    const { rows } = gradebook([imported(resultFile('钱一', '2301019', [], { exams: [exam] }))], { assignment: { ...assignment, exam: 'short' } });
    expect(rows[0]!.flags).toEqual([]);
    expect(rows[0]!.exam).toEqual({ score: own.score, passed: own.passed, late: false, extraMinutes: 0 });
    expect(rows[0]!.examCheck!.self.outOf).toBe(4);
    // Ticks on an empty written answer earn nothing, whatever the file states.
    const blank = { ...exam, written: { [term.id]: [' '] }, stated: { score: 100, passed: true } };
    const forged = gradebook([imported(resultFile('钱一', '2301019', [], { exams: [blank] }))], { assignment: { ...assignment, exam: 'short' } });
    expect(forged.rows[0]!.examCheck!.self.marks).toBe(0);
    expect(forged.rows[0]!.flags).toContainEqual({ code: 'exam-score-mismatch', examId: 'exam-2', stated: 100, regraded: 33 });
  });
});

describe('reading dropped files', () => {
  const good = JSON.stringify(resultFile('张三', '2301001', [attempt(BEST)]));

  it('takes a whole file, and the same file dropped twice once', () => {
    const batch = readBatch([
      { name: 'a.json', text: good },
      { name: 'a-copy.json', text: good },
    ]);
    expect(batch.accepted.map((f) => f.name)).toEqual(['a.json']);
    expect(batch.repeated).toEqual(['a-copy.json']);
    expect(readBatch([{ name: 'a.json', text: good }], new Set([batch.accepted[0]!.key])).repeated).toEqual(['a.json']);
  });

  it.each([
    ['a file cut short', good.slice(0, good.length / 2), { code: 'truncated' }],
    ['text that is not JSON', 'hello', { code: 'not-json' }],
    ['an empty file', ' ', { code: 'empty' }],
    ['another kind of JSON', '{"format":"service-dojo-backup"}', { code: 'not-a-result' }],
    ['a newer format', JSON.stringify({ ...JSON.parse(good), version: 2 }), { code: 'unknown-version', version: 2 }],
    ['a field gone wrong', JSON.stringify({ ...JSON.parse(good), handedInAt: 'yesterday' }), { code: 'invalid-field', path: 'handedInAt' }],
    ['a file too large', `{"x":"${'a'.repeat(MAX_RESULT_CHARS)}"}`, { code: 'too-large' }],
  ])('refuses %s whole, saying what is wrong', (_, text, problem) => {
    const batch = readBatch([
      { name: 'bad.json', text },
      { name: 'good.json', text: good },
    ]);
    expect(batch.refused).toEqual([{ name: 'bad.json', problem }]);
    expect(batch.accepted.map((f) => f.name)).toEqual(['good.json']);
  });

  it('reads a file saved with a byte order mark', () => {
    expect(readBatch([{ name: 'bom.json', text: `\uFEFF${good}` }]).accepted).toHaveLength(1);
  });
});
