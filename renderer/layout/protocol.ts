// layout/protocol: the messages between the page and the layout worker, and the worker's handling of them as a
// pure function (tested without a Worker): the graph is sent once, then layouts are asked for by id.
import { layoutView } from '../../src/layout';
import { forceLayout, LayoutCancelled } from '../../src/layout/force';
import type { LayoutResult } from '../../src/layout/types';
import { type AtlasGraph, buildGraph } from '../../src/model/build';
import type { GraphDocument } from '../../src/schema/document';
import { LAYOUTS, type Layout } from '../../src/view/spec';

export type LayoutRequest =
  /** The graph later requests name by `graph` (its document as graphMessage encodes it); the worker keeps the last one sent. */
  | { readonly type: 'graph'; readonly graph: string; readonly json: Uint8Array }
  | { readonly type: 'layout'; readonly id: number; readonly graph: string; readonly layout: Layout; readonly ids: readonly string[] };

export type LayoutReply =
  | { readonly type: 'progress'; readonly id: number; readonly done: number }
  | { readonly type: 'result'; readonly id: number; readonly result: LayoutResult; readonly ms: number }
  | { readonly type: 'error'; readonly id: number; readonly message: string };

export type WorkerState = { graph?: { readonly key: string; readonly graph: AtlasGraph } };

/** Each document's JSON in UTF-8, made the first time it is sent and kept with the document. */
const ENCODED = new WeakMap<GraphDocument, Uint8Array>();

/**
 * The message that sends `document` to the worker as `graph`, with what to transfer: its JSON in UTF-8, a copy of the
 * bytes kept for it. A document posted as it is, the page's thread copies it object by object (structured clone),
 * every time a worker is sent it again (a layout cancelled ends its worker): for a 10,000-node graph 193 to 333 ms in
 * Node, 136 ms of a filter's click in the page's profile; at 50,000, 1.6 to 2.0 s. Its JSON is made once (50 to 76 ms;
 * 313 to 408 at 50,000), each later sending copies the bytes (4 ms; 23), and the worker parses them on its own thread.
 */
export function graphMessage(graph: string, document: GraphDocument): { message: LayoutRequest; transfer: ArrayBuffer[] } {
  let bytes = ENCODED.get(document);
  if (!bytes) ENCODED.set(document, (bytes = new TextEncoder().encode(JSON.stringify(document))));
  const json = bytes.slice();
  return { message: { type: 'graph', graph, json }, transfer: [json.buffer] };
}

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
    const document = JSON.parse(new TextDecoder().decode(msg.json)) as GraphDocument;
    state.graph = { key: msg.graph, graph: buildGraph(document) };
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
