import { describe, expect, it } from 'vitest';
import { findCycle, formatIssue, loadGraph, loadGraphPartial, parseGraphFile } from '../../../src/import/load';
import { miniFile, miniText } from '../../fixtures/mini';

const load = (file: unknown) => loadGraph([{ file: 'g.json', text: JSON.stringify(file) }]);
const messages = (r: ReturnType<typeof loadGraph>) => (r.ok ? [] : r.issues.map(formatIssue));

describe('schema/load', () => {
  it('rejects an empty list of files', () => {
    const r = loadGraph([]);
    expect(r.ok).toBe(false);
    expect(messages(r)[0]).toMatch(/no graph files/);
  });

  it('loads a valid document', () => {
    const r = loadGraph([{ file: 'mini.json', text: miniText() }]);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.document.nodes.map((n) => n.id)).toContain('alpaca');
  });

  it('names the file when the text is not JSON', () => {
    expect(messages(loadGraph([{ file: 'broken.json', text: '{ "nodes": [' }]))[0]).toMatch(/^broken\.json: \(top level\): not valid JSON/);
  });

  it('names the file, the field path (with the node id) and what was expected', () => {
    const f = miniFile();
    (f.nodes[1] as { released?: unknown }).released = [{ value: '2023-13', provenance: [{ kind: 'survey', locator: 'x' }] }];
    const m = messages(load(f));
    expect(m).toHaveLength(1);
    expect(m[0]).toBe('g.json: nodes[1] (alpaca).released[0].value: a date as YYYY-MM or YYYY-MM-DD');
  });

  it('requires provenance on every node and edge', () => {
    const f = miniFile();
    (f.edges[0] as { provenance: unknown[] }).provenance = [];
    expect(messages(load(f))[0]).toMatch(/edges\[0\] \(self-instruct derived-from seed-tasks\)\.provenance/);
  });

  it('rejects duplicate node ids across files, naming both places', () => {
    const r = loadGraph([
      { file: 'a.json', text: miniText() },
      { file: 'b.json', text: JSON.stringify({ ...miniFile(), edges: [], nodes: [miniFile().nodes[0]] }) },
    ]);
    expect(messages(r)).toEqual([
      expect.stringMatching(/^b\.json: nodes\[0\] \(self-instruct\)\.id: duplicate node id "self-instruct" \(first in a\.json nodes\[0\]/),
    ]);
  });

  it('rejects an edge to a missing node', () => {
    const f = miniFile();
    f.edges.push({ source: 'alpaca', kind: 'derived-from', target: 'nope', provenance: [{ kind: 'survey', locator: 'x' }] });
    expect(messages(load(f))).toEqual([expect.stringMatching(/\.target: expected the id of a node, got "nope"/)]);
  });

  it('rejects an edge kind joining the wrong node kinds', () => {
    const f = miniFile();
    f.edges.push({ source: 'alpaca', kind: 'uses-technique', target: 'text-davinci-003', provenance: [{ kind: 'survey', locator: 'x' }] });
    expect(messages(load(f))).toEqual([expect.stringMatching(/must be a technique node, got model "text-davinci-003"/)]);
  });

  it('rejects duplicate edges', () => {
    const f = miniFile();
    f.edges.push(f.edges[0]!);
    expect(messages(load(f))).toEqual([expect.stringMatching(/duplicate edge/)]);
  });

  it('rejects derived-from and subtechnique-of cycles', () => {
    const f = miniFile();
    f.edges.push({ source: 'seed-tasks', kind: 'derived-from', target: 'chatalpaca', provenance: [{ kind: 'survey', locator: 'x' }] });
    expect(messages(load(f))).toEqual([expect.stringMatching(/derived-from and aggregates edges must not form a cycle: .*seed-tasks/)]);
    const g = miniFile();
    g.edges.push({
      source: 'data-generation',
      kind: 'subtechnique-of',
      target: 'crowdsourcing',
      provenance: [{ kind: 'survey', locator: 'x' }],
    });
    expect(messages(load(g))).toEqual([expect.stringMatching(/subtechnique-of edges must not form a cycle/)]);
  });

  it('rejects a citation of a node that is not a reference', () => {
    const f = miniFile();
    f.nodes[0]!.provenance = [{ kind: 'reference', ref: 'alpaca' }];
    expect(messages(load(f))).toEqual([
      expect.stringMatching(/nodes\[0\] \(self-instruct\)\.provenance\[0\]\.ref: expected the id of a reference node/),
    ]);
  });

  it('rejects an unknown envelope and extra fields', () => {
    expect(parseGraphFile({ file: 'x.json', text: '{"format":"gexf","version":1,"nodes":[],"edges":[]}' }).ok).toBe(false);
    const f = { ...miniFile(), extra: 1 };
    expect(messages(load(f))[0]).toMatch(/Unrecognized key/);
  });
});

