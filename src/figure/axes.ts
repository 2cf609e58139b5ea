// figure/axes: the furniture a layout's axis asks for: the timeline's generations, watershed and year
// ticks, or Figure 2's grid with its row and column names.
import type { GridAxis, TimeAxis } from '../layout/types';
import { textWidth, wrap } from './metrics';
import { type Box, escapeXml, LINE, multiline, n2 } from './primitives';

export type Frame = {
  readonly X: (x: number) => number;
  readonly Y: (y: number) => number;
  readonly fs: number;
  readonly width: number;
  readonly margin: number;
  readonly theme: { readonly text: string; readonly muted: string; readonly focus: string; readonly bands: readonly string[] };
};

/** Room above the plot for the generations' names and the watershed's. */
export const timeStrip = (fs: number): number => fs * 2.6;
/** Room below the plot for the ticks and their years. */
export const axisHeight = (fs: number): number => fs * 2.2;

export function timeAxisSvg(axis: TimeAxis, f: Frame, top: number, plotBottom: number, minX: number, maxX: number): string {
  const { X, fs, theme: t } = f;
  const bottom = plotBottom + axisHeight(fs) * 0.2;
  const out: string[] = [];
  let cursor = f.margin; // names never start left of the margin nor over the name before them
  axis.bands.forEach((b, i) => {
    if (b.x1 <= b.x0) return; // a generation with nothing in view: no band, no name
    out.push(
      `<rect class="band" x="${n2(X(b.x0))}" y="${n2(top)}" width="${n2(X(b.x1) - X(b.x0))}" height="${n2(bottom - top)}" fill="${t.bands[i % 2]}"/>`,
    );
    const before = b.x1 <= axis.watershed.x; // names sit against the watershed, on either side
    const w = textWidth(b.label, fs * 0.85);
    const lx = Math.max(cursor, before ? X(b.x1) - 2 - w : X(b.x0) + 2);
    cursor = lx + w + fs * 0.5;
    out.push(`<text x="${n2(lx)}" y="${n2(top + fs * 1.1)}" font-size="${n2(fs * 0.85)}" fill="${t.muted}">${escapeXml(b.label)}</text>`);
  });
  const wx = X(axis.watershed.x);
  out.push(
    `<line class="watershed" x1="${n2(wx)}" y1="${n2(top)}" x2="${n2(wx)}" y2="${n2(bottom)}" stroke="${t.focus}" stroke-width="0.8" stroke-dasharray="3 2"/>`,
  );
  out.push(
    `<text x="${n2(wx + 2)}" y="${n2(top + fs * 2.2)}" font-size="${n2(fs * 0.85)}" fill="${t.focus}">${escapeXml(axis.watershed.label)}</text>`,
  );
  out.push(`<line x1="${n2(X(minX))}" y1="${n2(bottom)}" x2="${n2(X(maxX))}" y2="${n2(bottom)}" stroke="${t.muted}" stroke-width="0.5"/>`);
  for (const { x } of axis.months ?? [])
    if (x >= minX && x <= maxX)
      out.push(
        `<line x1="${n2(X(x))}" y1="${n2(bottom)}" x2="${n2(X(x))}" y2="${n2(bottom + fs * 0.2)}" stroke="${t.muted}" stroke-width="0.3"/>`,
      );
  let lastRight = -Infinity;
  for (const tick of axis.ticks) {
    if (tick.x < minX || tick.x > maxX) continue;
    out.push(
      `<line x1="${n2(X(tick.x))}" y1="${n2(bottom)}" x2="${n2(X(tick.x))}" y2="${n2(bottom + fs * 0.4)}" stroke="${t.muted}" stroke-width="0.5"/>`,
    );
    const half = textWidth(tick.label, fs * 0.9) / 2;
    if (X(tick.x) - half < lastRight + fs * 0.3) continue; // a tick's name that would overprint its neighbour's is left to the tick
    lastRight = X(tick.x) + half;
    out.push(
      `<text x="${n2(X(tick.x))}" y="${n2(bottom + fs * 1.4)}" font-size="${n2(fs * 0.9)}" text-anchor="middle" fill="${t.text}">${escapeXml(tick.label)}</text>`,
    );
  }
  return `<g class="axis" data-axis="time">${out.join('')}</g>`;
}

/** Room left of the plot for the years of a time axis that runs top to bottom. */
export const timeYAxisWidth = (axis: TimeAxis, fs: number): number =>
  Math.max(0, ...axis.ticks.map((t) => textWidth(t.label, fs * 0.85))) + fs * 0.6;

