// figure/svg: the current view as a paper-ready SVG: the graph as laid out, a legend of the kinds shown,
// the timeline's year axis with the InstructGPT watershed, an optional title and caption, and metadata
// (the view spec and a hash of the data) so the figure can be traced back and regenerated.
import type { AtlasGraph } from '../model/build';
import type { LayoutResult, Point } from '../layout/types';
import { EDGE_KINDS, type EdgeKind } from '../schema/edges';
import { NODE_KINDS, type NodeKind } from '../schema/nodes';
import { EDGE_STYLE, NODE_STYLE, type NodeShape } from '../style/palette';
import type { ViewSpec } from '../view/spec';
import type { Visible } from '../view/visible';
import { figureWidthInches, type FigureOptions, POINTS_PER_INCH } from './options';

export const FIGURE_FONT = 'DejaVu Sans';

const FIGURE_THEMES = {
  print: { background: '#ffffff', text: '#000000', muted: '#555555', bands: ['#efefef', '#e3edf7'], focus: '#D55E00', dark: false },
  light: { background: '#ffffff', text: '#1a1a1a', muted: '#6b6b6b', bands: ['#f3f3f3', '#e6eef7'], focus: '#D55E00', dark: false },
  dark: { background: '#16181d', text: '#eaeaea', muted: '#9a9a9a', bands: ['#22252c', '#1d2633'], focus: '#F0E442', dark: true },
} as const;

export type FigureInput = {
  readonly graph: AtlasGraph;
  readonly view: ViewSpec;
  readonly visible: Visible;
  readonly layout: LayoutResult;
  readonly highlight?: { readonly nodes: ReadonlySet<string>; readonly edges: ReadonlySet<string> } | null;
  readonly options: FigureOptions;
  /** `documentHash` of the data the graph was built from. */
  readonly dataHash: string;
  readonly generator?: string;
};

export const escapeXml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

/** Approximate advance width of DejaVu Sans text (mean glyph advance ~0.58 em), for layout of the furniture. */
export const textWidth = (s: string, size: number): number => s.length * size * 0.58;

const n2 = (x: number) => (Math.round(x * 100) / 100).toString();

function shapePath(shape: NodeShape, cx: number, cy: number, r: number): string {
  const pts = (ps: [number, number][]) => `<polygon points="${ps.map(([x, y]) => `${n2(cx + x * r)},${n2(cy + y * r)}`).join(' ')}"`;
  switch (shape) {
    case 'round-rectangle':
      return `<rect x="${n2(cx - 1.25 * r)}" y="${n2(cy - 0.85 * r)}" width="${n2(2.5 * r)}" height="${n2(1.7 * r)}" rx="${n2(0.45 * r)}"`;
    case 'rectangle':
      return `<rect x="${n2(cx - r)}" y="${n2(cy - r)}" width="${n2(2 * r)}" height="${n2(2 * r)}"`;
    case 'diamond':
      return pts([[0, -1.2], [1.2, 0], [0, 1.2], [-1.2, 0]]);
    case 'hexagon':
      return pts([[-0.55, -1], [0.55, -1], [1.1, 0], [0.55, 1], [-0.55, 1], [-1.1, 0]]);
    case 'ellipse':
      return `<circle cx="${n2(cx)}" cy="${n2(cy)}" r="${n2(r)}"`;
  }
}

function markerDefs(kinds: readonly EdgeKind[], focus: string, darkText: boolean): string {
  const color = (k: EdgeKind) => (darkText && EDGE_STYLE[k].color === '#000000' ? '#d0d0d0' : EDGE_STYLE[k].color);
  const shape = (k: EdgeKind, fill: string) => {
    switch (EDGE_STYLE[k].arrow) {
      case 'triangle':
        return `<path d="M0,0 L10,5 L0,10 z" fill="${fill}"/>`;
      case 'vee':
        return `<path d="M0,0 L10,5 L0,10 L3,5 z" fill="${fill}"/>`;
      case 'diamond':
        return `<path d="M0,5 L5,0 L10,5 L5,10 z" fill="${fill}"/>`;
      case 'tee':
        return `<path d="M7,0 L10,0 L10,10 L7,10 z" fill="${fill}"/>`;
      case 'circle':
        return `<circle cx="5" cy="5" r="4.5" fill="${fill}"/>`;
    }
  };
  const marker = (id: string, body: string) =>
    `<marker id="${id}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse" markerUnits="strokeWidth">${body}</marker>`;
  return kinds.map((k) => marker(`arrow-${k}`, shape(k, color(k))) + marker(`arrow-${k}-focus`, shape(k, focus))).join('');
}

