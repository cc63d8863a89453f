/**
 * The gradebook of one assignment: from the imported result files to one row per
 * student, every number re-computed (`rescore.ts`) and every doubt flagged
 * (`flags.ts`). Pure: the versions of the scenarios and the questions are handed in.
 */
import type { Assignment } from '../assignment/assignment.ts';
import type { ResultAttempt, ResultFile } from '../assignment/result-file.ts';
import type { IndexedQuestion } from '../quiz/index.ts';
import type { FailReason } from '../scenario/scoring.ts';
import type { Flag } from './flags.ts';
import type { ImportedFile } from './read-files.ts';
import {
  regradeAnswer,
  regradeExam,
  rescoreAttempt,
  versionKey,
  type AttemptCheck,
  type ExamCheck,
  type ReplayMemo,
  type ScenarioVersions,
} from './rescore.ts';

export interface GradebookInput {
  assignment: Assignment;
  /** The share link's checksum of the assignment as the instructor has it. */
  checksum: string;
  files: readonly ImportedFile[];
  versions: ScenarioVersions;
  questions: ReadonlyMap<string, IndexedQuestion>;
}

/** Why a drill is not passed: the codes of `ScoreResult.fails`, or no counted attempt. */
export type DrillFail = FailReason['code'] | 'not-attempted';

export interface DrillCell {
  scenarioId: string;
  /** The best re-scored overall score, 0–100; null: no attempt counts. */
  best: number | null;
  passed: boolean;
  /** Why the best attempt fails (empty when it passes). */
  fails: DrillFail[];
  /** Finished attempts that count. */
  attempts: number;
  late: boolean;
}

export interface QuizCell {
  /** Questions of the assigned chapters answered (first answer each; written questions aside). */
  answered: number;
  /** Machine-marked questions in the assigned chapters. */
  total: number;
  /** Marks on the answered questions, 0–100; null when none. */
  percent: number | null;
  /** Share of the questions answered, 0–100. */
  completion: number;
}

export interface ExamCell {
  score: number;
  passed: boolean;
  late: boolean;
  extraMinutes: number;
}

export interface StudentRow {
  number: string;
  name: string;
  /** The file that counts (the newest from this student). */
  file: string;
  handedInAt: number;
  late: boolean;
  drills: DrillCell[];
  quiz: QuizCell | null;
  exam: ExamCell | null;
  /** The largest extra share of time on timed moments (0: none). */
  extraShare: number;
  flags: Flag[];
  /** Every attempt, re-scored (for the class view). */
  checks: AttemptCheck[];
  /** The first answer to each question, re-marked 0–1, by question id (for item analysis). */
  quizMarks: Record<string, number>;
  /** The first answer to each question, as given. */
  quizAnswers: ResultFile['quizAnswers'];
  /** The exam that counts, re-marked. */
  examCheck: ExamCheck | null;
}

export interface Gradebook {
  rows: StudentRow[];
  /** Files for another assignment: shown with their flag, counted nowhere. */
  setAside: { file: string; flags: Flag[] }[];
}

const isLate = (moment: number | undefined, due: number) => moment !== undefined && moment > due;

/** The same attempt in two files: same id, start and transcript. */
const attemptFingerprint = (a: ResultAttempt) => `${a.scenarioId}|${a.id}|${a.startedAt}|${JSON.stringify(a.steps)}`;

/** The better of two scored attempts: a pass beats a fail, then the higher score. */
function better(a: Extract<AttemptCheck, { status: 'scored' }>, b: Extract<AttemptCheck, { status: 'scored' }>) {
  if (a.score.passed !== b.score.passed) return a.score.passed ? a : b;
  return (a.score.overall ?? -1) >= (b.score.overall ?? -1) ? a : b;
}

