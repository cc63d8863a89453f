import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readScenarioFolder } from '../../src/build/yaml-folder.ts';
import { contentHash } from '../../src/domain/scenario/hash.ts';
import { loadScenario } from '../../src/domain/scenario/load.ts';
import { asWritten, withRoutes, type StoredScenario } from '../../src/domain/scenario/routes.ts';
import { formatProblem } from '../../src/domain/yaml/load-yaml.ts';
import { fixture } from './helpers.ts';

const BROKEN = 'tests/fixtures/scenarios/broken';

async function messagesFor(name: string): Promise<string[]> {
  const { problems } = await readScenarioFolder(BROKEN);
  return problems.filter((p) => p.file.endsWith(`/${name}.yaml`)).map(formatProblem);
}

describe('loading a scenario file', () => {
  it('accepts a valid file and gives it a content hash', async () => {
    const { loaded, problems } = await readScenarioFolder('tests/fixtures/scenarios/valid');
    expect(problems).toEqual([]);
    expect(loaded.map((l) => l.scenario.id)).toEqual(['rich-call', 'tiny-call']);
    expect(loaded[0]!.hash).toMatch(/^[0-9a-f]{16}$/);
  });

  it('loads no broken fixture', async () => {
    const { loaded } = await readScenarioFolder(BROKEN);
    expect(loaded).toEqual([]);
  });

  it('rejects a choice that leads nowhere, naming file, line, node and target', async () => {
    expect(await messagesFor('dangling-target')).toContain(
      `${BROKEN}/dangling-target.yaml:26: node "greet", choice 1, next: leads to "hold", which is neither a node nor an ending`,
    );
  });

  it('rejects a node nobody can reach', async () => {
    expect(await messagesFor('unreachable-node')).toEqual([
      `${BROKEN}/unreachable-node.yaml:32: node "orphan": cannot be reached from the start "ring"; link to it from a choice or remove it`,
    ]);
  });

  it('rejects a loop with no way to an ending', async () => {
    expect(await messagesFor('no-ending')).toContain(
      `${BROKEN}/no-ending.yaml:21: node "greet": no path from here reaches an ending: the choices loop with no way out`,
    );
  });

  it('rejects a missing translation', async () => {
    expect(await messagesFor('missing-translation')).toEqual([
      `${BROKEN}/missing-translation.yaml:24: node "greet", choice 1, feedback, en: missing English text (en)`,
    ]);
  });

  it('rejects an unknown competency and lists the known ones', async () => {
    expect(await messagesFor('unknown-competency')).toEqual([
      `${BROKEN}/unknown-competency.yaml:25: node "greet", choice 1, scores, charm: unknown competency "charm"; use one of: courtesy, empathy, discovery, solving, process`,
    ]);
  });

  it('rejects a misspelt key instead of silently dropping it', async () => {
    expect(await messagesFor('misspelt-key')).toEqual([
      `${BROKEN}/misspelt-key.yaml:27: node "greet", choice 2, feedback: "feedback" is missing`,
      `${BROKEN}/misspelt-key.yaml:28: node "greet", choice 2, feedbak: unknown key "feedbak": check the spelling`,
    ]);
  });

  it('rejects an id that differs from the file name', async () => {
    expect(await messagesFor('id-mismatch')).toEqual([`${BROKEN}/id-mismatch.yaml:1: id: the id "id-mismatch-wrong" must equal the file name "id-mismatch"`]);
  });

  it('rejects a node and an ending with the same id', async () => {
    expect(await messagesFor('id-clash')).toEqual([
      `${BROKEN}/id-clash.yaml:41: ending "ring": "ring" is both a node and an ending; give one of them another id`,
    ]);
  });

  it('reports YAML syntax errors with their line', async () => {
    const messages = await messagesFor('bad-yaml');
    expect(messages[0]).toBe(`${BROKEN}/bad-yaml.yaml:3: YAML syntax: Flow map in block collection must be sufficiently indented and end with a }`);
  });

  it('rejects a start that is not a node, and an empty text', () => {
    const result = loadScenario(
      'x.yaml',
      `id: x
title: { zh: 标题, en: "  " }
summary: { zh: 摘要, en: Summary }
context: { zh: 情境, en: Context }
chapter: customer-service
start: nowhere
nodes: {}
endings: {}
`,
    );
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual(['x.yaml:2: title, en: English text (en) is empty']);
  });

  it('names a missing start node once the fields are valid', () => {
    const result = loadScenario(
      'x.yaml',
      'id: x\ntitle: { zh: 标题, en: Title }\nsummary: { zh: 摘要, en: Summary }\ncontext: { zh: 情境, en: Context }\nchapter: customer-service\nstart: nowhere\nnodes: {}\nendings: {}\n',
    );
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual(['x.yaml:6: start: the start "nowhere" is not a node; name one of: ']);
  });
});

describe('where a choice leads', () => {
  const { scenario } = fixture('rich-call');

  it('loads `next: <id>` as one route, so the rules only see routes', () => {
    expect(scenario.nodes.outburst!.choices[0]!.next).toEqual([{ to: 'offer' }]);
    expect(scenario.nodes.outburst!.timeLimit!.timeout.next).toEqual([{ to: 'offer' }]);
    expect(scenario.nodes.offer!.choices[0]!.next).toHaveLength(2);
  });

  it('hashes routes as the file writes them: the hash is the one saved attempts already carry', () => {
    // Loaded without the shared forbidden phrases, so only the fixture file counts. This is
    // its hash from before `next: <id>` was loaded as a route.
    const file = 'tests/fixtures/scenarios/valid/rich-call.yaml';
    const alone = loadScenario(file, readFileSync(file, 'utf8'));
    expect(alone.ok && alone.value.hash).toBe('88f8b0c9e3d2be54');
  });

  it('brings a version stored as JSON in the short form back to the loaded scenario, with the same hash', () => {
    const stored = JSON.parse(JSON.stringify(asWritten(scenario))) as StoredScenario;
    expect(stored.nodes.outburst!.choices[0]!.next).toBe('offer');
    expect(withRoutes(stored)).toEqual(scenario);
    expect(contentHash(stored)).toBe(contentHash(scenario));
  });
});
