/**
 * Every path through a scenario, analysed without walking them one by one.
 *
 * The *state graph* has one vertex per situation the rules can tell apart: the node,
 * the mood, the flags, and whatever else a condition in this scenario can see (the
 * nodes it asks about, the competencies whose points it tests). Its edges are the
 * offered choices, time-outs and replies, built from the pure rules in play.ts. A reply
 * in the learner's own words is one edge per combination of its marks found (and the
 * choices stay edges too): what the words were does not matter to the rules, only the
 * marks. Replies are taken without forbidden phrases, which only take points away, so
 * "no failing path passes" still holds for them and "some path passes" is not flattered. The graph is
 * small even when the paths are many, and a call never repeats a vertex (the graph is
 * acyclic, or the analysis says where it is not), so paths are counted and scored by
 * dynamic programming in topological order: each vertex keeps how many paths reach it
 * with each distinct tally (points earned and possible per competency, whether a red
 * line was crossed). The verdict at an ending is scoring.ts's own `verdict`.
 */
import { COMPETENCIES, type Competency } from './competencies.ts';
import { seededRandom } from '../random.ts';
import { routedReply } from './marker.ts';
import { advance, effectOf, effectPoints, offeredChoices, startState, type CallState, type Move } from './play.ts';
import type { Condition, Outcome, Scenario } from '../../schemas/scenario.ts';
import { scenarioGraph } from './graph.ts';
import { outcomeFails, possibleAt, verdict, type Tally } from './scoring.ts';
import { own } from '../own.ts';
import { LIMITS } from '../../schemas/limits.ts';

interface Edge {
  move: Move;
  to: number;
  earned: number[];
  possible: number[];
  critical: boolean;
}

interface Vertex {
  state: CallState;
  edges: Edge[];
}

export interface StateGraph {
  vertices: Vertex[];
  /** Vertex indices in an order where every edge goes forward, or null if some path can loop (or the graph is cut short). */
  order: number[] | null;
  /** False when the scenario has more than `maxStates` situations: the graph was cut short there. */
  complete: boolean;
}

/** Nodes asked about by `visited` and competencies tested by `points`, anywhere in the scenario. */
function whatConditionsSee(scenario: Scenario): { nodes: Set<string>; points: Set<Competency> } {
  const nodes = new Set<string>();
  const points = new Set<Competency>();
  const walk = (c: Condition): void => {
    if ('visited' in c) nodes.add(c.visited);
    else if ('points' in c) points.add(c.points.competency);
    else if ('all' in c) c.all.forEach(walk);
    else if ('any' in c) c.any.forEach(walk);
    else if ('not' in c) walk(c.not);
  };
  scenarioGraph(scenario).conditions.forEach(({ condition }) => walk(condition));
  return { nodes, points };
}

/** The moves possible in a state: each offered choice, the time-out if the node has one, and a reply for each combination of its marks. */
export function movesAt(scenario: Scenario, state: CallState): Move[] {
  if (state.ended) return [];
  const node = own(scenario.nodes, state.at);
  const moves: Move[] = offeredChoices(scenario, state).map((choice) => ({ node: state.at, choice }));
  if (node?.timeLimit) moves.push({ node: state.at, timeout: true });
  const marks = node?.reply?.marks ?? [];
  for (let found = 0; node?.reply && found < 2 ** marks.length; found++) {
    const answer = { text: '', marks: Object.fromEntries(marks.map((m, i) => [m.id, (found & (2 ** i)) !== 0])), forbidden: [] };
    moves.push(routedReply(scenario, state, answer));
  }
  return moves;
}

/** The state graph, built only up to `maxStates` vertices, so a scenario with a huge one cannot hang the build. */
export function stateGraph(scenario: Scenario, maxStates: number = LIMITS.states): StateGraph {
  const seen = whatConditionsSee(scenario);
  const keyOf = (s: CallState) =>
    JSON.stringify([s.at, s.mood, [...s.flags].sort(), [...seen.nodes].filter((n) => s.visited.includes(n)), [...seen.points].map((c) => s.points[c])]);
  const index = new Map<string, number>();
  const vertices: Vertex[] = [];
  const add = (state: CallState) => {
    const key = keyOf(state);
    let i = index.get(key);
    if (i === undefined) {
      i = vertices.push({ state, edges: [] }) - 1;
      index.set(key, i);
    }
    return i;
  };
  add(startState(scenario));
  for (let i = 0; i < vertices.length; i++) {
    if (vertices.length > maxStates) return { vertices, order: null, complete: false };
    const { state } = vertices[i]!;
    for (const move of movesAt(scenario, state)) {
      const effect = effectOf(scenario, state, move)!;
      const points = effectPoints(scenario, effect);
      // What the move could have earned here, per competency (as scoring counts it).
      const most = possibleAt(scenario, state, move);
      const possible = COMPETENCIES.map((c) => most[c]);
      const to = add(advance(scenario, state, effect));
      vertices[i]!.edges.push({ move, to, earned: COMPETENCIES.map((c) => points[c]), possible, critical: effect.critical !== undefined });
    }
  }
  return { vertices, order: topologicalOrder(vertices), complete: true };
}

