// Explorer: the window a researcher lives in. Derives everything from the graph and the view; owns only selection,
// the dialogs and the cytoscape handle.
import type { Core } from 'cytoscape';
import { lazy, Suspense, useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { documentHash } from '../src/figure/hash';
import type { MenuCommand } from '../src/ipc/contract';
import { shownOf } from '../src/export/data';
import { buildGraph } from '../src/model/build';
import { facetCounts } from '../src/queries/facets';
import { releasesPerMonth } from '../src/queries/histogram';
import { buildSearchIndex } from '../src/queries/search';
import type { GraphDocument } from '../src/schema/document';
import { type Scene, sceneMembers, statusLine } from '../src/view/scene';
import { parseViewText } from '../src/view/file';
import {
  replaceView,
  setColourBy as setColourByIntent,
  setLayout,
  setShow,
  showSelection,
  togglePicked,
  toggleTheme,
  trace,
} from '../src/view/intents';
import { defaultView, type ViewSpec } from '../src/view/spec';
import { visibleElements } from '../src/view/visible';
import type { ColourBy } from '../src/style/palette';
import { GraphCanvas } from './canvas/GraphCanvas';
import { GridOverlay } from './canvas/GridOverlay';
import { HoverCard } from './canvas/HoverCard';
import { TimeAxisOverlay } from './canvas/TimeAxisOverlay';
import { Details } from './panels/Details';
import { Facets } from './panels/Facets';
import { Legend } from './panels/Legend';
import { SubjectBar } from './canvas/SubjectBar';
import { fitScene } from './canvas/frame';
import { ZOOM_STEP, ZoomControls, zoomBy } from './canvas/ZoomControls';
import type { Message } from './panels/MessageDialog';
import { Timeline } from './panels/Timeline';
import { GRAPH_ACCEPT, Toolbar } from './panels/Toolbar';
import { Layers } from './panels/Layers';
import type { AddLayer } from './panels/AddCatalogue';
import { type LayeredDocument, type LayerInfo, withLayers } from '../src/model/layers';
import { LayoutProgress } from './layout/LayoutProgress';
import { useFileDrop } from './state/useFileDrop';
import { useLayout } from './layout/useLayout';
import { bridge, download, pickFile } from './platform';
import { useLayoutReady } from './state/useLayoutReady';
import { useView } from './state/useView';
import { takeMappings, withSessionMappings } from './panels/mapping-store';

// Panels the first paint does not show load on first use, out of the page's first chunk (the export dialog
// brings the figure composer and the data writers).
const ExportDialog = lazy(() => import('./panels/ExportDialog').then((m) => ({ default: m.ExportDialog })));
const DatasetTable = lazy(() => import('./panels/DatasetTable').then((m) => ({ default: m.DatasetTable })));
const Generations = lazy(() => import('./panels/Generations').then((m) => ({ default: m.Generations })));

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
  /** Datasets per layer and "Add catalogue…" (issue 12); absent where an opened file replaced the graph. */
  readonly layers?: readonly { readonly layer: LayerInfo; readonly datasets: number; readonly nodes: number }[] | undefined;
  readonly onAddCatalogue?: (name: string, text: string) => void;
  readonly onAddLayer?: AddLayer;
  /** The layers the document was made of, for the Layer facet. */
  readonly layered?: LayeredDocument | undefined;
};

