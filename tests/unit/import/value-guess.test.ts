// The value table of the mapping step (issue 16): a kind column in the file's own words ("corpus", "paper", "based on")
// is counted value by value, each value guessed from its name, and the guesses are saved with the mapping and applied.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readForeign } from '../../../src/import/foreign';
import { GraphMapping, guessMapping } from '../../../src/import/mapping';
import { toGraphFile } from '../../../src/import/to-graph';
import { guessEdgeKind, guessNodeKind, guessValueTable, valueCounts } from '../../../src/import/value-guess';
import { NODE_KINDS } from '../../../src/schema/nodes';

const read = (name: string, text = readFileSync(new URL(`../../fixtures/interop16/${name}`, import.meta.url), 'utf8')) => {
  const r = readForeign(name, text);
  if (!r?.ok) throw new Error(`${name} not read`);
  return { file: name, foreign: r.foreign };
};

describe('import/value-guess', () => {
  it('guesses nothing from a word that names no kind', () => {
    expect(guessNodeKind('marriage')).toBeUndefined();
    expect(guessNodeKind('')).toBeUndefined();
    expect(guessNodeKind('__proto__')).toBeUndefined();
    expect(guessEdgeKind('business')).toBeUndefined();
  });
  it('guesses node kinds from the usual words, in any case, plural or within a phrase', () => {
    expect(['corpus', 'Corpora', 'model', 'LLMs', 'paper', 'Papers', 'method', 'Benchmark', 'web crawl'].map(guessNodeKind)).toEqual([
      'source',
      'source',
      'model',
      'model',
      'reference',
      'reference',
      'technique',
      'dataset',
      'source',
    ]);
    expect(guessNodeKind('text corpus')).toBe('source');
    expect(guessNodeKind('Source_Data')).toBe('source');
  });
  it('guesses edge kinds, the atlas names written otherwise included', () => {
    expect(['DERIVED_FROM', 'based on', 'filtered from', 'Trained On', 'described in', 'includes'].map(guessEdgeKind)).toEqual([
      'derived-from',
      'derived-from',
      'derived-from',
      'fine-tuned-on',
      'described-in',
      'aggregates',
    ]);
  });
  it('counts a column’s values, most frequent first, and says when there are more than it keeps', () => {
    const { foreign } = read('own-words-nodes.csv');
    expect(valueCounts([foreign], 'nodes', 'type')).toEqual({
      values: [
        ['corpus', 2],
        ['dataset', 2],
        ['model', 1],
        ['paper', 1],
      ],
      more: false,
    });
    expect(valueCounts([foreign], 'nodes', 'name', 3)).toMatchObject({ more: true });
    expect(valueCounts([foreign], 'nodes', 'no such column')).toEqual({ values: [], more: false });
    // A value named like Object.prototype's keys is counted as any other.
    const odd = read('odd.csv', 'id,type\n__proto__,constructor\nb,constructor\n').foreign;
    expect(valueCounts([odd], 'nodes', 'type').values).toEqual([['constructor', 2]]);
    // A value longer than a mapping's value table holds is no kind's word: not counted, so never saved in a mapping.
    const long = read('long.csv', `id,type\na,${'corpus '.repeat(50)}\nb,corpus\n`).foreign;
    expect(valueCounts([long], 'nodes', 'type').values).toEqual([['corpus', 1]]);
  });
  it('makes a row only for values that are not the atlas’s words and whose names guess a kind', () => {
    const counts = valueCounts([read('own-words-nodes.csv').foreign], 'nodes', 'type');
    expect(guessValueTable(counts, guessNodeKind, NODE_KINDS)).toEqual([
      ['corpus', 'source'],
      ['paper', 'reference'],
    ]);
  });
});

describe('import/mapping: the guessed value table, applied', () => {
  it('picks a kind column in the file’s own words, and each node and edge takes the guessed kind', () => {
    const inputs = [read('own-words-nodes.csv'), read('own-words-edges.csv')];
    const m = guessMapping(inputs.map((i) => i.foreign));
    expect(m.nodes.kind).toEqual({
      from: 'column',
      column: 'type',
      values: [
        ['corpus', 'source'],
        ['paper', 'reference'],
      ],
      otherwise: 'source',
    });
    expect(m.edges.kind).toMatchObject({
      from: 'column',
      column: 'relation',
      values: expect.arrayContaining([['based on', 'derived-from']]),
    });
    expect(GraphMapping.safeParse(m).success).toBe(true); // the guess is a mapping `--print-map` can write and read back
    const r = toGraphFile(inputs, m);
    const kinds = Object.fromEntries(r.graph.nodes.map((n) => [n.id, n.kind]));
    expect(kinds).toMatchObject({ 'common-crawl': 'source', c4: 'source', llama: 'model', alpaca: 'source' });
    expect(r.graph.edges.map((e) => `${e.source} ${e.kind} ${e.target}`).sort()).toEqual([
      'alpaca derived-from self-instruct',
      'c4 derived-from common-crawl',
    ]);
    // The paper is a reference, which needs BibTeX: left out and named, with its edge.
    expect(r.problems.map((p) => `${p.where}: ${p.message}`).join('\n')).toMatch(/row 7.*reference node needs a BibTeX entry/);
  });
  it('does not pick a column none of whose values names a kind', () => {
    const m = guessMapping([read('p.csv', 'source,target,type\na,b,marriage\nb,c,business\n').foreign]);
    expect(m.edges.kind).toEqual({ from: 'constant', kind: 'derived-from' });
  });
});
