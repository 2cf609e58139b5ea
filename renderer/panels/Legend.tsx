// panels/Legend: the node and edge kinds currently drawn, with their shape, colour (in the theme) and line style;
// and what datasets are coloured by, with the commercial-use classes when that is their colour (issue 13).
import { memo, useMemo } from 'react';
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
  readonly colourBy?: ColourBy;
  readonly onColourBy?: (c: ColourBy) => void;
};

/** The node and edge kinds among `shown`, each walk ending once every kind is seen. */
function kindsShown(graph: AtlasGraph, shown: Shown): { nodes: ReadonlySet<NodeKind>; edges: ReadonlySet<EdgeKind> } {
  const nodes = new Set<NodeKind>();
  for (const id of shown.nodes) if (nodes.add(graph.getNodeAttribute(id, 'kind')).size === NODE_KINDS.length) break;
  const edges = new Set<EdgeKind>();
  for (const id of shown.edges) if (edges.add(graph.getEdgeAttribute(id, 'kind')).size === EDGE_KINDS.length) break;
  return { nodes, edges };
}

/**
 * Drawn again only when what it shows changes (memo): the Explorer draws again on every step of a layout's progress,
 * and at 10,000 nodes this walk over the drawn nodes and edges took 61 ms of a filter's click (profiled).
 */
export const Legend = memo(function Legend({ graph, shown, colourBy = 'kind', onColourBy }: Props) {
  const byLicence = colourBy === 'licence';
  const { nodes: nodeKinds, edges: edgeKinds } = useMemo(() => kindsShown(graph, shown), [graph, shown]);
  const licenceCounts = useMemo(() => {
    const counts = new Map<string, number>();
    if (byLicence)
      for (const id of shown.nodes) {
        const f = licenceFacetOf(graph, id);
        if (f) counts.set(f, (counts.get(f) ?? 0) + 1);
      }
    return counts;
  }, [graph, shown, byLicence]);
  const dashed = dashedEdges(graph.size);
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
      <ul>
        {byLicence &&
          LICENCE_FACETS.filter((f) => licenceCounts.has(f)).map((f) => (
            <li key={f} className="legend-licence" data-licence={f}>
              <svg width="16" height="16" aria-hidden="true">
                <use href="#shape-round-rectangle" fill={LICENCE_COLOR[f]} />
              </svg>
              {LICENCE_FACET_NAME[f]} ({licenceCounts.get(f)})
            </li>
          ))}
        {NODE_KINDS.filter((k) => nodeKinds.has(k) && !(byLicence && k === 'dataset')).map((k) => (
          <li key={k}>
            <svg width="16" height="16" aria-hidden="true">
              <use href={`#shape-${NODE_STYLE[k].shape}`} fill={NODE_STYLE[k].color} />
            </svg>
            {NODE_STYLE[k].label}
          </li>
        ))}
        {EDGE_KINDS.filter((k) => edgeKinds.has(k)).map((k) => (
          <li key={k}>
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
            {EDGE_STYLE[k].label}
          </li>
        ))}
      </ul>
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
