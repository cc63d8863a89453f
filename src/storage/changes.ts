/**
 * How each change turns the records it touches into new ones: pure functions both
 * stores share, so they can only differ in where records are kept.
 */
import { nextExtraTime } from '../domain/quiz/extra-time.ts';
import type { Answer } from '../domain/quiz/grade.ts';
import type { Card } from '../domain/review/schedule.ts';
import type { Step } from '../domain/scenario/machine.ts';
import type { Finish, HandIn, NewAttempt, NewExam, ReceivedAssignment } from './progress-store.ts';
import { StoreError } from './problems.ts';
import type { AssignmentRecord } from './records/assignment.ts';
import type { Attempt } from './records/attempt.ts';
import type { ExamAttempt } from './records/exam.ts';
import { ATTEMPT_FORMAT, EXAM_FORMAT, PROFILE_KEY } from './records/formats.ts';
import { selfMarkBelowHalf } from '../domain/quiz/written.ts';
import type { ProfileChange, ProfileRecord } from './records/profile.ts';
import type { NewQuizAnswer, QuizAnswer } from './records/quiz-answer.ts';
import type { QuizRun } from './records/quiz-run.ts';
import type { ReviewCard } from './records/review-card.ts';

export function newAttempt(init: NewAttempt, now: number): Attempt {
  return { id: crypto.randomUUID(), format: ATTEMPT_FORMAT, ...init, status: 'active', startedAt: now, updatedAt: now, steps: [] };
}

/**
 * The attempt after its step number `at` (counting from 0): a step is only added where the
 * stored transcript ends, so two tabs playing the same attempt cannot interleave their
 * steps. The same step written again (a retried write that had in fact been kept) changes
 * nothing; any other mismatch is a `conflict`.
 */
export function afterStep(attempt: Attempt | undefined, id: string, at: number, step: Step, finish: Finish | undefined, now: number): Attempt {
  if (!attempt) throw new StoreError('not-found', `attempt ${id}`);
  if (attempt.steps.length === at + 1 && sameStep(attempt.steps[at]!, step) && (attempt.status === 'finished') === Boolean(finish)) return attempt;
  if (attempt.status !== 'active') throw new StoreError('not-active', `attempt ${id} is ${attempt.status}`);
  if (attempt.steps.length !== at) throw new StoreError('conflict', `attempt ${id} has ${attempt.steps.length} steps, not ${at}`);
  return {
    ...attempt,
    steps: [...attempt.steps, step],
    updatedAt: now,
    ...(finish && { status: 'finished', finishedAt: now, ending: finish.ending, score: finish.score }),
  };
}

const canonical = (step: Step) => JSON.stringify(Object.entries(step).sort(([a], [b]) => a.localeCompare(b)));
const sameStep = (a: Step, b: Step) => canonical(a) === canonical(b);

/** Orders finished attempts newest first. */
export const byFinishedDesc = (a: Attempt, b: Attempt) => (b.finishedAt ?? 0) - (a.finishedAt ?? 0);

export function newQuizRun(chapter: string, now: number): QuizRun {
  return { chapter, startedAt: now, position: 0, answers: {} };
}

/** A practice answer kept in its chapter's run (started by this answer if need be). */
export function runWithAnswer(run: QuizRun | undefined, answer: NewQuizAnswer): QuizRun {
  const current = run ?? newQuizRun(answer.chapter, answer.answeredAt);
  return answer.answer ? { ...current, answers: { ...current.answers, [answer.questionId]: answer.answer } } : current;
}

/** The scheduler, loaded only by the calls that reschedule cards. */
export type Scheduler = {
  newCard(now: Date): Card;
  reviewCard(card: Card, correct: boolean, now: Date): Card;
};
export const loadScheduler = (): Promise<Scheduler> => import('../domain/review/schedule.ts');