function drillCell(scenarioId: string, checks: AttemptCheck[], due: number, excluded: ReadonlySet<ResultAttempt>): DrillCell {
  const scored = checks.filter(
    (c): c is Extract<AttemptCheck, { status: 'scored' }> => c.status === 'scored' && c.attempt.scenarioId === scenarioId && !excluded.has(c.attempt),
  );
  if (scored.length === 0) return { scenarioId, best: null, passed: false, fails: ['not-attempted'], attempts: 0, late: false };
  const best = scored.reduce(better);
  return {
    scenarioId,
    best: best.score.overall,
    passed: best.score.passed,
    fails: [...new Set(best.score.fails.map((f) => f.code))],
    attempts: scored.length,
    late: scored.some((c) => isLate(c.attempt.finishedAt, due)),
  };
}

function studentRow(file: ImportedFile, others: ImportedFile[], input: GradebookInput, copied: ReadonlyMap<string, string[]>, memo: ReplayMemo): StudentRow {
  const { assignment, checksum, versions, questions } = input;
  const { result } = file;
  const flags: Flag[] = [];
  if (others.length > 0) {
    const all = [file, ...others];
    flags.push({ code: 'duplicate-student', files: all.map((f) => f.name), names: [...new Set(all.map((f) => f.result.student.name))] });
  }
  if (result.assignment.checksum !== checksum) flags.push({ code: 'other-assignment-version', file: file.name });
  const late = isLate(result.handedInAt, assignment.due);
  if (late) flags.push({ code: 'late-hand-in', file: file.name, handedInAt: result.handedInAt });

  // Role-plays, each attempt replayed; attempts beyond the allowed number, copied or unasked for do not count.
  const assigned = new Map(assignment.scenarios.map((s) => [s.id, s.hash]));
  const checks: AttemptCheck[] = [];
  const excluded = new Set<ResultAttempt>();
  const byStart = [...result.attempts].sort((a, b) => a.startedAt - b.startedAt);
  for (const attempt of byStart) {
    if (!assigned.has(attempt.scenarioId)) {
      if (!flags.some((f) => f.code === 'not-assigned' && f.scenarioId === attempt.scenarioId))
        flags.push({ code: 'not-assigned', scenarioId: attempt.scenarioId });
      continue;
    }
    const check = rescoreAttempt(attempt, versions, assignment, memo);
    checks.push(check);
    const where = { scenarioId: attempt.scenarioId, attemptId: attempt.id };
    if (check.status === 'unknown-version') flags.push({ code: 'unknown-version', ...where, hash: attempt.contentHash });
    if (check.status === 'not-replayable') flags.push({ code: 'not-replayable', ...where, refusal: check.refusal });
    if (check.status !== 'scored') continue;
    if (check.statedDiffers) flags.push({ code: 'score-mismatch', ...where, stated: attempt.stated?.overall ?? null, replayed: check.score.overall });
    if (assigned.get(attempt.scenarioId) !== attempt.contentHash) flags.push({ code: 'other-scenario-version', ...where });
    if (assignment.mode === 'test' && attempt.mode === 'practice') flags.push({ code: 'wrong-mode', ...where });
    if (isLate(attempt.finishedAt, assignment.due)) flags.push({ code: 'late-attempt', ...where, finishedAt: attempt.finishedAt! });
    const students = copied.get(attemptFingerprint(attempt)) ?? [];
    if (students.length > 1) {
      flags.push({ code: 'identical-attempt', ...where, students: students.filter((s) => s !== result.student.number) });
      excluded.add(attempt);
    }
  }
  for (const { id } of assignment.scenarios) {
    const made = checks.filter((c) => c.status === 'scored' && c.attempt.scenarioId === id && !excluded.has(c.attempt));
    const allowed = assignment.attemptsAllowed;
    if (allowed !== undefined && made.length > allowed) {
      flags.push({ code: 'too-many-attempts', scenarioId: id, allowed, made: made.length });
      made.slice(allowed).forEach((c) => excluded.add(c.attempt));
    }
  }

  // Quizzes: the first answer to each question of the assigned chapters, re-marked.
  const chapters = new Set(assignment.quizChapters);
  const quizMarks: Record<string, number> = {};
  const firstAnswers: ResultFile['quizAnswers'] = [];
  let mismatched = 0;
  let unknown = 0;
  for (const answer of [...result.quizAnswers].sort((a, b) => a.answeredAt - b.answeredAt)) {
    if (answer.mode !== 'practice' || !chapters.has(answer.chapter) || answer.questionId in quizMarks) continue;
    const regraded = regradeAnswer(answer, questions);
    if (regraded === 'unknown') unknown++;
    if (regraded === 'unknown' || regraded === null) continue;
    quizMarks[answer.questionId] = regraded.score;
    firstAnswers.push(answer);
    if (regraded.differs) mismatched++;
  }
  if (mismatched > 0) flags.push({ code: 'quiz-score-mismatch', count: mismatched });
  const total = [...questions.values()].filter((q) => chapters.has(q.chapter) && !['term', 'short', 'case'].includes(q.question.type)).length;
  const marks = Object.values(quizMarks);
  const quiz: QuizCell | null =
    chapters.size === 0
      ? null
      : {
          answered: marks.length,
          total,
          percent: marks.length > 0 ? Math.round((100 * marks.reduce((a, b) => a + b, 0)) / marks.length) : null,
          completion: total > 0 ? Math.round((100 * marks.length) / total) : 0,
        };

  // The exam: every finished paper re-marked; the best counts.
  let examCheck: ExamCheck | null = null;
  if (assignment.exam) {
    for (const exam of result.exams.filter((e) => e.finishedAt !== undefined)) {
      const check = regradeExam(exam, questions);
      unknown += check.unknown;
      if (check.statedDiffers) flags.push({ code: 'exam-score-mismatch', examId: exam.id, stated: exam.stated!.score, regraded: check.score });
      if (isLate(exam.finishedAt, assignment.due)) flags.push({ code: 'late-exam', examId: exam.id });
      if (!examCheck || check.score > examCheck.score) examCheck = check;
    }
  }
  if (unknown > 0) flags.push({ code: 'unknown-question', count: unknown });
  const exam: ExamCell | null = examCheck
    ? { score: examCheck.score, passed: examCheck.passed, late: isLate(examCheck.exam.finishedAt, assignment.due), extraMinutes: examCheck.exam.extraMinutes }
    : null;

  return {
    number: result.student.number,
    name: result.student.name,
    file: file.name,
    handedInAt: result.handedInAt,
    late,
    drills: assignment.scenarios.map(({ id }) => drillCell(id, checks, assignment.due, excluded)),
    quiz,
    exam,
    extraShare: Math.max(0, ...result.attempts.map((a) => a.extraShare)),
    flags,
    checks: checks.filter((c) => !excluded.has(c.attempt)),
    quizMarks,
    quizAnswers: firstAnswers,
    examCheck,
  };
}

