/**
 * The content a gradebook re-scores with: each scenario version the files name, as the
 * site serves it (every published version stays served from the archive), and the
 * question banks. A version the site never published is left out, so its attempts are
 * flagged `unknown-version` rather than scored on another version.
 */
import { ContentLoadError, loadIndex, loadAllQuestionBanks, loadScenario } from '../../content-client/load.ts';
import { versionsNeeded } from '../../domain/gradebook/gradebook.ts';
import type { ImportedFile } from '../../domain/gradebook/read-files.ts';
import { versionKey } from '../../domain/gradebook/rescore.ts';
import { indexQuestions, type IndexedQuestion } from '../../domain/quiz/index.ts';
import type { Scenario } from '../../schemas/scenario.ts';

export interface GradebookContent {
  versions: Map<string, Scenario>;
  questions: Map<string, IndexedQuestion>;
  /** Current scenario titles, by id. */
  titles: Map<string, Scenario['title']>;
}

export async function loadGradebookContent(files: readonly ImportedFile[], assigned: readonly { id: string; hash: string }[]): Promise<GradebookContent> {
  const versions = new Map<string, Scenario>();
  const wanted = [...versionsNeeded(files), ...assigned];
  await Promise.all(
    wanted.map(async ({ id, hash }) => {
      try {
        versions.set(versionKey(id, hash), (await loadScenario(id, hash)).scenario);
      } catch (error) {
        if (!(error instanceof ContentLoadError) || error.reason === 'unreachable') throw error;
      }
    }),
  );
  const [banks, index] = await Promise.all([loadAllQuestionBanks(), loadIndex()]);
  return { versions, questions: indexQuestions(banks), titles: new Map(index.scenarios.map((s) => [s.id, s.title])) };
}
