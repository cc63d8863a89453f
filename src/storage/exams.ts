/** Mock exam attempts: started, answered and flagged question by question, then finished. */
import type { ExamResult } from '../domain/quiz/exam.ts';
import type { Answer } from '../domain/quiz/grade.ts';
import { ATTEMPT_FORMAT, type DojoDb, type ExamAttempt } from './db.ts';

export interface NewExam {
  seed: string;
  questionIds: string[];
  minutes: number;
  extraMinutes: number;
  locale: string;
}

export async function startExam(db: DojoDb, init: NewExam, now = Date.now()): Promise<ExamAttempt> {
  const exam: ExamAttempt = { id: crypto.randomUUID(), format: ATTEMPT_FORMAT, ...init, minutes: init.minutes + init.extraMinutes, startedAt: now, answers: {}, flagged: [], status: 'active' };
  await db.exams.add(exam);
  return exam;
}

export async function findActiveExam(db: DojoDb): Promise<ExamAttempt | undefined> {
  return (await db.exams.where('status').equals('active').sortBy('startedAt')).at(-1);
}

async function changeActive(db: DojoDb, id: string, change: (exam: ExamAttempt) => Partial<ExamAttempt>): Promise<ExamAttempt> {
  return db.transaction('rw', db.exams, async () => {
    const exam = await db.exams.get(id);
    if (!exam) throw new Error(`exam ${id} does not exist`);
    if (exam.status !== 'active') throw new Error(`exam ${id} is already finished`);
    const updated = { ...exam, ...change(exam) };
    await db.exams.put(updated);
    return updated;
  });
}

export function saveExamAnswer(db: DojoDb, id: string, questionId: string, answer: Answer): Promise<ExamAttempt> {
  return changeActive(db, id, (exam) => ({ answers: { ...exam.answers, [questionId]: answer } }));
}

export function toggleFlag(db: DojoDb, id: string, questionId: string): Promise<ExamAttempt> {
  return changeActive(db, id, (exam) => ({
    flagged: exam.flagged.includes(questionId) ? exam.flagged.filter((q) => q !== questionId) : [...exam.flagged, questionId],
  }));
}

/** Extra time asked for during the exam; recorded on the attempt. */
export function addExtraTime(db: DojoDb, id: string, minutes: number): Promise<ExamAttempt> {
  return changeActive(db, id, (exam) => ({ minutes: exam.minutes + minutes, extraMinutes: exam.extraMinutes + minutes }));
}

export function finishExam(db: DojoDb, id: string, result: ExamResult, submittedBy: 'learner' | 'timeout', now = Date.now()): Promise<ExamAttempt> {
  return changeActive(db, id, () => ({ status: 'finished', finishedAt: now, submittedBy, result }));
}

/** Finished exams, oldest first (the order of a trend). */
export async function listFinishedExams(db: DojoDb): Promise<ExamAttempt[]> {
  return db.exams.where('status').equals('finished').sortBy('finishedAt');
}