describe('schema/load.findCycle', () => {
  it('returns null for an empty or acyclic edge list', () => {
    expect(findCycle([])).toBeNull();
    expect(
      findCycle([
        { source: 'a', target: 'b' },
        { source: 'b', target: 'c' },
        { source: 'a', target: 'c' },
      ]),
    ).toBeNull();
  });
  it('returns the cycle, closed', () => {
    expect(
      findCycle([
        { source: 'a', target: 'b' },
        { source: 'b', target: 'c' },
        { source: 'c', target: 'a' },
      ]),
    ).toEqual(['a', 'b', 'c', 'a']);
  });
  it('handles chains deeper than the call stack', () => {
    const edges = Array.from({ length: 50_000 }, (_, i) => ({ source: `n${i}`, target: `n${i + 1}` }));
    expect(findCycle(edges)).toBeNull();
  });
});

describe('schema/load: ids that name JavaScript object properties', () => {
  it('refuses a node id "constructor" by name, and nothing downstream sees it', async () => {
    const f = miniFile();
    f.nodes[6]!.id = 'constructor';
    f.edges[0]!.target = 'constructor';
    const r = load(f);
    expect(messages(r)).toEqual([
      'g.json: nodes[6] (constructor).id: "constructor" is a name every JavaScript object already has; choose another id',
      'g.json: edges[0] (self-instruct derived-from constructor).target: "constructor" is a name every JavaScript object already has; choose another id',
    ]);
    expect((Object as unknown as Record<string, unknown>).previous).toBeUndefined();
  });
});

describe('schema/load.formatPath', () => {
  it('names an edge by the strings it holds, never "[object Object]" (found by the fuzz suite)', () => {
    const f = miniFile() as unknown as { edges: Record<string, unknown>[] };
    f.edges[0]!.target = {};
    expect(messages(load(f))[0]).toMatch(/^g\.json: edges\[0\] \(self-instruct derived-from \?\)\.target: /);
  });
});

describe('schema/load.loadGraphPartial', () => {
  const techniques = () => {
    const f = miniFile();
    return { ...f, nodes: f.nodes.filter((n) => n.kind === 'technique'), edges: f.edges.filter((e) => e.kind === 'subtechnique-of') };
  };
  const rest = () => {
    const f = miniFile();
    return {
      ...f,
      nodes: f.nodes.filter((n) => n.kind !== 'technique'),
      edges: f.edges.filter((e) => e.kind !== 'subtechnique-of' && e.kind !== 'uses-technique'),
    };
  };
  it('loads the valid files and names the broken one and why', () => {
    const r = loadGraphPartial([
      { file: 'rest.json', text: JSON.stringify(rest()) },
      { file: 'broken.json', text: '{ "nodes": [' },
      { file: 'techniques.json', text: JSON.stringify(techniques()) },
    ]);
    expect(r.document?.files).toEqual(['rest.json', 'techniques.json']);
    expect(r.failed).toEqual([
      { file: 'broken.json', issues: [expect.objectContaining({ message: expect.stringMatching(/^not valid JSON/) })] },
    ]);
  });
  it('leaves out a file whose edges need a left-out file, and keeps the others', () => {
    const needsTechniques = { ...miniFile(), nodes: [], edges: miniFile().edges.filter((e) => e.kind === 'uses-technique') };
    const r = loadGraphPartial([
      { file: 'rest.json', text: JSON.stringify(rest()) },
      { file: 'techniques.json', text: '{"format":"lineage-atlas/graph","version":1,"nodes":[{}],"edges":[]}' },
      { file: 'uses.json', text: JSON.stringify(needsTechniques) },
    ]);
    expect(r.document?.files).toEqual(['rest.json']);
    expect(r.failed.map((f) => f.file)).toEqual(['techniques.json', 'uses.json']);
  });
  it('returns no document when nothing is valid', () => {
    expect(loadGraphPartial([{ file: 'x.json', text: 'nope' }])).toMatchObject({ document: null, failed: [{ file: 'x.json' }] });
  });
});