export function buildGradebook(input: GradebookInput): Gradebook {
  const setAside: Gradebook['setAside'] = [];
  const byStudent = new Map<string, ImportedFile[]>();
  for (const file of input.files) {
    const { assignment } = file.result;
    if (assignment.id !== input.assignment.id) {
      setAside.push({ file: file.name, flags: [{ code: 'other-assignment', file: file.name, title: assignment.title }] });
      continue;
    }
    const number = file.result.student.number;
    byStudent.set(number, [...(byStudent.get(number) ?? []), file]);
  }
  // Each student's newest file counts; then the attempts that appear under more than one student.
  const counted = [...byStudent.values()].map((files) => [...files].sort((a, b) => b.result.handedInAt - a.result.handedInAt));
  const copied = new Map<string, string[]>();
  for (const [file] of counted) {
    for (const attempt of file!.result.attempts) {
      const key = attemptFingerprint(attempt);
      copied.set(key, [...(copied.get(key) ?? []), file!.result.student.number]);
    }
  }
  const memo: ReplayMemo = new Map();
  const rows = counted.map(([newest, ...older]) => studentRow(newest!, older, input, copied, memo));
  rows.sort((a, b) => a.number.localeCompare(b.number));
  return { rows, setAside };
}

/** The versions of scenarios the files name, for the page to fetch. */
export function versionsNeeded(files: readonly ImportedFile[]): { id: string; hash: string }[] {
  const keys = new Map<string, { id: string; hash: string }>();
  for (const file of files) for (const a of file.result.attempts) keys.set(versionKey(a.scenarioId, a.contentHash), { id: a.scenarioId, hash: a.contentHash });
  return [...keys.values()];
}