/**
 * The nodes where a call can get stuck: situations from which no sequence of offered
 * moves reaches an ending (every way out needs a condition that cannot hold there).
 */
export function trappedNodes(graph: StateGraph): string[] {
  const incoming: number[][] = graph.vertices.map(() => []);
  graph.vertices.forEach((v, i) => v.edges.forEach((e) => incoming[e.to]!.push(i)));
  const escapes = new Set<number>();
  const queue = graph.vertices.flatMap((v, i) => (v.state.ended ? [i] : []));
  while (queue.length > 0) {
    const i = queue.pop()!;
    if (escapes.has(i)) continue;
    escapes.add(i);
    queue.push(...incoming[i]!);
  }
  return [...new Set(graph.vertices.flatMap((v, i) => (escapes.has(i) ? [] : [v.state.at])))];
}

/** Kahn's algorithm; null when a cycle leaves some vertex unordered. */
function topologicalOrder(vertices: Vertex[]): number[] | null {
  const incoming = vertices.map(() => 0);
  for (const v of vertices) for (const e of v.edges) incoming[e.to]!++;
  const ready = incoming.flatMap((n, i) => (n === 0 ? [i] : []));
  const order: number[] = [];
  while (ready.length > 0) {
    const i = ready.pop()!;
    order.push(i);
    for (const e of vertices[i]!.edges) if (--incoming[e.to]! === 0) ready.push(e.to);
  }
  return order.length === vertices.length ? order : null;
}

/** Paths that reached one vertex with the same tally. */
interface Bundle {
  earned: number[];
  possible: number[];
  /** The first red line crossed on these paths, if any (the verdict needs one to name). */
  critical: Move | null;
  count: number;
}

export interface PathReport {
  /** Vertices of the state graph. */
  states: number;
  /** Set when the analysis stopped at a limit (too many situations, or too many tallies to carry forward); nothing below is then complete. */
  tooLarge: 'states' | 'tallies' | null;
  /** False when some path can loop forever; nothing else below is then computed. */
  acyclic: boolean;
  /** Paths from the start to an ending. */
  paths: number;
  /** Paths that pass (no red line, an outcome that does not fail, at or above the pass mark). */
  passing: number;
  /** Passing paths per outcome of their ending. */
  passingByOutcome: Record<Outcome, number>;
  /** Paths that would pass on points alone, as scoring worked before red lines and outcomes counted. */
  passingOnPoints: number;
  /** Paths that cross a red line, and the highest overall score among them. */
  critical: { paths: number; passOnPoints: number; bestOverall: number | null };
  /** Paths that end in a failing outcome, and the highest overall score among them. */
  failingOutcome: { paths: number; passOnPoints: number; bestOverall: number | null };
  /** Paths that pass despite a red line or a failing outcome: must be 0. */
  passingDespiteFailure: number;
  /** Lowest and highest overall score of any path. */
  overall: { min: number | null; max: number | null };
  /** Paths where some competency earned more than was possible, or a percent fell outside 0–100: must be 0. */
  outOfBounds: number;
  /** Nodes and endings on some path from the start. */
  reachedNodes: Set<string>;
  reachedEndings: Set<string>;
  /** Paths per ending, and how many of them pass. */
  pathsByEnding: Record<string, number>;
  passingByEnding: Record<string, number>;
}

const maxOf = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.max(a, b));
const minOf = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.min(a, b));

