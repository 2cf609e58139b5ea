// canvas/TimeAxisOverlay: under the timeline layout, the generations shaded, the InstructGPT watershed and a year axis.
import type { Core } from 'cytoscape';
import { LANE_LABEL } from '../../src/layout/timeline';
import type { TimeAxis } from '../../src/layout/types';
import { bandNameAt, measure } from './labels';
import { useViewport } from './useViewport';

export function TimeAxisOverlay({ cy, axis }: { readonly cy: Core | null; readonly axis: TimeAxis }) {
  const vp = useViewport(cy);
  if (!vp) return null;
  const X = (x: number) => x * vp.zoom + vp.pan.x;
  const Y = (y: number) => y * vp.zoom + vp.pan.y;
  const later = axis.bands.find((b) => b.x1 > axis.watershed.x);
  // Tick names, from the latest back, each kept where it clears the one kept after it ("earlier" gives way to the years).
  const named = new Set<TimeAxis['ticks'][number]>();
  let left = Infinity;
  for (const t of [...axis.ticks].sort((a, b) => b.x - a.x)) {
    const half = measure(t.label) / 2;
    if (X(t.x) + half + 4 > left) continue;
    named.add(t);
    left = X(t.x) - half;
  }
  return (
    <svg className="time-axis" aria-hidden="true" data-testid="time-axis">
      {axis.bands.map((b, i) => (
        <rect key={b.label} x={X(b.x0)} width={Math.max(0, X(b.x1) - X(b.x0))} y="0" height="100%" className={`band band-${i}`} />
      ))}
      {axis.bands.map((b) => {
        if (b.x1 > axis.watershed.x) return null;
        const at = bandNameAt(b, X);
        return (
          <text key={b.label} x={at.x} textAnchor={at.anchor} y="100%" dy={at.dy} className="band-label">
            {b.label}
          </text>
        );
      })}
      {axis.lanes.map((l) => (
        <g key={l.label}>
          <line x1="0" x2="100%" y1={Y(l.y1) + 6} y2={Y(l.y1) + 6} className="lane-rule" />
          <text x={Math.max(4, X(axis.bands[0]!.x0) - 4)} y={Y(l.y0) + 12} className="lane-label">
            {LANE_LABEL[l.label] ?? l.label}
          </text>
        </g>
      ))}
      <line x1={X(axis.watershed.x)} x2={X(axis.watershed.x)} y1="0" y2="100%" className="watershed" />
      {/* Below the graph, in the axis's own strip, where no node, view switch or zoom button stands; the later band's name follows it. */}
      <text x={X(axis.watershed.x) + 6} y="100%" dy="-30">
        <tspan className="watershed-label">{axis.watershed.label}</tspan>
        {later && (
          <tspan className="band-label" dx="10">
            {later.label}
          </tspan>
        )}
      </text>
      {axis.ticks.map((t) => (
        <g key={t.label}>
          <line x1={X(t.x)} x2={X(t.x)} y1={vp.height - 22} y2={vp.height - 14} className="tick" />
          {named.has(t) && (
            <text x={X(t.x)} y={vp.height - 3} className="tick-label">
              {t.label}
            </text>
          )}
        </g>
      ))}
    </svg>
  );
}
