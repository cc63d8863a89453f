/**
 * The mock certification exam: a seeded draw that fills each section of a paper
 * (`paper.ts`) across chapters in proportion to the lesson plan's hours, a clock
 * that runs from the stored start, and the marking: machine-graded questions by
 * `gradeAnswer`, written ones by the learner's self-mark, reported apart.
 */
import { seedFrom, seededRandom, shuffled } from '../random.ts';
import { gradeAnswer, type Answer } from './grade.ts';
import { isWritten, selfMark } from './written.ts';
import type { Text } from '../../schemas/scenario.ts';
import type { Question, QuestionType } from '../../schemas/question.ts';
import type { Paper } from './paper.ts';
import type { MarkedPaper } from './legacy-paper.ts';

export interface ChapterPool {
  chapter: string;
  /** The lesson plan's hours for the chapter (class + practice). */
  hours: number;
  questions: readonly Question[];
}

/**
 * How many questions each chapter gets: `total` split by hours with the
 * largest-remainder method, never more than a chapter has.
 */
export function questionsPerChapter(pools: readonly ChapterPool[], total: number): Map<string, number> {
  const hours = pools.reduce((sum, p) => sum + p.hours, 0);
  const shares = pools.map((p) => {
    const exact = hours > 0 ? (total * p.hours) / hours : 0;
    return { chapter: p.chapter, count: Math.min(Math.floor(exact), p.questions.length), remainder: exact - Math.floor(exact), max: p.questions.length };
  });
  let left =
    Math.min(
      total,
      pools.reduce((sum, p) => sum + p.questions.length, 0),
    ) - shares.reduce((sum, s) => sum + s.count, 0);
  const byRemainder = [...shares].sort((a, b) => b.remainder - a.remainder || a.chapter.localeCompare(b.chapter));
  while (left > 0) {
    const next = byRemainder.find((s) => s.count < s.max);
    if (!next) break;
    next.count++;
    left--;
    byRemainder.push(byRemainder.splice(byRemainder.indexOf(next), 1)[0]!);
  }
  return new Map(shares.map((s) => [s.chapter, s.count]));
}

/** A section of a drawn paper, as the exam record keeps it. */
export interface DrawnSection {
  title: Text;
  marks: number;
  questionIds: string[];
}

/** A drawn paper: what an exam is sat on and marked against. */
export interface DrawnPaper {
  paperId: string;
  passMark: number;
  sections: DrawnSection[];
}

/**
 * Draws a paper. The paper's questions are split across chapters by hours
 * (`questionsPerChapter`); then each seat of each section goes to a chapter picked at
 * random, weighted by the questions that chapter still has to give, among chapters
 * with an unused question of the section's types. Scarce sections are filled first,
 * so a one-question case section can come from any chapter while the totals stay in
 * proportion. The same seed always draws the same paper.
 */
export function drawPaper(pools: readonly ChapterPool[], paper: Paper, seed: string): DrawnPaper {
  const random = seededRandom(seedFrom(seed));
  const types = new Set(paper.sections.flatMap((s) => s.types));
  const usable = pools.map((p) => ({ ...p, questions: p.questions.filter((q) => types.has(q.type)) }));
  const quota = questionsPerChapter(
    usable,
    paper.sections.reduce((sum, s) => sum + s.questions, 0),
  );
  const taken = new Map(pools.map((p) => [p.chapter, 0]));
  // Per section, per chapter: its questions of the section's types, in a seeded order.
  const supply = paper.sections.map(
    (section) =>
      new Map(
        usable.map((p) => [
          p.chapter,
          shuffled(
            p.questions.filter((q) => section.types.includes(q.type)),
            random,
          ),
        ]),
      ),
  );
  const drawn: string[][] = paper.sections.map(() => []);
  const scarceFirst = paper.sections
    .map((section, s) => ({ s, room: [...supply[s]!.values()].reduce((sum, list) => sum + list.length, 0) / section.questions }))
    .sort((a, b) => a.room - b.room || a.s - b.s);
  for (const { s } of scarceFirst) {
    for (let seat = 0; seat < paper.sections[s]!.questions; seat++) {
      const open = usable.filter((p) => supply[s]!.get(p.chapter)!.length > 0);
      if (open.length === 0) break;
      const owed = open.map((p) => Math.max(0, (quota.get(p.chapter) ?? 0) - taken.get(p.chapter)!));
      // Once no open chapter is owed a question, hours alone weigh the pick.
      const weights = owed.some((w) => w > 0) ? owed : open.map((p) => p.hours || 1);
      const chapter = open[weighted(weights, random)]!.chapter;
      drawn[s]!.push(supply[s]!.get(chapter)!.shift()!.id);
      taken.set(chapter, taken.get(chapter)! + 1);
    }
  }
  return {
    paperId: paper.id,
    passMark: paper.passMark,
    sections: paper.sections.map((section, s) => ({ title: section.title, marks: section.marks, questionIds: shuffled(drawn[s]!, random) })),
  };
}

