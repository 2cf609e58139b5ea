// layout/graphviz: loads Graphviz (WebAssembly, @viz-js/viz) on demand. The module is 1.2 MB, so it is
// imported dynamically: bundlers split it into a chunk of its own that only the layered layout pulls in.
import type { GraphvizEngine } from './layered';

let loading: Promise<GraphvizEngine> | undefined;

/** The shared Graphviz instance, compiled once; later calls answer the same promise. */
export function loadGraphviz(): Promise<GraphvizEngine> {
  loading ??= import('@viz-js/viz').then((m) => m.instance());
  return loading;
}