type Item = { readonly width: number; readonly svg: (x: number, y: number) => string };

/** Returns the SVG document as a string. Pure: the same input gives the same bytes. */
export function composeFigureSvg(input: FigureInput): string {
  const { graph, view, visible, layout, options: o } = input;
  const t = FIGURE_THEMES[o.theme];
  const fs = o.fontSize;
  const W = figureWidthInches(o) * POINTS_PER_INCH;
  const margin = Math.max(6, fs);
  const nodeR = fs * 0.55;

  const dimmed = view.filterMode === 'dim';
  const nodeIds = [...visible.nodes, ...(dimmed ? visible.filteredNodes : [])].filter((id) => layout.positions[id]).sort();
  const edgeIds = [...visible.edges, ...(dimmed ? visible.filteredEdges : [])]
    .filter((e) => layout.positions[graph.source(e)] && layout.positions[graph.target(e)])
    .sort();
  const isDim = (id: string, edge: boolean) => (edge ? visible.filteredEdges.has(id) : visible.filteredNodes.has(id));

  // Title block.
  let y = margin;
  const head: string[] = [];
  if (o.title) {
    head.push(`<text x="${n2(W / 2)}" y="${n2(y + fs * 1.3)}" font-size="${n2(fs * 1.3)}" font-weight="bold" text-anchor="middle" fill="${t.text}">${escapeXml(o.title)}</text>`);
    y += fs * 1.9;
  }

  // Plot: positions scaled to the width, labels beneath nodes; nodes and text keep their size in points.
  const pts = nodeIds.map((id) => layout.positions[id]!);
  const xs = pts.map((p) => p.x);
  const ys = pts.map((p) => p.y);
  const axis = layout.axis?.kind === 'time' ? layout.axis : undefined;
  const grid = layout.axis?.kind === 'grid' ? layout.axis : undefined;
  const minX = Math.min(...xs, ...(axis ? [axis.bands[0]!.x0] : []), ...(grid ? [grid.columns[0]!.x0] : []));
  const maxX = Math.max(...xs, ...(axis ? [axis.bands[axis.bands.length - 1]!.x1] : []), ...(grid ? [grid.columns[grid.columns.length - 1]!.x1] : []));
  const minY = Math.min(...ys, ...(grid ? [grid.rows[0]!.y0] : []));
  const maxY = Math.max(...ys, ...(grid ? [grid.rows[grid.rows.length - 1]!.y1] : []));
  // Room at the sides for the widest label to hang over its node (at most a fifth of the width each side).
  // Long names wrap onto two or three lines rather than run over their neighbours.
  const lines = new Map(nodeIds.map((id) => [id, wrap(graph.getNodeAttribute(id, 'label'), fs * LABEL_EMS, fs).slice(0, 3)]));
  const labelW = new Map(nodeIds.map((id) => [id, Math.max(...lines.get(id)!.map((l) => textWidth(l, fs)))]));
  const labelPad = Math.min(W * 0.2, Math.max(nodeR * 1.3, ...nodeIds.map((id) => labelW.get(id)! / 2)));
  const maxLines = Math.max(1, ...[...lines.values()].map((l) => l.length));
  // Figure 2's row names stand left of the grid, as a y axis, wrapped to two lines.
  const rowLines = new Map((layout.axis?.kind === 'grid' ? layout.axis.rows : []).map((r) => [r.label, wrap(r.label.replace(/-/g, ' '), fs * 5.5, fs * 0.8).slice(0, 2)]));
  const rowAxisW = rowLines.size ? Math.max(...[...rowLines.values()].flat().map((l) => textWidth(l, fs * 0.8))) + fs * 0.5 : 0;
  const plotW = W - 2 * margin - 2 * labelPad - rowAxisW;
  const axisH = axis || grid ? fs * 2.2 : 0;
  const spanX = Math.max(maxX - minX, 1);
  const spanY = Math.max(maxY - minY, 1);
  let scale = plotW / spanX;
  const fixedH = o.height !== undefined ? o.height * POINTS_PER_INCH : undefined;
  const legendItems = legendOf(graph, nodeIds, edgeIds, fs, t.text, t.dark);
  const legendRows = flow(legendItems, W - 2 * margin, fs);
  const legendH = o.legend && legendItems.length ? legendRows.length * fs * 1.5 + fs * 0.6 : 0;
  const captionLines = o.caption ? wrap(o.caption, W - 2 * margin, fs) : [];
  const captionH = captionLines.length * fs * 1.3;
  // Layouts in rows (time, grid, layers) may stretch vertically so that a row of labels clears the
  // next; a force layout keeps its proportions, as on screen.
  const rowGap = nodeR * 2 + fs * 1.2 * maxLines + fs * 0.3;
  // At most as tall as 1.2 times the width: a figure must fit a page; labels that still collide are left out.
  let scaleY = view.layout === 'force' || fixedH !== undefined ? scale : rowStretch(nodeIds, layout.positions, labelW, scale, rowGap, (W * 1.2) / spanY);
  if (fixedH !== undefined) {
    const room = fixedH - y - margin - axisH - legendH - captionH - nodeR - fs * 2.6 - (axis ? fs * 2.6 : 0);
    if (room <= 0) throw new Error('figure/svg: the height leaves no room for the graph');
    scale = Math.min(scale, room / spanY);
    scaleY = scale;
  }
  const bandStrip = axis ? fs * 2.6 : 0; // the generations' names and the watershed's, above the first row
  const plotTop = y + bandStrip + nodeR + fs * 1.2;
  const X = (x: number) => margin + rowAxisW + labelPad + (x - minX) * scale;
  const Y = (yy: number) => plotTop + (yy - minY) * scaleY;
  // Below the last row: room for its labels; a grid's bottom is its own (labels stay inside it).
  const plotBottom = grid ? Y(grid.rows[grid.rows.length - 1]!.y1) : Y(maxY) + nodeR + fs * (0.4 + LINE * maxLines);
  const P = (id: string): Point => ({ x: X(layout.positions[id]!.x), y: Y(layout.positions[id]!.y) });

  const body: string[] = [];
  if (axis) {
    const top = y;
    const bottom = plotBottom + axisH * 0.2;
    axis.bands.forEach((b, i) => {
      body.push(`<rect x="${n2(X(b.x0))}" y="${n2(top)}" width="${n2(X(b.x1) - X(b.x0))}" height="${n2(bottom - top)}" fill="${t.bands[i % 2]}"/>`);
      const before = b.x1 <= axis.watershed.x; // labels sit against the watershed, on either side
      const lx = before ? X(b.x1) - 2 : X(b.x0) + 2;
      body.push(`<text x="${n2(lx)}" y="${n2(top + fs * 1.1)}" font-size="${n2(fs * 0.85)}"${before ? ' text-anchor="end"' : ''} fill="${t.muted}">${escapeXml(b.label)}</text>`);
    });
    const wx = X(axis.watershed.x);
    body.push(`<line x1="${n2(wx)}" y1="${n2(top)}" x2="${n2(wx)}" y2="${n2(bottom)}" stroke="${t.focus}" stroke-width="0.8" stroke-dasharray="3 2"/>`);
    body.push(`<text x="${n2(wx + 2)}" y="${n2(top + fs * 2.2)}" font-size="${n2(fs * 0.85)}" fill="${t.focus}">${escapeXml(axis.watershed.label)}</text>`);
    body.push(`<line x1="${n2(X(minX))}" y1="${n2(bottom)}" x2="${n2(X(maxX))}" y2="${n2(bottom)}" stroke="${t.muted}" stroke-width="0.5"/>`);
    for (const tick of axis.ticks) {
      if (tick.x < minX || tick.x > maxX) continue;
      body.push(`<line x1="${n2(X(tick.x))}" y1="${n2(bottom)}" x2="${n2(X(tick.x))}" y2="${n2(bottom + fs * 0.4)}" stroke="${t.muted}" stroke-width="0.5"/>`);
      body.push(`<text x="${n2(X(tick.x))}" y="${n2(bottom + fs * 1.4)}" font-size="${n2(fs * 0.9)}" text-anchor="middle" fill="${t.text}">${escapeXml(tick.label)}</text>`);
    }
  }

  let gridLabelLines = 1;
  let gridExtra = 0;
  if (grid) {
    const top = Y(grid.rows[0]!.y0);
    const bottom = Y(grid.rows[grid.rows.length - 1]!.y1);
    grid.columns.forEach((c, i) => {
      body.push(`<rect x="${n2(X(c.x0))}" y="${n2(top)}" width="${n2(X(c.x1) - X(c.x0))}" height="${n2(bottom - top)}" fill="${t.bands[i % 2]}"/>`);
      const colLines = wrap(c.label.replace(/-/g, ' '), X(c.x1) - X(c.x0) - 2, fs * 0.85);
      body.push(multiline((X(c.x0) + X(c.x1)) / 2, bottom + fs * 1.2, colLines, fs * 0.85, 'middle', t.text));
      gridLabelLines = Math.max(gridLabelLines, colLines.length);
    });
    for (const r of grid.rows) {
      body.push(`<line x1="${n2(X(grid.columns[0]!.x0))}" y1="${n2(Y(r.y1))}" x2="${n2(X(grid.columns[grid.columns.length - 1]!.x1))}" y2="${n2(Y(r.y1))}" stroke="${t.muted}" stroke-width="0.3"/>`);
      const rl = rowLines.get(r.label) ?? [r.label];
      body.push(multiline(X(grid.columns[0]!.x0) - fs * 0.3, Y(r.y0) + fs * 0.9, rl, fs * 0.8, 'end', t.text));
    }
    const titleLines = wrap(`${grid.xTitle} (columns) × ${grid.yTitle} (rows)`, W - 2 * margin, fs * 0.9);
    body.push(multiline(W / 2, bottom + fs * (1.4 + gridLabelLines * 1.0), titleLines, fs * 0.9, 'middle', t.text, ' font-weight="bold"'));
    gridExtra = fs * (1.6 + gridLabelLines * 1.0 + titleLines.length * 1.1) - axisH;
  }

  const hl = input.highlight ?? null;
  const edgeSvg = edgeIds.map((e) => {
    const a = graph.getEdgeAttributes(e);
    const s = P(graph.source(e));
    const d = P(graph.target(e));
    const len = Math.hypot(d.x - s.x, d.y - s.y) || 1;
    const ux = (d.x - s.x) / len;
    const uy = (d.y - s.y) / len;
    const st = EDGE_STYLE[a.kind];
    const focus = hl?.edges.has(e) ?? false;
    const color = focus ? t.focus : t.dark && st.color === '#000000' ? '#d0d0d0' : st.color;
    const width = (st.width * fs) / 14 + (focus ? 0.4 : 0);
    const dash = st.line === 'dashed' ? ` stroke-dasharray="${n2(width * 3)} ${n2(width * 2)}"` : st.line === 'dotted' ? ` stroke-dasharray="${n2(width)} ${n2(width * 1.6)}"` : '';
    const opacity = isDim(e, true) || (hl && !focus) ? ' opacity="0.2"' : '';
    return `<line data-edge="${escapeXml(e)}" x1="${n2(s.x + ux * nodeR)}" y1="${n2(s.y + uy * nodeR)}" x2="${n2(d.x - ux * nodeR * 1.2)}" y2="${n2(d.y - uy * nodeR * 1.2)}" stroke="${color}" stroke-width="${n2(width)}"${dash}${opacity} marker-end="url(#arrow-${a.kind}${focus ? '-focus' : ''})"/>`;
  });
  const obstacles: Box[] = [
    [-1e6, -1e6, 1e6, plotTop - nodeR - fs * 1.2], // the title and the generations' names
    [-1e6, -1e6, margin / 2, 1e6],
    [W - margin / 2, -1e6, 1e6, 1e6],
    [-1e6, plotBottom, 1e6, 1e6], // the axis and its names
    ...(grid
      ? grid.rows.map((r): Box => {
          const rl = rowLines.get(r.label) ?? [r.label];
          const w = Math.max(...rl.map((l) => textWidth(l, fs * 0.8)));
          return [X(grid.columns[0]!.x0) - fs * 0.3 - w, Y(r.y0), X(grid.columns[0]!.x0), Y(r.y0) + fs * 0.3 + rl.length * fs * 0.8 * LINE];
        })
      : []),
    // a label stays in its row of the grid
    ...(grid ? grid.rows.slice(1).map((r): Box => [-1e6, Y(r.y0) - 0.25, 1e6, Y(r.y0) + 0.25]) : []),
  ];
  const labels = placeLabels(
    nodeIds.map((id) => ({ id, at: P(id), width: labelW.get(id)!, lines: lines.get(id)!.length, rank: labelRank(graph, id, hl) })),
    nodeR,
    fs,
    obstacles,
  );
  const nodeSvg = nodeIds.map((id) => {
    const n = graph.getNodeAttributes(id);
    const p = P(id);
    const st = NODE_STYLE[n.kind];
    const focus = hl?.nodes.has(id) ?? false;
    const opacity = isDim(id, false) || (hl && !focus) ? ' opacity="0.2"' : '';
    const stroke = focus ? ` stroke="${t.focus}" stroke-width="${n2(fs * 0.18)}"` : ` stroke="${t.background}" stroke-width="${n2(fs * 0.06)}"`;
    return (
      `<g data-node="${escapeXml(id)}"${opacity}>${shapePath(st.shape, p.x, p.y, nodeR)} fill="${st.color}"${stroke}/>` +
      labelSvg(labels.get(id), lines.get(id)!, fs, t.text) +
      '</g>'
    );
  });
  body.push(`<g class="edges" fill="none">${edgeSvg.join('')}</g>`, `<g class="nodes">${nodeSvg.join('')}</g>`);

  y = plotBottom + axisH + Math.max(0, gridExtra);
  if (o.legend && legendItems.length) {
    y += fs * 0.6;
    for (const row of legendRows) {
      let x = margin;
      for (const item of row) {
        body.push(item.svg(x, y + fs * 0.75));
        x += item.width + fs * 1.2;
      }
      y += fs * 1.5;
    }
  }
  for (const line of captionLines) {
    y += fs * 1.3;
    body.push(`<text x="${n2(margin)}" y="${n2(y)}" font-size="${n2(fs)}" fill="${t.text}">${escapeXml(line)}</text>`);
  }
  const H = fixedH ?? y + margin;

  const meta = JSON.stringify({ generator: input.generator ?? 'Lineage Atlas', view, dataHash: input.dataHash, options: o });
  const wIn = W / POINTS_PER_INCH;
  const hIn = H / POINTS_PER_INCH;
  const usedKinds = EDGE_KINDS.filter((k) => edgeIds.some((e) => graph.getEdgeAttribute(e, 'kind') === k));
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n2(wIn)}in" height="${n2(hIn)}in" viewBox="0 0 ${n2(W)} ${n2(H)}" font-family="${FIGURE_FONT}" data-view-hash="${escapeXml(input.dataHash)}">`,
    `<title>${escapeXml(o.title ?? 'Lineage Atlas figure')}</title>`,
    `<desc>${escapeXml(`${visible.datasetsShown} of ${visible.datasetsTotal} datasets; layout ${view.layout}; data ${input.dataHash}${hiddenLabels(labels, nodeIds)}`)}</desc>`,
    `<metadata id="lineage-atlas-view">${escapeXml(meta)}</metadata>`,
    `<defs>${markerDefs(usedKinds, t.focus, t.dark)}</defs>`,
    o.transparent ? '' : `<rect width="100%" height="100%" fill="${t.background}"/>`,
    ...head,
    ...body,
    `</svg>`,
    '',
  ].join('\n');
}

