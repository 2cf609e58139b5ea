// The truth audit of issue 15: the checks themselves on small graphs, and the built-in graph's numbers pinned.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGraphFolder } from '../../../main/node/graph-data';
import { dataReport } from '../../../src/queries/report';
import { auditGraph, citesMovingBranch, isSecondary, loadGraph, type AuditReport, type GraphDocument } from '../../../src/schema';

const root = fileURLToPath(new URL('../../..', import.meta.url));

const survey = [{ kind: 'survey', locator: 'Table 1' }];
const tax = { purpose: 'demonstration', modality: ['text'], generation: 'instructgpt', provenance: survey };
const load = (nodes: unknown[], edges: unknown[] = []): GraphDocument => {
  const r = loadGraph([{ file: 't.json', text: JSON.stringify({ format: 'lineage-atlas/graph', version: 1, nodes, edges }) }]);
  if (!r.ok) throw new Error(r.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  return r.document;
};

describe('schema/audit: the checks', () => {
  it('finds an alias that names two nodes, case and spacing aside, and a clean graph has none', () => {
    const doc = load([
      { id: 'a', kind: 'dataset', label: 'Alpha', aliases: ['ShareGPT'], provenance: survey, taxonomy: tax },
      { id: 'b', kind: 'source', label: 'sharegpt ', provenance: survey },
    ]);
    expect(auditGraph(doc).sharedAliases).toEqual([{ where: 'a', detail: '"ShareGPT" also names b' }]);
    expect(
      auditGraph(load([{ id: 'a', kind: 'dataset', label: 'Alpha', aliases: ['A'], provenance: survey, taxonomy: tax }])).sharedAliases,
    ).toEqual([]);
  });
  it('counts a recorded alias (a survey misspelling) as a name too', () => {
    const doc = load([
      { id: 'm', kind: 'model', label: 'InstructBLIP', recordedAliases: [{ name: 'Vicuna', provenance: survey }], provenance: survey },
      { id: 'v', kind: 'model', label: 'Vicuna', provenance: survey },
    ]);
    expect(auditGraph(doc).sharedAliases.map((f) => f.where)).toEqual(['m']);
  });
  it('flags a claim whose every citation is an aggregator or blog, not one that also cites a primary page', () => {
    const blog = { kind: 'url', url: 'https://paperswithcode.com/paper/x', title: 'x' };
    const card = { kind: 'url', url: 'https://huggingface.co/datasets/o/x', title: 'card' };
    const doc = load([
      {
        id: 'd',
        kind: 'dataset',
        label: 'D',
        provenance: survey,
        taxonomy: tax,
        size: [{ value: { value: 1, unit: 'instances' }, provenance: [blog] }],
        homepage: [{ value: 'https://x.org', provenance: [blog, card] }],
      },
    ]);
    expect(auditGraph(doc).secondaryOnly.map((f) => f.where)).toEqual(['d.size[0]']);
    expect(isSecondary({ kind: 'url', url: 'https://www.centerconsulting.com/a', title: 't' })).toBe(true);
    expect(isSecondary({ kind: 'url', url: 'https://huggingface.co/datasets/rl-llm-wiki/knowledge-base/discussions/1', title: 't' })).toBe(
      true,
    );
    expect(isSecondary({ kind: 'survey', locator: 'Table 1' })).toBe(false);
  });
  it('lists survey datasets without a release date and release dates without a kind', () => {
    const doc = load([
      { id: 'undated', kind: 'dataset', label: 'U', provenance: survey, taxonomy: tax },
      {
        id: 'dated',
        kind: 'dataset',
        label: 'D',
        provenance: survey,
        taxonomy: tax,
        released: [{ value: '2023-04', provenance: [{ kind: 'url', url: 'https://arxiv.org/abs/1v1', title: 'a' }] }],
      },
      { id: 'not-survey', kind: 'dataset', label: 'N', provenance: [{ kind: 'url', url: 'https://x.org', title: 'x' }], taxonomy: tax },
    ]);
    const r = auditGraph(doc);
    expect(r.undatedSurveyDatasets).toEqual(['undated']);
    expect(r.datesWithoutKind).toEqual(['dated']);
    expect(r.datesListedOnly).toEqual([]);
  });
  it('lists apart a survey dataset dated only by another survey, not one that also has a primary date', () => {
    const listing = { kind: 'url', url: 'https://github.com/o/survey/blob/0123abc/README.md', title: 'another survey' };
    const paper = { kind: 'url', url: 'https://arxiv.org/abs/1v1', title: 'a' };
    const doc = load([
      {
        id: 'listed',
        kind: 'dataset',
        label: 'L',
        provenance: survey,
        taxonomy: tax,
        released: [{ value: '2023-06', dateKind: 'listed-secondary', provenance: [listing] }],
      },
      {
        id: 'both',
        kind: 'dataset',
        label: 'B',
        provenance: survey,
        taxonomy: tax,
        released: [
          { value: '2023-05', dateKind: 'paper', provenance: [paper] },
          { value: '2023-06', dateKind: 'listed-secondary', provenance: [listing] },
        ],
      },
    ]);
    const r = auditGraph(doc);
    expect(r.undatedSurveyDatasets).toEqual([]);
    expect(r.datesListedOnly).toEqual([{ where: 'listed', detail: '2023-06, https://github.com/o/survey/blob/0123abc/README.md' }]);
  });
  it('finds citations of a branch or tag, not of a commit, anywhere in a node or edge', () => {
    const at = (url: string) => [{ kind: 'url', url, title: 't' }];
    const doc = load(
      [
        {
          id: 'd',
          kind: 'dataset',
          label: 'D',
          provenance: at('https://github.com/o/r/blob/main/README.md'),
          taxonomy: tax,
          license: [{ value: 'MIT', provenance: at('https://huggingface.co/datasets/o/d/blob/0123abc/README.md') }],
          homepage: [{ value: 'https://x.org', provenance: at('https://huggingface.co/datasets/o/d/tree/main/data') }],
        },
        { id: 'm', kind: 'model', label: 'M', provenance: at('https://github.com/o/r/blob/3f2a9c1d4e5b6a7980c1d2e3f4a5b6c7d8e9f0a1/x.md') },
      ],
      [{ source: 'd', kind: 'generated-by', target: 'm', provenance: at('https://huggingface.co/datasets/o/d/commits/HEAD') }],
    );
    expect(auditGraph(doc).movingCitations).toEqual([
      { where: 'd', detail: 'https://github.com/o/r/blob/main/README.md' },
      { where: 'd', detail: 'https://huggingface.co/datasets/o/d/tree/main/data' },
      { where: 'd generated-by m', detail: 'https://huggingface.co/datasets/o/d/commits/HEAD' },
    ]);
    expect(citesMovingBranch({ kind: 'url', url: 'https://arxiv.org/abs/2304.01196v1', title: 'a' })).toBe(false);
    expect(citesMovingBranch({ kind: 'survey', locator: 'Table 1' })).toBe(false);
  });
  it('counts node disagreements by kind and edge disagreements without a kind as unclassified', () => {
    const doc = load(
      [
        {
          id: 'd',
          kind: 'dataset',
          label: 'D',
          provenance: survey,
          taxonomy: tax,
          disagreements: [
            {
              kind: 'misspelling',
              about: 'name',
              survey: { value: 'Projct', provenance: survey },
              source: { value: 'Project', provenance: [{ kind: 'url', url: 'https://x.org', title: 'x' }] },
            },
          ],
        },
        { id: 'm', kind: 'model', label: 'M', provenance: survey },
      ],
      [{ source: 'd', kind: 'generated-by', target: 'm', provenance: survey, disagreement: { note: 'no', provenance: survey } }],
    );
    const r = auditGraph(doc);
    expect(r.disagreementsByKind).toMatchObject({ misspelling: 1, unclassified: 1, 'wrong-model': 0 });
    expect(r.disagreements).toHaveLength(2);
  });
});

describe('graph-data: the audit numbers (npm run validate-data)', () => {
  let r: AuditReport;
  let lacking: (field: string) => string[];
  beforeAll(async () => {
    const result = await loadGraphFolder(join(root, 'graph-data'));
    if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('\n'));
    r = auditGraph(result.document);
    const { missing } = dataReport(result.document);
    lacking = (field) => Object.keys(missing).filter((id) => missing[id]!.includes(field));
  });
  it('no claim rests only on a secondary page, and no alias names two nodes', () => {
    expect(r.secondaryOnly).toEqual([]);
    expect(r.sharedAliases).toEqual([]);
  });
  it('every release date says what kind of date it is', () => {
    expect(r.datesWithoutKind).toEqual([]);
  });
  it('pins the survey datasets no source dated, and those only another survey dated', () => {
    expect([...r.undatedSurveyDatasets].sort()).toEqual([]);
    expect(r.datesListedOnly.map((f) => f.where)).toEqual(['ol-cc']);
  });
  it('pins the datasets no primary source gave a licence or languages (each searched for in its card, README and paper)', () => {
    // No licence: the card or README names none, or only the licences of the datasets it was built from.
    expect(lacking('license').sort()).toEqual([
      'chatalpaca',
      'chatbot-arena-conversations',
      'firefly-train-1.1m',
      'flan-2021',
      'flan-collection',
      'gpt4roi-data',
      'instructgpt-rm',
      'instructgpt-sft',
      'm3it',
      'multiinstruct',
      'open-platypus',
      'stablellava-data',
    ]);
    // No languages: the card has no language metadata and the README and paper name none as a list.
    expect(lacking('languages').sort()).toEqual([
      'baize',
      'chatbot-arena-conversations',
      'flan-2021',
      'flan-collection',
      'gpt4-llm-comparison',
      'gpt4roi-data',
      'hh-rlhf',
      'instructgpt-rm',
      'instructwild-v2',
      'lamm-dataset',
      'lima',
      'metamathqa',
      'moss-003-sft-plugin',
      'multiinstruct',
      'self-instruct',
      'stablellava-data',
      'super-natural-instructions',
      'unnatural-instructions',
      'vigc-instdata',
    ]);
  });
  it('pins the citations that still read a moving branch (each listed by validate-data)', () => {
    expect(r.movingCitations.length).toBe(6);
  });
  it('pins the marked survey-versus-source disagreements by kind', () => {
    expect(r.disagreementsByKind).toEqual({
      'wrong-model': 5,
      'imprecise-model': 3,
      misspelling: 2,
      'self-contradiction': 3,
      'missing-modality': 2,
      'wrong-value': 1,
    });
  });
  it('is printed by validate-data', () => {
    const out = execFileSync('npx', ['tsx', 'scripts/validate-data.ts'], { cwd: root, encoding: 'utf8' });
    expect(out).toMatch(/Claims citing only secondary sources \(0\)/);
    expect(out).toMatch(/Aliases shared by two nodes \(0\)/);
    expect(out).toMatch(/Survey datasets without a release date \(0\)/);
    expect(out).toMatch(/dated only by another survey's listing, no primary source \(1\):\n {2}ol-cc: 2023-06, /);
    expect(out).toMatch(/Citations of a moving branch, not a commit or version \(\d+\):/);
    expect(out).toMatch(/Marked survey-versus-source disagreements \(\d+\):/);
  });
});
