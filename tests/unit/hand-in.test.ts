/** Handing in: the result file holds the assignment's attempts, answers and exams, and the format accepts it. */
import { describe, expect, it } from 'vitest';
import { readResultFile } from '../../src/domain/assignment/result-file.ts';
import { encodeAssignment } from '../../src/domain/assignment/share-link.ts';
import { homeStatus } from '../../src/components/assignment/home-list.ts';
import { handIn } from '../../src/storage/hand-in.ts';
import { memoryStore } from '../../src/storage/memory-store.ts';
import { sample } from './assignment-sample.ts';

const finish = { ending: 'resolved', score: { competencies: {}, overall: 82, passed: true, fails: [] } } as never;

async function seeded() {
  const store = memoryStore();
  await store.saveAssignment({ assignment: sample, ...encodeAssignment(sample) }, 100);
  const mine = await store.startAttempt(
    { scenarioId: 'angry-delivery', contentHash: 'h', locale: 'zh', mode: 'test', timing: 'extended', assignmentId: sample.id },
    200,
  );
  await store.appendStep(mine.id, 0, { node: 'ring', choice: 0 }, finish, 300);
  const own = await store.startAttempt({ scenarioId: 'angry-delivery', contentHash: 'h', locale: 'zh', mode: 'practice', timing: 'standard' }, 400);
  await store.appendStep(own.id, 0, { node: 'ring', choice: 1 }, undefined, 500);
  const answer = { mode: 'practice', answer: { type: 'truefalse', value: true }, score: 1, correct: true } as const;
  await store.recordAnswer({ ...answer, questionId: 'customer-service-01', chapter: 'customer-service', answeredAt: 50 });
  await store.recordAnswer({ ...answer, questionId: 'customer-service-02', chapter: 'customer-service', answeredAt: 600 });
  await store.recordAnswer({ ...answer, questionId: 'crm-overview-01', chapter: 'crm-overview', answeredAt: 600 });
  const paper = {
    paperId: 'short',
    passMark: 3,
    sections: [
      { title: { zh: '判断题', en: 'True or false' }, marks: 1, questionIds: ['customer-service-01'] },
      { title: { zh: '名词解释', en: 'Terms' }, marks: 4, questionIds: ['customer-service-41'] },
    ],
  };
  const exam = await store.startExam({ seed: 'S1', paper, paperMinutes: 30, extraMinutes: 0, locale: 'zh' }, 700);
  await store.saveExamWriting(exam.id, 'customer-service-41', ['服务是一种行为']);
  return { store, mine };
}

describe('handing in an assignment', () => {
  it('asks for the name and number first', async () => {
    const { store } = await seeded();
    expect(await handIn(store, sample.id, 1000)).toEqual({ ok: false, code: 'no-student' });
    expect(await handIn(store, 'not-kept-here', 1000)).toEqual({ ok: false, code: 'not-found' });
  });

  it("holds only the assignment's attempts, the answers in its chapters since it was opened, and exams since then", async () => {
    const { store, mine } = await seeded();
    await store.saveProfile({ name: '张三', studentNumber: '20230101' });
    const made = await handIn(store, sample.id, 1000);
    expect(made.ok).toBe(true);
    if (!made.ok) return;
    expect(made.fileName).toBe('张三-20230101-客户投诉演练_b第一周b.json');
    expect(readResultFile(made.text)).toEqual({ ok: true, result: made.result });
    expect(made.result).toMatchObject({
      assignment: { id: sample.id, checksum: encodeAssignment(sample).checksum },
      student: { name: '张三', number: '20230101' },
      handedInAt: 1000,
    });
    expect(made.result.attempts).toEqual([
      expect.objectContaining({ id: mine.id, timing: 'extended', extraShare: 1, steps: [{ node: 'ring', choice: 0 }], stated: { overall: 82, passed: true } }),
    ]);
    expect(made.result.quizAnswers.map((q) => q.questionId)).toEqual(['customer-service-02']);
    // The paper's sections and the written answers travel with the exam, so the gradebook marks it as the student's browser did.
    expect(made.result.exams).toMatchObject([
      {
        seed: 'S1',
        questionIds: ['customer-service-01', 'customer-service-41'],
        paper: { paperId: 'short', passMark: 3, sections: [{ marks: 1 }, { marks: 4 }] },
        written: { 'customer-service-41': ['服务是一种行为'] },
      },
    ]);
    const handed = (await store.findAssignment(sample.id))!;
    expect(homeStatus({ due: handed.assignment.due, handedInAt: handed.handedInAt }, 2000)).toBe('done');
  });

  it('lists an assignment not handed in as not yet, or late once it is due', async () => {
    const { store } = await seeded();
    const kept = (await store.findAssignment(sample.id))!;
    expect(homeStatus({ due: kept.assignment.due }, sample.due)).toBe('notYet');
    expect(homeStatus({ due: kept.assignment.due }, sample.due + 1)).toBe('late');
  });
});