export function analysePaths(scenario: Scenario, graph: StateGraph = stateGraph(scenario), maxSteps: number = LIMITS.tallySteps): PathReport {
  const report: PathReport = {
    states: graph.vertices.length,
    tooLarge: graph.complete ? null : 'states',
    acyclic: graph.order !== null,
    paths: 0,
    passing: 0,
    passingByOutcome: { retained: 0, escalated: 0, lost: 0 },
    passingOnPoints: 0,
    critical: { paths: 0, passOnPoints: 0, bestOverall: null },
    failingOutcome: { paths: 0, passOnPoints: 0, bestOverall: null },
    passingDespiteFailure: 0,
    overall: { min: null, max: null },
    outOfBounds: 0,
    reachedNodes: new Set(),
    reachedEndings: new Set(),
    pathsByEnding: Object.fromEntries(Object.keys(scenario.endings).map((e) => [e, 0])),
    passingByEnding: Object.fromEntries(Object.keys(scenario.endings).map((e) => [e, 0])),
  };
  if (!graph.order) return report;

  const zeros = COMPETENCIES.map(() => 0);
  const bundles: Map<string, Bundle>[] = graph.vertices.map(() => new Map());
  bundles[0]!.set('', { earned: zeros, possible: zeros, critical: null, count: 1 });
  let steps = 0;
  for (const i of graph.order) {
    const here = bundles[i]!;
    if (here.size === 0) continue;
    const { state, edges } = graph.vertices[i]!;
    if (state.ended) {
      report.reachedEndings.add(state.at);
      for (const bundle of here.values()) judge(scenario, state.at, bundle, report);
    } else {
      report.reachedNodes.add(state.at);
    }
    for (const edge of edges) {
      const there = bundles[edge.to]!;
      for (const b of here.values()) {
        const earned = b.earned.map((x, c) => x + edge.earned[c]!);
        const possible = b.possible.map((x, c) => x + edge.possible[c]!);
        const critical = b.critical ?? (edge.critical ? edge.move : null);
        const key = `${earned.join()}|${possible.join()}|${critical ? 1 : 0}`;
        const known = there.get(key);
        if (known) known.count += b.count;
        else {
          there.set(key, { earned, possible, critical, count: b.count });
        }
        if (++steps > maxSteps) {
          report.tooLarge = 'tallies';
          return report;
        }
      }
    }
    bundles[i] = new Map(); // every path through this vertex has been carried on
  }
  return report;
}

/** Adds the paths of one bundle that ended at `ending` to the report. */
function judge(scenario: Scenario, ending: string, bundle: Bundle, report: PathReport): void {
  const tally: Tally = {
    points: Object.fromEntries(COMPETENCIES.map((c, i) => [c, { earned: bundle.earned[i]!, possible: bundle.possible[i]! }])) as Tally['points'],
    critical: bundle.critical ? [bundle.critical] : [],
    ending,
  };
  const result = verdict(scenario, tally);
  const { count } = bundle;
  const { outcome } = own(scenario.endings, ending)!;
  const onPoints = result.overall !== null && result.overall >= scenario.passMark;
  const failingOutcome = outcomeFails(own(scenario.endings, ending)!);

  report.paths += count;
  report.pathsByEnding[ending]! += count;
  if (onPoints) report.passingOnPoints += count;
  if (result.passed) {
    report.passing += count;
    report.passingByOutcome[outcome] += count;
    report.passingByEnding[ending]! += count;
  }
  if (bundle.critical) {
    report.critical.paths += count;
    if (onPoints) report.critical.passOnPoints += count;
    report.critical.bestOverall = maxOf(report.critical.bestOverall, result.overall);
  }
  if (failingOutcome) {
    report.failingOutcome.paths += count;
    if (onPoints) report.failingOutcome.passOnPoints += count;
    report.failingOutcome.bestOverall = maxOf(report.failingOutcome.bestOverall, result.overall);
  }
  if (result.passed && (bundle.critical || failingOutcome)) report.passingDespiteFailure += count;
  report.overall.min = minOf(report.overall.min, result.overall);
  report.overall.max = maxOf(report.overall.max, result.overall);
  const inBounds = COMPETENCIES.every((c) => {
    const { earned, possible, percent } = result.competencies[c];
    return earned <= possible && (percent === null || (percent >= 0 && percent <= 100));
  });
  if (!inBounds || (result.overall !== null && (result.overall < 0 || result.overall > 100))) report.outOfBounds += count;
}

/** `count` paths drawn at random (seeded: the same seed gives the same paths), each a list of moves to an ending. */
export function samplePaths(scenario: Scenario, count: number, seed: number, limit = 200): Move[][] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => {
    const moves: Move[] = [];
    let state = startState(scenario);
    while (!state.ended && moves.length < limit) {
      const options = movesAt(scenario, state);
      const move = options[Math.floor(random() * options.length)]!;
      moves.push(move);
      state = advance(scenario, state, effectOf(scenario, state, move)!);
    }
    return moves;
  });
}
