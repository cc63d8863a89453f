/**
 * How a backup's records join the ones already on this device, so an import never
 * rolls progress back: for each record kept in both places the newer and more complete
 * copy wins, and the import writes only what it adds or updates. Pure; the report says
 * exactly what changed, table by table.
 */
import type { RecordTables } from './progress-store.ts';
import type { Attempt } from './records/attempt.ts';
import type { ExamAttempt } from './records/exam.ts';
import type { QuizAnswer } from './records/quiz-answer.ts';
import type { ReviewCard } from './records/review-card.ts';

export type TableName = keyof RecordTables;

export interface TableChanges {
  /** Records new to this device. */
  added: number;
  /** Records this device had in an older or less complete copy. */
  updated: number;
  /** Records this device has in a newer or more complete copy, so the file's was left aside. */
  kept: number;
  /** Records this device already has exactly as in the file. */
  same: number;
}

export type ImportReport = Record<TableName, TableChanges>;

/** Positive: the file's copy is newer or more complete; negative: this device's is; 0: neither. */
type Newer<R> = (incoming: R, here: R) => number;

/** Compares by each measure in turn, the first that differs deciding. */
const by =
  <R>(...measures: ((r: R) => number)[]): Newer<R> =>
  (incoming, here) => {
    for (const measure of measures) {
      const d = measure(incoming) - measure(here);
      if (d !== 0) return d;
    }
    return 0;
  };

const ATTEMPT_STATUS = { active: 0, superseded: 1, finished: 2 } as const;
const time = (d: Date | string | number | undefined) => (d === undefined ? 0 : new Date(d).getTime());

/** The key each table keeps its records by, and which of two copies of one record is newer. */
const RULES: { [T in Exclude<TableName, 'quizAnswers'>]: { key: (r: RecordTables[T][number]) => string; newer: Newer<RecordTables[T][number]> } } = {
  // Finished beats unfinished; then the longer transcript; then the later last step.
  attempts: {
    key: (a) => a.id,
    newer: by<Attempt>(
      (a) => ATTEMPT_STATUS[a.status],
      (a) => a.steps.length,
      (a) => a.finishedAt ?? a.updatedAt,
    ),
  },
  // A chapter counts as read from the first time it was read to the end.
  chapterReads: { key: (r) => r.slug, newer: (incoming, here) => here.readAt - incoming.readAt },
  // The run started later is the current one; within a run, the one further on.
  quizRuns: {
    key: (r) => r.chapter,
    newer: by(
      (r) => r.startedAt,
      (r) => r.position,
      (r) => Object.keys(r.answers).length,
    ),
  },
  // Finished beats unfinished, handed in beats still being answered; then the more answers.
  exams: {
    key: (e) => e.id,
    newer: by<ExamAttempt>(
      (e) => (e.status === 'finished' ? 1 : 0),
      (e) => (e.closedAt === undefined ? 0 : 1),
      (e) => Object.keys(e.answers).length + Object.keys(e.written).length,
      (e) => e.finishedAt ?? e.closedAt ?? e.startedAt,
    ),
  },
  // The card reviewed later carries every earlier review in its schedule.
  reviewCards: {
    key: (c) => c.questionId,
    newer: by<ReviewCard>(
      (c) => time(c.card.last_review) || c.addedAt,
      (c) => c.card.reps,
    ),
  },
  assignments: { key: (a) => a.id, newer: by((a) => a.handedInAt ?? a.receivedAt) },
  profile: { key: (p) => p.key, newer: by((p) => p.updatedAt) },
};

/** The same record, whatever order its keys were written in. */
export function sameRecord(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v,
  );
}

const none = (): TableChanges => ({ added: 0, updated: 0, kept: 0, same: 0 });

function mergeTable<R>(incoming: readonly R[], here: readonly R[], rule: { key: (r: R) => string; newer: Newer<R> }, changes: TableChanges): R[] {
  const kept = new Map(here.map((r) => [rule.key(r), r]));
  const writes: R[] = [];
  for (const record of incoming) {
    const existing = kept.get(rule.key(record));
    if (!existing) {
      changes.added++;
      writes.push(record);
    } else if (sameRecord(record, existing)) changes.same++;
    else if (rule.newer(record, existing) > 0) {
      changes.updated++;
      writes.push(record);
    } else changes.kept++;
  }
  return writes;
}

/**
 * Answers are only ever added: one already here (the same question, moment, mode and
 * answer) is not added again, and an answer from another device whose number is taken
 * here is added under a new number rather than replacing the one here.
 */
function mergeAnswers(incoming: readonly QuizAnswer[], here: readonly QuizAnswer[], changes: TableChanges): QuizAnswer[] {
  const content = ({ id: _, ...answer }: QuizAnswer) => canonical(answer);
  const known = new Set(here.map(content));
  const taken = new Set(here.map((a) => a.id));
  const writes: QuizAnswer[] = [];
  for (const answer of incoming) {
    if (known.has(content(answer))) {
      changes.same++;
      continue;
    }
    known.add(content(answer));
    changes.added++;
    if (answer.id === undefined || taken.has(answer.id)) {
      const { id: _, ...renumbered } = answer;
      writes.push(renumbered);
    } else {
      taken.add(answer.id);
      writes.push(answer);
    }
  }
  return writes;
}

/** The records to write (added and updated ones only) and what that changes. */
export function mergeBackup(incoming: RecordTables, here: RecordTables): { writes: RecordTables; report: ImportReport } {
  const report = Object.fromEntries(Object.keys(incoming).map((t) => [t, none()])) as ImportReport;
  const table = <T extends Exclude<TableName, 'quizAnswers'>>(name: T) =>
    mergeTable<RecordTables[T][number]>(incoming[name], here[name], RULES[name] as (typeof RULES)[T], report[name]) as RecordTables[T];
  const writes: RecordTables = {
    attempts: table('attempts'),
    chapterReads: table('chapterReads'),
    quizAnswers: mergeAnswers(incoming.quizAnswers, here.quizAnswers, report.quizAnswers),
    quizRuns: table('quizRuns'),
    exams: table('exams'),
    reviewCards: table('reviewCards'),
    assignments: table('assignments'),
    profile: table('profile'),
  };
  return { writes, report };
}

/** The key that must be unique within each table of one file (answers: their number, when they have one). */
export function recordKey(table: TableName, record: RecordTables[TableName][number]): string | undefined {
  if (table === 'quizAnswers') {
    const id = (record as QuizAnswer).id;
    return id === undefined ? undefined : String(id);
  }
  return (RULES[table].key as (r: typeof record) => string)(record);
}
