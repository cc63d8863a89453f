/**
 * The course grade, by the lesson plan's weights unless the instructor changes them:
 * skill drills 20 %, the customer file assignment 10 %, the satisfaction survey 10 %,
 * the final exam 60 %. The site knows the drills (the role-plays' best scores and the
 * quiz marks) and the exam; the customer file and the survey are marked by hand, so
 * their columns are left blank and the grade here is the part the site can give.
 */
import type { StudentRow } from './gradebook.ts';

export const COURSE_PARTS = ['drills', 'customerFile', 'survey', 'exam'] as const;
export type CoursePart = (typeof COURSE_PARTS)[number];

/** Parts the instructor marks by hand. */
export const HAND_MARKED: readonly CoursePart[] = ['customerFile', 'survey'];

export type Weights = Record<CoursePart, number>;

export const LESSON_PLAN_WEIGHTS: Weights = { drills: 20, customerFile: 10, survey: 10, exam: 60 };

/** Weights that can be used: each 0–100, summing to 100. */
export function weightsValid(weights: Weights): boolean {
  const values = COURSE_PARTS.map((p) => weights[p]);
  return values.every((w) => Number.isFinite(w) && w >= 0 && w <= 100) && Math.abs(values.reduce((a, b) => a + b, 0) - 100) < 1e-9;
}

export interface CourseGrade {
  /** 0–100 per part the site marks; null for parts marked by hand (and the exam, when none is set). */
  parts: Record<CoursePart, number | null>;
  /** The weighted points of the parts the site marks, out of `outOf`. */
  points: number;
  /** The weight of the parts the site marks (80 by the lesson plan). */
  outOf: number;
}

/**
 * Skill drills: the mean of each assigned role-play's best score (0 when not done)
 * and, when the assignment has quizzes, the quiz mark weighted by how much was done.
 */
export function drillsScore(row: Pick<StudentRow, 'drills' | 'quiz'>): number {
  const parts = row.drills.map((d) => d.best ?? 0);
  if (row.quiz) parts.push(((row.quiz.percent ?? 0) * row.quiz.completion) / 100);
  return parts.length > 0 ? Math.round(parts.reduce((a, b) => a + b, 0) / parts.length) : 0;
}

/** `examSet`: the assignment asks for the exam (otherwise its column is left blank too). */
export function courseGrade(row: Pick<StudentRow, 'drills' | 'quiz' | 'exam'>, weights: Weights = LESSON_PLAN_WEIGHTS, examSet = true): CourseGrade {
  const parts: CourseGrade['parts'] = { drills: drillsScore(row), customerFile: null, survey: null, exam: examSet ? (row.exam?.score ?? 0) : null };
  let points = 0;
  let outOf = 0;
  for (const part of COURSE_PARTS) {
    const score = parts[part];
    if (score === null) continue;
    points += (weights[part] * score) / 100;
    outOf += weights[part];
  }
  return { parts, points: Math.round(points * 10) / 10, outOf };
}
