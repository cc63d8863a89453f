/** The result file a student hands in: round trip, safe file names, and refused files. */
import { describe, expect, it } from 'vitest';
import { readResultFile, resultFileName, type ResultFile } from '../../src/domain/assignment/result-file.ts';

const result: ResultFile = {
  format: 'service-dojo-result',
  version: 1,
  assignment: { id: 'Xq3-9_abCDef', checksum: '0a1b2c3d', title: '客户投诉演练' },
  student: { name: '张三 <script>', number: '20230101' },
  handedInAt: 1_800_000_000_000,
  attempts: [
    {
      id: 'att-1',
      scenarioId: 'angry-delivery',
      contentHash: '0123456789abcdef',
      locale: 'zh',
      mode: 'test',
      timing: 'plus25',
      extraShare: 0.25,
      status: 'finished',
      startedAt: 1_799_999_000_000,
      finishedAt: 1_799_999_100_000,
      steps: [{ node: 'ring', choice: 0 }, { node: 'outburst', timeout: true }, { undo: true }],
      ending: 'resolved',
      stated: { overall: 82, passed: true },
    },
  ],
  quizAnswers: [
    {
      questionId: 'customer-service-01',
      chapter: 'customer-service',
      mode: 'practice',
      answer: { type: 'single', choice: 2 },
      score: 1,
      correct: true,
      answeredAt: 1_799_999_200_000,
    },
  ],
  exams: [
    {
      id: 'ex-1',
      seed: 'ABC123',
      questionIds: ['customer-service-01'],
      locale: 'zh',
      paperMinutes: 30,
      extraMinutes: 0,
      startedAt: 1,
      finishedAt: 2,
      submittedBy: 'learner',
      answers: { 'customer-service-01': { type: 'truefalse', value: false } },
      stated: { score: 0, passed: false },
    },
  ],
};

describe('result file', () => {
  it('round-trips through JSON, names kept as plain text', () => {
    expect(readResultFile(JSON.stringify(result))).toEqual({ ok: true, result });
  });

  it('refuses bad JSON, other files, and versions it does not know', () => {
    expect(readResultFile('{"format":')).toEqual({ ok: false, problem: { code: 'not-json' } });
    expect(readResultFile(JSON.stringify({ format: 'service-dojo-backup' }))).toEqual({ ok: false, problem: { code: 'not-a-result' } });
    expect(readResultFile('null')).toEqual({ ok: false, problem: { code: 'not-a-result' } });
    expect(readResultFile(JSON.stringify({ ...result, version: 2 }))).toEqual({ ok: false, problem: { code: 'unknown-version', version: 2 } });
  });

  it('names the field that is missing or wrong', () => {
    const { student: _, ...anonymous } = result;
    expect(readResultFile(JSON.stringify(anonymous))).toEqual({ ok: false, problem: { code: 'invalid-field', path: 'student' } });
    const badStep = { ...result, attempts: [{ ...result.attempts[0], steps: [{ node: 'ring', choice: -1 }] }] };
    expect(readResultFile(JSON.stringify(badStep))).toMatchObject({ ok: false, problem: { code: 'invalid-field', path: 'attempts.0.steps.0.choice' } });
    const badNumber = { ...result, student: { name: '张三', number: '2023 0101/..' } };
    expect(readResultFile(JSON.stringify(badNumber))).toMatchObject({ ok: false, problem: { path: 'student.number' } });
  });

  it('refuses files too large to be one, and transcripts beyond their bound', () => {
    expect(readResultFile(' '.repeat(2_000_001))).toEqual({ ok: false, problem: { code: 'too-large' } });
    const long = { ...result, attempts: [{ ...result.attempts[0], steps: Array(501).fill({ undo: true }) }] };
    expect(readResultFile(JSON.stringify(long))).toMatchObject({ ok: false, problem: { code: 'invalid-field', path: 'attempts.0.steps' } });
  });

  it('is named after student and assignment, safely for every file system', () => {
    expect(resultFileName({ ...result, student: { name: '张三', number: '20230101' } })).toBe('张三-20230101-客户投诉演练.json');
    expect(resultFileName({ student: { name: '../李 四:*', number: 'A-1' }, assignment: { ...result.assignment, title: 'a/b\\c?' } })).toBe(
      '李_四-A-1-abc.json',
    );
  });
});
