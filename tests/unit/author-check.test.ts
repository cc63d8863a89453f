/** The /author page's check: the build's messages with line numbers, and a clear refusal for what is not a scenario. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkScenario, MAX_SCENARIO_BYTES, nameFor } from '../../src/components/author/check-scenario.ts';
import { readScenarioFolder } from '../../src/build/yaml-folder.ts';
import { loadForbiddenPhrases } from '../../src/domain/scenario/load.ts';
import { formatProblem } from '../../src/domain/yaml/load-yaml.ts';

const sharedFile = 'content/forbidden-phrases.yaml';
const sharedResult = loadForbiddenPhrases(sharedFile, readFileSync(sharedFile, 'utf8'));
if (!sharedResult.ok) throw new Error('forbidden phrases do not load');
const shared = sharedResult.value;
const read = (path: string) => readFileSync(path, 'utf8');

describe('checking a scenario in the browser', () => {
  it('gives the build’s problems, file and line included', async () => {
    const { problems } = await readScenarioFolder('tests/fixtures/scenarios/broken');
    const file = 'tests/fixtures/scenarios/broken/dangling-target.yaml';
    const build = problems.filter((p) => p.file === file).map((p) => formatProblem({ ...p, file: 'dangling-target.yaml' }));
    const checked = checkScenario(read(file), shared, 'dangling-target.yaml');
    expect(checked.ok).toBe(false);
    expect('problems' in checked && checked.problems.map(formatProblem)).toEqual(build);
    expect(build.length).toBeGreaterThan(0);
    expect(build[0]).toMatch(/^dangling-target\.yaml:\d+: /);
  });

  it('gives the warnings too, at their lines', () => {
    const checked = checkScenario(read('tests/fixtures/scenarios/warnings/giveaway.yaml'), shared, 'giveaway.yaml');
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.warnings.map(formatProblem)).toContain('giveaway.yaml:34: node "ask", choice 2, text, zh: 2 question marks: ask one question per turn');
  });

  it('loads a valid scenario with the content hash the build gives it', async () => {
    const { loaded } = await readScenarioFolder('scenarios');
    const built = loaded.find((l) => l.scenario.id === 'price-objection')!;
    const checked = checkScenario(read('scenarios/price-objection.yaml'), shared, 'price-objection.yaml');
    expect(checked.ok && checked.loaded.hash).toBe(built.hash);
  });

  it('names a pasted text by its id line', () => {
    expect(nameFor('id: my-call\ntitle: x')).toBe('my-call.yaml');
    expect(nameFor('no id here')).toBe('scenario.yaml');
    expect(nameFor('', 'C:\\work\\call.yaml')).toBe('call.yaml');
  });

  it('reports text that is not YAML as a syntax problem with its line', () => {
    const checked = checkScenario(read('tests/fixtures/scenarios/broken/bad-yaml.yaml'), shared, 'bad-yaml.yaml');
    expect('problems' in checked && checked.problems[0]).toMatchObject({ where: 'YAML syntax', line: expect.any(Number) });
  });

  it('refuses an alias bomb with the build’s message, at its line, instead of expanding it', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++)
      levels.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(',')}]`,
      );
    const started = Date.now();
    const checked = checkScenario(levels.join('\n'), shared, 'bomb.yaml');
    expect(Date.now() - started).toBeLessThan(2000);
    expect('problems' in checked && checked.problems.map(formatProblem).join('\n')).toMatch(/^bomb\.yaml:\d+: .*YAML aliases/m);
  });

  it('refuses a file too large to be a scenario, and an empty one', () => {
    const huge = `id: x\n# ${'长'.repeat(MAX_SCENARIO_BYTES / 3 + 10)}`;
    expect('refusal' in checkScenario(huge, shared) && checkScenario(huge, shared)).toMatchObject({ refusal: { code: 'too-large', maxKb: 256 } });
    expect(checkScenario('  \n', shared)).toMatchObject({ refusal: { code: 'empty' } });
  });
});
