// Every walk over the graph is iterative (issue 17): a valid chain 100,000 deep, of datasets (derived-from) and of
// techniques (subtechnique-of), goes through the queries, the facet index, the scene's lineage and the cycle check
// without overflowing the call stack (which holds about 10,000 frames).
import { describe, expect, it } from 'vitest';
import { licencesOf } from '../../../src/licences';
import { buildGraph } from '../../../src/model/build';
import { FACETS, matchingDatasets } from '../../../src/queries/facets';
import { ancestors, descendants, lineagePath } from '../../../src/queries/lineage';
import { techniqueDepth, techniqueTreeOrder } from '../../../src/queries/technique-tree';
import type { GraphDocument } from '../../../src/schema/document';
import { findCycle } from '../../../src/schema/read';
import { sceneMembers } from '../../../src/view/scene';
import { parseView } from '../../../src/view/spec';

const N = 100_000;
const survey = [{ kind: 'survey' as const, locator: 'x' }];
const d = (i: number) => `d${i}`;
const t = (i: number) => `t${i}`;

/** d0 <- d1 <- ... (each derived from the one before); t0 <- t1 <- ... (each a subtechnique of the one before); d(N-1) uses t(N-1). */
const chain = (): GraphDocument =>
  ({
    nodes: [
      ...Array.from({ length: N }, (_, i) => ({
        id: d(i),
        kind: 'dataset',
        label: `D ${i}`,
        provenance: survey,
        taxonomy: { purpose: 'demonstration', modality: ['text'], generation: 'instructgpt', provenance: survey },
      })),
      ...Array.from({ length: N }, (_, i) => ({ id: t(i), kind: 'technique', label: `T ${i}`, provenance: survey })),
    ],
    edges: [
      ...Array.from({ length: N - 1 }, (_, i) => ({ source: d(i + 1), kind: 'derived-from', target: d(i), provenance: survey })),
      ...Array.from({ length: N - 1 }, (_, i) => ({ source: t(i + 1), kind: 'subtechnique-of', target: t(i), provenance: survey })),
      { source: d(N - 1), kind: 'uses-technique', target: t(N - 1), provenance: survey },
    ],
  }) as unknown as GraphDocument;

describe(`graph walks on a chain ${N.toLocaleString('en-US')} deep`, () => {
  const doc = chain();
  const g = buildGraph(doc);
  const last = N - 1;

  it('lineage: ancestors, descendants and the path end to end', { timeout: 60_000 }, () => {
    const up = ancestors(g, d(last));
    expect(up.size).toBe(N - 1);
    expect(up.get(d(0))).toBe(N - 1);
    expect(descendants(g, d(0)).size).toBe(N - 1);
    const path = lineagePath(g, d(last), d(0));
    expect(path?.nodes.length).toBe(N);
    expect(path?.directed).toBe(true);
  });

  it('the technique tree: depths and tree order', { timeout: 60_000 }, () => {
    expect(techniqueDepth(g, t(last))).toBe(N - 1);
    const order = techniqueTreeOrder(
      g,
      Array.from({ length: N }, (_, i) => t(N - 1 - i)),
    );
    expect(order.length).toBe(N);
    expect(order[0]).toEqual({ id: t(0), depth: 0 });
    expect(order[last]).toEqual({ id: t(last), depth: N - 1 });
  });

  it('the technique facet: a dataset matches every technique above the one it uses', { timeout: 60_000 }, () => {
    const values = FACETS.technique.values(g, g.getNodeAttributes(d(last)) as never);
    expect(values.length).toBe(N);
    expect([...matchingDatasets(g, { era: 'all', facets: { technique: [t(0)] } })]).toEqual([d(last)]);
  });

  it('the scene: a focused lineage of the whole chain', { timeout: 60_000 }, () => {
    const view = parseView({ format: 'lineage-atlas/view', focus: d(last), depth: 'all', direction: 'ancestors' });
    if (!view.ok) throw new Error(view.message);
    expect(sceneMembers(g, view.view).nodes.length).toBeGreaterThanOrEqual(N);
  });

  it('licences: every dataset inherits along the whole chain, one entry per term', { timeout: 60_000 }, () => {
    const r = licencesOf(g);
    if (!r.ok) throw new Error(r.message);
    const top = r.reports.get(d(last))!;
    expect(r.reports.size).toBe(N);
    expect(top.inherited.map((t) => [t.term.id, t.path])).toEqual([['unspecified', [d(last), d(last - 1)]]]);
    expect(top.commercial).toBe('unspecified');
  });

  it('the cycle check', () => {
    expect(findCycle(doc.edges)).toBeNull();
    expect(findCycle([...doc.edges, { source: d(0), target: d(last) }])?.length).toBe(N + 1);
  });
});
