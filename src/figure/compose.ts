// figure/compose: a scene as a paper-ready figure: the graph as laid out, every label placed clear of the
// others, of nodes and of edges, a legend of the kinds drawn, the layout's axis, a title and a caption, and
// the view and data hash as metadata. Returns what it drew, not only the SVG text. ./draw writes the SVG of
// each part, ./label-text the labels' lines and order; this module places them.
import type { Point, PrintedLayout } from '../layout';
import type { AtlasGraph } from '../model/build';
import { cachedFor, type PerGraph } from '../model/cache';
import type { EdgeKind } from '../schema/edges';
import { licenceFacetOf } from '../licences/graph';
import type { LicenceFacet } from '../licences/inherit';
import { FIGURE_THEMES, NODE_STYLE } from '../style/palette';
import type { Scene } from '../view/scene';
import {
  axisHeight,
  type Frame,
  gridAxisSvg,
  gridRowAxisWidth,
  gridRowLines,
  timeAxisSvg,
  timeAxisSvgY,
  timeStrip,
  timeYAxisWidth,
} from './axes';
import { type LabelBox, placeLabels, type Segment } from './labels';
import { edgeRoute, rowStretch } from './geometry';
import { legendOf } from './legend';
import { marksOf } from './marks';
import { edgeSvg, type FigureMeta, nodeSvg, svgDocument } from './draw';
import { adviceFor, labelLines, labelRank } from './label-text';
import { textWidth, wrap } from './metrics';
import { printLayout } from '../layout';
import { MAX_HEIGHT_INCHES, printedExtent, printedPlaces, printSpec, printTopRoom, refusalFor, yAxisRoom } from './printed';
import { figureWidthInches, type FigureOptions, POINTS_PER_INCH } from './options';
import { type Box, escapeXml, LINE, n2, shapeExtent } from './primitives';

const GROWTH = 1.2;
/** Marks are set this much smaller than labels, but never under 6 pt, the least a printed figure should use. */
const MARK_SIZE = 0.85;
const MIN_PRINT_FONT = 6;
/** Figures narrower than this (a single column) get the compact legend. */
const COMPACT_BELOW_INCHES = 4;

export type Figure = {
  readonly svg: string;
  readonly widthPt: number;
  readonly heightPt: number;
  readonly nodes: readonly string[];
  readonly edges: readonly string[];
  /** The scene's techniques and models drawn as marks on the nodes that use them, not as nodes. */
  readonly marked: readonly string[];
  readonly highlight: { readonly nodes: readonly string[]; readonly edges: readonly string[] };
  /** Nodes whose labels found no room (the figure says so; the CLI refuses it unless told otherwise). */
  readonly labelsLeftOut: readonly string[];
  /** Nodes whose labels stand over an edge: no place clear of every edge was found. */
  readonly labelsOverEdges: readonly string[];
  readonly dataHash: string;
  /** What would make every label fit, when one does not. */
  readonly advice?: string;
  /** Set when the figure does not fit its size with every label legible: what would (a wider size, fewer nodes). */
  readonly refusal?: string;
};

