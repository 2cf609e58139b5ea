// Graph files other tools wrote, read from ../shared/fixtures/interop (files of other projects are never copied here):
// each is recognised, read with its format's parser to the counts its README gives, and refused with one clear message.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { foreignGraphMessage, readForeign, sniffForeign } from '../../../src/import/foreign';
import { loadGraph } from '../../../src/import/load';

const dir = fileURLToPath(new URL('../../../../shared/fixtures/interop/', import.meta.url));
const read = (name: string) => readFileSync(dir + name, 'utf8');

describe('import/foreign', () => {
  it.each([
    ['Les Miserables.gexf', 'GEXF', 77, 254, 'Gephi 0.8.1'],
    ['spotify-veronica-espinoza.gexf', 'GEXF', 189, 400, 'NetworkX 3.2.1'],
    ['GoT.graphml', 'GraphML', 126, 549, undefined],
    ['genemania-cytoscape.json', 'Cytoscape.js JSON', 31, 255, 'cytoscape-3.1.0'],
    ['celegans-graphology.json', 'graphology JSON', 306, 2345, 'Gephi 0.8.1'],
    ['padgett-nodes.csv', 'CSV node list', 16, 0, undefined],
    ['padgett-edges.csv', 'CSV edge list', 15, 35, undefined],
  ] as const)('reads %s as %s with %i nodes and %i edges', (name, format, nodes, edges, writer) => {
    const r = readForeign(name, read(name));
    expect(r).toMatchObject({ ok: true, foreign: { format } });
    if (!r?.ok) return;
    expect(r.foreign.graph.order).toBe(nodes);
    expect(r.foreign.graph.size).toBe(edges);
    if (writer) expect(r.foreign.writer).toContain(writer);
  });

  it('keeps what the files carry: attributes, positions, repeated pairs', () => {
    const les = readForeign('x.gexf', read('Les Miserables.gexf'));
    if (!les?.ok) throw new Error('unread');
    const anyNode = [...les.foreign.graph.nodes.values()][0]!;
    expect(anyNode.get('x')).toBe(-102.81979);
    expect(anyNode.get('label')).toBe('Myriel');
    expect(anyNode.get('Modularity Class')).toBe(0);
    const gene = readForeign('g.json', read('genemania-cytoscape.json'));
    if (!gene?.ok) throw new Error('unread');
    const pairs = gene.foreign.graph.edges.map((e) => [e.source, e.target].sort().join('|'));
    expect(new Set(pairs).size).toBeLessThan(pairs.length); // repeated node pairs stay separate edges
  });

  it('finds a GEXF root element after a long comment, and reads a BOM', () => {
    expect(sniffForeign('x.gexf', `<?xml version="1.0"?>\n<!--${'x'.repeat(5000)}-->\n<gexf version="1.3"><graph/></gexf>`)).toBe('GEXF');
    expect(readForeign('n.csv', '\uFEFFid,label\na,A\n')).toMatchObject({ ok: true, foreign: { graph: { order: 1 } } });
  });

  it("leaves the atlas's own files, views and plain text alone", () => {
    expect(sniffForeign('g.json', '{"format":"lineage-atlas/graph","version":1,"nodes":[],"edges":[]}')).toBeNull();
    expect(sniffForeign('v.view.json', '{"format":"lineage-atlas/view","layout":"timeline"}')).toBeNull();
    expect(sniffForeign('notes.txt', 'hello')).toBeNull();
    expect(readForeign('x.json', '{"nodes": [1, 2]}')).toBeNull();
  });

  it('says why a broken foreign file cannot be read', () => {
    expect(readForeign('cut.gexf', '<gexf><graph')).toMatchObject({
      ok: false,
      format: 'GEXF',
      message: expect.stringMatching(/^looks like GEXF but cannot be read/),
    });
    expect(readForeign('e.csv', 'source,target\n"a,b\n')).toMatchObject({
      ok: false,
      code: 'foreign-unreadable',
      message: 'looks like CSV edge list but cannot be read (row 2: Quoted field unterminated)',
    });
    expect(readForeign('g.json', '{"nodes":[{"key":"a"}],"edges":[{"source":"a","target":"zz"}]}')).toMatchObject({
      ok: false,
      message: 'looks like graphology JSON but cannot be read (edges[0].target: "zz" is not a node of the file)',
    });
    expect(readForeign('u.gexf', '<gexf><graph><nodes><node id="&bogus;"/></nodes></graph></gexf>')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/not well-formed XML: .*bogus/),
    });
    expect(readForeign('p.gexf', '<gexf><graph><nodes><node id="a"><viz:position x="1"/></node></nodes></graph></gexf>')).toEqual({
      ok: false,
      format: 'GEXF',
      code: 'foreign-unreadable',
      message: 'looks like GEXF but cannot be read (not well-formed XML: NamespaceError: prefix is non-null and namespace is null)',
    });
    expect(readForeign('n.graphml', '<graphml><graph><node/></graph></graphml>')).toMatchObject({
      ok: false,
      message: expect.stringContaining('<node> 1 id: expected a non-empty string'),
    });
  });

  it('opening one gives one message: the format, the size, the writer, and what the atlas opens instead', () => {
    const r = loadGraph([{ file: 'Les Miserables.gexf', text: read('Les Miserables.gexf') }]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]!.message).toMatch(/^a GEXF graph \(77 nodes, 254 edges, written by Gephi 0\.8\.1\), not a Lineage Atlas graph/);
    const direct = readForeign('p.csv', read('padgett-edges.csv'));
    if (direct?.ok) expect(foreignGraphMessage(direct.foreign)).toContain('lineage-atlas/graph');
  });
});

describe('import/foreign: what the atlas writes, the same parsers read back', () => {
  it('GEXF, GraphML, Cytoscape.js JSON and CSV exports read back with every node and edge shown', async () => {
    const { toCsv, toCytoscapeJson, toGexf, toGraphml } = await import('../../../src/export');
    const { visibleElements } = await import('../../../src/view/visible');
    const { defaultView } = await import('../../../src/view/spec');
    const { miniGraph } = await import('../../fixtures/mini');
    const g = miniGraph();
    const v = visibleElements(g, defaultView());
    const counts = (name: string, text: string) => {
      const r = readForeign(name, text);
      if (!r?.ok) throw new Error(`${name}: ${r ? r.message : 'not recognised'}`);
      return [r.foreign.graph.order, r.foreign.graph.size];
    };
    const expected = [v.nodes.size, v.edges.size];
    expect(counts('x.gexf', toGexf(g, v))).toEqual(expected);
    expect(counts('x.graphml', toGraphml(g, v))).toEqual(expected);
    expect(counts('x.cyjs', toCytoscapeJson(g, v))).toEqual(expected);
    const csv = toCsv(g, v);
    expect(counts('x.edges.csv', csv.edges)[1]).toBe(v.edges.size);
    expect(counts('x.nodes.csv', csv.nodes)[0]).toBe(v.nodes.size);
  });
});
