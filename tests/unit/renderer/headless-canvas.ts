// The survey graph on a headless cytoscape, for the canvas tests (stage, sceneClasses): the graph, its default
// layout and a scene of it are built once per test file, each canvas made fresh per test.
import cytoscape, { type Core } from 'cytoscape';
import { loadBuiltinGraph } from '../../../renderer/data/builtin';
import { buildGraph } from '../../../src/model/build';
import { sceneOf, type Scene } from '../../../src/view/scene';
import { defaultView, type ViewSpec } from '../../../src/view/spec';

const loaded = loadBuiltinGraph();
if (!('document' in loaded) || !loaded.document) throw new Error('the built-in graph did not load');
/** The built-in survey graph. */
export const graph = buildGraph(loaded.document);
/** Its default view's layout, which every scene below is drawn at. */
export const layout = sceneOf(graph, defaultView()).layout;
/** The scene of the default view changed by `patch`, at the default layout. */
export const scene = (patch: Partial<ViewSpec>): Scene => sceneOf(graph, { ...defaultView(), ...patch }, layout);

/** An empty cytoscape with no renderer but its style on (element sizes, bounding boxes), as the canvas's code reads it. */
export const headless = (): Core => cytoscape({ headless: true, styleEnabled: true });

/** The sorted ids of what `sel` matches. */
export const ids = (cy: Core, sel: string): string[] =>
  cy
    .$(sel)
    .map((e) => e.id())
    .sort();