/** The index of a pick where each index's chance is its weight's share. */
function weighted(weights: readonly number[], random: () => number): number {
  let r = random() * weights.reduce((a, b) => a + b, 0);
  for (let i = 0; i < weights.length; i++) {
    r -= weights[i]!;
    if (r < 0) return i;
  }
  return weights.length - 1;
}

/** The seed of a calculation's numbers in an exam: the same paper number shows the same numbers. */
export function calcSeed(paperSeed: string, questionId: string): number {
  return seedFrom(`${paperSeed}/${questionId}`);
}

/** Milliseconds left; the clock runs from the stored start, so a reload does not stop it. */
export function remainingMs(startedAt: number, minutes: number, now: number): number {
  return Math.max(0, startedAt + minutes * 60_000 - now);
}

/** Marks earned out of marks available. */
export interface Tally {
  marks: number;
  outOf: number;
}

export interface ExamResult {
  /** Marks earned in all (partial credit counts), out of `outOf`. */
  points: number;
  outOf: number;
  /** 0–100, rounded to a whole number. */
  score: number;
  passed: boolean;
  /** Machine-graded questions (choice, true/false, ordering, calculation). */
  machine: Tally;
  /** Written questions, marked by the learner against the marking points. */
  self: Tally;
  /** Ids of questions not answered with full marks: they go to the review queue. */
  missed: string[];
}

/** One question of a handed-in paper, marked. */
export interface QuestionMark {
  questionId: string;
  chapter: string;
  type: QuestionType;
  /** Index of the paper section. */
  section: number;
  /** The machine-graded answer; null for a written question or one left unanswered. */
  answer: Answer | null;
  /** Share of the question's marks earned, 0–1. */
  score: number;
  correct: boolean;
  /** Marks earned, out of `outOf` (the section's marks per question). */
  marks: number;
  outOf: number;
  /** Marked by the learner (a written question). */
  self: boolean;
}

export interface PaperEntry {
  question: Question;
  chapter: string;
}

/** What the learner did: machine answers, written texts (one per answer box), ticked marking points. */
export interface PaperAnswers {
  answers: Readonly<Record<string, Answer | undefined>>;
  written?: Readonly<Record<string, readonly string[] | undefined>>;
  ticked?: Readonly<Record<string, readonly (readonly number[])[] | undefined>>;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Whether a written answer has any text in it (an empty one earns nothing and is not self-marked). */
export function hasWriting(texts: readonly string[] | undefined): boolean {
  return (texts ?? []).some((text) => text.trim() !== '');
}

/**
 * Marks every question of a paper and totals the result; unanswered questions earn
 * nothing. A question whose entry is missing (no longer in the banks) is skipped.
 */
export function markPaper(
  paper: MarkedPaper,
  lookup: (questionId: string) => PaperEntry | undefined,
  given: PaperAnswers,
): { result: ExamResult; marks: QuestionMark[] } {
  const marks: QuestionMark[] = [];
  paper.sections.forEach((section, s) => {
    for (const questionId of section.questionIds) {
      const entry = lookup(questionId);
      if (!entry) continue;
      const { question, chapter } = entry;
      let share: number;
      let answer: Answer | null = null;
      if (isWritten(question)) {
        const self = hasWriting(given.written?.[questionId]) ? selfMark(question, given.ticked?.[questionId] ?? []) : null;
        share = self && self.outOf > 0 ? self.marks / self.outOf : 0;
      } else {
        answer = given.answers[questionId] ?? null;
        share = answer ? gradeAnswer(question, answer).score : 0;
      }
      marks.push({
        questionId,
        chapter,
        type: question.type,
        section: s,
        answer,
        score: round2(share),
        correct: share === 1,
        marks: round2(share * section.marks),
        outOf: section.marks,
        self: isWritten(question),
      });
    }
  });
  const tally = (list: QuestionMark[]): Tally => ({ marks: round2(list.reduce((a, m) => a + m.marks, 0)), outOf: list.reduce((a, m) => a + m.outOf, 0) });
  const machine = tally(marks.filter((m) => !m.self));
  const self = tally(marks.filter((m) => m.self));
  const points = round2(machine.marks + self.marks);
  const outOf = machine.outOf + self.outOf;
  const result = {
    points,
    outOf,
    score: outOf > 0 ? Math.round((100 * points) / outOf) : 0,
    passed: points >= paper.passMark,
    machine,
    self,
    missed: marks.filter((m) => !m.correct).map((m) => m.questionId),
  };
  return { result, marks };
}
