/**
 * A handed-in mock exam as statements: `completed` the paper (time taken from start to
 * hand-in), and, once marked, `passed` or `failed` it with the marks as the score. Its
 * answers were recorded as quiz answers when the learner gave them.
 */
import type { ExamAttempt } from '../../storage/records/exam.ts';
import { isoDuration } from './duration.ts';
import type { Activity, Result, Statement, StatementSetting } from './statement.ts';
import { uuidV5 } from './uuid.ts';
import { ACTIVITY_TYPES, courseActivity, iri, LANGUAGE_TAGS, VERBS } from './vocabulary.ts';

type Exam = Pick<ExamAttempt, 'id' | 'seed' | 'paper' | 'locale' | 'startedAt' | 'closedAt' | 'finishedAt' | 'status' | 'result' | 'submittedBy'>;

export function examStatements(exam: Exam, setting: StatementSetting): Statement[] {
  const { site, actor } = setting;
  const ended = exam.closedAt ?? exam.finishedAt;
  if (ended === undefined) return [];
  const object: Activity = { objectType: 'Activity', id: iri.exam(site, exam.paper.paperId), definition: { type: ACTIVITY_TYPES.assessment } };
  const marked = exam.result;
  const result: Result = {
    ...(marked ? { score: { raw: marked.points, min: 0, max: marked.outOf, scaled: marked.score / 100 } } : {}),
    completion: true,
    duration: isoDuration(ended - exam.startedAt),
  };
  const base = {
    actor,
    object,
    context: {
      registration: uuidV5(`exam:${exam.id}`),
      language: LANGUAGE_TAGS[exam.locale as keyof typeof LANGUAGE_TAGS] ?? exam.locale,
      contextActivities: { grouping: [courseActivity(site)] },
      extensions: { [iri.extension(site, 'paper-seed')]: exam.seed, ...(exam.submittedBy ? { [iri.extension(site, 'submitted-by')]: exam.submittedBy } : {}) },
    },
    timestamp: new Date(ended).toISOString(),
  };
  const statements: Statement[] = [{ ...base, id: uuidV5(`exam:${exam.id}:completed`), verb: VERBS.completed, result }];
  if (marked)
    statements.push({
      ...base,
      id: uuidV5(`exam:${exam.id}:${marked.passed ? 'passed' : 'failed'}`),
      verb: marked.passed ? VERBS.passed : VERBS.failed,
      result: { ...result, success: marked.passed },
    });
  return statements;
}
