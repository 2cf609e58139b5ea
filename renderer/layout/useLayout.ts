// layout/useLayout: a view's layout, computed in a Web Worker with progress and Cancel, kept in the scene's one
// layout cache (view/scene: per graph, layout and drawn ids), where the export dialog and the CLI find it too.
// Small graphs are laid out on the spot (faster than a round trip to the worker).
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { layoutView } from '../../src/layout';
import type { LayoutResult } from '../../src/layout/types';
import type { AtlasGraph } from '../../src/model/build';
import { keepFor, peekFor, type PerGraph } from '../../src/model/cache';
import type { GraphDocument } from '../../src/schema/document';
import { cachedLayout, keepLayout, layoutOf, type SceneMembers } from '../../src/view/scene';
import type { Layout } from '../../src/view/spec';
import { laysOutHere, placesAll } from './first';
import { gridPlaceholder } from './placeholder';
import { graphMessage, type LayoutReply, type LayoutRequest } from './protocol';

export { SYNC_FORCE_UP_TO, SYNC_LAYOUT_UP_TO } from './first';

export type LayoutState = {
  /** The layout to draw: the finished one, or while it runs the last one shown (or a grid). */
  readonly result: LayoutResult;
  /** Changes whenever `result` does: the canvas animates to new positions then. */
  readonly serial: number;
  readonly pending: boolean;
  /** 0..1 while pending. */
  readonly progress: number;
  readonly cancelled: boolean;
  readonly cancel: () => void;
  /** Lays out again a view whose layout was cancelled (a view left cancelled stays so when it is shown again). */
  readonly retry: () => void;
  /** How long the last worker layout took inside the worker, ms (for the benchmark and the status). */
  readonly ms?: number;
};

const newWorker = () => new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });

type Job = {
  readonly id: number;
  readonly key: string;
  readonly graph: AtlasGraph;
  readonly ids: readonly string[];
  readonly layout: Layout;
};

/** A job laid out on this thread, kept in the one cache. */
function keepLayoutOf(j: Pick<Job, 'key' | 'graph' | 'ids' | 'layout'>): LayoutResult {
  const result = layoutView(j.graph, j.ids, j.layout);
  keepLayout(j.graph, j.key, result);
  return result;
}

/**
 * Views whose layout was cancelled, per graph, with the positions drawn when it was: shown again (Show everything
 * after a focus), such a view is drawn there and says it was cancelled, rather than starting again the layout that
 * was stopped (at 10,000 nodes a minute of the worker's time, and the graph moving under the person who stopped it).
 */
const CANCELLED: PerGraph<LayoutResult> = new WeakMap();

/** The layout of a view whose engine is still loading: no positions yet (the canvas waits for them). */
const PENDING: LayoutResult = { positions: {} };

/** How a view is laid out, decided when it is shown: here, or in the worker with what stands in meanwhile. */
type Decision = { readonly key: string; readonly engineReady: boolean; readonly sync: boolean; readonly standIn?: LayoutResult };

/**
 * The layout of a scene's members (what it draws, keyed by their `layoutKey`). `engineReady`: the layout's
 * engine is loaded on this thread (Graphviz for the layered lineage, see prepareLayout).
 */
