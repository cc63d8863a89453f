/**
 * What an exam's marks say a candidate should do next: marks by chapter and by
 * question type, the weakest chapters, and each chapter's share over attempts.
 */
import { markPaper, type PaperAnswers, type PaperEntry, type QuestionMark } from './exam.ts';
import type { MarkedPaper } from './legacy-paper.ts';

/** Marks of one chapter or one question type. */
export interface Share {
  key: string;
  marks: number;
  outOf: number;
  /** 0–100, whole. */
  percent: number;
  /** Some of the marks are self-marked (written questions). */
  self: boolean;
}

/** A finished exam's marks: stored since sections came in; worked out again from the answers for older exams. */
export function examMarks(
  exam: PaperAnswers & { paper: MarkedPaper; marks?: readonly QuestionMark[] },
  lookup: (questionId: string) => PaperEntry | undefined,
): readonly QuestionMark[] {
  return exam.marks ?? markPaper(exam.paper, lookup, exam).marks;
}

/** Marks grouped by chapter or type, in `order` (keys not in it follow, in the order met). */
export function sharesBy(marks: readonly QuestionMark[], by: 'chapter' | 'type', order: readonly string[] = []): Share[] {
  const groups = new Map<string, Share>(order.map((key) => [key, { key, marks: 0, outOf: 0, percent: 0, self: false }]));
  for (const m of marks) {
    const key = m[by];
    const group = groups.get(key) ?? { key, marks: 0, outOf: 0, percent: 0, self: false };
    group.marks += m.marks;
    group.outOf += m.outOf;
    group.self ||= m.self;
    groups.set(key, group);
  }
  return [...groups.values()]
    .filter((g) => g.outOf > 0)
    .map((g) => ({ ...g, marks: Math.round(g.marks * 100) / 100, percent: Math.round((100 * g.marks) / g.outOf) }));
}

/** Up to `n` chapters below full marks, the lowest share first (ties: the one with more marks at stake). */
export function weakest(shares: readonly Share[], n = 3): Share[] {
  return shares
    .filter((s) => s.percent < 100)
    .sort((a, b) => a.percent - b.percent || b.outOf - a.outOf)
    .slice(0, n);
}

/** A chapter's share in each exam, oldest first; null where an exam asked nothing of it. */
export interface ChapterTrend {
  chapter: string;
  percents: (number | null)[];
}

export function chapterTrends(exams: readonly (readonly QuestionMark[])[], chapters: readonly string[]): ChapterTrend[] {
  const perExam = exams.map((marks) => new Map(sharesBy(marks, 'chapter').map((s) => [s.key, s.percent])));
  return chapters
    .map((chapter) => ({ chapter, percents: perExam.map((shares) => shares.get(chapter) ?? null) }))
    .filter((t) => t.percents.some((p) => p !== null));
}
