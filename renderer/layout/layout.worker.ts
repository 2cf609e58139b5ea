// layout.worker: runs the core's layouts off the main thread (see ./protocol for the messages).
import { prepareLayout } from '../../src/layout';
import { handleLayoutMessage, type LayoutReply, type LayoutRequest, type WorkerState } from './protocol';

const scope = self as unknown as { postMessage: (r: LayoutReply) => void; onmessage: ((e: MessageEvent<LayoutRequest>) => void) | null };
const state: WorkerState = {};
// A layout whose engine loads on first use (Graphviz for the layered lineage) is prepared before it runs.
scope.onmessage = async (e) => {
  if (e.data.type === 'layout') await prepareLayout(e.data.layout);
  handleLayoutMessage(state, e.data, (r) => scope.postMessage(r));
};
