// figure/draw: the SVG of a figure's parts once everything is placed: an edge along its route, a node with its
// label and marks, and the document around them (title, description, the view as metadata, arrow markers).
import type { Point } from '../layout/types';
import type { AtlasGraph } from '../model/build';
import type { EdgeKind } from '../schema/edges';
import { EDGE_STYLE, edgeColor, FIGURE_THEMES, NODE_STYLE } from '../style/palette';
import type { Scene } from '../view/scene';
import type { LabelBox } from './labels';
import { type FigureOptions, POINTS_PER_INCH } from './options';
import { dashArray, escapeXml, LINE, markerDefs, multiline, n2, shapePath } from './primitives';
import { FIGURE_FONT } from './metrics';

export type FigureMeta = { readonly dataHash: string; readonly generator?: string };

const dim = (scene: Scene, id: string) => (scene.dimmed.has(id) ? ' opacity="0.2"' : '');

/** One edge as `<g class="edge" data-id>` around its path; a highlighted edge in the focus colour. */
export function edgeSvg(graph: AtlasGraph, scene: Scene, e: string, route: readonly Point[], fs: number, o: FigureOptions): string {
  const kind = graph.getEdgeAttribute(e, 'kind');
  const st = EDGE_STYLE[kind];
  const focus = scene.highlight?.edges.has(e) ?? false;
  const width = (st.width * fs) / 14 + (focus ? 0.4 : 0);
  const d = route.map((p, i) => `${i ? 'L' : 'M'}${n2(p.x)},${n2(p.y)}`).join(' ');
  const stroke = focus ? FIGURE_THEMES[o.theme].focus : edgeColor(kind, o.theme);
  return `<g class="edge" data-id="${escapeXml(e)}" data-kind="${kind}"${dim(scene, e)}><path d="${d}" stroke="${stroke}" stroke-width="${n2(width)}"${dashArray(st.line, width)} marker-end="url(#arrow-${kind}${focus ? '-focus' : ''})"/></g>`;
}

/** Where and how a node's label is drawn: its box (none when it found no room), its lines, its marks. */
export type NodeLabel = {
  readonly at: LabelBox | null | undefined;
  readonly lines: readonly string[];
  readonly tag: string | undefined;
  readonly markFs: number;
};

/** One node as `<g class="node" data-id>` holding its shape and label; a highlighted node ringed in the focus colour. */
export function nodeSvg(
  graph: AtlasGraph,
  scene: Scene,
  id: string,
  p: Point,
  r: number,
  fs: number,
  o: FigureOptions,
  label: NodeLabel,
): string {
  const t = FIGURE_THEMES[o.theme];
  const n = graph.getNodeAttributes(id);
  const st = NODE_STYLE[n.kind];
  const focus = scene.highlight?.nodes.has(id) ?? false;
  const stroke = focus
    ? ` stroke="${t.focus}" stroke-width="${n2(fs * 0.18)}"`
    : ` stroke="${t.background}" stroke-width="${n2(fs * 0.06)}"`;
  const { at, lines, tag, markFs } = label;
  const marks = (box: LabelBox) =>
    tag
      ? multiline(box.x, box.y + fs * LINE * lines.length - (fs - markFs) * 0.2, [tag], markFs, box.anchor, t.muted, ' class="marks"')
      : '';
  const text = at ? multiline(at.x, at.y, [...lines], fs, at.anchor, t.text) + marks(at) : '';
  return `<g class="node" data-id="${escapeXml(id)}" data-kind="${n.kind}"${dim(scene, id)}>${shapePath(st.shape, p.x, p.y, r)} fill="${st.color}"${stroke}/>${text}</g>`;
}

export type Page = {
  readonly width: number;
  readonly height: number;
  readonly margin: number;
  readonly fs: number;
  readonly titleLines: readonly string[];
  readonly leftOut: readonly string[];
  readonly edgeKinds: readonly EdgeKind[];
  readonly body: readonly string[];
};

/** The SVG document: its size in inches, title, a description naming any label left out, the view and data hash. */
export function svgDocument(scene: Scene, o: FigureOptions, meta: FigureMeta, page: Page): string {
  const t = FIGURE_THEMES[o.theme];
  const { width: W, height: H, margin, fs, leftOut } = page;
  const desc = `${scene.status.datasetsShown} of ${scene.status.datasetsTotal} datasets; layout ${scene.view.layout}; data ${meta.dataHash}${leftOut.length ? `; ${leftOut.length} label(s) left out for room: ${leftOut.join(', ')}` : ''}`;
  const head = page.titleLines.map(
    (l, i) =>
      `<text class="title" x="${n2(W / 2)}" y="${n2(margin + fs * 1.3 * (0.9 + i * LINE))}" font-size="${n2(fs * 1.3)}" font-weight="bold" text-anchor="middle" fill="${t.text}">${escapeXml(l)}</text>`,
  );
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n2(W / POINTS_PER_INCH)}in" height="${n2(H / POINTS_PER_INCH)}in" viewBox="0 0 ${n2(W)} ${n2(H)}" font-family="${FIGURE_FONT}" data-view-hash="${escapeXml(meta.dataHash)}">`,
    `<title>${escapeXml(o.title ?? 'Lineage Atlas figure')}</title>`,
    `<desc>${escapeXml(desc)}</desc>`,
    `<metadata id="lineage-atlas-view">${escapeXml(JSON.stringify({ generator: meta.generator ?? 'Lineage Atlas', view: scene.view, dataHash: meta.dataHash, options: o }))}</metadata>`,
    `<defs>${markerDefs(page.edgeKinds, t.focus, o.theme)}</defs>`,
    o.transparent ? '' : `<rect class="background" width="100%" height="100%" fill="${t.background}"/>`,
    ...head,
    ...page.body,
    `</svg>`,
    '',
  ].join('\n');
}
