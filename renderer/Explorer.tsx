// Explorer: the window a researcher lives in. Derives everything from the graph and the view; owns only selection,
// the dialogs and the cytoscape handle.
import type { Core } from 'cytoscape';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { documentHash } from '../src/figure/hash';
import type { MenuCommand } from '../src/ipc/contract';
import { buildGraph } from '../src/model/build';
import { facetCounts } from '../src/queries/facets';
import { releasesPerMonth } from '../src/queries/histogram';
import { lineagePath } from '../src/queries/lineage';
import { buildSearchIndex } from '../src/queries/search';
import type { GraphDocument } from '../src/schema/document';
import { lineageHighlight } from '../src/view/highlight';
import { parseView, type ViewSpec } from '../src/view/spec';
import { statusLine, visibleElements } from '../src/view/visible';
import { GraphCanvas } from './canvas/GraphCanvas';
import { GridOverlay } from './canvas/GridOverlay';
import { HoverCard } from './canvas/HoverCard';
import { TimeAxisOverlay } from './canvas/TimeAxisOverlay';
import { DatasetTable } from './panels/DatasetTable';
import { Details } from './panels/Details';
import { ExportDialog } from './panels/ExportDialog';
import { Facets } from './panels/Facets';
import { Generations } from './panels/Generations';
import { Legend } from './panels/Legend';
import { fitVisible, ZOOM_STEP, ZoomControls, zoomBy } from './canvas/ZoomControls';
import type { Message } from './panels/MessageDialog';
import { Timeline } from './panels/Timeline';
import { Toolbar } from './panels/Toolbar';
import { LayoutProgress } from './layout/LayoutProgress';
import { useLayout } from './layout/useLayout';
import { bridge, download, pickFile } from './platform';
import { useView } from './state/useView';

// arXiv:2407.08475 (v1, 11 July 2024), as listed on arxiv.org/html/2407.08475v1.
const SURVEY_CITATION = `@misc{ma2024investigating,
  title         = {Investigating Public Fine-Tuning Datasets: A Complex Review of Current Practices from a Construction Perspective},
  author        = {Ma, Runyuan and Li, Wei and Shang, Fukai},
  year          = {2024},
  eprint        = {2407.08475},
  archivePrefix = {arXiv},
  url           = {https://arxiv.org/abs/2407.08475}
}`;

type Props = {
  readonly document: GraphDocument;
  readonly graphName: string;
  readonly openText: (name: string, text: string) => void;
  readonly showMessage: (m: Message) => void;
};