/** A self-marked written answer, not a machine-graded one. (Here, not beside the record's schema: pages that only read records load no validator.) */
export function isSelfMarked<A extends NewQuizAnswer>(a: A): a is Extract<A, { kind: 'self' }> {
  return 'kind' in a && a.kind === 'self';
}

/**
 * Whether an answer counts against the learner in the review notebook: a machine-graded
 * answer short of full marks, or a written answer self-marked below half its marks
 * (`selfMarkBelowHalf`: self-marking is strict, so half the points is not a wrong answer).
 */
export function missed(answer: NewQuizAnswer): boolean {
  return isSelfMarked(answer) ? selfMarkBelowHalf(answer.selfMark) : !answer.correct;
}

/** Full marks: machine-graded and correct, or self-marked with every point ticked. */
export function fullMarks(answer: NewQuizAnswer): boolean {
  return isSelfMarked(answer) ? answer.selfMark.marks === answer.selfMark.outOf : answer.correct;
}

/**
 * The review card after an answer, or undefined when it does not change: a missed
 * answer adds the question (or marks it forgotten again); a review reschedules it.
 */
export function cardAfter(existing: ReviewCard | undefined, answer: NewQuizAnswer, scheduler: Scheduler): ReviewCard | undefined {
  const now = new Date(answer.answeredAt);
  const wrong = missed(answer);
  if (existing && (answer.mode === 'review' || wrong)) {
    const card = scheduler.reviewCard(existing.card, !wrong, now);
    return { ...existing, card, due: new Date(card.due).getTime() };
  }
  if (!existing && wrong) {
    const card = scheduler.newCard(now);
    return { questionId: answer.questionId, chapter: answer.chapter, card, addedAt: answer.answeredAt, due: new Date(card.due).getTime() };
  }
  return undefined;
}

/** What the learner has done with one question, in every mode. */
export interface QuestionHistory {
  /** Answers recorded (an exam question left unanswered counts: it was seen). */
  seen: number;
  /** Of them, with full marks (`fullMarks`). */
  right: number;
  /** The newest answer. */
  last: QuizAnswer;
}

/** The history of each question that has answers, from its answers in any order. */
export function historyOf(answers: readonly QuizAnswer[]): Map<string, QuestionHistory> {
  const history = new Map<string, QuestionHistory>();
  for (const answer of answers) {
    const h = history.get(answer.questionId);
    const right = fullMarks(answer) ? 1 : 0;
    if (!h) history.set(answer.questionId, { seen: 1, right, last: answer });
    else {
      h.seen++;
      h.right += right;
      if (newer(answer, h.last)) h.last = answer;
    }
  }
  return history;
}

/** By time, then by the order the store assigned (two answers can share a millisecond). */
const newer = (a: QuizAnswer, b: QuizAnswer) => a.answeredAt > b.answeredAt || (a.answeredAt === b.answeredAt && (a.id ?? 0) > (b.id ?? 0));

export function newExam(init: NewExam, now: number): ExamAttempt {
  return {
    id: crypto.randomUUID(),
    format: EXAM_FORMAT,
    ...init,
    questionIds: init.paper.sections.flatMap((s) => s.questionIds),
    minutes: init.paperMinutes + init.extraMinutes,
    timeAdded: [],
    position: 0,
    startedAt: now,
    answers: {},
    written: {},
    ticked: {},
    flagged: [],
    status: 'active',
  };
}

export function activeExam(exam: ExamAttempt | undefined, id: string): ExamAttempt {
  if (!exam) throw new StoreError('not-found', `exam ${id}`);
  if (exam.status !== 'active') throw new StoreError('not-active', `exam ${id} is finished`);
  return exam;
}

/** An exam still being answered: not handed in, time not up. */
function answering(exam: ExamAttempt): ExamAttempt {
  if (exam.closedAt !== undefined) throw new StoreError('not-active', `exam ${exam.id} is handed in`);
  return exam;
}

