// figure: a view of a graph document as a figure (SVG here; PNG and PDF are made from this SVG in main/).
import { layoutView } from '../layout';
import type { AtlasGraph } from '../model/build';
import { lineageHighlight } from '../view/highlight';
import type { ViewSpec } from '../view/spec';
import { visibleElements } from '../view/visible';
import { FigureOptions } from './options';
import { composeFigureSvg } from './svg';

export * from './hash';
export * from './options';
export { composeFigureSvg, escapeXml, FIGURE_FONT, labelsLeftOut } from './svg';

/** The whole pipeline from a view to SVG, as the app and the CLI both call it. */
export function figureSvg(graph: AtlasGraph, dataHash: string, view: ViewSpec, options: Partial<FigureOptions> = {}): string {
  const o = FigureOptions.parse(options);
  const drawn = graph.filterNodes((_id, n) => view.kinds.includes(n.kind));
  return composeFigureSvg({
    graph,
    view,
    visible: visibleElements(graph, view),
    layout: layoutView(graph, drawn, view.layout),
    highlight: lineageHighlight(graph, view.focus, view.depth),
    options: o,
    dataHash,
  });
}
