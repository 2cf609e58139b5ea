// canvas/GridOverlay: under the Figure 2 layout, its two category axes.
import type { Core } from 'cytoscape';
import type { GridAxis } from '../../src/layout/types';
import { measure } from './labels';
import { useViewport } from './useViewport';

/**
 * A column's name on two lines, split at the hyphen that best balances them ("human-" over "generated"), or on
 * one where it has no hyphen.
 */
export function splitAtHyphen(label: string): readonly string[] {
  let best: readonly string[] = [label];
  let widest = Infinity;
  for (let i = label.indexOf('-'); i > 0 && i < label.length - 1; i = label.indexOf('-', i + 1)) {
    const lines = [label.slice(0, i + 1), label.slice(i + 1)];
    const w = Math.max(...lines.map((l) => measure(l)));
    if (w < widest) [best, widest] = [lines, w];
  }
  return best;
}

export function GridOverlay({ cy, grid }: { readonly cy: Core | null; readonly grid: GridAxis }) {
  const vp = useViewport(cy);
  if (!vp) return null;
  const X = (x: number) => x * vp.zoom + vp.pan.x;
  const Y = (y: number) => y * vp.zoom + vp.pan.y;
  const top = Y(grid.rows[0]!.y0);
  const bottom = Y(grid.rows[grid.rows.length - 1]!.y1);
  const left = X(grid.columns[0]!.x0);
  const right = X(grid.columns[grid.columns.length - 1]!.x1);
  // Where a column is narrower on screen than its name (Figure 2 in a short window), every name goes on two lines.
  const wrap = grid.columns.some((c) => measure(c.label) + 8 > X(c.x1) - X(c.x0));
  return (
    <svg className="time-axis grid-axis" aria-hidden="true" data-testid="grid-axis">
      {grid.columns.map((c, i) => (
        <g key={c.label}>
          <rect
            x={X(c.x0)}
            y={top}
            width={Math.max(0, X(c.x1) - X(c.x0))}
            height={Math.max(0, bottom - top)}
            className={`band band-${i % 2}`}
          />
          <text x={(X(c.x0) + X(c.x1)) / 2} y={bottom + 14} className="tick-label">
            {wrap
              ? splitAtHyphen(c.label).map((line, k) => (
                  <tspan key={k} x={(X(c.x0) + X(c.x1)) / 2} dy={k === 0 ? 0 : 13}>
                    {line}
                  </tspan>
                ))
              : c.label}
          </text>
        </g>
      ))}
      {grid.rows.map((r) => (
        <g key={r.label}>
          <line x1={left} x2={right} y1={Y(r.y1)} y2={Y(r.y1)} className="lane-rule" />
          <text x={left + 4} y={Y(r.y0) + 12} className="lane-label">
            {r.label}
          </text>
        </g>
      ))}
      <text x={(left + right) / 2} y={bottom + (wrap ? 43 : 30)} className="tick-label band-label">
        {grid.xTitle} →
      </text>
      <text
        x={left - 8}
        y={(top + bottom) / 2}
        className="band-label"
        transform={`rotate(-90 ${left - 8} ${(top + bottom) / 2})`}
        textAnchor="middle"
      >
        {grid.yTitle} →
      </text>
    </svg>
  );
}
