/** A scenario as a graph: its edges, the conditions it tests and the flags it sets. */
import type { YamlPath } from '../yaml/load-yaml.ts';
import type { Effect } from './play.ts';
import type { Condition, Scenario } from '../../schemas/scenario.ts';

export interface Edge {
  from: string;
  to: string;
  /** The choice (0-based) that takes this edge, or "timeout". */
  by: number | 'timeout';
  /** Whether the edge is taken only when a route condition holds. */
  conditional: boolean;
  path: YamlPath;
}

export interface ConditionUse {
  condition: Condition;
  path: YamlPath;
}

/** Every place a choice or a time-out can lead, and every condition, with their YAML paths. */
export function scenarioGraph(scenario: Scenario): { edges: Edge[]; conditions: ConditionUse[]; flagsSet: Set<string> } {
  const edges: Edge[] = [];
  const conditions: ConditionUse[] = [];
  const flagsSet = new Set<string>();
  for (const [nodeId, node] of Object.entries(scenario.nodes)) {
    const effects: { effect: Effect; by: number | 'timeout'; path: YamlPath }[] = node.choices.map((choice, index) => ({
      effect: choice,
      by: index,
      path: ['nodes', nodeId, 'choices', index],
    }));
    if (node.timeLimit) effects.push({ effect: node.timeLimit.timeout, by: 'timeout', path: ['nodes', nodeId, 'timeLimit', 'timeout'] });
    for (const { effect, by, path } of effects) {
      effect.set.forEach((f) => flagsSet.add(f));
      if ('when' in effect && effect.when) conditions.push({ condition: effect.when, path: [...path, 'when'] });
      // One route without a condition is how `next: <id>` loads: point at the `next` key itself.
      const single = effect.next.length === 1 && !effect.next[0]!.if;
      effect.next.forEach((route, r) => {
        edges.push({ from: nodeId, to: route.to, by, conditional: route.if !== undefined, path: single ? [...path, 'next'] : [...path, 'next', r, 'to'] });
        if (route.if) conditions.push({ condition: route.if, path: [...path, 'next', r, 'if'] });
      });
    }
  }
  return { edges, conditions, flagsSet };
}
