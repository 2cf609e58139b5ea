// layout.worker: runs the core's layouts off the main thread (see ./protocol for the messages).
import { handleLayoutMessage, type LayoutReply, type LayoutRequest, type WorkerState } from './protocol';

const scope = self as unknown as { postMessage: (r: LayoutReply) => void; onmessage: ((e: MessageEvent<LayoutRequest>) => void) | null };
const state: WorkerState = {};
scope.onmessage = (e) => handleLayoutMessage(state, e.data, (r) => scope.postMessage(r));
