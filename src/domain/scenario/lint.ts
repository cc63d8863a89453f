/**
 * Rules a schema cannot express. Each issue carries the path of the YAML key it is
 * about, so the loader can point the author at a line.
 */
import type { LintIssue } from '../yaml/load-yaml.ts';
import { references } from './conditions.ts';
import { scenarioGraph } from './graph.ts';
import { analysePaths, stateGraph, trappedNodes } from './paths.ts';
import { canMatch, exampleOf } from './marker.ts';
import { effectPoints, totalPoints } from './play.ts';
import type { Scenario } from '../../schemas/scenario.ts';
import { LIMITS } from '../../schemas/limits.ts';
import { asRead } from '../as-read.ts';
import { everyVariant } from './variants.ts';
import { variantIssues } from './variant-lint.ts';

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

  for (const clash of endingIds.filter((id) => Object.hasOwn(scenario.nodes, id))) {
    issues.push({ path: ['endings', clash], message: `"${clash}" is both a node and an ending; give one of them another id` });
  }
  if (!Object.hasOwn(scenario.nodes, scenario.start)) {
    issues.push({ path: ['start'], message: `the start "${scenario.start}" is not a node; name one of: ${nodeIds.join(', ')}` });
    return issues;
  }

  issues.push(...variantIssues(scenario));
  const { edges, conditions, flagsSet, markUses } = scenarioGraph(scenario);
  for (const flag of (scenario.variants ?? []).flatMap((v) => v.flags ?? [])) flagsSet.add(flag);
  issues.push(...replyIssues(scenario, markUses));
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

  for (const [endingId, ending] of Object.entries(scenario.endings)) {
    if (ending.warranted && ending.outcome !== 'escalated') {
      issues.push({ path: ['endings', endingId, 'warranted'], message: `only an escalation can be warranted; this ending's outcome is "${ending.outcome}"` });
    }
  }

  for (const [nodeId, node] of Object.entries(scenario.nodes)) {
    if (node.choices.filter((c) => !c.when).length < 2) {
      issues.push({
        path: ['nodes', nodeId, 'choices'],
        message: 'at least two choices must be offered without a "when", so the learner always has a decision',
      });
    }
    for (const locale of ['zh', 'en'] as const) {
      const seen = new Map<string, number>();
      node.choices.forEach((choice, i) => {
        const said = asRead(choice.text[locale]);
        const first = seen.get(said);
        if (first === undefined) seen.set(said, i);
        else issues.push({ path: ['nodes', nodeId, 'choices', i, 'text', locale], message: `says the same as choice ${first + 1}` });
      });
    }
  }

  const forward = reachableFrom([scenario.start], (id) => edges.filter((e) => e.from === id).map((e) => e.to));
  for (const [kind, ids] of [
    ['nodes', nodeIds],
    ['endings', endingIds],
  ] as const) {
    for (const id of ids.filter((n) => !forward.has(n))) {
      issues.push({ path: [kind, id], message: `cannot be reached from the start "${scenario.start}"; link to it from a choice or remove it` });
    }
  }

  // Walk backwards from the endings: a reachable node the walk never meets is a trap.
  const backward = reachableFrom(endingIds, (id) => edges.filter((e) => e.to === id).map((e) => e.from));
  for (const id of nodeIds.filter((n) => forward.has(n) && !backward.has(n))) {
    issues.push({ path: ['nodes', id], message: 'no path from here reaches an ending: the choices loop with no way out' });
  }
  if (issues.length > 0) return issues;
  // Each customer starts in another mood or with other flags, so each is analysed on its own.
  const variants = everyVariant(scenario);
  return variants.flatMap((played) =>
    pathIssues(played).map((issue) => (variants.length > 1 ? { ...issue, message: `with the variant "${played.variants![0]!.id}": ${issue.message}` } : issue)),
  );
}