function legendOf(graph: AtlasGraph, nodeIds: readonly string[], edgeIds: readonly string[], fs: number, text: string, dark: boolean): Item[] {
  const nodeKinds = new Set<NodeKind>(nodeIds.map((id) => graph.getNodeAttribute(id, 'kind')));
  const edgeKinds = new Set<EdgeKind>(edgeIds.map((e) => graph.getEdgeAttribute(e, 'kind')));
  const r = fs * 0.45;
  const label = (x: number, y: number, s: string) => `<text x="${n2(x)}" y="${n2(y + fs * 0.35)}" font-size="${n2(fs)}" fill="${text}">${escapeXml(s)}</text>`;
  const items: Item[] = NODE_KINDS.filter((k) => nodeKinds.has(k)).map((k) => ({
    width: r * 3 + textWidth(NODE_STYLE[k].label, fs),
    svg: (x, y) => `<g class="legend-node">${shapePath(NODE_STYLE[k].shape, x + r * 1.2, y, r)} fill="${NODE_STYLE[k].color}"/>${label(x + r * 3, y, NODE_STYLE[k].label)}</g>`,
  }));
  for (const k of EDGE_KINDS.filter((e) => edgeKinds.has(e))) {
    const st = EDGE_STYLE[k];
    const w = (st.width * fs) / 14;
    const len = fs * 2.2;
    const dash = st.line === 'dashed' ? ` stroke-dasharray="${n2(w * 3)} ${n2(w * 2)}"` : st.line === 'dotted' ? ` stroke-dasharray="${n2(w)} ${n2(w * 1.6)}"` : '';
    const color = dark && st.color === '#000000' ? '#d0d0d0' : st.color;
    items.push({
      width: len + fs * 0.5 + textWidth(st.label, fs),
      svg: (x, y) =>
        `<g class="legend-edge"><line x1="${n2(x)}" y1="${n2(y)}" x2="${n2(x + len)}" y2="${n2(y)}" stroke="${color}" stroke-width="${n2(w)}"${dash} marker-end="url(#arrow-${k})"/>${label(x + len + fs * 0.5, y, st.label)}</g>`,
    });
  }
  return items;
}

