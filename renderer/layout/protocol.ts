// layout/protocol: the messages between the page and the layout worker, and the worker's handling of them as a
// pure function (tested without a Worker): the graph is sent once, then layouts are asked for by id.
import { layoutView } from '../../src/layout';
import { forceLayout, LayoutCancelled } from '../../src/layout/force';
import type { LayoutResult } from '../../src/layout/types';
import { type AtlasGraph, buildGraph } from '../../src/model/build';
import type { GraphDocument } from '../../src/schema/document';
import { LAYOUTS, type Layout } from '../../src/view/spec';

export type LayoutRequest =
  /** The graph later requests name by `graph`; the worker keeps the last one sent. */
  | { readonly type: 'graph'; readonly graph: string; readonly document: GraphDocument }
  | { readonly type: 'layout'; readonly id: number; readonly graph: string; readonly layout: Layout; readonly ids: readonly string[] };

export type LayoutReply =
  | { readonly type: 'progress'; readonly id: number; readonly done: number }
  | { readonly type: 'result'; readonly id: number; readonly result: LayoutResult; readonly ms: number }
  | { readonly type: 'error'; readonly id: number; readonly message: string };

export type WorkerState = { graph?: { readonly key: string; readonly graph: AtlasGraph } };

/**
 * Handles one message. Layouts run to the end here (a worker's messages wait while one runs), so
 * the page cancels a layout by ending the worker and starting another, not by a message.
 */
export function handleLayoutMessage(
  state: WorkerState,
  msg: LayoutRequest,
  post: (r: LayoutReply) => void,
  now: () => number = () => Date.now(),
): void {
  if (msg.type === 'graph') {
    state.graph = { key: msg.graph, graph: buildGraph(msg.document) };
    return;
  }
  if (msg.type !== 'layout') throw new Error(`layout/protocol: unknown message "${String((msg as { type?: unknown }).type)}"`);
  const fail = (message: string) => post({ type: 'error', id: msg.id, message });
  if (!state.graph || state.graph.key !== msg.graph) return fail(`layout/protocol: graph "${msg.graph}" was not sent`);
  if (!(LAYOUTS as readonly string[]).includes(msg.layout)) return fail(`layout: unknown layout "${String(msg.layout)}"`);
  const t0 = now();
  let last = -1;
  const onProgress = (done: number) => {
    // At most a hundred progress messages a layout.
    const pct = Math.floor(done * 100);
    if (pct > last) post({ type: 'progress', id: msg.id, done: (last = pct) / 100 });
  };
  try {
    onProgress(0);
    const g = state.graph.graph;
    const result = msg.layout === 'force' ? forceLayout(g, msg.ids, { onProgress }) : layoutView(g, msg.ids, msg.layout);
    onProgress(1);
    post({ type: 'result', id: msg.id, result, ms: now() - t0 });
  } catch (e) {
    if (e instanceof LayoutCancelled) return;
    fail((e as Error).message);
  }
}
