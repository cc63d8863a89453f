/**
 * `npm run lint:questions [folder] [chapters folder]`: every problem in the question
 * banks as file:line (exit 1 if any), then a summary per bank: questions per type and
 * the statistics that show whether choice questions give their answers away.
 */
import { readdir } from 'node:fs/promises';
import { formatSummary, summariseBank } from '../domain/quiz/lint-banks.ts';
import { formatProblem } from '../domain/yaml/load-yaml.ts';
import { readQuestionFolder } from '../build/yaml-folder.ts';

const dir = process.argv[2] ?? 'content/questions';
const chapterDir = process.argv[3] ?? 'content/chapters/zh';

const { loaded, problems } = await readQuestionFolder(dir, chapterDir);
for (const problem of problems) console.error(formatProblem(problem));
for (const bank of loaded) console.log(formatSummary(summariseBank(bank)));
const files = (await readdir(dir)).filter((n) => /\.ya?ml$/.test(n)).length;
console.log(`${files} bank(s), ${loaded.reduce((n, b) => n + b.questions.length, 0)} question(s), ${problems.length} problem(s) in ${dir}/`);
process.exitCode = problems.length > 0 ? 1 : 0;
