/**
 * `next: <id>` is short for one route without a condition. Scenario files load with
 * every `next` as routes (the schema does it), so the rules only ever see routes. The
 * short form still matters in two places: the content hash is taken as the file writes
 * it, so a version hashes the same whichever form it is held in; and a scenario version
 * stored as JSON in the short form (before routes were loaded this way) is brought to
 * routes by `withRoutes` before it meets the rules.
 */
import type { Choice, Route, Scenario, ScenarioNode, Timeout } from '../../schemas/scenario.ts';

type Next = string | Route[];
type Written<T> = Omit<T, 'next'> & { next: Next };
type StoredNode = Omit<ScenarioNode, 'choices' | 'timeLimit'> & {
  choices: Written<Choice>[];
  timeLimit?: { seconds: number; timeout: Written<Timeout> };
};

/** A scenario as stored: any `next` may be in the short form. A loaded `Scenario` is one too. */
export type StoredScenario = Omit<Scenario, 'nodes'> & { nodes: Record<string, StoredNode> };

function mapNext(scenario: StoredScenario, f: (next: Next) => Next): StoredScenario {
  const nodes = Object.fromEntries(
    Object.entries(scenario.nodes).map(([id, node]): [string, StoredNode] => [
      id,
      {
        ...node,
        choices: node.choices.map((choice) => ({ ...choice, next: f(choice.next) })),
        ...(node.timeLimit && { timeLimit: { ...node.timeLimit, timeout: { ...node.timeLimit.timeout, next: f(node.timeLimit.timeout.next) } } }),
      },
    ]),
  );
  return { ...scenario, nodes };
}

/** The scenario with every `next` as routes, as loading a file gives it. */
export function withRoutes(scenario: StoredScenario): Scenario {
  return mapNext(scenario, (next) => (typeof next === 'string' ? [{ to: next }] : next)) as Scenario;
}

/** The scenario with one unconditional route written `next: <id>`, as files write it. */
export function asWritten(scenario: StoredScenario): StoredScenario {
  return mapNext(scenario, (next) => (typeof next !== 'string' && next.length === 1 && !next[0]!.if ? next[0]!.to : next));
}
