import { describe, expect, it } from 'vitest';
import { disagreementsOf, nodesWithDisagreements } from '../../../src/queries/disagreements';
import { miniFile, miniGraph } from '../../fixtures/mini';

const survey = [{ kind: 'survey' as const, locator: 'Table 1' }];
const paper = [{ kind: 'url' as const, url: 'https://arxiv.org/abs/2212.10560', title: 'Self-Instruct paper' }];

function withDisputes() {
  const f = miniFile();
  const si = f.nodes.find((n) => n.id === 'self-instruct') as Record<string, unknown>;
  si.released = [
    { value: '2022-12', provenance: paper },
    { value: '2023-07', provenance: survey, note: 'ACL 2023 proceedings' },
  ];
  si.license = [
    { value: 'Apache-2.0', provenance: paper },
    { value: 'Apache-2.0', provenance: survey },
  ];
  f.nodes.push({ id: 'gpt-3-davinci', kind: 'model', label: 'GPT-3 davinci', provenance: paper });
  f.edges.push({
    source: 'self-instruct',
    kind: 'generated-by',
    target: 'text-davinci-003',
    provenance: survey,
    disagreement: { note: 'the paper used GPT-3 davinci', provenance: paper },
  });
  f.edges.push({ source: 'self-instruct', kind: 'generated-by', target: 'gpt-3-davinci', provenance: paper });
  return miniGraph(f);
}

describe('queries/disagreements', () => {
  it('rejects an unknown node', () => {
    expect(() => disagreementsOf(miniGraph(), 'nope')).toThrow('queries/disagreements: unknown node "nope"');
  });
  it('finds nothing where sources agree', () => {
    expect(disagreementsOf(miniGraph(), 'alpaca')).toEqual([]);
  });
  it('finds attributes whose claims differ (not those that repeat a value) and disputed edges', () => {
    const d = disagreementsOf(withDisputes(), 'self-instruct');
    expect(d.map((x) => (x.kind === 'attribute' ? x.field : x.kind === 'edge' ? x.edge : x.disagreement.about))).toEqual([
      'released',
      'self-instruct|generated-by|text-davinci-003',
    ]);
    expect(nodesWithDisagreements(withDisputes())).toEqual(['self-instruct']);
  });
  it('compares sizes by number, unit and date: a source saying what it counted agrees with one that does not say', () => {
    const dpc = [{ kind: 'url' as const, url: 'https://github.com/Data-Provenance-Initiative/Data-Provenance-Collection', title: 'DPC' }];
    const sized = (...sizes: object[]) => {
      const f = miniFile();
      (f.nodes.find((n) => n.id === 'alpaca') as Record<string, unknown>).size = sizes.map((value, i) => ({
        value,
        provenance: i === 0 ? paper : dpc,
      }));
      return disagreementsOf(miniGraph(f), 'alpaca').map((x) => x.kind === 'attribute' && x.field);
    };
    // Alpaca: the card's 52,002 instances and the Collection's 52,002 dialogs (its Num Dialogs).
    expect(sized({ value: 52002, unit: 'instances' }, { value: 52002, unit: 'instances', counts: 'dialogs' })).toEqual([]);
    expect(sized({ value: 52002, unit: 'instances', counts: 'Dialogs' }, { value: 52002, unit: 'instances', counts: 'dialogs' })).toEqual(
      [],
    );
    // Another number, another unit, another date, or two different things counted: a disagreement.
    expect(sized({ value: 52000, unit: 'instances' }, { value: 52002, unit: 'instances', counts: 'dialogs' })).toEqual(['size']);
    expect(sized({ value: 52002, unit: 'conversations' }, { value: 52002, unit: 'instances', counts: 'dialogs' })).toEqual(['size']);
    expect(sized({ value: 52002, unit: 'instances', asOf: '2023-03' }, { value: 52002, unit: 'instances' })).toEqual(['size']);
    expect(sized({ value: 52002, unit: 'instances', counts: 'turns' }, { value: 52002, unit: 'instances', counts: 'dialogs' })).toEqual([
      'size',
    ]);
  });
  it('returns the survey-versus-source disagreements a node records, with their kind', () => {
    const file = miniFile();
    const side = (value: string, locator: string) => ({ value, provenance: [{ kind: 'survey' as const, locator }] });
    Object.assign(
      file.nodes.find((n) => n.id === 'alpaca')!,
      {
        disagreements: [{ kind: 'misspelling', about: 'name', survey: side('Alpacca', 'Table 1'), source: side('Alpaca', '§3.1') }],
      },
    );
    const d = disagreementsOf(miniGraph(file), 'alpaca');
    expect(d).toEqual([{ kind: 'survey', disagreement: expect.objectContaining({ kind: 'misspelling', about: 'name' }) }]);
  });
});
