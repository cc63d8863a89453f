/**
 * A learner's record for the benchmark's pages: a semester's worth of role-plays and practice
 * answers (the wrong ones in the notebook, some due today), made with the site's own store,
 * domain and backup code, so the file is one the pages import as a learner's own export.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readQuestionFolder } from '../../build/yaml-folder.ts';
import type { Answer } from '../../domain/quiz/grade.ts';
import { bestPath } from '../../domain/scenario/best-path.ts';
import { replay } from '../../domain/scenario/replay.ts';
import { exportBackup } from '../../storage/backup.ts';
import { memoryStore } from '../../storage/memory-store.ts';
import { answerRecord } from '../../components/quiz/answer-flow.ts';
import type { Question } from '../../schemas/question.ts';
import { shippedScenario } from '../../../tests/e2e/course.ts';

const DAY = 86_400_000;

/** An answer to a choice question: the right one, or the first wrong one. */
function answerTo(question: Question, right: boolean): Answer | null {
  if (question.type === 'truefalse') return { type: 'truefalse', value: right === question.answer };
  if (question.type === 'single') return { type: 'single', choice: right ? question.answer : (question.answer + 1) % question.options.length };
  return null;
}

/**
 * `attempts` finished role-plays of the benchmark's scenario (its best path), one a day back
 * from `now`, and `answers` practice answers (to choice questions) an hour apart over every
 * chapter, one in three wrong.
 */
export async function learnerRecord(site: string, { attempts = 80, answers = 2000, now = Date.now() } = {}): Promise<string> {
  const store = memoryStore();
  const scenario = shippedScenario();
  const index = JSON.parse(readFileSync(resolve(site, 'content/index.json'), 'utf8')) as { scenarios: { id: string; hash: string }[] };
  const contentHash = index.scenarios.find((s) => s.id === scenario.id)!.hash;
  const steps = bestPath(scenario);
  const played = replay(scenario, steps, { mode: 'practice', timing: 'standard' });
  if (!played.ok || !played.played.ending) throw new Error(`the best path of ${scenario.id} does not replay to an ending`);
  const finish = { ending: played.played.ending, score: played.played.score };
  const init = { scenarioId: scenario.id, contentHash, locale: 'zh', mode: 'practice', timing: 'standard' } as const;
  for (let i = 0; i < attempts; i++) {
    const at = now - (attempts - i) * DAY;
    const attempt = await store.beginAttempt(init, steps[0]!, undefined, at);
    for (let n = 1; n < steps.length; n++) await store.appendStep(attempt.id, n, steps[n]!, n === steps.length - 1 ? finish : undefined, at + n * 10_000);
  }
  const { loaded } = await readQuestionFolder('content/questions', 'content/chapters/zh');
  const pool = loaded.flatMap((bank) => bank.questions.map((question) => ({ question, chapter: bank.chapter })));
  const choiceQuestions = pool.filter(({ question }) => answerTo(question, true));
  for (let i = 0; i < answers; i++) {
    const { question, chapter } = choiceQuestions[(i * 7) % choiceQuestions.length]!;
    await store.recordAnswer(answerRecord(question, chapter, 'practice', answerTo(question, i % 3 !== 0)!, now - (answers - i) * 3_600_000));
  }
  for (const bank of loaded.slice(0, 5)) await store.markChapterRead(bank.chapter, now - 30 * DAY);
  return exportBackup(store, now);
}
