/**
 * The gradebook as a spreadsheet: one row per student, the course grade with the
 * instructor's weights, and blank columns for the parts marked by hand. The words
 * (headers, reasons) come from the interface, in the page's language.
 */
import type { Assignment } from '../assignment/assignment.ts';
import { toCsv, type Cell } from './csv.ts';
import { courseGrade, type CoursePart, type Weights } from './course-grade.ts';
import type { DrillFail, StudentRow } from './gradebook.ts';
import type { Flag } from './flags.ts';

export interface CsvWords {
  number: string;
  name: string;
  /** A role-play's column, by scenario id. */
  drill: (scenarioId: string) => string;
  passed: string;
  failed: string;
  fail: (code: DrillFail) => string;
  attempts: string;
  quiz: string;
  exam: string;
  late: string;
  extraTime: string;
  /** A course part's column with its weight. */
  part: (part: CoursePart, weight: number) => string;
  /** The course grade column, out of the weight the site marks. */
  grade: (outOf: number) => string;
  flags: string;
  flag: (flag: Flag) => string;
  yes: string;
}

export function gradebookCsv(rows: readonly StudentRow[], assignment: Pick<Assignment, 'scenarios' | 'exam'>, weights: Weights, words: CsvWords): string {
  const examSet = assignment.exam !== undefined;
  const outOf = rows[0] ? courseGrade(rows[0], weights, examSet).outOf : 0;
  const header: Cell[] = [words.number, words.name];
  for (const { id } of assignment.scenarios) header.push(words.drill(id), `${words.drill(id)} · ${words.passed}`, `${words.drill(id)} · ${words.attempts}`);
  header.push(words.quiz, words.exam, words.late, words.extraTime);
  header.push(
    words.part('drills', weights.drills),
    words.part('customerFile', weights.customerFile),
    words.part('survey', weights.survey),
    words.part('exam', weights.exam),
  );
  header.push(words.grade(outOf), words.flags);
  const body = rows.map((row) => {
    const grade = courseGrade(row, weights, examSet);
    const cells: Cell[] = [row.number, row.name];
    for (const drill of row.drills) {
      cells.push(drill.best, drill.passed ? words.passed : `${words.failed}: ${drill.fails.map(words.fail).join('; ')}`, drill.attempts);
    }
    cells.push(row.quiz?.percent ?? null, row.exam?.score ?? null, row.late || row.drills.some((d) => d.late) || row.exam?.late ? words.yes : '');
    const extra = [
      row.extraShare > 0 ? `+${Math.round(row.extraShare * 100)}%` : '',
      row.exam && row.exam.extraMinutes > 0 ? `+${row.exam.extraMinutes} min` : '',
    ].filter(Boolean);
    cells.push(extra.join(' / '));
    // Hand-marked parts stay blank for the instructor to fill in.
    cells.push(grade.parts.drills, grade.parts.customerFile, grade.parts.survey, grade.parts.exam);
    cells.push(grade.points, row.flags.map(words.flag).join('; '));
    return cells;
  });
  return toCsv([header, ...body]);
}
