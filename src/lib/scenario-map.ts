/**
 * Lays a scenario out as a graph for its map page, with dagre: computed once at
 * build time, so the page ships an SVG and no JavaScript.
 */
import dagre from '@dagrejs/dagre';
import { scenarioGraph } from '../domain/scenario/graph.ts';
import type { Scenario } from '../domain/scenario/schema.ts';

export interface MapBox {
  id: string;
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

export function layoutScenario(scenario: Scenario): ScenarioMap {
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
    const ending = scenario.endings[id];
    const node = scenario.nodes[id];
    const kind = ending ? 'ending' : id === scenario.start ? 'start' : node?.timeLimit ? 'timed' : 'node';
    return { id, kind, outcome: ending?.outcome, x: x - width / 2, y: y - height / 2, width, height };
  });
  const lines: MapLine[] = g.edges().map((e) => ({ ...pairs.get(e.name!)!, points: g.edge(e).points ?? [] }));
  const { width = 0, height = 0 } = g.graph();
  return { width, height, boxes, lines };
}
