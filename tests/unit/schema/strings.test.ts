// The string rules of a graph file (issue 17): label length, invisible and control characters, lone
// surrogates and noncharacters, impossible dates, one BibTeX entry per reference, http(s) only, and no
// lineage cycle through aggregates.
import { describe, expect, it } from 'vitest';
import { formatIssue, loadGraph } from '../../../src/import/load';
import { invisibleCharacter, oneBibtexEntry, realDate } from '../../../src/schema/text';
import { miniFile } from '../../fixtures/mini';

const load = (file: unknown) => loadGraph([{ file: 'g.json', text: JSON.stringify(file) }]);
const messages = (r: ReturnType<typeof loadGraph>) => (r.ok ? [] : r.issues.map(formatIssue));
const withLabel = (label: string) => {
  const f = miniFile();
  f.nodes[1]!.label = label;
  return messages(load(f));
};

describe('schema/text: labels and strings', () => {
  it('refuses a label longer than 200 characters, saying the limit', () => {
    expect(withLabel('A'.repeat(200))).toEqual([]);
    expect(withLabel('A'.repeat(201))).toEqual(['g.json: nodes[1] (alpaca).label: at most 200 characters']);
  });
  it.each([
    ['A' + '\u200b'.repeat(10_000), 'at most 200 characters'],
    ['Al\u200bpaca', 'a zero width space (U+200B) at character 3; remove it'],
    ['Alpaca\u202e', 'a right-to-left override (U+202E) at character 7; remove it'],
    ['Al\u0000paca', 'a control character (U+0000) at character 3; remove it'],
    ['Al\tpaca', 'a tab (U+0009) at character 3; remove it'],
    ['\ufeffAlpaca', 'a byte order mark / zero width no-break space (U+FEFF) at character 1; remove it'],
    ['Alpaca\ufffe', 'a noncharacter (U+FFFE) at character 7; remove it'],
    ['Alpaca\ud800', 'a lone surrogate U+D800 at character 7 (the text is not valid Unicode); remove it'],
    ['\udc00Alpaca', 'a lone surrogate U+DC00 at character 1 (the text is not valid Unicode); remove it'],
  ])('refuses label case %# by name', (label, message) => {
    expect(withLabel(label)).toEqual([`g.json: nodes[1] (alpaca).label: ${message}`]);
  });
  it('accepts letters of every script, emoji and combining marks', () => {
    expect(withLabel('Alpaca 羊驼 альпака 😀 é')).toEqual([]);
    expect(invisibleCharacter('BELLE 贝乐 \u{1F999}')).toBeNull();
  });
  it('lets descriptions, notes and BibTeX break lines, but not hold other controls', () => {
    expect(invisibleCharacter('one\ntwo\tthree', true)).toBeNull();
    expect(invisibleCharacter('one\u0007two', true)).toBe('a control character (U+0007) at character 4');
    const f = miniFile();
    f.nodes[1]!.description = 'line one\nline two';
    expect(messages(load(f))).toEqual([]);
  });
  it('checks strings everywhere: citations, edge notes, aliases', () => {
    const f = miniFile();
    f.edges[0]!.note = 'x\u2066y';
    f.nodes[0]!.provenance = [{ kind: 'survey', locator: 'Table\u200d1' }];
    expect(messages(load(f))).toEqual([
      expect.stringMatching(/nodes\[0\] \(self-instruct\)\.provenance\[0\]\.locator: a zero width joiner \(U\+200D\)/),
      expect.stringMatching(/edges\[0\] .*\.note: a left-to-right isolate \(U\+2066\)/),
    ]);
  });
  it('names the scheme of a web address that is not http(s)', () => {
    const f = miniFile();
    f.nodes[0]!.provenance = [{ kind: 'url', url: 'javascript:alert(1)', title: 'x' }];
    expect(messages(load(f))).toEqual([
      'g.json: nodes[0] (self-instruct).provenance[0].url: only http:// and https:// addresses, not javascript:',
    ]);
  });
});

describe('schema/text: dates', () => {
  it('knows the calendar', () => {
    expect(['2023-02-28', '2024-02-29', '2000-02-29', '2023-12-31', '2023-04'].every(realDate)).toBe(true);
    expect(['2023-02-29', '2023-02-30', '1900-02-29', '2023-04-31'].some(realDate)).toBe(false);
  });
  it('refuses an impossible release date', () => {
    const f = miniFile();
    (f.nodes[1] as { released?: unknown }).released = [{ value: '2023-02-30', provenance: [{ kind: 'survey', locator: 'x' }] }];
    expect(messages(load(f))).toEqual(['g.json: nodes[1] (alpaca).released[0].value: 2023-02-30 is not a day of the calendar']);
  });
});

describe('schema/text: BibTeX', () => {
  it('holds exactly one entry', () => {
    expect(oneBibtexEntry('@misc{a,\n  title = {A {B} C}\n}')).toBeNull();
    expect(oneBibtexEntry('@misc{a, title = {x}}\n@misc{b, title = {y}}')).toMatch(/closes at character 21 and more text follows/);
    expect(oneBibtexEntry('@misc{a, title = {x}')).toBe('1 unclosed "{"');
    expect(oneBibtexEntry('misc{a, title = {x}}')).toBe('it must start "@type{key,"');
  });
  it('refuses a reference whose bibtex field carries two entries', () => {
    const f = miniFile();
    const ref = f.nodes.find((n) => n.kind === 'reference')!;
    if (ref.kind === 'reference') ref.bibtex = '@misc{taori2023-alpaca, title = {Alpaca}}\n@misc{evil, title = {Smuggled}}';
    expect(messages(load(f))).toEqual([
      expect.stringMatching(
        /^g\.json: nodes\[12\] \(ref-taori2023-alpaca\)\.bibtex: one BibTeX entry, "@type\{key, \.\.\.\}": the entry closes at character 41/,
      ),
    ]);
  });
});

describe('schema/load: lineage cycles', () => {
  const survey = [{ kind: 'survey' as const, locator: 'x' }];
  it('refuses a cycle of aggregates edges', () => {
    const f = miniFile();
    f.edges.push(
      { source: 'alpaca', kind: 'aggregates', target: 'dolly-15k', provenance: survey },
      { source: 'dolly-15k', kind: 'aggregates', target: 'alpaca', provenance: survey },
    );
    expect(messages(load(f))).toEqual([
      expect.stringMatching(
        /derived-from and aggregates edges must not form a cycle: alpaca -\[aggregates\]-> dolly-15k -\[aggregates\]-> alpaca/,
      ),
    ]);
  });
  it('refuses a lineage cycle mixing derived-from and aggregates', () => {
    const f = miniFile();
    f.edges.push({ source: 'self-instruct', kind: 'aggregates', target: 'chatalpaca', provenance: survey });
    expect(messages(load(f))).toEqual([expect.stringMatching(/must not form a cycle: .*-\[aggregates\]->.*-\[derived-from\]->/)]);
  });
});
