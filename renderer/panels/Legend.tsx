// panels/Legend: the node and edge kinds currently drawn, with their shape, colour (in the theme) and line style;
// and what datasets are coloured by, with the commercial-use classes when that is their colour (issue 13).
import { memo, type ReactNode, useMemo } from 'react';
import type { AtlasGraph } from '../../src/model/build';
import { EDGE_KINDS, type EdgeKind } from '../../src/schema/edges';
import { NODE_KINDS, type NodeKind } from '../../src/schema/nodes';
import { LICENCE_FACET_NAME, LICENCE_FACETS, licenceFacetOf } from '../../src/licences/graph';
import { type ColourBy, EDGE_STYLE, LICENCE_COLOR, NODE_STYLE, strokeDasharray } from '../../src/style/palette';
import { dashedEdges } from '../canvas/stylesheet';

type Shown = { readonly nodes: ReadonlySet<string>; readonly edges: ReadonlySet<string> };

/** Below the canvas, in a strip of its own that the graph never covers. */
type Props = {
  readonly graph: AtlasGraph;
  readonly shown: Shown;
  /**
   * What the view draws with no filter and no subject: the strip keeps the room its legend would take, so that a
   * filter or a focus that draws fewer kinds never changes the strip's height, and with it the canvas's size (each
   * resize made cytoscape resize its canvases and draw again, and framed the view again: twice a facet's click on the
   * merged catalogue, profiled).
   */
  readonly reserve?: Shown;
  readonly colourBy?: ColourBy;
  readonly onColourBy?: (c: ColourBy) => void;
};

type Kinds = { readonly nodes: ReadonlySet<NodeKind>; readonly edges: ReadonlySet<EdgeKind> };

/** The node and edge kinds among `shown`, each walk ending once every kind is seen. */
function kindsShown(graph: AtlasGraph, shown: Shown): Kinds {
  const nodes = new Set<NodeKind>();
  for (const id of shown.nodes) if (nodes.add(graph.getNodeAttribute(id, 'kind')).size === NODE_KINDS.length) break;
  const edges = new Set<EdgeKind>();
  for (const id of shown.edges) if (edges.add(graph.getEdgeAttribute(id, 'kind')).size === EDGE_KINDS.length) break;
  return { nodes, edges };
}

/** How many of `shown`'s nodes are in each class of commercial use. */
function licenceCountsOf(graph: AtlasGraph, shown: Shown): ReadonlyMap<string, number> {
  const counts = new Map<string, number>();
  for (const id of shown.nodes) {
    const f = licenceFacetOf(graph, id);
    if (f) counts.set(f, (counts.get(f) ?? 0) + 1);
  }
  return counts;
}

/** One entry of the legend: its key, its text, and its swatch (a node's shape, or an edge's line, which is wider). */
type Entry = { key: string; text: string; line: boolean; swatch: () => ReactNode; licence?: string };

function entriesOf(kinds: Kinds, licences: ReadonlyMap<string, number> | null, dashed: boolean): Entry[] {
  return [
    ...(licences
      ? LICENCE_FACETS.filter((f) => licences.has(f)).map((f) => ({
          key: f,
          text: `${LICENCE_FACET_NAME[f]} (${licences.get(f)})`,
          line: false,
          licence: f,
          swatch: () => (
            <svg width="16" height="16" aria-hidden="true">
              <use href="#shape-round-rectangle" fill={LICENCE_COLOR[f]} />
            </svg>
          ),
        }))
      : []),
    ...NODE_KINDS.filter((k) => kinds.nodes.has(k) && !(licences && k === 'dataset')).map((k) => ({
      key: k,
      text: NODE_STYLE[k].label,
      line: false,
      swatch: () => (
        <svg width="16" height="16" aria-hidden="true">
          <use href={`#shape-${NODE_STYLE[k].shape}`} fill={NODE_STYLE[k].color} />
        </svg>
      ),
    })),
    ...EDGE_KINDS.filter((k) => kinds.edges.has(k)).map((k) => ({
      key: k,
      text: EDGE_STYLE[k].label,
      line: true,
      swatch: () => (
        <svg width="28" height="10" aria-hidden="true">
          <line
            x1="1"
            y1="5"
            x2="27"
            y2="5"
            // The theme's colour for the kind (black turns light grey on dark), from theme.css.
            style={{ stroke: `var(--edge-${k})` }}
            className={`legend-line line-${k}`}
            strokeWidth={EDGE_STYLE[k].width}
            strokeDasharray={dashed ? strokeDasharray(EDGE_STYLE[k].line, EDGE_STYLE[k].width) : undefined}
          />
        </svg>
      ),
    })),
  ];
}

/**
 * Drawn again only when what it shows changes (memo): the Explorer draws again on every step of a layout's progress,
 * and at 10,000 nodes this walk over the drawn nodes and edges took 61 ms of a filter's click (profiled).
 */
export const Legend = memo(function Legend({ graph, shown, reserve, colourBy = 'kind', onColourBy }: Props) {
  const byLicence = colourBy === 'licence';
  const kinds = useMemo(() => kindsShown(graph, shown), [graph, shown]);
  const licenceCounts = useMemo(() => (byLicence ? licenceCountsOf(graph, shown) : null), [graph, shown, byLicence]);
  const dashed = dashedEdges(graph.size);
  const entries = entriesOf(kinds, licenceCounts, dashed);
  // The room: the reserve's entries and the shown ones (a subject may bring a kind the unfiltered view leaves out).
  const reserved = useMemo(() => (reserve ? kindsShown(graph, reserve) : null), [graph, reserve]);
  const reservedLicences = useMemo(() => (reserve && byLicence ? licenceCountsOf(graph, reserve) : null), [graph, reserve, byLicence]);
  const room = reserved
    ? entriesOf(
        { nodes: new Set([...reserved.nodes, ...kinds.nodes]), edges: new Set([...reserved.edges, ...kinds.edges]) },
        licenceCounts && new Map([...licenceCounts, ...(reservedLicences ?? [])]),
        dashed,
      )
    : [];
  return (
    <div className="legend" role="group" aria-label="Legend">
      {onColourBy && (
        <label className="colour-by">
          Colour datasets by{' '}
          <select
            aria-label="Colour datasets by"
            value={colourBy}
            onChange={(e) => onColourBy(e.target.value === 'licence' ? 'licence' : 'kind')}
          >
            <option value="kind">kind</option>
            <option value="licence">commercial use</option>
          </select>
        </label>
      )}
      <div className="legend-entries">
        <ul>
          {entries.map((e) => (
            <li key={e.key} className={e.licence ? 'legend-licence' : undefined} data-licence={e.licence}>
              {e.swatch()}
              {e.text}
            </li>
          ))}
        </ul>
        {/* Unseen, under the entries: the room they keep (each swatch as wide as the one it stands for). */}
        <ul className="legend-room" aria-hidden="true">
          {room.map((e) => (
            <li key={e.key}>
              <span className={e.line ? 'swatch line' : 'swatch'} />
              {e.text}
            </li>
          ))}
        </ul>
      </div>
      <svg width="0" height="0" className="defs" aria-hidden="true">
        <defs>
          <rect id="shape-round-rectangle" x="1" y="3" width="14" height="10" rx="3" />
          <polygon id="shape-diamond" points="8,1 15,8 8,15 1,8" />
          <polygon id="shape-hexagon" points="4,2 12,2 15,8 12,14 4,14 1,8" />
          <circle id="shape-ellipse" cx="8" cy="8" r="6.5" />
          <rect id="shape-rectangle" x="2" y="2" width="12" height="12" />
        </defs>
      </svg>
    </div>
  );
});
