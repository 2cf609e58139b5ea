// canvas/stylesheet: cytoscape selectors from the shared palette (selector styles, not function mappers: faster).
import type { StylesheetJson } from 'cytoscape';
import { NODE_KINDS } from '../../src/schema/nodes';
import { LICENCE_FACETS } from '../../src/licences/graph';
import { EDGE_KINDS } from '../../src/schema/edges';
import {
  cytoscapeLine,
  EDGE_STYLE,
  edgeColor,
  LICENCE_COLOR,
  NODE_STYLE,
  type NodeShape,
  THEMES,
  type ThemeName,
} from '../../src/style/palette';

/**
 * Above this many edges, edges are drawn solid: canvas dashes cost most of the paint (5,000 nodes and
 * 10,000 edges: 7.1 s of paint with dashes, 1.2 s without, `npm run bench`). Colour and arrowhead still
 * tell the kinds apart, and the legend follows.
 */
export const DASHED_EDGES_UP_TO = 2000;
export const dashedEdges = (edgeCount: number): boolean => edgeCount <= DASHED_EDGES_UP_TO;

/**
 * Level of detail: above this many elements edges are drawn as straight "haystack" lines without
 * arrowheads (bezier edges and arrows cost most of the draw at 10,000 nodes). Which nodes are labelled,
 * at any zoom, is canvas/labels' label grid.
 */
export const DETAIL_UP_TO = 5000;
export const detailed = (elementCount: number): boolean => elementCount <= DETAIL_UP_TO;

/**
 * The level of detail an instance draws at. `layer`: its scene is drawn on its canvas layer (canvas/layer), edges and
 * nodes, and cytoscape draws over it only the nodes that carry more than their kind's colour (a label, a selection or
 * focus ring, a pick, a lineage): the others it holds, invisible, for the pointer's events.
 */
export type Detail = { readonly dashed: boolean; readonly detailed: boolean; readonly layer?: boolean };

/** How strongly plain edges show over the background (mixed into their colour: an opacity costs every edge a property). */
const PLAIN_EDGE_OPACITY = 0.6;

/** What `.dimmed` elements keep of their opacity. */
export const DIMMED_OPACITY = 0.15;
/** A highlighted lineage's edges' width. */
export const LINEAGE_EDGE_WIDTH = 3.5;

/** An edge's state in a scene: drawn plain, dimmed (the rest around a lineage), or in the highlighted lineage. */
export type EdgeState = 'plain' | 'dimmed' | 'lineage';
/** How a plain-detail edge is drawn: a straight line of this colour and width (in model units) at this opacity. */
export type EdgeLook = { readonly color: string; readonly width: number; readonly alpha: number };
/** cytoscape's own edge colour and width, for an edge of a kind the palette does not know. */
const UNKNOWN_EDGE = { color: '#999999', width: 1 };
/** Whether `x` is one of `list` (an edge or node kind, a licence facet), typed as such. */
const oneOf =
  <T extends string>(list: readonly T[]) =>
  (x: string): x is T =>
    (list as readonly string[]).includes(x);
const isKind = oneOf(EDGE_KINDS);

/**
 * A plain-detail edge's look, as the stylesheet below gives it (cytoscape draws it so in an instance that holds its
 * edges; canvas/layer, in one that leaves them to its canvas layer).
 */
export function plainEdgeLook(kind: string, theme: ThemeName, state: EdgeState): EdgeLook {
  const t = THEMES[theme];
  if (state === 'lineage') return { color: t.focus, width: LINEAGE_EDGE_WIDTH, alpha: 1 };
  const base = isKind(kind)
    ? { color: faint(edgeColor(kind, theme), t.background, PLAIN_EDGE_OPACITY), width: EDGE_STYLE[kind].width }
    : UNKNOWN_EDGE;
  return { ...base, alpha: state === 'dimmed' ? DIMMED_OPACITY : 1 };
}

/** How the layer draws a node: its shape, colour and opacity (cytoscape's default for a kind the palette does not know). */
export type NodeLook = { readonly color: string; readonly shape: NodeShape; readonly alpha: number };
const isNodeKind = oneOf(NODE_KINDS);
const isFacet = oneOf(LICENCE_FACETS);

