// yEd group nodes (issue 16): their members, in a graph nested in the group's <node>, are read at any depth, each
// noting its group, and edges inside a group or into one join them.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readForeign } from '../../../src/import/foreign';
import { guessMapping } from '../../../src/import/mapping';
import { toGraphFile } from '../../../src/import/to-graph';

const file = fileURLToPath(new URL('../../fixtures/interop16/yed-groups.graphml', import.meta.url));

describe('import/graphml: yEd group nodes', () => {
  it('reads the nodes and edges of nested graphs, two deep, with each member’s group', () => {
    const r = readForeign('yed-groups.graphml', readFileSync(file, 'utf8'));
    if (!r?.ok) throw new Error(r ? r.message : 'not recognised');
    const g = r.foreign.graph;
    expect([...g.nodes.keys()]).toEqual(['n0', 'n1', 'n1::n0', 'n1::n1', 'n1::n1::n0']);
    expect(g.nodes.get('n1::n1::n0')?.get('label')).toBe('ChatAlpaca');
    expect(g.nodes.get('n1::n1::n0')?.get('group')).toBe('n1::n1');
    expect(g.nodes.get('n1::n0')?.get('group')).toBe('n1');
    expect(g.nodes.get('n0')?.has('group')).toBe(false);
    expect(g.edges.map((e) => `${e.source}>${e.target}`).sort()).toEqual(['n1::n0>n0', 'n1::n1::n0>n1::n0']);
  });
  it('maps them like any other node: ChatAlpaca derived from Alpaca derived from Self-Instruct', () => {
    const r = readForeign('yed-groups.graphml', readFileSync(file, 'utf8'));
    if (!r?.ok) throw new Error('unread');
    const m = toGraphFile([{ file: 'yed-groups.graphml', foreign: r.foreign }], guessMapping([r.foreign]));
    expect(m.graph.nodes.map((n) => n.label)).toEqual(['Self-Instruct', 'Alpaca family', 'Alpaca', 'Chat', 'ChatAlpaca']);
    expect(m.graph.edges).toHaveLength(2);
  });
});
