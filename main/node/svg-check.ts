// main/node/svg-check: main renders a figure the page composed (figure:save), so it first checks the SVG against
// what the figure code writes: only its shapes, text and arrowhead markers, only their presentation attributes,
// references only to the figure's own markers (`url(#id)`), no scripts, styles, images, links, foreign objects,
// document types or entities, and limits on size, elements and nesting. resvg and svg-to-pdfkit never see an SVG
// that could make them read a local file, fetch a URL or run anything.
import { DOMParser, type Element, type Node as XmlNode } from '@xmldom/xmldom';
import type { Result } from '../../src/ipc/contract';

const SVG_NS = 'http://www.w3.org/2000/svg';

export type SvgLimits = { readonly chars: number; readonly elements: number; readonly depth: number };

export const SVG_LIMITS: SvgLimits = {
  /** Characters: a figure of 10,000 datasets is about 5 million. */
  chars: 30_000_000,
  elements: 500_000,
  depth: 32,
};

/** The elements composeFigure writes (src/figure), and the two shapes it could. */
const ELEMENTS = new Set([
  'svg',
  'g',
  'defs',
  'marker',
  'title',
  'desc',
  'metadata',
  'text',
  'tspan',
  'line',
  'polyline',
  'polygon',
  'rect',
  'circle',
  'ellipse',
  'path',
]);

/** Presentation and geometry attributes; `data-*` attributes are allowed too (renderers ignore them). */
const ATTRIBUTES = new Set([
  'xmlns',
  'version',
  'width',
  'height',
  'viewBox',
  'preserveAspectRatio',
  'id',
  'class',
  'transform',
  'x',
  'y',
  'x1',
  'y1',
  'x2',
  'y2',
  'dx',
  'dy',
  'cx',
  'cy',
  'r',
  'rx',
  'ry',
  'd',
  'points',
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'marker-start',
  'marker-end',
  'refX',
  'refY',
  'markerWidth',
  'markerHeight',
  'markerUnits',
  'orient',
]);

/** A value that points outside the figure or could run: any url() but one to an id of the figure, any scheme. */
const OUTSIDE = /url\s*\((?!#[\w.-]+\))|\b(?:javascript|vbscript|data|file|https?|ftp)\s*:|expression\s*\(|@import/i;

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_NODE = 4;
const COMMENT_NODE = 8;

const show = (s: string) => JSON.stringify(s.length > 60 ? `${s.slice(0, 60)}…` : s);

/** The SVG as it was sent, if it holds only what a composed figure holds; else what it holds that a figure does not. */
export function checkFigureSvg(svg: string, limits: SvgLimits = SVG_LIMITS): Result<string> {
  const refuse = (why: string): Result<string> => ({ ok: false, message: `the figure's SVG was refused: ${why}` });
  if (svg.length > limits.chars)
    return refuse(`${svg.length.toLocaleString('en-US')} characters (at most ${limits.chars.toLocaleString('en-US')})`);
  let xmlError: string | undefined;
  let doc;
  try {
    doc = new DOMParser({
      onError: (level, message) => {
        if (level === 'warning') return;
        xmlError ??= message.split('\n')[0]!;
        throw new Error(xmlError);
      },
    }).parseFromString(svg, 'image/svg+xml');
  } catch (e) {
    return refuse(`not well-formed XML (${xmlError ?? (e as Error).message.split('\n')[0]})`);
  }
  for (let c: XmlNode | null = doc.firstChild; c; c = c.nextSibling)
    if (
      c.nodeType !== ELEMENT_NODE &&
      c.nodeType !== COMMENT_NODE &&
      !(c.nodeType === TEXT_NODE && !c.nodeValue?.trim()) &&
      !(c.nodeType === 7 && c.nodeName === 'xml')
    )
      return refuse(`${c.nodeType === 10 ? 'a document type (entities)' : `a ${c.nodeName} node`} outside the <svg> element`);
  const root = doc.documentElement;
  if (!root || root.localName !== 'svg' || root.namespaceURI !== SVG_NS) return refuse('the root element is not an SVG <svg>');
  let elements = 0;
  const stack: { e: Element; depth: number }[] = [{ e: root, depth: 1 }];
  while (stack.length > 0) {
    const { e, depth } = stack.pop()!;
    if (++elements > limits.elements) return refuse(`more than ${limits.elements.toLocaleString('en-US')} elements`);
    if (depth > limits.depth) return refuse(`elements nested more than ${limits.depth} deep`);
    if (e.namespaceURI !== SVG_NS || !ELEMENTS.has(e.localName ?? ''))
      return refuse(`<${e.nodeName}> is not an element a figure is drawn with (line ${e.lineNumber ?? '?'})`);
    for (let i = 0; i < e.attributes.length; i++) {
      const a = e.attributes.item(i)!;
      if (!ATTRIBUTES.has(a.name) && !/^data-[a-z0-9-]+$/.test(a.name))
        return refuse(`<${e.nodeName}> has the attribute ${show(a.name)}, which a figure does not use (line ${e.lineNumber ?? '?'})`);
      if (a.name === 'xmlns' ? a.value !== SVG_NS : !a.name.startsWith('data-') && OUTSIDE.test(a.value))
        return refuse(`<${e.nodeName} ${a.name}=${show(a.value)}> points outside the figure (line ${e.lineNumber ?? '?'})`);
    }
    for (let c: XmlNode | null = e.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === ELEMENT_NODE) stack.push({ e: c as Element, depth: depth + 1 });
      else if (c.nodeType !== TEXT_NODE && c.nodeType !== CDATA_NODE && c.nodeType !== COMMENT_NODE)
        return refuse(`a ${c.nodeName} node inside <${e.nodeName}>`);
    }
  }
  return { ok: true, value: svg };
}
