// figure/printed: a figure drawn from a print layout (laid out at 1 unit = 1 pt with every label in its node's
// box): what it asks of the layout, its extent, and its label places and edge routes moved into the figure.
import type { Point, PrintedLayout, PrintSpec } from '../layout';
import type { LabelBox } from './labels';
import { lineHeight, textWidth, wrap } from './metrics';
import table from './dejavu-metrics.json' with { type: 'json' };
import { LINE } from './primitives';
import { figureWidthInches, type FigureOptions, POINTS_PER_INCH } from './options';

/** A figure grows taller to give every label room, up to this height (a journal page's text block is about 9 in). */
export const MAX_HEIGHT_INCHES = 9;

/** Room above a top-to-bottom drawing for the watershed's name when nothing of the first generation is shown. */
export const printTopRoom = (fs: number): number => fs * 1.3;

/** The spec of a print layout: text measured and wrapped with the figure's font, glyphs as drawn. */
export function printSpec(
  fs: number,
  half: PrintSpec['half'],
  below: PrintSpec['below'],
  room: PrintSpec['room'],
  measure: PrintSpec['measure'] = textWidth,
): PrintSpec {
  const ascent = table.ascent / table.unitsPerEm;
  return {
    fontSize: fs,
    measure,
    wrap: (text, width, size) => wrap(text, width, size),
    font: { ascent, descent: lineHeight(1) - ascent, line: LINE },
    room,
    half,
    ...(below ? { below } : {}),
  };
}

/** The extent of the boxes, of the routes and of the axis's bands, in layout units. */
export function printedExtent(print: PrintedLayout): { x0: number; y0: number; x1: number; y1: number } {
  const routed = Object.values(print.routes ?? {}).flat();
  const boxes = [...Object.values(print.placed).map((p) => p.box), ...routed.map((q) => [q.x, q.y, q.x, q.y] as const)];
  const bands = print.axis?.kind === 'time' ? print.axis.bands : [];
  const alongY = print.axis?.kind === 'time' && print.axis.along === 'y';
  const span = bands.flatMap((b) => [b.x0, b.x1]);
  return {
    x0: Math.min(...boxes.map((b) => b[0]), ...(alongY ? [] : span)),
    x1: Math.max(...boxes.map((b) => b[2]), ...(alongY ? [] : span)),
    y0: Math.min(...boxes.map((b) => b[1]), ...(alongY ? span : [])),
    y1: Math.max(...boxes.map((b) => b[3]), ...(alongY ? span : [])),
  };
}

/** Labels where the layout put them and edges as it routed them, in the figure's coordinates. */
export function printedPlaces(
  print: PrintedLayout,
  nodeIds: readonly string[],
  edgeIds: readonly string[],
  X: (x: number) => number,
  Y: (y: number) => number,
): { labels: Map<string, LabelBox | null>; overEdges: ReadonlySet<string>; routes: Map<string, Point[]> } {
  const labels = new Map(
    nodeIds.map((id): [string, LabelBox | null] => {
      const p = print.placed[id];
      if (!p) return [id, null];
      return [id, { x: X(p.x), y: Y(p.y), anchor: 'start', box: [X(p.box[0]), Y(p.box[1]), X(p.box[2]), Y(p.box[3])] }];
    }),
  );
  const routes = new Map(edgeIds.flatMap((e) => (print.routes?.[e] ? [[e, print.routes[e].map((q) => ({ x: X(q.x), y: Y(q.y) }))]] : [])));
  return { labels, overEdges: new Set(), routes };
}

/** Room left of a top-to-bottom drawing for its years (as wide as the widest tick `timeYAxisWidth` can draw). */
export const yAxisRoom = (fs: number): number =>
  Math.max(...['earlier', 'undated', '0000-00'].map((t) => textWidth(t, fs * 0.85))) + fs * 0.6;

/** Why a figure that does not fit is refused, and what would fit. */
export function refusalFor(o: FigureOptions, size: { readonly width: number; readonly height: number }): string {
  const inches = (pt: number) => `${(pt / POINTS_PER_INCH).toFixed(1)} in`;
  const limit = o.height !== undefined ? `${o.height} in` : `${MAX_HEIGHT_INCHES} in`;
  const wider = o.size === 'single' ? 'double column (7.16 in)' : 'a wider custom size';
  return `With every label legible this figure needs a drawing of ${inches(size.width)} by ${inches(size.height)}, more than ${figureWidthInches(o)} in wide by ${limit} tall allows: try ${wider}, or a view with fewer nodes (a focus, a trace or a filter).`;
}
