// fuzz/regressions: inputs the fuzz suite once found, kept as fixed cases so they run every time whatever the seed.
import { describe, expect, it } from 'vitest';
import { readForeign } from '../../../src/import/foreign';

describe('fuzz regressions: GEXF and GraphML', () => {
  // Found with a random seed on 2026-12-02: an end tag after the root element was closed made xmldom throw its
  // own TypeError, which was shown as the reason ("element parse error: TypeError: Cannot read properties of null").
  it.each([
    [
      'g.gexf',
      '<gexf></gexf></gexf></gexf>',
      /^looks like GEXF but cannot be read \(not well-formed XML: Closing tag 'gexf' has not been opened at line 1, column 14\)$/,
    ],
    [
      'g.gexf',
      '<gexf>\n<graph/>\n</gexf>\n</gexf>\n</gexf>',
      /\(not well-formed XML: Closing tag 'gexf' has not been opened at line 4, column 1\)$/,
    ],
    [
      'g.graphml',
      '<graphml>\n</graphml></graphml></graphml>',
      /^looks like GraphML but cannot be read \(not well-formed XML: Closing tag 'graphml' has not been opened at line 2, column 11\)$/,
    ],
  ])('%s %j is refused by element and line, not by a JavaScript error', (name, text, message) => {
    const r = readForeign(name, text);
    expect(r).toMatchObject({ ok: false });
    const m = (r as { message: string }).message;
    expect(m).toMatch(message);
    expect(m).not.toMatch(/TypeError|Cannot read propert/);
  });
});