/** The rules of replies in the learner's own words: marks, their patterns, the marks routes test. */
function replyIssues(scenario: Scenario, markUses: ReturnType<typeof scenarioGraph>['markUses']): LintIssue[] {
  const issues: LintIssue[] = [];
  for (const [nodeId, node] of Object.entries(scenario.nodes)) {
    if (!node.reply) continue;
    const { marks, maxChars } = node.reply;
    const ids = marks.map((m) => m.id);
    marks.forEach((mark, m) => {
      const path = ['nodes', nodeId, 'reply', 'marks', m];
      if (ids.indexOf(mark.id) !== m) issues.push({ path: [...path, 'id'], message: `mark "${mark.id}" is listed twice; give each mark its own id` });
      for (const language of ['zh', 'en'] as const) {
        mark['look-for'][language].forEach((pattern, p) => {
          const at = [...path, 'look-for', language, p];
          if (!canMatch(pattern, language))
            issues.push({
              path: at,
              message: `the pattern "${pattern}" can never match: ${language === 'zh' ? 'a "*" is not a wildcard in Chinese, and brackets must close and may not nest' : 'brackets must close and may not nest'}`,
            });
          else if ([...exampleOf(pattern)].length > maxChars)
            issues.push({ path: at, message: `the pattern "${pattern}" is longer than a reply may be (maxChars: ${maxChars}), so it can never match` });
        });
      }
    });
    for (const use of markUses.filter((u) => u.node === nodeId && !ids.includes(u.mark))) {
      issues.push({
        path: use.path,
        message: `the route tests the mark "${use.mark}", which this reply does not have; use one of: ${[...new Set(ids)].join(', ')}`,
      });
    }
  }
  return issues;
}

/** Reply routes that no combination of marks takes, in any situation the call can be in at that node. */
function unusedReplyRoutes(scenario: Scenario, graph: ReturnType<typeof stateGraph>): LintIssue[] {
  const taken = new Set(graph.vertices.flatMap((v) => v.edges.flatMap((e) => ('reply' in e.move ? [`${e.move.node}>${e.move.reply.route}`] : []))));
  const reached = new Set(graph.vertices.map((v) => v.state.at));
  return Object.entries(scenario.nodes).flatMap(([nodeId, node]) =>
    !node.reply || !reached.has(nodeId)
      ? []
      : node.reply.next.flatMap((route, r) =>
          taken.has(`${nodeId}>${route.to}`)
            ? []
            : [
                {
                  path: ['nodes', nodeId, 'reply', 'next', r, 'to'],
                  message: `no combination of marks takes this route to "${route.to}": a route before it always wins`,
                },
              ],
        ),
  );
}

/**
 * What only the path analysis sees, on a scenario whose links are sound: a loop whose
 * exits need conditions that never hold on the way in, and a scenario nobody can pass.
 * The analysis stops at its limits, so a huge scenario is refused rather than hanging.
 */
function pathIssues(scenario: Scenario): LintIssue[] {
  const graph = stateGraph(scenario);
  if (!graph.complete) {
    return [
      {
        path: ['nodes'],
        message: `the call can be in more than ${LIMITS.states.toLocaleString('en')} different situations (node, mood, flags, visits, points): use fewer flags and conditions`,
      },
    ];
  }
  const unused = unusedReplyRoutes(scenario, graph);
  if (unused.length > 0) return unused;
  const trapped = trappedNodes(graph);
  if (trapped.length > 0) {
    return trapped.map((id) => ({
      path: ['nodes', id],
      message: `no way out of "${id}": on some path here, every exit needs a condition that can no longer hold, so the call can never end`,
    }));
  }
  if (!graph.order) return []; // a loop with a way out: a warning (lintWarnings)
  const report = analysePaths(scenario, graph);
  if (report.tooLarge) {
    return [
      {
        path: ['nodes'],
        message: `scoring every path would take the analysis more than ${LIMITS.tallySteps.toLocaleString('en')} steps: use fewer nodes, choices or different points`,
      },
    ];
  }
  if (report.passing > 0) return [];
  const max = report.overall.max;
  return [
    {
      path: ['passMark'],
      message:
        max === null || max < scenario.passMark
          ? `no path can pass: the highest overall score any path reaches is ${max ?? 'none (no competency is ever scored)'}, below the pass mark of ${scenario.passMark}`
          : `no path can pass: every path that reaches the pass mark of ${scenario.passMark} crosses a red line or ends badly`,
    },
  ];
}

/** A learner's turn longer than this many characters (stage directions in （） aside) is a monologue. */
export const MAX_REPLY_CHARS = 150;
/** Reading speed assumed for a timed node's choices, in Chinese characters per second. */
export const READING_CHARS_PER_SECOND = 5;
/** Seconds added to the reading time of a timed node's choices, to think and click. */
export const DECISION_MARGIN_SECONDS = 5;

/** What a learner hears: the words without stage directions such as （说完马上挂机）. */
const spoken = (zh: string) => zh.replace(/（[^）]*）/g, '').trim();
const chars = (text: string) => [...text].length;
const questionMarks = (text: string) => (text.match(/[？?]/g) ?? []).length;

