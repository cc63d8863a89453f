/**
 * Graph rules a schema cannot express. Each issue carries the path of the YAML key
 * it is about, so the loader can point the author at a line.
 */
import type { LintIssue } from '../yaml/load-yaml.ts';
import type { Scenario } from './schema.ts';

/** Ids a choice can lead to, with the choices' paths. */
function edges(scenario: Scenario) {
  return Object.entries(scenario.nodes).flatMap(([nodeId, node]) =>
    node.choices.map((choice, index) => ({ from: nodeId, to: choice.next, path: ['nodes', nodeId, 'choices', index, 'next'] })),
  );
}

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

  const all = edges(scenario);
  for (const edge of all.filter((e) => !known.has(e.to))) {
    issues.push({ path: edge.path, message: `leads to "${edge.to}", which is neither a node nor an ending` });
  }

  const forward = reachableFrom([scenario.start], (id) => all.filter((e) => e.from === id).map((e) => e.to));
  for (const id of nodeIds.filter((n) => !forward.has(n))) {
    issues.push({ path: ['nodes', id], message: `cannot be reached from the start "${scenario.start}"; link to it from a choice or remove it` });
  }
  for (const id of endingIds.filter((n) => !forward.has(n))) {
    issues.push({ path: ['endings', id], message: `cannot be reached from the start "${scenario.start}"; link to it from a choice or remove it` });
  }

  // Walk backwards from the endings: a reachable node the walk never meets is a trap.
  const backward = reachableFrom(endingIds, (id) => all.filter((e) => e.to === id).map((e) => e.from));
  for (const id of nodeIds.filter((n) => forward.has(n) && !backward.has(n))) {
    issues.push({
      path: ['nodes', id],
      message: 'no path from here reaches an ending: the choices loop with no way out',
    });
  }
  return issues;
}
