// The layout worker's protocol, as a pure function (no Worker in Node): graph once, layouts by id, errors by message.
import { describe, expect, it } from 'vitest';
import { gridPlaceholder } from '../../../renderer/layout/placeholder';
import { graphMessage, handleLayoutMessage, type LayoutReply, type WorkerState } from '../../../renderer/layout/protocol';
import { forceLayout } from '../../../src/layout/force';
import { layoutView } from '../../../src/layout';
import { miniFile, miniGraph } from '../../fixtures/mini';
import { loadGraph } from '../../../src/import/load';

const doc = () => {
  const r = loadGraph([{ file: 'mini.json', text: JSON.stringify(miniFile()) }]);
  if (!r.ok) throw new Error('mini did not load');
  return r.document;
};

describe('layout worker protocol', () => {
  it('sends the graph as JSON bytes, encoded once per document, each message its own copy to transfer', () => {
    const d = doc();
    const first = graphMessage('g', d);
    // Transferred as postMessage transfers it: the sent buffer is detached, the kept bytes are not.
    const sent = structuredClone(first.message, { transfer: first.transfer }) as typeof first.message;
    expect(first.transfer[0]!.byteLength).toBe(0);
    const again = graphMessage('g', d);
    expect(again.transfer).toHaveLength(1);
    expect(again.message).toEqual(sent);
    // The worker builds the same graph from the bytes as the page does from the document.
    const state: WorkerState = {};
    handleLayoutMessage(state, again.message, () => {});
    const built = state.graph!.graph;
    const g = miniGraph();
    expect(built.nodes()).toEqual(g.nodes());
    expect(built.edges()).toEqual(g.edges());
    for (const id of g.nodes()) expect(built.getNodeAttributes(id)).toEqual(g.getNodeAttributes(id));
  });

  it('answers a layout for a graph it was not sent with an error, and rejects unknown messages and layouts', () => {
    const out: LayoutReply[] = [];
    const state: WorkerState = {};
    handleLayoutMessage(state, { type: 'layout', id: 1, graph: 'g', layout: 'force', ids: [] }, (r) => out.push(r));
    expect(out).toEqual([{ type: 'error', id: 1, message: 'layout/protocol: graph "g" was not sent' }]);
    expect(() => handleLayoutMessage(state, { type: 'nope' } as never, () => {})).toThrow('layout/protocol: unknown message "nope"');
    handleLayoutMessage(state, graphMessage('g', doc()).message, (r) => out.push(r));
    handleLayoutMessage(state, { type: 'layout', id: 2, graph: 'g', layout: 'circle' as never, ids: [] }, (r) => out.push(r));
    expect(out.at(-1)).toEqual({ type: 'error', id: 2, message: 'layout: unknown layout "circle"' });
    handleLayoutMessage(state, { type: 'layout', id: 3, graph: 'g', layout: 'force', ids: ['nope'] }, (r) => out.push(r));
    expect(out.at(-1)).toEqual({ type: 'error', id: 3, message: 'layout/force: unknown node "nope"' });
  });

  it('lays out a sent graph as the core does, with rising progress from 0 to 1 before the result', () => {
    const out: LayoutReply[] = [];
    const state: WorkerState = {};
    const g = miniGraph();
    const ids = g.nodes().filter((id) => g.getNodeAttribute(id, 'kind') !== 'reference');
    handleLayoutMessage(state, graphMessage('g', doc()).message, (r) => out.push(r));
    expect(out).toEqual([]);
    let t = 0;
    handleLayoutMessage(
      state,
      { type: 'layout', id: 7, graph: 'g', layout: 'force', ids },
      (r) => out.push(r),
      () => (t += 5),
    );
    const progress = out.filter((r) => r.type === 'progress').map((r) => (r as { done: number }).done);
    expect(progress[0]).toBe(0);
    expect(progress.at(-1)).toBe(1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    const last = out.at(-1)!;
    expect(last).toMatchObject({ type: 'result', id: 7, ms: 5 });
    expect(last.type === 'result' && last.result).toEqual(forceLayout(g, ids));
    handleLayoutMessage(state, { type: 'layout', id: 8, graph: 'g', layout: 'timeline', ids }, (r) => out.push(r));
    expect(out.at(-1)).toMatchObject({ type: 'result', id: 8, result: layoutView(g, ids, 'timeline') });
  });
});

describe('layout placeholder', () => {
  it('places nodes on a grid before their layout arrives, none on another', () => {
    const { positions } = gridPlaceholder(['d', 'c', 'b', 'a', 'e']);
    expect(positions).toEqual({ a: { x: 0, y: 0 }, b: { x: 90, y: 0 }, c: { x: 180, y: 0 }, d: { x: 0, y: 90 }, e: { x: 90, y: 90 } });
  });
});