export interface ReplyStats {
  /** Nodes where a choice with the most points is also the longest (by its Chinese text). */
  bestIsLongest: string[];
  /** Nodes where a choice with the most points is also the shortest: the opposite give-away. */
  bestIsShortest: string[];
  /** Nodes where a choice with the most points is listed first. */
  bestIsFirst: string[];
  /** What chance alone gives for either: the sum over nodes of 1 / (number of choices). */
  expectedByChance: number;
}

/** Where the wording or the file gives the best reply away. */
export function replyStats(scenario: Scenario): ReplyStats {
  const stats: ReplyStats = { bestIsLongest: [], bestIsShortest: [], bestIsFirst: [], expectedByChance: 0 };
  for (const [nodeId, node] of Object.entries(scenario.nodes)) {
    const totals = node.choices.map((c) => totalPoints(effectPoints(scenario, c)));
    const lengths = node.choices.map((c) => chars(spoken(c.text.zh)));
    const top = Math.max(...totals);
    const best = totals.flatMap((t, i) => (t === top ? [i] : []));
    if (best.some((i) => lengths[i] === Math.max(...lengths))) stats.bestIsLongest.push(nodeId);
    if (best.some((i) => lengths[i] === Math.min(...lengths))) stats.bestIsShortest.push(nodeId);
    if (best.includes(0)) stats.bestIsFirst.push(nodeId);
    stats.expectedByChance += 1 / node.choices.length;
  }
  return stats;
}

/**
 * Warnings: the scenario works, but it teaches less well than it could. They never
 * stop a build; `npm run lint:scenarios` prints them with the statistics behind them.
 */
export function lintWarnings(scenario: Scenario): LintIssue[] {
  const warnings: LintIssue[] = [];
  const nodes = Object.keys(scenario.nodes).length;
  const { bestIsLongest, bestIsShortest, bestIsFirst, expectedByChance } = replyStats(scenario);
  const allowed = Math.ceil(expectedByChance);
  const share = (list: string[]) => `${list.length} of ${nodes} nodes (${Math.round((100 * list.length) / nodes)}%), where chance alone gives about ${allowed}`;
  if (bestIsLongest.length > allowed) {
    warnings.push({
      path: ['nodes'],
      message: `the best reply is the longest at ${share(bestIsLongest)}: ${bestIsLongest.join(', ')}; learners learn to pick the longest`,
    });
  }
  if (bestIsShortest.length > allowed) {
    warnings.push({
      path: ['nodes'],
      message: `the best reply is the shortest at ${share(bestIsShortest)}: ${bestIsShortest.join(', ')}; learners learn to pick the shortest`,
    });
  }
  if (bestIsFirst.length > allowed) {
    warnings.push({ path: ['nodes'], message: `the best reply is listed first at ${share(bestIsFirst)}: ${bestIsFirst.join(', ')}` });
  }

  for (const [nodeId, node] of Object.entries(scenario.nodes)) {
    node.choices.forEach((choice, i) => {
      const path = ['nodes', nodeId, 'choices', i, 'text', 'zh'];
      const length = chars(spoken(choice.text.zh));
      if (length > MAX_REPLY_CHARS)
        warnings.push({
          path,
          message: `${length} characters: a turn longer than ${MAX_REPLY_CHARS} is a monologue; say one thing and let the customer answer`,
        });
      const asked = questionMarks(choice.text.zh);
      if (asked > 1) warnings.push({ path, message: `${asked} question marks: ask one question per turn` });
    });
    if (node.timeLimit) {
      const reading = node.choices.reduce((sum, c) => sum + chars(spoken(c.text.zh)), 0) / READING_CHARS_PER_SECOND;
      const needed = Math.ceil(reading + DECISION_MARGIN_SECONDS);
      if (node.timeLimit.seconds < needed) {
        warnings.push({
          path: ['nodes', nodeId, 'timeLimit', 'seconds'],
          message: `${node.timeLimit.seconds} s is too short to read the choices: allow at least ${needed} s (${READING_CHARS_PER_SECOND} characters a second, plus ${DECISION_MARGIN_SECONDS} s)`,
        });
      }
    }
  }

  if (everyVariant(scenario).some((played) => !stateGraph(played).order))
    warnings.push({ path: ['start'], message: 'some path can return to a situation it has been in, so a call could go on for ever' });
  return warnings;
}
