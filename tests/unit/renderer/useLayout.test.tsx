// @vitest-environment happy-dom
// layout/useLayout fills the scene's one layout cache: a layout its worker computed is the one sceneOf (the
// export dialog, the CLI) finds for the same graph, layout and drawn nodes; a small scene is laid out once.
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { handleLayoutMessage, type LayoutReply, type LayoutRequest, type WorkerState } from '../../../renderer/layout/protocol';
import { SYNC_FORCE_UP_TO, SYNC_LAYOUT_UP_TO, useLayout } from '../../../renderer/layout/useLayout';
import { syntheticGraph } from '../../../bench/synthetic';
import { buildGraph } from '../../../src/model/build';
import { loadGraph } from '../../../src/import/load';
import { type SceneMembers, sceneMembers, sceneOf } from '../../../src/view/scene';
import { defaultView, type ViewSpec } from '../../../src/view/spec';
import { miniFile } from '../../fixtures/mini';

/** A Worker that runs the worker's own message handling, answering asynchronously as a real one does. */
class FakeWorker {
  static posted: LayoutReply[] = [];
  /** The layouts asked of every fake worker. */
  static asked = 0;
  onmessage: ((e: MessageEvent<LayoutReply>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  private readonly state: WorkerState = {};
  postMessage(msg: LayoutRequest): void {
    if (msg.type === 'layout') FakeWorker.asked++;
    setTimeout(() =>
      handleLayoutMessage(this.state, structuredClone(msg), (r) => {
        FakeWorker.posted.push(r);
        this.onmessage?.({ data: r } as MessageEvent<LayoutReply>);
      }),
    );
  }
  terminate(): void {}
}

const load = (file: unknown) => {
  const r = loadGraph([{ file: 'g.json', text: JSON.stringify(file) }]);
  if (!r.ok) throw new Error('the test graph did not load');
  return { doc: r.document, graph: buildGraph(r.document) };
};

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  FakeWorker.posted = [];
  FakeWorker.asked = 0;
});

describe('layout/useLayout', () => {
  it('keeps the layout its worker computed where sceneOf finds it', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const { doc, graph } = load(syntheticGraph(600));
    const view: ViewSpec = { ...defaultView(), layout: 'timeline' };
    const members = sceneMembers(graph, view);
    expect(members.nodes.length).toBeGreaterThan(SYNC_LAYOUT_UP_TO);
    const { result } = renderHook(() => useLayout(doc, graph, members));
    await waitFor(() => expect(result.current.pending).toBe(false), { timeout: 20_000 });
    const reply = FakeWorker.posted.find((r) => r.type === 'result');
    expect(reply?.type).toBe('result');
    // The result the page received from the worker, not one computed again on this thread.
    expect(result.current.result).toBe((reply as Extract<LayoutReply, { type: 'result' }>).result);
    expect(sceneOf(graph, view).layout).toBe(result.current.result);
  });

  it('lays a small scene out on the spot, once, in the same cache', () => {
    vi.stubGlobal('Worker', FakeWorker);
    const { doc, graph } = load(miniFile());
    const view: ViewSpec = { ...defaultView(), layout: 'timeline' };
    const { result } = renderHook(() => useLayout(doc, graph, sceneMembers(graph, view)));
    expect(result.current.pending).toBe(false);
    expect(FakeWorker.posted).toEqual([]);
    expect(sceneOf(graph, { ...view, theme: 'dark' }).layout).toBe(result.current.result);
  });

  it('leaves a cancelled layout cancelled when its view is shown again, until asked to lay out again', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const { doc, graph } = load(syntheticGraph(600));
    const view: ViewSpec = { ...defaultView(), layout: 'timeline' };
    const whole = sceneMembers(graph, view);
    const focus = sceneMembers(graph, { ...view, focus: 'd1', depth: 1 });
    expect(focus.nodes.length).toBeLessThanOrEqual(SYNC_LAYOUT_UP_TO);
    // Every render's answer, to see the first one after a change, before the hook's effect has run.
    const seen: ReturnType<typeof useLayout>[] = [];
    const { result, rerender } = renderHook(
      ({ m }) => {
        const r = useLayout(doc, graph, m);
        seen.push(r);
        return r;
      },
      { initialProps: { m: whole } },
    );
    expect(result.current.pending).toBe(true);
    const drawn = result.current.result;
    act(() => result.current.cancel());
    expect(result.current.cancelled).toBe(true);
    expect(FakeWorker.asked).toBe(1);
    rerender({ m: focus });
    expect(result.current.cancelled).toBe(false);
    const before = seen.length;
    rerender({ m: whole });
    // Shown again: where it was drawn when cancelled, still cancelled, and no layout asked of the worker. From its
    // first render on, with the very object drawn (the canvas shows a picture drawn with it again as it was).
    for (const r of seen.slice(before)) expect([r.result === drawn, r.cancelled, r.pending]).toEqual([true, true, false]);
    expect(result.current.result).toBe(drawn);
    expect(FakeWorker.asked).toBe(1);
    act(() => result.current.retry());
    expect(FakeWorker.asked).toBe(2);
    expect(result.current.pending).toBe(true);
    await waitFor(() => expect(result.current.pending).toBe(false), { timeout: 20_000 });
    expect(result.current.cancelled).toBe(false);
    expect(sceneOf(graph, view).layout).toBe(result.current.result);
  });

  it('draws a mid-sized force view where the view before placed its nodes while the worker lays it out, then its own', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const { doc, graph } = load(syntheticGraph(150));
    const whole = sceneMembers(graph, defaultView());
    expect(whole.nodes.length).toBeGreaterThan(SYNC_FORCE_UP_TO);
    expect(whole.nodes.length).toBeLessThanOrEqual(SYNC_LAYOUT_UP_TO);
    const nodes = whole.nodes.slice(0, SYNC_FORCE_UP_TO + 10);
    const part = { nodes, layoutKey: `force|${nodes.join('\n')}`, view: defaultView() };
    type Members = Pick<SceneMembers, 'nodes' | 'layoutKey' | 'view'>;
    const { result, rerender } = renderHook<ReturnType<typeof useLayout>, { m: Members }>(({ m }) => useLayout(doc, graph, m), {
      initialProps: { m: whole },
    });
    // A first view: nothing drawn before it, so laid out here at once.
    expect([result.current.pending, FakeWorker.asked]).toEqual([false, 0]);
    const first = result.current.result;
    rerender({ m: part });
    // Its nodes drawn where the view before placed them, while the worker lays the view out.
    expect(result.current.result).toBe(first);
    expect(result.current.pending).toBe(true);
    expect(FakeWorker.asked).toBe(1);
    const serial = result.current.serial;
    await waitFor(() => expect(result.current.pending).toBe(false), { timeout: 20_000 });
    expect(Object.keys(result.current.result.positions).sort()).toEqual([...nodes].sort());
    expect(result.current.serial).not.toBe(serial);
    expect(sceneOf(graph, defaultView()).layout).toBe(first);
    // The same view again: its own layout, kept, at once.
    rerender({ m: whole });
    const own = result.current.result;
    rerender({ m: part });
    expect(result.current.result).not.toBe(own);
    expect(result.current.pending).toBe(false);
    expect(FakeWorker.asked).toBe(1);
  });
});