export function useLayout(
  doc: GraphDocument,
  graph: AtlasGraph,
  members: Pick<SceneMembers, 'nodes' | 'layoutKey' | 'view'>,
  engineReady = true,
): LayoutState {
  const { layoutKey: key, nodes: ids } = members;
  const layout = members.view.layout;
  const [state, setState] = useState<{
    key: string;
    resultKey: string;
    result?: LayoutResult;
    progress: number;
    cancelled: boolean;
    ms?: number;
    serial: number;
  }>({
    key: '',
    resultKey: '',
    progress: 0,
    cancelled: false,
    serial: 0,
  });

  /** What a view is drawn with that is not laid out on this thread: its own layout once known, else a stand-in. */
  const asyncDrawn = (d: Decision): LayoutResult | undefined =>
    state.resultKey === d.key
      ? state.result
      : (cachedLayout(graph, d.key) ?? peekFor(CANCELLED, graph, d.key) ?? d.standIn ?? state.result);
  // Decided once per view, from what the view before it was drawn with (React's state from the previous render): laid
  // out on this thread (layout/first laysOutHere), or in the worker, the last layout standing in where it places
  // every node of the view.
  const decide = (last: LayoutResult | undefined): Decision => ({
    key,
    engineReady,
    sync: !engineReady || laysOutHere(members, last),
    standIn: placesAll(last, ids) ? last : undefined,
  });
  const [decided, setDecided] = useState<Decision>(() => decide(undefined));
  let decision = decided;
  if (decided.key !== key || decided.engineReady !== engineReady) {
    decision = decide(decided.sync ? cachedLayout(graph, decided.key) : asyncDrawn(decided));
    setDecided(decision);
  }
  const { sync, standIn } = decision;
  const syncResult = useMemo(
    () => (!sync ? undefined : !engineReady ? PENDING : layoutOf(graph, { nodes: ids, layoutKey: key, view: members.view })),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- key stands for the layout and the drawn ids
    [sync, engineReady, graph, key],
  );
  const worker = useRef<{ worker: Worker; graph?: AtlasGraph } | null>(null);
  const job = useRef<Job | null>(null);
  const serial = useRef(0);
  /** Bumped by retry: runs the layout effect again for the same view. */
  const [attempt, setAttempt] = useState(0);

  const stopWorker = useCallback(() => {
    worker.current?.worker.terminate();
    worker.current = null;
    job.current = null;
  }, []);
  useEffect(() => stopWorker, [stopWorker]);

  useEffect(() => {
    if (sync) return;
    // A layout of another view still running is of no use now: end it.
    if (job.current) stopWorker();
    const hit = cachedLayout(graph, key);
    if (hit) {
      setState({ key, resultKey: key, result: hit, progress: 1, cancelled: false, serial: ++serial.current });
      return;
    }
    const stopped = peekFor(CANCELLED, graph, key);
    if (stopped) {
      setState((s) => ({ ...s, key, result: stopped, progress: 0, cancelled: true, serial: ++serial.current }));
      return;
    }
    // Where no worker can start (a page policy, an old shell), the layout runs here: slower, never missing.
    const onThisThread = (j: Pick<Job, 'key' | 'graph' | 'ids' | 'layout'>) => {
      stopWorker();
      const result = keepLayoutOf(j);
      setState({ key: j.key, resultKey: j.key, result, progress: 1, cancelled: false, serial: ++serial.current });
    };
    if (!worker.current) {
      let w: Worker;
      try {
        w = newWorker();
      } catch (e) {
        console.warn(`layout: no worker (${(e as Error).message}); laying out on the main thread`);
        return onThisThread({ key, graph, ids, layout });
      }
      worker.current = { worker: w };
      w.onerror = (e) => {
        console.warn(`layout: the worker failed (${e.message}); laying out on the main thread`);
        e.preventDefault();
        if (job.current) onThisThread(job.current);
      };
      w.onmessage = (e: MessageEvent<LayoutReply>) => {
        const m = e.data;
        const j = job.current;
        if (!j || m.id !== j.id) return;
        if (m.type === 'progress') setState((s) => (s.key === j.key ? { ...s, progress: m.done } : s));
        else if (m.type === 'result') {
          keepLayout(j.graph, j.key, m.result);
          job.current = null;
          setState({ key: j.key, resultKey: j.key, result: m.result, progress: 1, cancelled: false, ms: m.ms, serial: ++serial.current });
        } else {
          job.current = null;
          console.error(m.message);
          setState((s) => ({ ...s, cancelled: true }));
        }
      };
    }
    const w = worker.current;
    const send = (r: LayoutRequest, transfer: Transferable[] = []) => w.worker.postMessage(r, transfer);
    if (w.graph !== graph) {
      const { message, transfer } = graphMessage('current', doc);
      send(message, transfer);
      w.graph = graph;
    }
    const id = ++serial.current;
    job.current = { id, key, graph, ids, layout };
    // The last result stays drawn while the new one is computed.
    setState((s) => ({ ...s, key, progress: 0, cancelled: false }));
    send({ type: 'layout', id, graph: 'current', layout, ids: [...ids] });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- key stands for layout and ids
  }, [sync, graph, doc, key, stopWorker, attempt]);

  // The grid drawn while a first layout runs, made only when it is drawn (at 10,000 nodes, 35 ms of every filter's
  // click in a profile, where the filter's layout was kept and no grid drawn).
  const placeholder = useMemo(() => {
    let grid: LayoutResult | undefined;
    return () => (grid ??= gridPlaceholder(ids));
  }, [ids]);
  const cancel = useCallback(() => {
    const j = job.current;
    if (!j) return;
    stopWorker();
    // Kept: what is drawn now, the last result or the grid, the very object drawn (the canvas shows a scene drawn with
    // it again as it was, and draws it anew for another object, even one with the same places). An updater may run
    // twice: the same entry is set again.
    setState((s) => {
      const drawn = j.key === key ? (standIn ?? s.result) : s.result;
      keepFor(CANCELLED, j.graph, j.key, drawn ?? (j.ids === ids ? placeholder() : gridPlaceholder(j.ids)), Infinity);
      return { ...s, cancelled: true };
    });
  }, [stopWorker, ids, placeholder, key, standIn]);
  const retry = useCallback(() => {
    CANCELLED.get(graph)?.delete(key);
    setAttempt((n) => n + 1);
  }, [graph, key]);

  if (sync) return { result: syncResult!, serial: 0, pending: false, progress: 1, cancelled: false, cancel, retry };
  const ready = state.resultKey === key;
  // A layout known for this view already (kept, or cancelled and kept as it was drawn) is drawn at once, not after the
  // effect above says so: with the grid meanwhile, Show everything after a focus on a cancelled 10,000-node layout drew
  // the whole graph anew in the small instance, then again in the big one.
  const kept = ready ? undefined : cachedLayout(graph, key);
  const stopped = ready || kept ? undefined : peekFor(CANCELLED, graph, key);
  const result = asyncDrawn(decision) ?? placeholder();
  return {
    result,
    serial: state.serial,
    pending: !ready && !kept && !stopped && !state.cancelled,
    progress: state.key === key ? state.progress : 0,
    cancelled: !ready && (stopped !== undefined || (state.cancelled && !kept)),
    cancel,
    retry,
    ...(state.ms !== undefined ? { ms: state.ms } : {}),
  };
}