/**
 * A plain-detail node's look, as the stylesheet below gives it: its kind's colour and shape, or its licence's colour
 * where the view colours by licence (`licence`: the node's facet when it carries the class by-licence), faint when dimmed.
 */
export function plainNodeLook(kind: string, licence: string | undefined, dimmed: boolean): NodeLook {
  const facet = licence !== undefined && isFacet(licence) ? licence : '';
  let byFacet = NODE_LOOKS.get(kind);
  if (!byFacet) NODE_LOOKS.set(kind, (byFacet = new Map()));
  let looks = byFacet.get(facet);
  if (!looks) {
    const known = isNodeKind(kind) ? NODE_STYLE[kind] : { color: '#999999', shape: 'ellipse' as const };
    const color = facet ? LICENCE_COLOR[facet] : known.color;
    looks = [false, true].map((faint) => ({ color, shape: known.shape, alpha: faint ? DIMMED_OPACITY : 1 })) as [NodeLook, NodeLook];
    byFacet.set(facet, looks);
  }
  return looks[dimmed ? 1 : 0];
}
/**
 * The looks plainNodeLook has given, by kind and licence facet ('' for none), plain and dimmed: the same object each
 * time, which canvas/layer's modelOf groups nodes by.
 */
const NODE_LOOKS = new Map<string, Map<string, readonly [NodeLook, NodeLook]>>();

/** The one mark (a class on nodes) a node's plain-detail look reads: the one that colours datasets by licence. */
export const BY_LICENCE = 'by-licence';

