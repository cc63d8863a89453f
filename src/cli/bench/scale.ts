/**
 * A copy of the site with synthetic content, for the benchmark's scale check: the three
 * scenarios copied under new ids up to 50, and the question banks' questions copied under
 * new ids up to 2,000 (or as many as the banks may hold, `LIMITS.questionsPerBank` each), built into a temporary folder (never into the repository).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse, stringify } from 'yaml';
import { LIMITS } from '../../schemas/limits.ts';

const SCENARIOS = 50;
const QUESTIONS = 2000;

/** Builds the synthetic site and returns its `dist` folder. */
export async function buildScaledSite(repo = process.cwd()): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'dojo-scale-'));
  for (const part of ['src', 'content', 'scenarios', 'public', 'content-archive', 'astro.config.mjs', 'tsconfig.json', 'package.json'])
    cpSync(resolve(repo, part), join(dir, part), { recursive: true });
  symlinkSync(resolve(repo, 'node_modules'), join(dir, 'node_modules'));

  const scenarioFiles = readdirSync(join(dir, 'scenarios')).filter((n) => n.endsWith('.yaml'));
  for (let n = scenarioFiles.length; n < SCENARIOS; n++) {
    const scenario = parse(readFileSync(join(dir, 'scenarios', scenarioFiles[n % scenarioFiles.length]!), 'utf8')) as { id: string };
    scenario.id = `${scenario.id}-copy-${n}`;
    writeFileSync(join(dir, 'scenarios', `${scenario.id}.yaml`), stringify(scenario));
  }

  const bankFiles = readdirSync(join(dir, 'content/questions')).filter((n) => n.endsWith('.yaml'));
  const banks = bankFiles.map((name) => parse(readFileSync(join(dir, 'content/questions', name), 'utf8')) as { chapter: string; questions: { id: string }[] });
  const total = () => banks.reduce((a, b) => a + b.questions.length, 0);
  const wanted = Math.min(QUESTIONS, banks.length * LIMITS.questionsPerBank);
  for (let round = 0; total() < wanted; round++)
    for (const bank of banks) {
      const original = bank.questions[round % bank.questions.length]!;
      if (total() < wanted && bank.questions.length < LIMITS.questionsPerBank)
        bank.questions.push({ ...structuredClone(original), id: `${bank.chapter}-${100 + bank.questions.length}` });
    }
  banks.forEach((bank, i) => writeFileSync(join(dir, 'content/questions', bankFiles[i]!), stringify(bank)));

  console.error(`building ${SCENARIOS} scenarios and ${total()} questions in ${dir} …`);
  execFileSync('npx', ['astro', 'build'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
  return join(dir, 'dist');
}
