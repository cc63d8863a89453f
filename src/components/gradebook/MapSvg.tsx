/**
 * A scenario's map drawn in an island, with the layout of the map pages
 * (`src/build/scenario-map.ts`), computed here because the scenario arrives at run time
 * (an author's file, or the version a class played). The layout module (dagre) loads
 * only when a map is shown. Optional notes put numbers on boxes and lines: the class's
 * share of each choice, the share of weak moves at a node.
 */
import { useEffect, useRef, useState } from 'react';
import type { ScenarioMap } from '../../build/scenario-map.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { Scenario } from '../../schemas/scenario.ts';
import './scenario-map.css';

export interface MapNotes {
  /** A short note under a box, by node or ending id. */
  boxes?: Record<string, string>;
  /** A short note on a line, by `from→to`. */
  lines?: Record<string, string>;
  /** Boxes to mark as trouble spots. */
  hot?: ReadonlySet<string>;
}

interface Props {
  scenario: Scenario;
  locale: Locale;
  /** The SVG's accessible name. */
  title: string;
  notes?: MapNotes;
}

/** Notes and trouble spots are drawn here, so the site's stylesheet needs nothing new. */
const NOTE = { fontSize: '10px', fill: 'var(--ink)', fontWeight: 600 } as const;
const HOT = { stroke: 'var(--bad)', strokeWidth: 3 } as const;

const path = (points: { x: number; y: number }[]) => points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');

export function MapSvg({ scenario, locale, title, notes }: Props) {
  const [map, setMap] = useState<ScenarioMap | null>(null);
  const scroller = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let current = true;
    void import('../../build/scenario-map.ts').then(({ layoutScenario }) => current && setMap(layoutScenario(scenario, locale)));
    return () => {
      current = false;
    };
  }, [scenario, locale]);
  // A map wider than the page opens with the start in view (dagre centres it in its row).
  useEffect(() => {
    const start = map?.boxes.find((b) => b.kind === 'start');
    const region = scroller.current;
    if (start && region) region.scrollLeft = Math.max(0, start.x + start.width / 2 - region.clientWidth / 2);
  }, [map]);
  if (!map) return null;
  const titleId = `map-${scenario.id}-title`;
  return (
    <div className="map-scroll" role="region" tabIndex={0} aria-label={title} ref={scroller}>
      <svg
        className="scenario-map"
        viewBox={`0 0 ${map.width} ${map.height + 14}`}
        width={map.width}
        height={map.height + 14}
        role="img"
        aria-labelledby={titleId}
      >
        <title id={titleId}>{title}</title>
        <defs>
          <marker id={`arrow-${scenario.id}`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M0,0 L10,5 L0,10 z" />
          </marker>
        </defs>
        {map.lines.map((line) => {
          const note = notes?.lines?.[`${line.from}→${line.to}`];
          const middle = line.points[Math.floor(line.points.length / 2)];
          return (
            <g key={`${line.from}→${line.to}`}>
              <path
                d={path(line.points)}
                className={['map-line', line.conditional && 'conditional', line.timeout && 'timeout'].filter(Boolean).join(' ')}
                markerEnd={`url(#arrow-${scenario.id})`}
              />
              {note && middle && (
                <text x={middle.x + 4} y={middle.y} style={NOTE}>
                  {note}
                </text>
              )}
            </g>
          );
        })}
        {map.boxes.map((box) => (
          <g key={box.id} className={['map-box', `map-${box.kind}`, box.outcome && `map-${box.outcome}`].filter(Boolean).join(' ')}>
            <rect x={box.x} y={box.y} width={box.width} height={box.height} rx="6" style={notes?.hot?.has(box.id) ? HOT : undefined} />
            <text x={box.x + box.width / 2} y={box.y + box.height / 2}>
              {box.label}
            </text>
            {notes?.boxes?.[box.id] && (
              <text x={box.x + box.width / 2} y={box.y + box.height + 10} style={{ ...NOTE, textAnchor: 'middle' }}>
                {notes.boxes[box.id]}
              </text>
            )}
          </g>
        ))}
      </svg>
    </div>
  );
}