/** `#rrggbb` colour `c` at opacity `a` over background `bg`, as one opaque colour. */
export function faint(c: string, bg: string, a: number): string {
  const rgb = (h: string) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));
  const [x, y] = [rgb(c), rgb(bg)];
  if (c.length !== 7 || bg.length !== 7 || [...x, ...y].some(Number.isNaN)) return c;
  return `#${x
    .map((v, i) =>
      Math.round(v * a + y[i]! * (1 - a))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/** The marks (classes put by markNodes) that give a node a ring of its own, which cytoscape draws over its canvas layer. */
export const OWN_MARKS = ['picked'] as const;
/** The nodes cytoscape draws over its canvas layer (Detail.layer): those with a label or a ring (a lineage's: below). */
const OWN_NODES = ['node.labelled', 'node:selected', 'node.focus', ...OWN_MARKS.map((m) => `node.${m}`)];

export function stylesheet(theme: ThemeName, dashed: boolean | Detail = true): StylesheetJson {
  const d: Detail = typeof dashed === 'boolean' ? { dashed, detailed: true } : dashed;
  const t = THEMES[theme];
  return [
    // Only what every node needs: each property here is applied to every node on every style change (the text
    // properties moved to node.labelled made first draw at 3,000 nodes 1.2-2x faster, `npm run bench`). Nodes are
    // NODE_SIZE across, cytoscape's default size; large graphs draw them without the ring that parts overlapping ones.
    ...(d.detailed ? [{ selector: 'node', style: { 'border-width': 1, 'border-color': t.background } }] : []),
    ...NODE_KINDS.map((k) => ({
      selector: `node[kind = "${k}"]`,
      style: { 'background-color': NODE_STYLE[k].color, shape: NODE_STYLE[k].shape },
    })),
    ...LICENCE_FACETS.map((f) => ({ selector: `node.${BY_LICENCE}[licence = "${f}"]`, style: { 'background-color': LICENCE_COLOR[f] } })),
    // Large graphs: cytoscape's default straight "haystack" edges, their faintness mixed into the colour.
    // Detailed: straight edges, bent apart only where two join the same nodes (canvas/elements' twin), as cytoscape
    // draws a lone bezier edge, without its search for each bezier edge's parallel edges whenever it is restyled.
    ...(d.detailed
      ? [
          { selector: 'edge', style: { 'curve-style': 'straight', 'arrow-scale': 0.9, opacity: 0.75 } } as const,
          { selector: 'edge[?twin]', style: { 'curve-style': 'bezier' } } as const,
        ]
      : []),
    ...EDGE_KINDS.map((k) => ({
      selector: `edge[kind = "${k}"]`,
      // Plain edges carry only their width and colour (solid, no arrowhead: cytoscape's defaults), so each costs less to style.
      style: d.detailed
        ? {
            width: EDGE_STYLE[k].width,
            ...cytoscapeLine(d.dashed ? EDGE_STYLE[k].line : 'solid', EDGE_STYLE[k].width),
            'line-color': edgeColor(k, theme),
            'target-arrow-color': edgeColor(k, theme),
            'target-arrow-shape': EDGE_STYLE[k].arrow,
          }
        : (({ width, color }) => ({ width, 'line-color': color }))(plainEdgeLook(k, theme, 'plain')),
    })),
    // Edges a layout routed around nodes and labels follow their route (canvas/routes, canvas/elements).
    ...(d.detailed
      ? [
          {
            selector: 'edge.routed',
            style: {
              'curve-style': 'segments',
              'edge-distances': 'node-position',
              'segment-weights': 'data(segW)',
              'segment-distances': 'data(segD)',
              'source-endpoint': 'data(srcEnd)',
              'target-endpoint': 'data(tgtEnd)',
            },
          } as const,
        ]
      : []),
    // Only the nodes canvas/labels picks are labelled, at a constant size on screen, each on its own backdrop
    // that keeps it readable where an edge passes under it.
    {
      selector: 'node.labelled',
      style: {
        label: 'data(label)',
        'font-size': 'data(fs)',
        'font-family': 'DejaVu Sans, Helvetica, Arial, sans-serif',
        color: t.text,
        'text-valign': 'bottom',
        'text-margin-y': 1,
        'text-background-color': t.background,
        'text-background-opacity': 0.8,
        'text-background-padding': '1px',
      },
    },
    // Layered layouts reserve room for each label to the right of its node.
    { selector: 'node.label-right', style: { 'text-halign': 'right', 'text-valign': 'center', 'text-margin-x': 4, 'text-margin-y': 0 } },
    // A label with no room on the layout's side goes on another (canvas/labels chooses).
    { selector: 'node.label-at-right', style: { 'text-halign': 'right', 'text-valign': 'center', 'text-margin-x': 4, 'text-margin-y': 0 } },
    { selector: 'node.label-left', style: { 'text-halign': 'left', 'text-valign': 'center', 'text-margin-x': -4, 'text-margin-y': 0 } },
    { selector: 'node.label-above', style: { 'text-halign': 'center', 'text-valign': 'top', 'text-margin-x': 0, 'text-margin-y': -1 } },
    { selector: 'node.label-below', style: { 'text-halign': 'center', 'text-valign': 'bottom', 'text-margin-x': 0, 'text-margin-y': 1 } },
    // On a canvas layer, cytoscape draws only the nodes that carry more than their kind's colour; the layer draws the
    // rest, and draws the dimmed faint (cytoscape's nodes then carry no class `dimmed`: canvas/layer).
    ...(d.layer
      ? [
          { selector: 'node', style: { opacity: 0 } },
          { selector: OWN_NODES.join(', '), style: { opacity: 1 } },
        ]
      : [{ selector: '.dimmed', style: { opacity: DIMMED_OPACITY } }]),
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': t.focus } },
    { selector: 'node.focus', style: { 'border-width': 4, 'border-color': t.focus } },
    { selector: 'node.picked', style: { 'border-width': 5, 'border-style': 'double', 'border-color': t.focus } },
    { selector: 'node.lineage', style: { 'border-width': 3, 'border-color': t.focus, opacity: 1 } },
    { selector: 'edge.lineage', style: { width: LINEAGE_EDGE_WIDTH, opacity: 1, 'line-color': t.focus, 'target-arrow-color': t.focus } },
  ];
}

/** The detail to draw a graph of so many nodes and edges with. */
export const detailFor = (nodes: number, edges: number): Detail => ({ dashed: dashedEdges(edges), detailed: detailed(nodes + edges) });

/**
 * The cytoscape options the canvas is made with for a graph of so many nodes and edges: its stylesheet and, above
 * DETAIL_UP_TO elements, a texture while the view moves. The benchmark makes its canvas with the same.
 */
export function canvasOptions(theme: ThemeName, nodes: number, edges: number) {
  const large = !detailed(nodes + edges);
  return { style: stylesheet(theme, detailFor(nodes, edges)), textureOnViewport: large, hideEdgesOnViewport: large };
}
