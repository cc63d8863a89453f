/** `npm run lint:scenarios [folder]`: every problem as file:line, exit 1 if any; then warnings, which never fail. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formatProblem, locateIssues } from '../domain/yaml/load-yaml.ts';
import { readScenarioFolder } from '../build/yaml-folder.ts';
import { lintWarnings } from '../domain/scenario/lint.ts';

const dir = process.argv[2] ?? 'scenarios';
const { loaded, problems } = await readScenarioFolder(dir);
for (const problem of problems) console.error(formatProblem(problem));
let warnings = 0;
for (const { scenario } of loaded) {
  const file = join(dir, `${scenario.id}.yaml`);
  for (const warning of locateIssues(file, await readFile(file, 'utf8'), lintWarnings(scenario))) {
    console.warn(`${formatProblem(warning)} (warning)`);
    warnings++;
  }
}
console.log(`${loaded.length} scenario(s) valid, ${problems.length} problem(s), ${warnings} warning(s) in ${dir}/`);
process.exitCode = problems.length > 0 ? 1 : 0;
