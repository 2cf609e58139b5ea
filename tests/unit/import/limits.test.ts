// Limits on foreign and graph files (issue 17): past each one the file is refused quickly, with a message
// that says which limit and how far, in plain numbers.
import { describe, expect, it } from 'vitest';
import { readForeign } from '../../../src/import/foreign';
import { checkJsonNesting, FOREIGN_LIMITS } from '../../../src/schema/limits';
import { parseGraphFile } from '../../../src/import/load';

const timed = <T>(f: () => T): [T, number] => {
  const t = performance.now();
  const r = f();
  return [r, performance.now() - t];
};

describe('schema/limits', () => {
  it('refuses a text past the size limit without parsing it', () => {
    const text = `<gexf><graph><nodes>${'<node id="x"/>'.repeat(Math.ceil(FOREIGN_LIMITS.chars / 14) + 1)}</nodes></graph></gexf>`;
    const [r, ms] = timed(() => readForeign('big.gexf', text));
    expect(r).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^a GEXF file of 5(\.\d)? million characters: the atlas reads other tools' graphs up to 5 million$/),
    });
    expect(ms).toBeLessThan(1000);
  });
  it('refuses a CSV with more rows than the limit, naming it', () => {
    const text = `id,label\n${Array.from({ length: FOREIGN_LIMITS.rows + 1 }, (_, i) => `n${i},x`).join('\n')}\n`;
    expect(readForeign('n.csv', text)).toMatchObject({
      ok: false,
      message: 'looks like CSV node list but cannot be read (more than 200,000 rows, the most the atlas reads from a CSV file)',
    });
  });
  it('refuses an overlong id and an overlong attribute value, naming the element', () => {
    expect(readForeign('g.graphml', `<graphml><graph><node id="${'a'.repeat(1001)}"/></graph></graphml>`)).toMatchObject({
      message: expect.stringContaining('<node> 1 id: an id of 1,001 characters (at most 1000)'),
    });
    const long = 'x'.repeat(FOREIGN_LIMITS.stringChars + 1);
    expect(readForeign('g.json', JSON.stringify({ nodes: [{ key: 'a', attributes: { note: long } }], edges: [] }))).toMatchObject({
      message: expect.stringContaining('nodes[0].attributes: attribute "note" holds 100,001 characters (at most 100,000)'),
    });
  });
  it('refuses JSON nested deeper than the limit, in foreign and in graph files', () => {
    const deep = `{"elements":[{"data":{"id":"a","x":${'['.repeat(100)}${']'.repeat(100)}}}]}`;
    expect(readForeign('c.cyjs', deep)).toMatchObject({
      ok: false,
      message: expect.stringContaining('arrays and objects nested more than 64 deep'),
    });
    const own = `{"format":"lineage-atlas/graph","version":1,"nodes":[],"edges":[],"title":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    expect(parseGraphFile({ file: 'deep.json', text: own })).toEqual({
      ok: false,
      issues: [{ file: 'deep.json', path: '', message: 'arrays and objects nested more than 64 deep (at character 138)' }],
    });
    expect(() => checkJsonNesting('{"a":"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\\""}')).not.toThrow();
    // A string ending in an escaped backslash ends at its quote: the brackets after it count.
    const afterBackslash = `{"a":"\\\\","b":${'['.repeat(70)}${']'.repeat(70)}}`;
    expect(() => checkJsonNesting(afterBackslash)).toThrow('nested more than 64 deep (at character 78)');
    expect(() => checkJsonNesting(`{"a":"\\\\\\"${'['.repeat(70)}"}`)).not.toThrow();
  });
  it('counts nodes and edges together against their limit', () => {
    const nodes = Array.from({ length: FOREIGN_LIMITS.elements + 1 }, (_, i) => ({ key: `n${i}` }));
    expect(readForeign('g.json', JSON.stringify({ nodes, edges: [] }))).toMatchObject({
      ok: false,
      message: expect.stringContaining('more than 200,000 nodes and edges'),
    });
  });
});
