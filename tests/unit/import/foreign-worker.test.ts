// The worker that reads other tools' graphs for the mapping step (issue 17: parse off the event loop), as its pure
// handler: the same refusals as readInputs, answers the page can receive (structured-cloneable), and the mapping's result.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readInputs } from '../../../src/import/inputs';
import { ForeignSession, type ForeignReply } from '../../../renderer/foreign/protocol';

const ours = (name: string) => ({ name, text: readFileSync(new URL(`../../fixtures/interop16/${name}`, import.meta.url), 'utf8') });
const open = { nodes: [], edges: [], files: [] };
const ok = (r: ForeignReply): Extract<ForeignReply, { ok: true }> => {
  if (!r.ok) throw new Error(r.message);
  // What crosses to the page must survive a structured clone unchanged.
  expect(structuredClone(r)).toEqual(r);
  return r;
};

describe('foreign/protocol: ForeignSession', () => {
  it('refuses to map before a file is read, and refuses a malformed file with readInputs’ own message', () => {
    const s = new ForeignSession([]);
    const m = {
      format: 'lineage-atlas/graph-mapping' as const,
      version: 1 as const,
      nodes: { kind: { from: 'constant' as const, kind: 'source' as const } },
      edges: { kind: { from: 'constant' as const, kind: 'derived-from' as const } },
    };
    expect(s.handle({ id: 1, type: 'map', mapping: m })).toEqual({ id: 1, ok: false, message: 'no file has been read' });
    for (const files of [
      [{ name: 'cut.gexf', text: '<gexf><graph><nodes><node id="a"/></nodes><edges><edge source="a"' }],
      [{ name: 'e.csv', text: 'source,target\n"a,b\n' }],
      [{ name: 'x.txt', text: 'hello' }],
      [],
    ]) {
      const expected = readInputs(files);
      expect(expected.ok).toBe(false);
      expect(s.handle({ id: 2, type: 'read', files, open })).toEqual({ id: 2, ok: false, message: !expected.ok && expected.message });
    }
  });
  it('reads a node list and edge list: counts each node once, guesses, counts values, shows first rows', () => {
    const s = new ForeignSession([], () => 0);
    const r = ok(s.handle({ id: 1, type: 'read', files: [ours('own-words-nodes.csv'), ours('own-words-edges.csv')], open }));
    if (r.type !== 'read') throw new Error('not a read');
    expect(r.summary).toMatchObject({
      formats: ['CSV node list', 'CSV edge list'],
      nodes: 6,
      edges: 3,
      nodeCols: ['name', 'type', 'date'],
    });
    expect(r.summary.counts.nodes.get('type')?.values).toContainEqual(['corpus', 2]);
    expect(r.summary.firstNodes[0]).toEqual(['common-crawl', 'Common Crawl', 'corpus', '']);
    expect(r.summary.guess.nodes.kind).toMatchObject({ from: 'column', column: 'type' });
    const mapped = ok(s.handle({ id: 2, type: 'map', mapping: r.summary.guess }));
    expect(mapped).toMatchObject({ type: 'map', summary: { nodes: 5, edges: 2, problemCount: 4, merged: 0 } });
    const plan = ok(s.handle({ id: 3, type: 'plan', mapping: r.summary.guess, mode: 'apart' }));
    if (plan.type !== 'plan') throw new Error('not a plan');
    expect(plan.file.nodes.map((n) => n.id)).toContain('c4');
  });
});
