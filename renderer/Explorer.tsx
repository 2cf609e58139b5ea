// Explorer: the window a researcher lives in. Derives everything from the graph and the view; owns only selection.
import type { Core } from 'cytoscape';
import { useMemo, useState } from 'react';
import { layoutView } from '../src/layout';
import { buildGraph } from '../src/model/build';
import { facetCounts } from '../src/queries/facets';
import { releasesPerMonth } from '../src/queries/histogram';
import { buildSearchIndex } from '../src/queries/search';
import type { GraphDocument } from '../src/schema/document';
import { lineageHighlight } from '../src/view/highlight';
import { statusLine, visibleElements } from '../src/view/visible';
import { GraphCanvas } from './canvas/GraphCanvas';
import { HoverCard } from './canvas/HoverCard';
import { TimeAxisOverlay } from './canvas/TimeAxisOverlay';
import { Details } from './panels/Details';
import { Facets } from './panels/Facets';
import { Legend } from './panels/Legend';
import { Timeline } from './panels/Timeline';
import { Toolbar } from './panels/Toolbar';
import { useView } from './state/useView';

export function Explorer({ document: doc }: { readonly document: GraphDocument }) {
  const graph = useMemo(() => buildGraph(doc), [doc]);
  const index = useMemo(() => buildSearchIndex(graph), [graph]);
  const { view, setView, urlError } = useView();
  const [selected, setSelected] = useState<string | undefined>(view.focus);
  const [cy, setCy] = useState<Core | null>(null);
  const bins = useMemo(() => releasesPerMonth(graph).bins, [graph]);

  const kindsKey = view.kinds.join(',');
  const drawn = useMemo(() => graph.filterNodes((_id, n) => kindsKey.split(',').includes(n.kind)), [graph, kindsKey]);
  const layout = useMemo(() => layoutView(graph, drawn, view.layout), [graph, drawn, view.layout]);
  const visible = useMemo(() => visibleElements(graph, view), [graph, view]);
  const counts = useMemo(() => facetCounts(graph, view.filter), [graph, view.filter]);

  const highlight = useMemo(() => lineageHighlight(graph, view.focus, view.depth), [graph, view.focus, view.depth]);

  return (
    <div className={`app theme-${view.theme}`} data-theme={view.theme}>
      <Toolbar view={view} setView={setView} index={index} onPick={setSelected} />
      {urlError && (
        <p className="banner" role="alert">
          {urlError}
        </p>
      )}
      <Timeline bins={bins} view={view} setView={setView} />
      <div className="body">
        <Facets graph={graph} view={view} setView={setView} counts={counts} />
        <section className="graph" role="region" aria-label="Graph">
          {view.layout === 'timeline' && layout.axis && <TimeAxisOverlay cy={cy} axis={layout.axis} />}
          <GraphCanvas
            graph={graph}
            visible={visible}
            positions={layout.positions}
            layoutKey={`${view.layout}|${kindsKey}`}
            filterMode={view.filterMode}
            theme={view.theme}
            selected={selected}
            highlight={highlight}
            onSelect={setSelected}
            onReady={setCy}
          />
          <HoverCard cy={cy} graph={graph} />
          <Legend graph={graph} visible={visible} />
        </section>
        <Details graph={graph} id={selected} view={view} setView={setView} onSelect={setSelected} />
      </div>
      <footer className="statusbar">
        <p role="status" aria-live="polite">
          {statusLine(visible)}
        </p>
      </footer>
    </div>
  );
}
