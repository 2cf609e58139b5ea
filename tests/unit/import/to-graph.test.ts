// Another tool's graph made a graph file of the atlas's own format through a mapping (issue 16): every fixture of
// ../shared/fixtures/interop imports and loads, our own fixtures cover what those lack (dynamic GEXF with spells, yEd
// GraphML with ports and parallel edges, CSV with dates and edge types), and the atlas's exports come back whole.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGraphFolder } from '../../../main/node/graph-data';
import { toCsv, toCytoscapeJson, toGexf, toGraphml } from '../../../src/export';
import { type ForeignGraph, readForeign } from '../../../src/import/foreign';
import { guessMapping, type GraphMapping, mappingSignature, parseMapping } from '../../../src/import/mapping';
import { type MappedInput, toGraphFile } from '../../../src/import/to-graph';
import { parseDate, slugIds } from '../../../src/import/to-graph-values';
import { buildGraph, type AtlasGraph } from '../../../src/model/build';
import { edgeId } from '../../../src/schema/edges';
import { loadGraph } from '../../../src/schema/read';

const shared = fileURLToPath(new URL('../../../../shared/fixtures/interop/', import.meta.url));
const ours = fileURLToPath(new URL('../../fixtures/interop16/', import.meta.url));
const foreign = (name: string, text: string): ForeignGraph => {
  const r = readForeign(name, text);
  if (!r?.ok) throw new Error(`${name}: ${r ? r.message : 'not recognised'}`);
  return r.foreign;
};
const input = (dir: string, name: string): MappedInput => ({ file: name, foreign: foreign(name, readFileSync(dir + name, 'utf8')) });
const mapped = (inputs: MappedInput[], mapping: GraphMapping = guessMapping(inputs.map((i) => i.foreign))) => {
  const r = toGraphFile(inputs, mapping);
  const loaded = loadGraph([{ file: 'mapped.json', text: JSON.stringify(r.graph) }]);
  if (!loaded.ok) throw new Error(loaded.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  return r;
};

describe('import/to-graph: the fixtures of other tools', () => {
  it('refuses a mapping that is not one, naming the field', () => {
    expect(parseMapping('{')).toMatchObject({ ok: false, message: expect.stringContaining('not valid JSON') });
    const r = parseMapping(
      JSON.stringify({ format: 'lineage-atlas/graph-mapping', version: 1, nodes: { kind: { from: 'x' } }, edges: {} }),
    );
    expect(r).toMatchObject({ ok: false, message: expect.stringContaining('nodes.kind') });
  });

  it.each([
    ['Les Miserables.gexf', 77, 254, 0],
    ['spotify-veronica-espinoza.gexf', 189, 400, 0],
    ['GoT.graphml', 126, 549, 0],
    ['genemania-cytoscape.json', 31, 160, 95], // 95 repeated pairs, each cited on the edge it repeats
    ['celegans-graphology.json', 306, 1838, 507], // 507 edges would close a derived-from cycle
  ] as const)('%s: %i nodes and %i edges load, %i listed', (name, nodes, edges, listed) => {
    const r = mapped([input(shared, name)]);
    expect(r.graph.nodes).toHaveLength(nodes);
    expect(r.graph.edges).toHaveLength(edges);
    expect(r.problems).toHaveLength(listed);
    const n = r.graph.nodes[0]!;
    expect(n.provenance).toEqual([{ kind: 'file', file: name, format: expect.any(String), locator: expect.stringMatching(/\S/) }]);
    expect(r.graph.edges[0]!.provenance[0]).toMatchObject({ kind: 'file', file: name, locator: expect.stringMatching(/\S/) });
  });

  it('cites the element: a GEXF node by its id, a repeated Cytoscape pair by both elements', () => {
    const les = mapped([input(shared, 'Les Miserables.gexf')]);
    const myriel = les.graph.nodes.find((n) => n.label === 'Myriel')!;
    expect(myriel).toMatchObject({ id: '0', kind: 'source', provenance: [{ locator: '<node id="0">', format: 'GEXF' }] });
    const gene = mapped([input(shared, 'genemania-cytoscape.json')]);
    const twice = gene.graph.edges.find((e) => e.provenance.length > 1)!;
    expect(twice.provenance.map((c) => (c.kind === 'file' ? c.locator : ''))).toEqual([
      expect.stringMatching(/^elements\[\d+\]$/),
      expect.stringMatching(/^elements\[\d+\]$/),
    ]);
  });

  it('joins a CSV node list and edge list, citing each row', () => {
    const r = mapped([input(shared, 'padgett-nodes.csv'), input(shared, 'padgett-edges.csv')]);
    expect(r.graph.nodes).toHaveLength(16); // the isolated node too
    expect(r.graph.edges).toHaveLength(27); // 35 rows, 8 repeating a pair in the other direction
    expect(r.graph.nodes.find((n) => n.id === 'medici')).toMatchObject({
      label: 'Medici',
      provenance: [{ locator: 'row 10 (id "MEDICI")' }],
    });
    expect(r.graph.edges[0]).toMatchObject({
      source: 'acciaiuol',
      target: 'medici',
      provenance: [{ file: 'padgett-edges.csv', locator: 'row 2' }],
    });
  });
});

describe('import/to-graph: our own fixtures', () => {
  it('a dynamic GEXF: start and spells become release dates; a bad date, a node twice and a missing node are listed', () => {
    const r = mapped([input(ours, 'dynamic-spells.gexf')]);
    const byId = new Map(r.graph.nodes.map((n) => [n.id, n]));
    expect(byId.get('selfinstruct')).toMatchObject({ kind: 'dataset', released: [{ value: '2022-12-20' }] });
    expect(byId.get('alpaca')).toMatchObject({ kind: 'dataset', released: [{ value: '2023-03-13' }] }); // the earliest spell
    expect(byId.get('text-davinci-003')).toMatchObject({ kind: 'model', released: [{ value: '2022-11-28' }] });
    expect(byId.get('chatalpaca')).not.toHaveProperty('released');
    expect(r.graph.edges.map(edgeId)).toEqual([
      'alpaca|derived-from|selfinstruct',
      'chatalpaca|derived-from|alpaca',
      'alpaca|generated-by|text-davinci-003',
    ]);
    expect(r.problems.map((p) => `${p.where}: ${p.message}`)).toEqual([
      expect.stringMatching(/^<node id="Alpaca">: node "Alpaca" is there twice/),
      expect.stringMatching(/^<node id="ChatAlpaca">: release date: "2023-04-xx" is not a date/),
      expect.stringMatching(/^<edge id="e4">: left out: its source "Vicuna" is not a node the file declares/),
      expect.stringMatching(/^<edge id="e5">: left out: selfinstruct derived-from chatalpaca would close a cycle/),
    ]);
  });

  it('a yEd GraphML: labels from y:NodeLabel, edge kinds from y:EdgeLabel, parallel edges cited together', () => {
    const r = mapped([input(ours, 'yed-ports.graphml')]);
    expect(r.graph.nodes.map((n) => n.label)).toEqual(['ShareGPT', 'Vicuna conversations', 'UltraChat']);
    expect(r.graph.edges.map(edgeId)).toEqual(['n1|derived-from|n0', 'n2|inspired-by|n0']);
    expect(r.graph.edges[0]!.provenance.map((c) => (c.kind === 'file' ? c.locator : ''))).toEqual(['<edge id="e0">', '<edge id="e1">']);
  });

  it('a CSV with a date column and an edge-type column: kinds and dates mapped, the rest listed by row', () => {
    const r = mapped([input(ours, 'dated-nodes.csv'), input(ours, 'dated-edges.csv')]);
    expect(r.graph.nodes.map((n) => [n.id, n.kind, 'released' in n ? n.released?.[0]?.value : undefined])).toEqual([
      ['self-instruct', 'source', '2022-12-20'],
      ['alpaca', 'source', '2023-03-13'],
      ['gpt4all', 'source', undefined],
      ['llama', 'model', '2023-02-24'],
    ]);
    expect(r.graph.edges.map(edgeId)).toEqual([
      'alpaca|derived-from|self-instruct',
      'gpt4all|derived-from|alpaca',
      'llama|fine-tuned-on|alpaca',
    ]);
    expect(r.problems.map((p) => `${p.file} ${p.where}: ${p.message}`)).toEqual([
      expect.stringMatching(/^dated-nodes.csv row 6 \(id "alpaca"\): node "alpaca" is there twice/),
      expect.stringMatching(/^dated-nodes.csv row 4 \(id "gpt4all"\): release date: "2023" is a year without a month/),
      expect.stringMatching(/^dated-nodes.csv row 4 \(id "gpt4all"\): homepage "not a url" left out/),
      expect.stringMatching(/^dated-edges.csv row 4: left out: a fine-tuned-on edge joins model to dataset\/source, not source to model/),
      expect.stringMatching(/^dated-edges.csv row 5: left out: its target "unknown-node" is not a node the file declares/),
      expect.stringMatching(/^dated-edges.csv row 7: left out: self-instruct derived-from gpt4all would close a cycle/),
    ]);
  });

  it('keys a saved mapping by the attribute names, so a file with the same columns reuses it', () => {
    const a = foreign('a.csv', 'id,label,date\nx,X,2020-01\n');
    const b = foreign('b.csv', 'id,date,label\ny,Y,2021-02\n');
    const c = foreign('c.csv', 'id,label\ny,Y\n');
    expect(mappingSignature([a])).toBe(mappingSignature([b]));
    expect(mappingSignature([a])).not.toBe(mappingSignature([c]));
  });

  it('turns ids and dates into the atlas own, and names what it cannot', () => {
    const ids = slugIds(['alpaca', 'Jon Snow', 'jon-snow', '__proto__', 'constructor', 'É']);
    expect(['alpaca', 'Jon Snow', 'jon-snow', '__proto__', 'constructor', 'É'].map((id) => ids.get(id))).toEqual([
      'alpaca',
      'jon-snow-2',
      'jon-snow',
      'proto__',
      'n-constructor',
      'e',
    ]);
    expect(parseDate('2023-03-13T10:00:00Z')).toEqual({ date: '2023-03-13' });
    expect(parseDate('2023-02-29')).toEqual({ problem: '"2023-02-29" is not a day of the calendar' });
    expect(parseDate(2015.5, 'double')).toEqual({ problem: '"2015.5" is a number (timeformat double), not a date the atlas can place' });
  });
});

describe('import/to-graph: round trip of the atlas own exports', () => {
  let g: AtlasGraph;
  beforeAll(async () => {
    const r = await loadGraphFolder(fileURLToPath(new URL('../../../graph-data', import.meta.url)));
    if (!r.ok) throw new Error('graph-data does not load');
    g = buildGraph(r.document);
  });
  // Reference nodes need their BibTeX, which none of these formats carries: they and their edges are left out, and listed.
  const expected = () => {
    const keep = g.filterNodes((_n, a) => a.kind !== 'reference');
    const keepSet = new Set(keep);
    const nodes = keep.map((id) => {
      const a = g.getNodeAttributes(id);
      return [id, a.kind, 'released' in a ? (a.released?.[0]?.value ?? null) : null];
    });
    const edges = g.filterEdges((_e, _a, s, t) => keepSet.has(s) && keepSet.has(t)).map((e) => edgeId(g.getEdgeAttributes(e)));
    return { nodes: nodes.sort(), edges: edges.sort() };
  };
  const all = () => ({ nodes: new Set(g.nodes()), edges: new Set(g.edges()) });
  const back = (inputs: MappedInput[]) => {
    const r = mapped(inputs);
    const nodes = r.graph.nodes.map((n) => [n.id, n.kind, 'released' in n ? (n.released?.[0]?.value ?? null) : null]).sort();
    return { nodes, edges: r.graph.edges.map(edgeId).sort(), problems: r.problems };
  };

  it.each(['gexf', 'graphml', 'cyjs'] as const)('%s gives back the same nodes, kinds, dates and edges', (format) => {
    const text = format === 'gexf' ? toGexf(g, all()) : format === 'graphml' ? toGraphml(g, all()) : toCytoscapeJson(g, all());
    const r = back([{ file: `atlas.${format}`, foreign: foreign(`atlas.${format}`, text) }]);
    expect({ nodes: r.nodes, edges: r.edges }).toEqual(expected());
    expect(r.problems.every((p) => /reference|not a node the file declares/.test(p.message))).toBe(true);
  });

  it('csv (a node list and an edge list) gives back the same nodes, kinds, dates and edges', () => {
    const { nodes, edges } = toCsv(g, all());
    const r = back([
      { file: 'nodes.csv', foreign: foreign('nodes.csv', nodes) },
      { file: 'edges.csv', foreign: foreign('edges.csv', edges) },
    ]);
    expect({ nodes: r.nodes, edges: r.edges }).toEqual(expected());
  });
});
