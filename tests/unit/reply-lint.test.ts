/** The lint's rules for replies in the learner's own words, each shown on a broken file with its line. */
import { expect, it } from 'vitest';
import { readScenarioFolder } from '../../src/build/yaml-folder.ts';
import { formatProblem } from '../../src/domain/yaml/load-yaml.ts';

const BROKEN = 'tests/fixtures/scenarios/broken';

async function messagesFor(name: string): Promise<string[]> {
  const { problems } = await readScenarioFolder(BROKEN);
  return problems.filter((p) => p.file.endsWith(`/${name}.yaml`)).map(formatProblem);
}

it('rejects patterns that can never match, a mark listed twice, a route testing an unknown mark and a route to nowhere', async () => {
  const file = `${BROKEN}/reply-rules.yaml`;
  expect(await messagesFor('reply-rules')).toEqual([
    `${file}:15: node "ring", reply, marks, 0, look-for, zh, 1: the pattern "你好*" can never match: a "*" is not a wildcard in Chinese, and brackets must close and may not nest`,
    `${file}:15: node "ring", reply, marks, 0, look-for, en, 1: the pattern "(good|(fine|nice)) day" can never match: brackets must close and may not nest`,
    `${file}:17: node "ring", reply, marks, 1, id: mark "greets" is listed twice; give each mark its own id`,
    `${file}:22: node "ring", reply, route 1, if: the route tests the mark "greeting", which this reply does not have; use one of: greets`,
    `${file}:24: node "ring", reply, route 2, to: leads to "nowhere", which is neither a node nor an ending`,
  ]);
});

it('rejects a reply route that no combination of marks takes', async () => {
  expect(await messagesFor('reply-unused-route')).toEqual([
    `${BROKEN}/reply-unused-route.yaml:21: node "ring", reply, route 2, to: no combination of marks takes this route to "lost": a route before it always wins`,
  ]);
});
