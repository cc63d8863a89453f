/**
 * The content the site serves as static JSON, each version named by its content hash:
 * what the files hold and where they are (paths below the site's base path). The build
 * writes them (`src/pages/content/`), the archive keeps them (`content-archive/`), the
 * islands fetch them (`./load.ts`).
 */
import type { QuestionBank } from '../schemas/question.ts';
import type { Scenario } from '../schemas/scenario.ts';

export interface ScenarioFile {
  id: string;
  hash: string;
  scenario: Scenario;
}

export interface QuestionBankFile {
  chapter: string;
  hash: string;
  bank: QuestionBank;
}

/** `/content/index.json`: the current version of each scenario and question bank. */
export interface ContentIndex {
  scenarios: { id: string; hash: string; title: Scenario['title'] }[];
  /** In course order (the mock exam draws from them in this order). */
  questions: { chapter: string; hash: string }[];
}

export const INDEX_PATH = '/content/index.json';

export function scenarioPath(id: string, hash: string): string {
  return `/content/scenarios/${id}/${hash}.json`;
}

export function questionBankPath(chapter: string, hash: string): string {
  return `/content/questions/${chapter}/${hash}.json`;
}
