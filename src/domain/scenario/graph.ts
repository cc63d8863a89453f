/** A scenario as a graph: its edges, the conditions it tests and the flags it sets. */
import type { YamlPath } from '../yaml/load-yaml.ts';
import type { Choice, Condition, ReplyCondition, Scenario, Timeout } from '../../schemas/scenario.ts';

export interface Edge {
  from: string;
  to: string;
  /** The choice (0-based) that takes this edge, "timeout", or "reply" (the learner's own words). */
  by: number | 'timeout' | 'reply';
  /** Whether the edge is taken only when a route condition holds. */
  conditional: boolean;
  path: YamlPath;
}

export interface ConditionUse {
  condition: Condition;
  path: YamlPath;
}

/** A `{ mark: id }` in a reply's route, where it stands. */
export interface MarkUse {
  node: string;
  mark: string;
  path: YamlPath;
}

/** Every place a choice, a time-out or a reply can lead, and every condition, with their YAML paths. */
export function scenarioGraph(scenario: Scenario): { edges: Edge[]; conditions: ConditionUse[]; flagsSet: Set<string>; markUses: MarkUse[] } {
  const edges: Edge[] = [];
  const conditions: ConditionUse[] = [];
  const flagsSet = new Set<string>();
  const markUses: MarkUse[] = [];
  for (const [nodeId, node] of Object.entries(scenario.nodes)) {
    const effects: { effect: Choice | Timeout; by: number | 'timeout'; path: YamlPath }[] = node.choices.map((choice, index) => ({
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
    if (node.reply) {
      const path = ['nodes', nodeId, 'reply'];
      node.reply.marks.forEach((m) => m.set.forEach((f) => flagsSet.add(f)));
      // The call's conditions inside a reply's route are checked like any other; its marks are listed apart.
      const walk = (c: ReplyCondition, at: YamlPath): void => {
        if ('mark' in c) markUses.push({ node: nodeId, mark: c.mark, path: at });
        else if ('all' in c) c.all.forEach((x, i) => walk(x, [...at, 'all', i]));
        else if ('any' in c) c.any.forEach((x, i) => walk(x, [...at, 'any', i]));
        else if ('not' in c) walk(c.not, [...at, 'not']);
        else conditions.push({ condition: c, path: at });
      };
      const single = node.reply.next.length === 1 && !node.reply.next[0]!.if;
      node.reply.next.forEach((route, r) => {
        edges.push({
          from: nodeId,
          to: route.to,
          by: 'reply',
          conditional: route.if !== undefined,
          path: single ? [...path, 'next'] : [...path, 'next', r, 'to'],
        });
        if (route.if) walk(route.if, [...path, 'next', r, 'if']);
      });
    }
  }
  return { edges, conditions, flagsSet, markUses };
}