export const examWithAnswer = (exam: ExamAttempt, questionId: string, answer: Answer): ExamAttempt => ({
  ...answering(exam),
  answers: { ...exam.answers, [questionId]: answer },
});

export const examWithWriting = (exam: ExamAttempt, questionId: string, texts: string[]): ExamAttempt => ({
  ...answering(exam),
  written: { ...exam.written, [questionId]: texts },
});

/** The question flagged or not, as the learner set it (setting it twice changes nothing). */
export const examWithFlag = (exam: ExamAttempt, questionId: string, flagged: boolean): ExamAttempt => ({
  ...exam,
  flagged: flagged ? [...exam.flagged.filter((q) => q !== questionId), questionId] : exam.flagged.filter((q) => q !== questionId),
});

export const examAt = (exam: ExamAttempt, position: number): ExamAttempt => ({
  ...exam,
  position: Math.max(0, Math.min(position, exam.questionIds.length - 1)),
});

/**
 * The exam with the next step of extra time the rules allow, recorded with its moment. An
 * addition is known by its moment: asked again for the same moment (a change made again after
 * the page was left mid-write), it is not added twice.
 */
export function examWithExtraTime(exam: ExamAttempt, now: number): ExamAttempt {
  if (exam.timeAdded.some((added) => added.at === now)) return exam;
  const minutes = nextExtraTime(exam.paperMinutes, exam.extraMinutes);
  if (minutes === 0) throw new StoreError('time-cap', `exam ${exam.id}`);
  return { ...exam, minutes: exam.minutes + minutes, extraMinutes: exam.extraMinutes + minutes, timeAdded: [...exam.timeAdded, { at: now, minutes }] };
}

/** Answering ends (the learner hands in, or time is up); the written answers are self-marked next. Closing twice keeps the first. */
export const examClosed = (exam: ExamAttempt, by: 'learner' | 'timeout', now: number): ExamAttempt =>
  exam.closedAt !== undefined ? exam : { ...exam, closedAt: now, submittedBy: by };

/** The marking points ticked for a written answer, per answer box; only once answering has ended. */
export function examWithTicks(exam: ExamAttempt, questionId: string, ticked: number[][]): ExamAttempt {
  if (exam.closedAt === undefined) throw new StoreError('not-active', `exam ${exam.id} is still being answered`);
  return { ...exam, ticked: { ...exam.ticked, [questionId]: ticked } };
}

export function handedIn(exam: ExamAttempt, handIn: HandIn, now: number): { exam: ExamAttempt; answers: NewQuizAnswer[] } {
  return {
    exam: {
      ...exam,
      status: 'finished',
      closedAt: exam.closedAt ?? now,
      finishedAt: now,
      submittedBy: exam.submittedBy ?? handIn.submittedBy,
      result: handIn.result,
      marks: handIn.marks,
    },
    answers: handIn.marks.map((m) => ({
      questionId: m.questionId,
      chapter: m.chapter,
      mode: 'exam',
      answer: m.answer,
      score: m.score,
      correct: m.correct,
      answeredAt: now,
    })),
  };
}

/** The assignment kept after opening a link: a newer version replaces the old, keeping when it first came. */
export function receivedAssignment(existing: AssignmentRecord | undefined, received: ReceivedAssignment, now: number): AssignmentRecord {
  return { ...existing, id: received.assignment.id, ...received, receivedAt: existing?.receivedAt ?? now };
}

export function handedInAssignment(existing: AssignmentRecord | undefined, id: string, now: number): AssignmentRecord {
  if (!existing) throw new StoreError('not-found', `assignment ${id}`);
  return { ...existing, handedInAt: now };
}

/** Due soonest first. */
export const byDue = (a: AssignmentRecord, b: AssignmentRecord) => a.assignment.due - b.assignment.due;

export function profileAfter(existing: ProfileRecord | undefined, change: ProfileChange, now: number): ProfileRecord {
  return { ...existing, ...change, key: PROFILE_KEY, updatedAt: now };
}
