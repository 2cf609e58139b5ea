// figure: a scene as a figure (SVG here; PNG and PDF are made from this SVG in main/).
import type { AtlasGraph } from '../model/build';
import { sceneOf } from '../view/scene';
import type { ViewSpec } from '../view/spec';
import { composeFigure, type Figure } from './compose';
import { FigureOptions } from './options';

export * from './hash';
export * from './options';
export { composeFigure, type Figure } from './compose';
export type { FigureMeta } from './draw';
export { MAX_HEIGHT_INCHES } from './printed';
export { FIGURE_FONT, textWidth } from './metrics';
export { escapeXml } from './primitives';

/** A view of a graph as a figure, laid out here: what the CLI calls (the app passes the scene it drew). */
export function figureOf(graph: AtlasGraph, dataHash: string, view: ViewSpec, options: Partial<FigureOptions> = {}): Figure {
  return composeFigure(graph, sceneOf(graph, view), FigureOptions.parse(options), { dataHash });
}