/** Pure: the same scene and options give the same bytes. */
export function composeFigure(graph: AtlasGraph, scene: Scene, o: FigureOptions, meta: FigureMeta): Figure {
  const t = FIGURE_THEMES[o.theme];
  const fs = o.fontSize;
  const W = figureWidthInches(o) * POINTS_PER_INCH;
  const margin = Math.max(6, fs);
  const nodeR = fs * 0.55;
  const marks = o.marks && scene.view.layout !== 'techniques' ? marksOf(graph, scene.nodes, scene.edges) : null;
  const tagOf = (id: string) => marks?.tags.get(id);
  const markFs = Math.min(fs, Math.max(MIN_PRINT_FONT, fs * MARK_SIZE));
  // Layouts that reserve room for labels (the layered lineage) are laid out again at print size, 1 unit = 1 pt.
  const drawn = scene.nodes.filter((id) => scene.layout.positions[id] && !marks?.nodes.has(id));
  const inDrawn = new Set(drawn);
  const nodeIds = drawn;
  const edgeIds = scene.edges.filter((e) => inDrawn.has(graph.source(e)) && inDrawn.has(graph.target(e)) && !marks?.edges.has(e));
  const hl = scene.highlight;
  const half = (id: string) => shapeExtent(NODE_STYLE[graph.getNodeAttribute(id, 'kind')].shape, nodeR);

  // Furniture: title, legend and caption, each wrapped to the width.
  const titleLines = o.title ? wrap(o.title, W - 2 * margin, fs * 1.3, 'bold') : [];
  const titleH = titleLines.length ? titleLines.length * fs * 1.3 * LINE + fs * 0.5 : 0;
  // Colour by licence: each dataset's commercial-use class (licences/graph), counted for the legend.
  const licenceOf = (id: string) => (o.colourBy === 'licence' ? licenceFacetOf(graph, id) : undefined);
  const licenceCounts = o.colourBy === 'licence' ? new Map<LicenceFacet, number>() : undefined;
  for (const id of licenceCounts ? nodeIds : []) {
    const f = licenceOf(id);
    if (f) licenceCounts!.set(f, (licenceCounts!.get(f) ?? 0) + 1);
  }
  // A single column's legend is set as small as the marks (6 pt at the default size): its key runs to several rows.
  const legendFs = W < COMPACT_BELOW_INCHES * POINTS_PER_INCH ? markFs : fs;
  const legend = o.legend
    ? legendOf(
        new Set(nodeIds.map((id) => graph.getNodeAttribute(id, 'kind'))),
        new Set(edgeIds.map((e) => graph.getEdgeAttribute(e, 'kind'))),
        { fs: legendFs, width: W - 2 * margin, x: margin, text: t.text, theme: o.theme, key: marks?.key ?? [], licences: licenceCounts },
      )
    : { height: 0, svg: () => '' };
  const captionLines = o.caption ? wrap(o.caption, W - 2 * margin, fs) : [];
  const captionH = captionLines.length * fs * 1.3;
  const maxH = (o.height !== undefined ? o.height : MAX_HEIGHT_INCHES) * POINTS_PER_INCH;
  const furniture = margin + titleH + legend.height + captionH + margin;
  const room = (dir: 'LR' | 'TB') =>
    dir === 'LR'
      ? { width: W - 2 * margin, height: maxH - furniture - (scene.view.layout === 'lineage' ? timeStrip(fs) + axisHeight(fs) : 0) }
      : { width: W - 2 * margin - yAxisRoom(fs), height: maxH - furniture - printTopRoom(fs) };
  const below = (id: string) => (tagOf(id) ? { text: tagOf(id)!, fontSize: markFs } : undefined);
  // Cached: a title or caption typed in the export dialog changes neither the nodes nor the print layout.
  const printKey = JSON.stringify([scene.view.layout, fs, room('LR'), room('TB'), drawn.map((id) => [id, tagOf(id)])]);
  const print = cachedFor(PRINT, graph, printKey, () => printLayout(graph, drawn, scene.view.layout, printSpec(fs, half, below, room)), 16);
  const layout = print ?? scene.layout;
  const pos = layout.positions;
  const ext = print ? printedExtent(print) : undefined;

  // Labels: wrapped onto at most three lines (one where the layout reserved its width), measured with the
  // font's real metrics, a line of marks below.
  const lines = new Map(
    nodeIds.map((id) => [id, print ? [...print.placed[id]!.lines] : labelLines(graph.getNodeAttribute(id, 'label'), fs)]),
  );
  const labelW = new Map(
    nodeIds.map((id) => [id, Math.max(...lines.get(id)!.map((l) => textWidth(l, fs)), textWidth(tagOf(id) ?? '', markFs))]),
  );
  const lineCount = (id: string) => lines.get(id)!.length + (tagOf(id) ? 1 : 0);
  const maxLines = Math.max(1, ...nodeIds.map(lineCount));

  // Extent of what is drawn, in layout units, with the axis's bands or the grid.
  const axis = layout.axis?.kind === 'time' ? layout.axis : undefined;
  const grid = layout.axis?.kind === 'grid' ? layout.axis : undefined;
  const xs = nodeIds.map((id) => pos[id]!.x);
  const ys = nodeIds.map((id) => pos[id]!.y);
  // A time axis runs along x, or (time top to bottom, a layered layout wrapped to a column) along y.
  const timeX = axis && axis.along !== 'y' ? axis : undefined;
  const timeY = axis?.along === 'y' ? axis : undefined;
  const minX = Math.min(...xs, ...(ext ? [ext.x0] : []), ...(timeX ? [timeX.bands[0]!.x0] : []), ...(grid ? [grid.columns[0]!.x0] : []));
  const maxX = Math.max(
    ...xs,
    ...(ext ? [ext.x1] : []),
    ...(timeX ? [timeX.bands[timeX.bands.length - 1]!.x1] : []),
    ...(grid ? [grid.columns[grid.columns.length - 1]!.x1] : []),
  );
  const minY = Math.min(...ys, ...(ext ? [ext.y0] : []), ...(grid ? [grid.rows[0]!.y0] : []), ...(timeY ? [timeY.bands[0]!.x0] : []));
  const maxY = Math.max(
    ...ys,
    ...(ext ? [ext.y1] : []),
    ...(grid ? [grid.rows[grid.rows.length - 1]!.y1] : []),
    ...(timeY ? [timeY.bands[timeY.bands.length - 1]!.x1] : []),
  );
  const spanX = Math.max(maxX - minX, 1);
  const spanY = Math.max(maxY - minY, 1);
  const rowLines = grid ? gridRowLines(grid, fs) : new Map<string, string[]>();
  const rowAxisW = timeY ? timeYAxisWidth(timeY, fs) : gridRowAxisWidth(rowLines, fs);
  // Room at the sides for the widest label to hang over its node (at most a fifth of the width each side).
  const labelPad = print ? 0 : Math.min(W * 0.2, Math.max(nodeR * 1.3, ...nodeIds.map((id) => labelW.get(id)! / 2)));
  // At print size the labels stand right of their nodes, in the room the layout left: drawn 1:1 when that fits.
  const scale = print ? 1 : (W - 2 * margin - 2 * labelPad - rowAxisW) / spanX;
  const top = margin + titleH;
  const strip = timeX ? timeStrip(fs) : 0;
  // A print layout's boxes hold the labels: no room around them but the axis's.
  // Top to bottom, the watershed's name needs printTopRoom above the drawing, unless the first band (drawn above the
  // first row when the first generation is shown) already takes that room.
  const plotTop = top + strip + (print ? (timeY ? Math.max(0, printTopRoom(fs) + minY) : 0) : nodeR + fs * 1.2 * maxLines);
  const under = (grid || print ? 0 : nodeR + fs * (0.4 + LINE * maxLines)) + (timeX || grid ? axisHeight(fs) : 0);
  const fixedH = o.height !== undefined ? o.height * POINTS_PER_INCH : undefined;
  const rest = legend.height + captionH + margin + (grid ? fs * 6 : 0);

  let scaleY: number;
  if (fixedH !== undefined) {
    const room = fixedH - plotTop - under - rest;
    if (room <= 0) throw new Error('figure/compose: the height leaves no room for the graph');
    scaleY = Math.min(scale, room / spanY);
  } else {
    // Rows (time, grid, layers) stretch so that a row of labels clears the next; a force layout keeps its proportions.
    const rowGap = nodeR * 2 + fs * LINE * maxLines + fs * 0.3;
    scaleY = print
      ? scale
      : layout.axis || scene.view.layout !== 'force'
        ? rowStretch(nodeIds, pos, labelW, scale, rowGap, Math.max(scale, (maxH - plotTop - under - rest) / spanY))
        : scale;
  }
  const X = (x: number) => margin + rowAxisW + labelPad + (x - minX) * scale;

  // Place the labels; where some find no room, grow the figure taller and try again, up to the limit.
  type Attempt = { sy: number; labels: ReadonlyMap<string, LabelBox | null>; overEdges: ReadonlySet<string>; routes: Map<string, Point[]> };
  const attempt = (sy: number): Attempt => {
    const Y = (y: number) => plotTop + (y - minY) * sy;
    if (print) return { sy, ...printedPlaces(print, nodeIds, edgeIds, X, Y) };
    const P = (id: string): Point => ({ x: X(pos[id]!.x), y: Y(pos[id]!.y) });
    const plotBottom = grid ? Y(grid.rows[grid.rows.length - 1]!.y1) : Y(maxY) + nodeR + fs * (0.4 + LINE * maxLines);
    const routes = new Map(
      edgeIds.map((e) => [
        e,
        edgeRoute(
          P(graph.source(e)),
          P(graph.target(e)),
          layout.routes?.[e]?.map((p) => ({ x: X(p.x), y: Y(p.y) })),
          half(graph.source(e)),
          half(graph.target(e)),
        ),
      ]),
    );
    const segments: Segment[] = [...routes.values()].flatMap((r) => r.slice(1).map((q, i): Segment => [r[i]!, q]));
    const gridParts = grid ? gridAxisSvg(grid, frame(Y), rowLines) : undefined;
    const obstacles: Box[] = [
      [-1e6, -1e6, 1e6, top + strip], // the title and the generations' names
      [-1e6, -1e6, margin / 2, 1e6],
      [W - margin / 2, -1e6, 1e6, 1e6],
      [-1e6, plotBottom, 1e6, 1e6], // the axis and its names
      ...(gridParts?.obstacles ?? []),
    ];
    const requests = nodeIds.map((id) => ({
      id,
      at: P(id),
      half: half(id),
      width: labelW.get(id)!,
      lines: lineCount(id),
      rank: labelRank(graph, scene, id),
    }));
    return { sy, ...placeLabels(requests, fs, obstacles, segments, print ? 'right' : 'below'), routes };
  };
  const frame = (Y: (y: number) => number): Frame => ({ X, Y, fs, width: W, margin, theme: t });
  const missing = (a: Attempt) => [...a.labels.values()].filter((v) => v === null).length;
  const heightOf = (sy: number) => plotTop + spanY * sy + under + rest;
  let best = attempt(scaleY);
  for (
    let sy = scaleY * GROWTH;
    fixedH === undefined && !print && (missing(best) > 0 || best.overEdges.size > 0) && heightOf(sy) <= maxH;
    sy *= GROWTH
  ) {
    const next = attempt(sy);
    if (missing(next) < missing(best) || (missing(next) === missing(best) && next.overEdges.size < best.overEdges.size)) best = next;
  }

  // Draw the best attempt.
  const Y = (y: number) => plotTop + (y - minY) * best.sy;
  const P = (id: string): Point => ({ x: X(pos[id]!.x), y: Y(pos[id]!.y) });
  const plotBottom = grid ? Y(grid.rows[grid.rows.length - 1]!.y1) : print ? Y(maxY) : Y(maxY) + nodeR + fs * (0.4 + LINE * maxLines);
  const body: string[] = [];
  let y = plotBottom + (timeX || grid ? axisHeight(fs) : 0);
  if (timeX) body.push(timeAxisSvg(timeX, frame(Y), top, plotBottom, minX, maxX));
  if (timeY) body.push(timeAxisSvgY(timeY, frame(Y), X(minX) - rowAxisW, W - margin, minY, maxY));
  if (grid) {
    const g = gridAxisSvg(grid, frame(Y), rowLines);
    body.push(g.svg);
    y = plotBottom + g.extra;
  }
  const edgeParts = edgeIds.map((e) => edgeSvg(graph, scene, e, best.routes.get(e)!, fs, o));
  const nodeParts = nodeIds.map((id) =>
    nodeSvg(graph, scene, id, P(id), nodeR, fs, o, { at: best.labels.get(id), lines: lines.get(id)!, tag: tagOf(id), markFs }),
  );
  body.push(`<g class="edges" fill="none">${edgeParts.join('')}</g>`, `<g class="nodes">${nodeParts.join('')}</g>`);
  if (legend.height) {
    body.push(legend.svg(y));
    y += legend.height;
  }
  for (const line of captionLines) {
    y += fs * 1.3;
    body.push(`<text class="caption" x="${n2(margin)}" y="${n2(y)}" font-size="${n2(fs)}" fill="${t.text}">${escapeXml(line)}</text>`);
  }
  const H = fixedH ?? y + margin;

  const leftOut = nodeIds.filter((id) => best.labels.get(id) === null);
  const refusal = print && !print.fits ? refusalFor(o, print.size) : undefined;
  const advice = refusal ?? (leftOut.length ? adviceFor(o, leftOut.length) : undefined);
  const usedKinds = [...new Set(edgeIds.map((e) => graph.getEdgeAttribute(e, 'kind')))].sort() as EdgeKind[];
  const svg = svgDocument(scene, o, meta, { width: W, height: H, margin, fs, titleLines, leftOut, edgeKinds: usedKinds, body });
  return {
    svg,
    widthPt: W,
    heightPt: H,
    nodes: nodeIds,
    edges: edgeIds,
    marked: scene.nodes.filter((id) => marks?.nodes.has(id)),
    highlight: { nodes: nodeIds.filter((id) => hl?.nodes.has(id)), edges: edgeIds.filter((e) => hl?.edges.has(e)) },
    labelsLeftOut: leftOut,
    labelsOverEdges: nodeIds.filter((id) => best.overEdges.has(id)),
    dataHash: meta.dataHash,
    ...(advice ? { advice } : {}),
    ...(refusal ? { refusal } : {}),
  };
}

/** Print layouts per graph, nodes and sizes (a few: one per figure size tried). */
const PRINT: PerGraph<PrintedLayout | null> = new WeakMap();