export function Explorer({ document: doc, graphName, openText, showMessage }: Props) {
  const graph = useMemo(() => buildGraph(doc), [doc]);
  const index = useMemo(() => buildSearchIndex(graph), [graph]);
  const dataHash = useMemo(() => documentHash(doc), [doc]);
  const { view, setView, urlError } = useView();
  const [selected, setSelected] = useState<string | undefined>(view.focus);
  const [cy, setCy] = useState<Core | null>(null);
  const [exporting, setExporting] = useState<'figure' | 'data' | null>(null);
  const [restore, setRestore] = useState<{ viewport: ViewSpec['viewport']; serial: number }>({ viewport: view.viewport, serial: 0 });
  const bins = useMemo(() => releasesPerMonth(graph).bins, [graph]);

  const kindsKey = view.kinds.join(',');
  const drawn = useMemo(() => graph.filterNodes((_id, n) => kindsKey.split(',').includes(n.kind)), [graph, kindsKey]);
  // Layouts run in a worker (large graphs) with progress and Cancel, cached per graph, layout and drawn ids.
  const layoutState = useLayout(doc, graph, drawn, view.layout);
  const layout = layoutState.result;
  const visible = useMemo(() => visibleElements(graph, view), [graph, view]);
  const counts = useMemo(() => facetCounts(graph, view.filter), [graph, view.filter]);
  const [tracing, setTracing] = useState<{ from: string; to: string } | null>(null);
  const trace = useMemo(() => (tracing && graph.hasNode(tracing.from) && graph.hasNode(tracing.to) ? lineagePath(graph, tracing.from, tracing.to) : null), [graph, tracing]);
  const highlight = useMemo(
    () => (trace ? { nodes: new Set(trace.nodes), edges: new Set(trace.edges) } : lineageHighlight(graph, view.focus, view.depth)),
    [graph, trace, view.focus, view.depth],
  );
  const select = useCallback((id: string | undefined) => {
    setSelected(id);
    setTracing(null);
  }, []);

  const applyView = useCallback(
    (next: ViewSpec) => {
      setView(() => next);
      select(next.focus);
      setRestore((r) => ({ viewport: next.viewport, serial: r.serial + 1 }));
    },
    [setView, select],
  );

  const openGraph = useCallback(async () => {
    if (bridge) {
      const r = await bridge.openGraph({});
      if (!r.ok) showMessage({ kind: 'error', title: 'The graph could not be opened', body: r.message });
      else if (r.value) openText(r.value.name, r.value.text);
    } else {
      const f = await pickFile('.json,application/json');
      if (f) openText(f.name, f.text);
    }
  }, [openText, showMessage]);

  const openViewText = useCallback(
    (name: string, text: string) => {
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch (e) {
        return showMessage({ kind: 'error', title: `${name} could not be opened`, body: `not valid JSON (${(e as Error).message})` });
      }
      const r = parseView(json);
      if (!r.ok) return showMessage({ kind: 'error', title: `${name} is not a Lineage Atlas view`, body: r.message });
      applyView(r.view);
    },
    [applyView, showMessage],
  );

  const openView = useCallback(async () => {
    if (bridge) {
      const r = await bridge.openView({});
      if (!r.ok) showMessage({ kind: 'error', title: 'The view could not be opened', body: r.message });
      else if (r.value) applyView(r.value.view);
    } else {
      const f = await pickFile('.json,application/json');
      if (f) openViewText(f.name, f.text);
    }
  }, [applyView, openViewText, showMessage]);

  const saveView = useCallback(async () => {
    const toSave: ViewSpec = cy ? { ...view, viewport: { zoom: cy.zoom(), pan: { ...cy.pan() } } } : view;
    if (bridge) {
      const r = await bridge.saveView({ view: toSave, suggestedName: `lineage-atlas-${view.layout}` });
      if (!r.ok) showMessage({ kind: 'error', title: 'The view was not saved', body: r.message });
    } else download(`lineage-atlas-${view.layout}.view.json`, `${JSON.stringify(toSave, null, 2)}\n`, 'application/json');
  }, [cy, view, showMessage]);

  // A canvas that was hidden behind the table measures its container again when shown.
  useEffect(() => {
    if (view.show === 'graph') cy?.resize();
  }, [cy, view.show]);

  // Menu commands from the desktop shell.
  useEffect(() => {
    if (!bridge) return;
    const run: Record<MenuCommand, () => void> = {
      'open-graph': () => void openGraph(),
      'open-view': () => void openView(),
      'save-view': () => void saveView(),
      'export-figure': () => setExporting('figure'),
      'export-data': () => setExporting('data'),
      'layout-timeline': () => setView((v) => ({ ...v, layout: 'timeline' })),
      'layout-lineage': () => setView((v) => ({ ...v, layout: 'lineage' })),
      'layout-force': () => setView((v) => ({ ...v, layout: 'force' })),
      'layout-techniques': () => setView((v) => ({ ...v, layout: 'techniques' })),
      'layout-comparison': () => setView((v) => ({ ...v, layout: 'comparison' })),
      'toggle-theme': () => setView((v) => ({ ...v, theme: v.theme === 'light' ? 'dark' : 'light' })),
      fit: () => cy && fitVisible(cy),
      'zoom-in': () => cy && zoomBy(cy, ZOOM_STEP),
      'zoom-out': () => cy && zoomBy(cy, 1 / ZOOM_STEP),
      'cite-survey': () => showMessage({ kind: 'info', title: 'How to cite the survey', body: SURVEY_CITATION }),
    };
    const offMenu = bridge.onMenuCommand((c) => run[c]?.());
    const offFile = bridge.onFileOpened((f) => openText(f.name, f.text));
    return () => {
      offMenu();
      offFile();
    };
  }, [cy, openGraph, openView, saveView, setView, openText, showMessage]);

  // Dropping a file on the window opens it: a .view.json as a view, any other .json as a graph.
  useEffect(() => {
    const over = (e: DragEvent) => {
      if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
    };
    const drop = async (e: DragEvent) => {
      const file = e.dataTransfer?.files[0];
      if (!file) return;
      e.preventDefault();
      const text = await file.text();
      if (file.name.endsWith('.view.json')) openViewText(file.name, text);
      else openText(file.name, text);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [openText, openViewText]);

  return (
    <div className={`app theme-${view.theme}`} data-theme={view.theme}>
      <Toolbar
        view={view}
        setView={setView}
        index={index}
        onPick={select}
        onOpenGraph={() => void openGraph()}
        onOpenView={() => void openView()}
        onSaveView={() => void saveView()}
        onExport={() => setExporting('figure')}
      />
      {urlError && (
        <p className="banner" role="alert">
          {urlError}
        </p>
      )}
      <Timeline bins={bins} view={view} setView={setView} />
      <div className="body">
        <Facets graph={graph} view={view} setView={setView} counts={counts} />
        <div className="main-area">
        <div className="show-switch" role="group" aria-label="Show">
          {(['graph', 'table', 'generations'] as const).map((m) => (
            <button key={m} type="button" aria-pressed={view.show === m} onClick={() => setView((v) => ({ ...v, show: m }))}>
              {{ graph: 'Graph', table: 'Table', generations: 'Generations' }[m]}
            </button>
          ))}
        </div>
        {view.show === 'table' && <DatasetTable graph={graph} ids={visible.nodes} selected={selected} onSelect={select} />}
        {view.show === 'generations' && <Generations graph={graph} ids={visible.nodes} onPickTechnique={select} />}
        <section className="graph" role="region" aria-label="Graph" hidden={view.show !== 'graph'}>
          {layout.axis?.kind === 'time' && <TimeAxisOverlay cy={cy} axis={layout.axis} />}
          {layout.axis?.kind === 'grid' && <GridOverlay cy={cy} grid={layout.axis} />}
          <LayoutProgress state={layoutState} name={view.layout} />
          <GraphCanvas
            graph={graph}
            visible={visible}
            positions={layout.positions}
            layoutKey={`${view.layout}|${kindsKey}|${layoutState.serial}`}
            filterMode={view.filterMode}
            theme={view.theme}
            selected={selected}
            highlight={highlight}
            restore={restore}
            onSelect={select}
            onReady={setCy}
          />
          <HoverCard cy={cy} graph={graph} />
          <Legend graph={graph} visible={visible} />
          <ZoomControls cy={cy} />
        </section>
        </div>
        <Details
          graph={graph}
          id={selected}
          view={view}
          setView={setView}
          onSelect={select}
          tracing={tracing?.to ?? null}
          traceFound={tracing ? trace !== null : null}
          onTrace={(to) => setTracing(to && selected ? { from: selected, to } : null)}
        />
      </div>
      <footer className="statusbar">
        <p role="status" aria-live="polite">
          {statusLine(visible)}
        </p>
        <p className="graph-name">{graphName}</p>
      </footer>
      {exporting && (
        <ExportDialog
        key={exporting}
        initialTab={exporting}
        onClose={() => setExporting(null)}
        graph={graph}
        view={view}
        visible={visible}
        layout={layout}
        dataHash={dataHash}
        onError={(body) => showMessage({ kind: 'error', title: 'The export was not saved', body })}
      />
      )}
    </div>
  );
}
