/**
 * Handing in an assignment: the result file (`src/domain/assignment/result-file.ts`)
 * built from what this device recorded for it — the role-play attempts tagged with
 * it, the answers in its quiz chapters and the mock exams sat since it was opened.
 * It can be made again after more attempts; the newest file supersedes the others.
 */
import { grantedShare } from '../domain/assignment/grant.ts';
import { RESULT_FORMAT, RESULT_VERSION, resultFileName, resultFileSchema, type ResultFile } from '../domain/assignment/result-file.ts';
import type { ProgressStore } from './progress-store.ts';
import type { AssignmentRecord } from './records/assignment.ts';

/** How many of each the file keeps at most (the newest), within the format's bounds. */
const KEEP = { attempts: 200, steps: 500, quizAnswers: 3000, exams: 20 };

export type HandIn = { ok: true; fileName: string; text: string; result: ResultFile } | { ok: false; code: 'no-student' | 'not-found' };

const locale = (l: string) => (l === 'en' ? 'en' : 'zh');

export async function handIn(store: ProgressStore, assignmentId: string, now = Date.now()): Promise<HandIn> {
  const [kept, profile] = await Promise.all([store.findAssignment(assignmentId), store.readProfile()]);
  if (!kept) return { ok: false, code: 'not-found' };
  if (!profile.name || !profile.studentNumber) return { ok: false, code: 'no-student' };
  const result = resultFile(kept, { name: profile.name, number: profile.studentNumber }, await store.exportRecords(), now);
  await store.markHandedIn(assignmentId, now);
  return { ok: true, fileName: resultFileName(result), text: JSON.stringify(result, null, 1), result };
}

function resultFile(
  { assignment, checksum, receivedAt }: AssignmentRecord,
  student: ResultFile['student'],
  records: Awaited<ReturnType<ProgressStore['exportRecords']>>,
  now: number,
): ResultFile {
  const extraShare = grantedShare(assignment, student.number);
  const newest = <T>(items: T[], at: (item: T) => number, limit: number) => [...items].sort((a, b) => at(b) - at(a)).slice(0, limit);
  const attempts = newest(
    records.attempts.filter((a) => a.assignmentId === assignment.id),
    (a) => a.startedAt,
    KEEP.attempts,
  );
  const chapters = new Set(assignment.quizChapters);
  const quizAnswers = newest(
    records.quizAnswers.filter((q) => chapters.has(q.chapter) && q.answeredAt >= receivedAt),
    (q) => q.answeredAt,
    KEEP.quizAnswers,
  );
  const exams = assignment.exam
    ? newest(
        records.exams.filter((e) => e.startedAt >= receivedAt),
        (e) => e.startedAt,
        KEEP.exams,
      )
    : [];
  // Checked against the format before it leaves the device, so a student never sends a file the gradebook refuses.
  return resultFileSchema.parse({
    format: RESULT_FORMAT,
    version: RESULT_VERSION,
    assignment: { id: assignment.id, checksum, title: assignment.title },
    student,
    handedInAt: now,
    attempts: attempts.map((a) => ({
      id: a.id,
      scenarioId: a.scenarioId,
      contentHash: a.contentHash,
      locale: locale(a.locale),
      mode: a.mode,
      timing: a.timing,
      ...(a.variant !== undefined && { variant: a.variant }),
      extraShare,
      status: a.status,
      startedAt: a.startedAt,
      ...(a.finishedAt !== undefined && { finishedAt: a.finishedAt }),
      steps: a.steps.slice(0, KEEP.steps),
      ...(a.ending !== undefined && { ending: a.ending }),
      ...(a.score && { stated: { overall: a.score.overall, passed: a.score.passed } }),
    })),
    quizAnswers: quizAnswers.map(({ id: _, ...q }) => q),
    exams: exams.map((e) => ({
      id: e.id,
      seed: e.seed,
      questionIds: e.questionIds,
      locale: locale(e.locale),
      paperMinutes: e.paperMinutes,
      extraMinutes: e.extraMinutes,
      startedAt: e.startedAt,
      ...(e.finishedAt !== undefined && { finishedAt: e.finishedAt }),
      ...(e.submittedBy && { submittedBy: e.submittedBy }),
      answers: e.answers,
      paper: { paperId: e.paper.paperId, passMark: e.paper.passMark, sections: e.paper.sections.map(({ marks, questionIds }) => ({ marks, questionIds })) },
      ...(Object.keys(e.written).length > 0 && { written: e.written, ticked: e.ticked }),
      ...(e.result && { stated: { score: e.result.score, passed: e.result.passed } }),
    })),
  });
}
