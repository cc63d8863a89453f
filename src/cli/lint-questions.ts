/**
 * `npm run lint:questions [folder] [chapters folder]`: every problem in the question
 * banks as file:line (exit 1 if any), then a summary per bank: questions per type and
 * the statistics that show whether choice questions give their answers away.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { crossBankIssues, formatSummary, summariseBank } from '../domain/quiz/lint-banks.ts';
import { loadQuestionBank } from '../domain/quiz/load.ts';
import type { QuestionBank } from '../schemas/question.ts';
import { formatProblem, locateIssues, type Problem } from '../domain/yaml/load-yaml.ts';

const dir = process.argv[2] ?? 'content/questions';
const chapterDir = process.argv[3] ?? 'content/chapters/zh';

const chapters = (await readdir(chapterDir)).filter((n) => n.endsWith('.mdx')).map((n) => n.replace(/\.mdx$/, ''));
const files = (await readdir(dir)).filter((n) => /\.ya?ml$/.test(n)).sort();
const problems: Problem[] = [];
const banks: { file: string; source: string; bank: QuestionBank }[] = [];
for (const name of files) {
  const file = relative(process.cwd(), join(dir, name));
  const source = await readFile(join(dir, name), 'utf8');
  const loaded = loadQuestionBank(file, source);
  if (loaded.ok) banks.push({ file, source, bank: loaded.value });
  else problems.push(...loaded.problems);
}
const across = crossBankIssues(banks, chapters);
for (const { file, source } of banks) problems.push(...locateIssues(file, source, across.get(file) ?? []));

for (const problem of problems) console.error(formatProblem(problem));
for (const { bank } of banks) console.log(formatSummary(summariseBank(bank)));
console.log(`${files.length} bank(s), ${banks.reduce((n, b) => n + b.bank.questions.length, 0)} question(s), ${problems.length} problem(s) in ${dir}/`);
process.exitCode = problems.length > 0 ? 1 : 0;
