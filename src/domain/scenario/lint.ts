/**
 * Rules a schema cannot express. Each issue carries the path of the YAML key it is
 * about, so the loader can point the author at a line.
 */
import type { LintIssue } from '../yaml/load-yaml.ts';
import { references } from './conditions.ts';
import { scenarioGraph } from './graph.ts';
import type { Scenario } from './schema.ts';

function reachableFrom(starts: string[], next: (id: string) => string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...starts];
  while (queue.length > 0) {
    const id = queue.shift()!;
    if (seen.has(id)) continue;
    seen.add(id);
    queue.push(...next(id));
  }
  return seen;
}

export function lintScenario(scenario: Scenario): LintIssue[] {
  const issues: LintIssue[] = [];
  const nodeIds = Object.keys(scenario.nodes);
  const endingIds = Object.keys(scenario.endings);
  const known = new Set([...nodeIds, ...endingIds]);

  for (const clash of endingIds.filter((id) => id in scenario.nodes)) {
    issues.push({ path: ['endings', clash], message: `"${clash}" is both a node and an ending; give one of them another id` });
  }
  if (!(scenario.start in scenario.nodes)) {
    issues.push({ path: ['start'], message: `the start "${scenario.start}" is not a node; name one of: ${nodeIds.join(', ')}` });
    return issues;
  }

  const { edges, conditions, flagsSet } = scenarioGraph(scenario);
  for (const edge of edges.filter((e) => !known.has(e.to))) {
    issues.push({ path: edge.path, message: `leads to "${edge.to}", which is neither a node nor an ending` });
  }

  for (const { condition, path } of conditions) {
    const { flags, nodes } = references(condition);
    for (const flag of flags.filter((f) => !flagsSet.has(f))) {
      issues.push({ path, message: `the condition tests the flag "${flag}", which no choice sets` });
    }
    for (const node of nodes.filter((n) => !known.has(n))) {
      issues.push({ path, message: `the condition asks whether "${node}" was visited, but there is no such node` });
    }
  }

  for (const [nodeId, node] of Object.entries(scenario.nodes)) {
    if (node.choices.filter((c) => !c.when).length < 2) {
      issues.push({ path: ['nodes', nodeId, 'choices'], message: 'at least two choices must be offered without a "when", so the learner always has a decision' });
    }
  }

  const forward = reachableFrom([scenario.start], (id) => edges.filter((e) => e.from === id).map((e) => e.to));
  for (const [kind, ids] of [['nodes', nodeIds], ['endings', endingIds]] as const) {
    for (const id of ids.filter((n) => !forward.has(n))) {
      issues.push({ path: [kind, id], message: `cannot be reached from the start "${scenario.start}"; link to it from a choice or remove it` });
    }
  }

  // Walk backwards from the endings: a reachable node the walk never meets is a trap.
  const backward = reachableFrom(endingIds, (id) => edges.filter((e) => e.to === id).map((e) => e.from));
  for (const id of nodeIds.filter((n) => forward.has(n) && !backward.has(n))) {
    issues.push({ path: ['nodes', id], message: 'no path from here reaches an ending: the choices loop with no way out' });
  }
  return issues;
}