export function Explorer({ document: doc, graphName, openText, showMessage, layers, onAddCatalogue, onAddLayer, layered }: Props) {
  const graph = useMemo(() => withLayers(buildGraph(doc), layered), [doc, layered]);
  const index = useMemo(() => buildSearchIndex(graph), [graph]);
  const dataHash = useMemo(() => documentHash(doc), [doc]);
  const [cy, setCy] = useState<Core | null>(null);
  const { view, setView, urlError, returned } = useView(() => (cy ? { zoom: cy.zoom(), pan: { ...cy.pan() } } : null));
  const [selected, setSelected] = useState<string | undefined>(view.focus);
  const [exporting, setExporting] = useState<'figure' | 'data' | null>(null);
  const colourBy = view.colourBy;
  const setColourBy = useCallback((c: ColourBy) => setView(setColourByIntent(c)), [setView]);
  const [restore, setRestore] = useState<{ viewport: ViewSpec['viewport']; serial: number }>({ viewport: view.viewport, serial: 0 });
  const bins = useMemo(() => releasesPerMonth(graph).bins, [graph]);

  // The scene: computed once here and handed to the canvas, the panels and the export dialog alike. Its layout
  // runs in a worker for large graphs (progress, Cancel, cached per graph, layout and drawn ids); a layout whose
  // engine is still loading (Graphviz, once) has no positions yet, and the canvas keeps its own until then.
  const layoutError = useCallback(
    (body: string) => showMessage({ kind: 'error', title: 'The layout could not be drawn', body }),
    [showMessage],
  );
  const engineReady = useLayoutReady(view.layout, layoutError);
  const members = useMemo(() => sceneMembers(graph, view), [graph, view]);
  const layoutState = useLayout(doc, graph, members, engineReady);
  const layout = layoutState.result;
  const scene: Scene = useMemo(
    () => ({ ...members, view, layout, layoutKey: `${members.layoutKey}|${layoutState.serial}` }),
    [members, view, layout, layoutState.serial],
  );
  // The panels beside the canvas (the facets' counts, the legend, the table, the generations chart) follow a change
  // a render later (React's deferred values): the canvas draws it first, the panels once it is painted. At 10,000
  // nodes their work (the counts, the legend's kinds, the sets of what is shown) held a filter's paint back by 60 to
  // 100 ms of its click (profiled).
  const panelScene = useDeferredValue(scene);
  const shown = useMemo(() => shownOf(panelScene), [panelScene]);
  const panelFilter = useDeferredValue(view.filter);
  const counts = useMemo(() => facetCounts(graph, panelFilter), [graph, panelFilter]);
  // What the view draws with no filter and no subject, whose legend the legend's strip keeps room for.
  const { kinds, layout: layoutName } = view;
  const legendReserve = useMemo(() => visibleElements(graph, { ...defaultView(), kinds, layout: layoutName }), [graph, kinds, layoutName]);
  const status = statusLine(scene.status);
  const select = useCallback((id: string | undefined) => setSelected(id), []);
  // Nodes picked by hand (shift- or Ctrl/Cmd-click, or the details panel) until shown as the view's selection
  // (a new graph mounts a new Explorer, so picks never outlive their graph).
  const [picked, setPicked] = useState<string[]>([]);
  const pick = useCallback((id: string) => setPicked((p) => togglePicked(p, id)), []);
  const showPicked = useCallback(() => {
    setView(showSelection(picked));
    setPicked([]);
  }, [picked, setView]);

  const applyView = useCallback(
    (next: ViewSpec) => {
      setView(replaceView(takeMappings(next))); // other tools' mappings saved with it (issue 16) are restored
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
      const f = await pickFile(GRAPH_ACCEPT);
      if (f) openText(f.name, f.text);
    }
  }, [openText, showMessage]);

  const openViewText = useCallback(
    (name: string, text: string) => {
      const r = parseViewText(name, text);
      if (!r.ok) return showMessage({ kind: 'error', title: `${name} could not be opened`, body: r.message });
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
      void pickFile('.json,application/json').then((f) => f && openViewText(f.name, f.text));
    }
  }, [applyView, openViewText, showMessage]);

  const saveView = useCallback(async () => {
    const toSave = withSessionMappings(cy ? { ...view, viewport: { zoom: cy.zoom(), pan: { ...cy.pan() } } } : view);
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
      'layout-timeline': () => setView(setLayout('timeline')),
      'layout-lineage': () => setView(setLayout('lineage')),
      'layout-force': () => setView(setLayout('force')),
      'layout-techniques': () => setView(setLayout('techniques')),
      'layout-comparison': () => setView(setLayout('comparison')),
      'toggle-theme': () => setView(toggleTheme()),
      fit: () => cy && fitScene(cy, scene, false),
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
  }, [cy, scene, openGraph, openView, saveView, setView, openText, showMessage]);

  useFileDrop(openText, openViewText);

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
              <button key={m} type="button" aria-pressed={view.show === m} onClick={() => setView(setShow(m))}>
                {{ graph: 'Graph', table: 'Table', generations: 'Generations' }[m]}
              </button>
            ))}
          </div>
          <Suspense fallback={null}>
            {view.show === 'table' && <DatasetTable graph={graph} ids={shown.nodes} selected={selected} onSelect={select} />}
            {view.show === 'generations' && <Generations graph={graph} ids={shown.nodes} onPick={select} />}
          </Suspense>
          <section className="graph" role="region" aria-label="Graph" hidden={view.show !== 'graph'}>
            <SubjectBar
              graph={graph}
              scene={scene}
              setView={setView}
              picked={picked}
              onShowPicked={showPicked}
              onClearPicked={() => setPicked([])}
            />
            <div className="graph-stage">
              {layout.axis?.kind === 'time' && <TimeAxisOverlay cy={cy} axis={layout.axis} />}
              {layout.axis?.kind === 'grid' && <GridOverlay cy={cy} grid={layout.axis} />}
              <LayoutProgress state={layoutState} name={view.layout} />
              <GraphCanvas
                graph={graph}
                scene={scene}
                theme={view.theme}
                colourBy={colourBy}
                selected={selected}
                restore={restore}
                returned={returned}
                onSelect={select}
                onReady={setCy}
                picked={picked}
                onPick={pick}
              />
              <HoverCard cy={cy} graph={graph} />
              <ZoomControls cy={cy} scene={scene} />
            </div>
            <Legend graph={graph} shown={shown} reserve={legendReserve} colourBy={colourBy} onColourBy={setColourBy} />
          </section>
        </div>
        <Details
          graph={graph}
          id={selected}
          view={view}
          setView={setView}
          onSelect={select}
          tracing={view.trace?.to ?? null}
          traceFound={view.trace ? scene.subject?.problem === undefined : null}
          onTrace={(to) => setView(trace(to && selected ? { from: selected, to } : undefined))}
          picked={selected !== undefined && picked.includes(selected)}
          onPick={pick}
        />
      </div>
      <footer className="statusbar">
        <p role="status" aria-live="polite" title={status}>
          {status}
        </p>
        {layers && onAddCatalogue && onAddLayer && <Layers counts={layers} onAdd={onAddCatalogue} onAddLayer={onAddLayer} />}
        <p className="graph-name">{graphName}</p>
      </footer>
      <Suspense fallback={null}>
        {exporting && (
          <ExportDialog
            key={exporting}
            initialTab={exporting}
            onClose={() => setExporting(null)}
            graph={graph}
            scene={scene}
            dataHash={dataHash}
            onError={(body) => showMessage({ kind: 'error', title: 'The export was not saved', body })}
          />
        )}
      </Suspense>
    </div>
  );
}