/** A time axis running top to bottom (a layered layout wrapped to a column): bands across, years at the left. */
export function timeAxisSvgY(axis: TimeAxis, f: Frame, left: number, right: number, minY: number, maxY: number): string {
  const { Y, fs, theme: t } = f;
  const out: string[] = [];
  axis.bands.forEach((b, i) => {
    if (b.x1 <= b.x0) return;
    out.push(
      `<rect class="band" x="${n2(left)}" y="${n2(Y(b.x0))}" width="${n2(right - left)}" height="${n2(Y(b.x1) - Y(b.x0))}" fill="${t.bands[i % 2]}"/>`,
    );
    out.push(
      `<text x="${n2(right - 2)}" y="${n2(Y(b.x0) + fs * 0.9)}" font-size="${n2(fs * 0.85)}" text-anchor="end" fill="${t.muted}">${escapeXml(b.label)}</text>`,
    );
  });
  const wy = Y(axis.watershed.x);
  out.push(
    `<line class="watershed" x1="${n2(left)}" y1="${n2(wy)}" x2="${n2(right)}" y2="${n2(wy)}" stroke="${t.focus}" stroke-width="0.8" stroke-dasharray="3 2"/>`,
  );
  out.push(
    `<text x="${n2(right - 2)}" y="${n2(wy - fs * 0.3)}" font-size="${n2(fs * 0.85)}" text-anchor="end" fill="${t.focus}">${escapeXml(axis.watershed.label)}</text>`,
  );
  let lastBottom = -Infinity;
  for (const tick of axis.ticks) {
    if (tick.x < minY || tick.x > maxY || Y(tick.x) < lastBottom + fs) continue;
    lastBottom = Y(tick.x);
    out.push(
      `<text x="${n2(left + 1)}" y="${n2(Y(tick.x) + fs * 0.3)}" font-size="${n2(fs * 0.85)}" fill="${t.text}">${escapeXml(tick.label)}</text>`,
    );
  }
  return `<g class="axis" data-axis="time">${out.join('')}</g>`;
}

/** Figure 2's row names, wrapped to two lines, stand left of the grid as a y axis. */
export function gridRowLines(grid: GridAxis, fs: number): Map<string, string[]> {
  return new Map(grid.rows.map((r) => [r.label, wrap(r.label.replace(/-/g, ' '), fs * 5.5, fs * 0.8).slice(0, 2)]));
}

export const gridRowAxisWidth = (rowLines: ReadonlyMap<string, readonly string[]>, fs: number): number =>
  rowLines.size ? Math.max(...[...rowLines.values()].flat().map((l) => textWidth(l, fs * 0.8))) + fs * 0.5 : 0;

export function gridAxisSvg(
  grid: GridAxis,
  f: Frame,
  rowLines: ReadonlyMap<string, readonly string[]>,
): { svg: string; extra: number; obstacles: Box[] } {
  const { X, Y, fs, theme: t } = f;
  const top = Y(grid.rows[0]!.y0);
  const bottom = Y(grid.rows[grid.rows.length - 1]!.y1);
  const left = X(grid.columns[0]!.x0);
  const right = X(grid.columns[grid.columns.length - 1]!.x1);
  const out: string[] = [];
  let columnLines = 1;
  grid.columns.forEach((c, i) => {
    out.push(
      `<rect class="band" x="${n2(X(c.x0))}" y="${n2(top)}" width="${n2(X(c.x1) - X(c.x0))}" height="${n2(bottom - top)}" fill="${t.bands[i % 2]}"/>`,
    );
    const lines = wrap(c.label.replace(/-/g, ' '), X(c.x1) - X(c.x0) - 2, fs * 0.85);
    out.push(multiline((X(c.x0) + X(c.x1)) / 2, bottom + fs * 1.2, lines, fs * 0.85, 'middle', t.text));
    columnLines = Math.max(columnLines, lines.length);
  });
  const obstacles: Box[] = [];
  for (const r of grid.rows) {
    out.push(`<line x1="${n2(left)}" y1="${n2(Y(r.y1))}" x2="${n2(right)}" y2="${n2(Y(r.y1))}" stroke="${t.muted}" stroke-width="0.3"/>`);
    const rl = rowLines.get(r.label) ?? [r.label];
    out.push(multiline(left - fs * 0.3, Y(r.y0) + fs * 0.9, rl, fs * 0.8, 'end', t.text));
    const w = Math.max(...rl.map((l) => textWidth(l, fs * 0.8)));
    obstacles.push([left - fs * 0.3 - w, Y(r.y0), left, Y(r.y0) + fs * 0.3 + rl.length * fs * 0.8 * LINE]);
  }
  // a label stays in its row of the grid
  for (const r of grid.rows.slice(1)) obstacles.push([-1e6, Y(r.y0) - 0.25, 1e6, Y(r.y0) + 0.25]);
  const titleLines = wrap(`${grid.xTitle} (columns) × ${grid.yTitle} (rows)`, f.width - 2 * f.margin, fs * 0.9);
  out.push(multiline(f.width / 2, bottom + fs * (1.4 + columnLines), titleLines, fs * 0.9, 'middle', t.text, ' font-weight="bold"'));
  return {
    svg: `<g class="axis" data-axis="grid">${out.join('')}</g>`,
    extra: fs * (1.6 + columnLines + titleLines.length * 1.1),
    obstacles,
  };
}