function flow(items: readonly Item[], width: number, fs: number): Item[][] {
  const rows: Item[][] = [];
  let row: Item[] = [];
  let used = 0;
  for (const item of items) {
    if (row.length && used + item.width > width) {
      rows.push(row);
      row = [];
      used = 0;
    }
    row.push(item);
    used += item.width + fs * 1.2;
  }
  if (row.length) rows.push(row);
  return rows;
}

function wrap(text: string, width: number, fs: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, fs) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * The vertical scale that lets rows of labels clear each other: for every two nodes whose labels
 * would overlap horizontally, their vertical gap must hold a node and a line of text. Never below
 * the horizontal scale, never above `maxScale` (which caps the figure's height).
 */
function rowStretch(ids: readonly string[], pos: Readonly<Record<string, Point>>, labelW: ReadonlyMap<string, number>, scale: number, rowGap: number, maxScale: number): number {
  if (ids.length > 1500) return scale; // quadratic below; very large figures keep their proportions
  let need = scale;
  for (let i = 0; i < ids.length; i++) {
    const a = pos[ids[i]!]!;
    for (let j = i + 1; j < ids.length; j++) {
      const b = pos[ids[j]!]!;
      const dy = Math.abs(a.y - b.y);
      if (dy === 0 || dy * need >= rowGap) continue;
      if (Math.abs(a.x - b.x) * scale < (labelW.get(ids[i]!)! + labelW.get(ids[j]!)!) / 2) need = rowGap / dy;
    }
  }
  return Math.max(scale, Math.min(need, maxScale));
}

type Box = readonly [number, number, number, number];
type LabelBox = { readonly x: number; readonly y: number; readonly anchor: 'middle' | 'start' | 'end'; readonly box: Box };

/** Labels wrap at about this many font sizes of width. */
const LABEL_EMS = 8;

/** Who gets room first: the highlighted lineage, then datasets, sources, models, techniques, references. */
const KIND_RANK: Readonly<Record<NodeKind, number>> = { dataset: 1, source: 2, model: 3, technique: 4, reference: 5 };
const labelRank = (graph: AtlasGraph, id: string, hl: { nodes: ReadonlySet<string> } | null): number =>
  (hl?.nodes.has(id) ? 0 : 10) + KIND_RANK[graph.getNodeAttribute(id, 'kind')];

/**
 * Labels placed greedily: below the node, else above, right or left, wherever they overlap no label
 * placed before and no node. A label with no free place is left out (and counted in the <desc>),
 * rather than printed over another: a figure must stay legible.
 */
export function placeLabels(
  nodes: readonly { id: string; at: Point; width: number; lines: number; rank: number }[],
  nodeR: number,
  fs: number,
  obstacles: readonly Box[] = [],
): Map<string, LabelBox | null> {
  const placed: Box[] = nodes.map((n): Box => [n.at.x - nodeR, n.at.y - nodeR, n.at.x + nodeR, n.at.y + nodeR]);
  const fixed = placed.length;
  placed.push(...obstacles);
  const hit = (b: Box, self: number) => placed.some((o, i) => (i !== self || i >= fixed) && b[0] < o[2] && o[0] < b[2] && b[1] < o[3] && o[1] < b[3]);
  const out = new Map<string, LabelBox | null>();
  const order = nodes.map((n, i) => ({ n, i })).sort((a, b) => a.n.rank - b.n.rank || a.n.id.localeCompare(b.n.id));
  for (const { n, i } of order) {
    const { x, y } = n.at;
    const w = n.width;
    const h = fs * LINE * n.lines;
    // x, y: the first line's baseline.
    const candidates: LabelBox[] = [
      { x, y: y + nodeR + fs, anchor: 'middle', box: [x - w / 2, y + nodeR + fs * 0.1, x + w / 2, y + nodeR + fs * 0.1 + h] },
      { x, y: y - nodeR - h + fs * 0.8, anchor: 'middle', box: [x - w / 2, y - nodeR - fs * 0.1 - h, x + w / 2, y - nodeR - fs * 0.1] },
      { x: x + nodeR * 1.4, y: y - h / 2 + fs * 0.85, anchor: 'start', box: [x + nodeR * 1.3, y - h / 2, x + nodeR * 1.3 + w, y + h / 2] },
      { x: x - nodeR * 1.4, y: y - h / 2 + fs * 0.85, anchor: 'end', box: [x - nodeR * 1.3 - w, y - h / 2, x - nodeR * 1.3, y + h / 2] },
      // the same sides, the label's block raised or lowered to clear a neighbour's
      ...[-h / 2 + nodeR * 0.2, h / 2 - nodeR * 0.2].flatMap((dy): LabelBox[] => [
        { x: x + nodeR * 1.4, y: y + dy - h / 2 + fs * 0.85, anchor: 'start', box: [x + nodeR * 1.3, y + dy - h / 2, x + nodeR * 1.3 + w, y + dy + h / 2] },
        { x: x - nodeR * 1.4, y: y + dy - h / 2 + fs * 0.85, anchor: 'end', box: [x - nodeR * 1.3 - w, y + dy - h / 2, x - nodeR * 1.3, y + dy + h / 2] },
      ]),
    ];
    const free = candidates.find((c) => !hit(c.box, i));
    out.set(n.id, free ?? null);
    if (free) placed.push(free.box);
  }
  return out;
}

const LINE = 1.15;

const labelSvg = (at: LabelBox | null | undefined, lines: readonly string[], fs: number, fill: string): string =>
  at ? multiline(at.x, at.y, lines, fs, at.anchor, fill) : '';

/** One <text>, a <tspan> a line; a single line stays a plain <text> (what other tools and tests read). */
function multiline(x: number, y: number, lines: readonly string[], size: number, anchor: 'middle' | 'start' | 'end', fill: string, extra = ''): string {
  const head = `<text x="${n2(x)}" y="${n2(y)}" font-size="${n2(size)}" text-anchor="${anchor}" fill="${fill}"${extra}>`;
  if (lines.length <= 1) return `${head}${escapeXml(lines[0] ?? '')}</text>`;
  return `${head}${lines.map((l, i) => `<tspan x="${n2(x)}"${i ? ` dy="${n2(size * LINE)}"` : ''}>${escapeXml(l)}</tspan>`).join('')}</text>`;
}

function hiddenLabels(labels: ReadonlyMap<string, LabelBox | null>, ids: readonly string[]): string {
  const hidden = ids.filter((id) => labels.get(id) === null);
  return hidden.length ? `; ${hidden.length} label${hidden.length === 1 ? '' : 's'} left out for room: ${hidden.join(', ')}` : '';
}

/** The ids whose labels a composed figure left out for room (read back from its <desc>). */
export function labelsLeftOut(svg: string): string[] {
  const m = /<desc>[^<]*left out for room: ([^<]*)<\/desc>/.exec(svg);
  return m ? m[1]!.split(', ') : [];
}
