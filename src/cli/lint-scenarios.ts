/** `npm run lint:scenarios [folder]`: every problem as file:line, exit 1 if any. */
import { formatProblem } from '../domain/yaml/load-yaml.ts';
import { readScenarioFolder } from '../build/yaml-folder.ts';

const dir = process.argv[2] ?? 'scenarios';
const { loaded, problems } = await readScenarioFolder(dir);
for (const problem of problems) console.error(formatProblem(problem));
console.log(`${loaded.length} scenario(s) valid, ${problems.length} problem(s) in ${dir}/`);
process.exitCode = problems.length > 0 ? 1 : 0;
