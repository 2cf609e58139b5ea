// figure/primitives: the SVG pieces every part of a figure is made of: numbers, escaped text, node shapes,
// arrowheads, dash patterns and multi-line text.
import type { EdgeKind } from '../schema/edges';
import { EDGE_STYLE, edgeColor, type FigureThemeName, type LineStyle, type NodeShape, strokeDasharray } from '../style/palette';

/** A number as SVG writes it: at most two decimals. */
export const n2 = (x: number): string => (Math.round(x * 100) / 100).toString();

/**
 * Text as XML character data: markup escaped, and the characters XML 1.0 forbids (controls, lone
 * surrogates, U+FFFE/U+FFFF) dropped, so a hostile label never makes the figure ill-formed.
 */
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- matching the control characters XML forbids is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export const escapeXml = (s: string): string =>
  s.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

export type Box = readonly [x0: number, y0: number, x1: number, y1: number];

/** Half the width and height of a node's shape of radius r (what a label and an edge must clear). */
export function shapeExtent(shape: NodeShape, r: number): { readonly w: number; readonly h: number } {
  switch (shape) {
    case 'round-rectangle':
      return { w: 1.25 * r, h: 0.85 * r };
    case 'diamond':
      return { w: 1.2 * r, h: 1.2 * r };
    case 'hexagon':
      return { w: 1.1 * r, h: r };
    default:
      return { w: r, h: r };
  }
}

/** The opening of an SVG element drawing `shape` centred at (cx, cy); the caller adds attributes and closes it. */
export function shapePath(shape: NodeShape, cx: number, cy: number, r: number): string {
  const pts = (ps: [number, number][]) => `<polygon points="${ps.map(([x, y]) => `${n2(cx + x * r)},${n2(cy + y * r)}`).join(' ')}"`;
  switch (shape) {
    case 'round-rectangle':
      return `<rect x="${n2(cx - 1.25 * r)}" y="${n2(cy - 0.85 * r)}" width="${n2(2.5 * r)}" height="${n2(1.7 * r)}" rx="${n2(0.45 * r)}"`;
    case 'rectangle':
      return `<rect x="${n2(cx - r)}" y="${n2(cy - r)}" width="${n2(2 * r)}" height="${n2(2 * r)}"`;
    case 'diamond':
      return pts([
        [0, -1.2],
        [1.2, 0],
        [0, 1.2],
        [-1.2, 0],
      ]);
    case 'hexagon':
      return pts([
        [-0.55, -1],
        [0.55, -1],
        [1.1, 0],
        [0.55, 1],
        [-0.55, 1],
        [-1.1, 0],
      ]);
    case 'ellipse':
      return `<circle cx="${n2(cx)}" cy="${n2(cy)}" r="${n2(r)}"`;
  }
}

/** The stroke-dasharray attribute for a line style at a stroke width ('' when solid), from the shared encoding. */
export function dashArray(line: LineStyle, width: number): string {
  const d = strokeDasharray(line, width);
  return d ? ` stroke-dasharray="${d}"` : '';
}

/**
 * Arrowhead markers for the edge kinds drawn, in their colour on the theme and in the focus colour. Edges use
 * them at their ends only, oriented `auto`: resvg (our PNG) ignores `auto-start-reverse` and would draw every
 * head pointing right.
 */
export function markerDefs(kinds: readonly EdgeKind[], focus: string, theme: FigureThemeName): string {
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
    `<marker id="${id}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="5" markerHeight="5" orient="auto" markerUnits="strokeWidth">${body}</marker>`;
  return kinds.map((k) => marker(`arrow-${k}`, shape(k, edgeColor(k, theme))) + marker(`arrow-${k}-focus`, shape(k, focus))).join('');
}

/** Lines of text are this many font sizes apart. */
export const LINE = 1.15;

/** One <text>, a <tspan> a line; a single line stays a plain <text> (what other tools and tests read). */
export function multiline(
  x: number,
  y: number,
  lines: readonly string[],
  size: number,
  anchor: 'middle' | 'start' | 'end',
  fill: string,
  extra = '',
): string {
  const head = `<text x="${n2(x)}" y="${n2(y)}" font-size="${n2(size)}" text-anchor="${anchor}" fill="${fill}"${extra}>`;
  if (lines.length <= 1) return `${head}${escapeXml(lines[0] ?? '')}</text>`;
  return `${head}${lines.map((l, i) => `<tspan x="${n2(x)}"${i ? ` dy="${n2(size * LINE)}"` : ''}>${escapeXml(l)}</tspan>`).join('')}</text>`;
}
