// foreign/reader: the page's side of the worker that reads other tools' graphs (./foreign.worker): one worker per
// mapping step, ended when the step closes (so closing it stops a long read), answering one request at a time.
import type { ForeignReply, ForeignRequest } from './protocol';

type Ask = ForeignRequest extends infer R ? (R extends ForeignRequest ? Omit<R, 'id'> : never) : never;

export type ForeignReader = { readonly ask: (ask: Ask) => Promise<ForeignReply>; readonly close: () => void };

export function startReader(): ForeignReader {
  const worker = new Worker(new URL('./foreign.worker.ts', import.meta.url), { type: 'module' });
  let next = 1;
  const waiting = new Map<number, (r: ForeignReply) => void>();
  worker.onmessage = (e: MessageEvent<ForeignReply>) => {
    waiting.get(e.data.id)?.(e.data);
    waiting.delete(e.data.id);
  };
  worker.onerror = (e) => {
    e.preventDefault();
    for (const [id, done] of waiting) done({ id, ok: false, message: `the reader stopped: ${e.message || 'out of memory?'}` });
    waiting.clear();
  };
  return {
    ask: (ask) =>
      new Promise((resolve) => {
        const id = next++;
        waiting.set(id, resolve);
        worker.postMessage({ ...ask, id } as ForeignRequest);
      }),
    close: () => worker.terminate(),
  };
}
