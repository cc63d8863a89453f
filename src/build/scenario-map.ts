/**
 * Lays a scenario out as a graph for its map page, with dagre: computed once at
 * build time, so the page ships an SVG and no JavaScript.
 */
import dagre from '@dagrejs/dagre';
import { scenarioGraph } from '../domain/scenario/graph.ts';
import type { Scenario } from '../schemas/scenario.ts';
import type { Locale } from '../i18n/locales.ts';
import { own } from '../domain/own.ts';
import { LIMITS } from '../schemas/limits.ts';

export interface MapBox {
  id: string;
  /** What the box says: the node's number and the start of its line, or the ending's title. */
  label: string;
  kind: 'start' | 'node' | 'timed' | 'ending';
  outcome?: 'retained' | 'escalated' | 'lost';
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface MapLine {
  from: string;
  to: string;
  conditional: boolean;
  timeout: boolean;
  points: { x: number; y: number }[];
}

export interface ScenarioMap {
  width: number;
  height: number;
  boxes: MapBox[];
  lines: MapLine[];
}

const BOX = { width: 150, height: 36 };
/** How much text fits in a box, counting a CJK character as two units and anything else as one. */
const BOX_UNITS = 22;

/** `text` cut to fit `units`, with "…" when cut. */
export function excerpt(text: string, units: number): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  let used = 0;
  for (let i = 0; i < chars.length; i++) {
    used += /[\u2e80-\u9fff\uff00-\uffef]/.test(chars[i]!) ? 2 : 1;
    if (used > units)
      return `${chars
        .slice(0, i - 1)
        .join('')
        .trimEnd()}…`;
  }
  return chars.join('');
}

/**
 * What a learner would call each node and ending, in `locale`: a node by its number in
 * the text version and the start of what is said there, an ending by its title.
 * Ids are for authors; the map shows these instead.
 */
export function mapLabels(scenario: Scenario, locale: Locale): Record<string, { short: string; full: string }> {
  // Built with fromEntries, so every label is an own property whatever the id.
  return Object.fromEntries([
    ...Object.entries(scenario.nodes).map(([id, node], i) => {
      const number = `${i + 1}. `;
      return [id, { short: number + excerpt(node.say[locale], BOX_UNITS - number.length), full: number + excerpt(node.say[locale], 60) }] as const;
    }),
    ...Object.entries(scenario.endings).map(([id, ending]) => [id, { short: excerpt(ending.title[locale], BOX_UNITS), full: ending.title[locale] }] as const),
  ]);
}

export function layoutScenario(scenario: Scenario, locale: Locale): ScenarioMap {
  // The loader refuses bigger scenarios; this keeps a layout that grows fast with the graph from ever meeting one.
  const boxCount = Object.keys(scenario.nodes).length + Object.keys(scenario.endings).length;
  if (boxCount > LIMITS.nodes + LIMITS.endings)
    throw new Error(`${scenario.id}: ${boxCount} boxes are too many to lay out (at most ${LIMITS.nodes + LIMITS.endings})`);
  const labels = mapLabels(scenario, locale);
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: 'TB', nodesep: 24, ranksep: 48, marginx: 12, marginy: 12 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const id of [...Object.keys(scenario.nodes), ...Object.keys(scenario.endings)]) g.setNode(id, { ...BOX });
  // One line per pair of boxes is enough to read the map; keep whether any is conditional or a time-out.
  const pairs = new Map<string, { from: string; to: string; conditional: boolean; timeout: boolean }>();
  for (const edge of scenarioGraph(scenario).edges) {
    const key = `${edge.from}→${edge.to}`;
    const seen = pairs.get(key) ?? { from: edge.from, to: edge.to, conditional: false, timeout: false };
    pairs.set(key, { ...seen, conditional: seen.conditional || edge.conditional, timeout: seen.timeout || edge.by === 'timeout' });
  }
  for (const [key, pair] of pairs) g.setEdge(pair.from, pair.to, {}, key);
  dagre.layout(g);

  const boxes: MapBox[] = g.nodes().map((id) => {
    const { x, y, width, height } = g.node(id);
    const ending = own(scenario.endings, id);
    const node = own(scenario.nodes, id);
    const kind = ending ? 'ending' : id === scenario.start ? 'start' : node?.timeLimit ? 'timed' : 'node';
    return { id, label: own(labels, id)!.short, kind, outcome: ending?.outcome, x: x - width / 2, y: y - height / 2, width, height };
  });
  const lines: MapLine[] = g.edges().map((e) => ({ ...pairs.get(e.name!)!, points: g.edge(e).points ?? [] }));
  const { width = 0, height = 0 } = g.graph();
  return { width, height, boxes, lines };
}
