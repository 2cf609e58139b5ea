// A graph mapped from another tool's file opens as a layer beside the survey graph (issue 16): kept apart, no node
// joins the survey's (a clashing id is renamed); merged, the wider catalogue's identity resolution joins the nodes it
// matches by URL, alias or name. Either way the file's nodes are drawn, those no dataset reaches included.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGraphFolder } from '../../../main/node/graph-data';
import { AliasTable } from '../../../src/import/catalogue/aliases';
import { readForeign } from '../../../src/import/foreign';
import { guessMapping } from '../../../src/import/mapping';
import { planLines, planMappedLayer } from '../../../src/import/mapped-layer';
import { type MappedInput, toGraphFile } from '../../../src/import/to-graph';
import { buildGraph } from '../../../src/model/build';
import { addLayer, datasetsPerLayer, surveyLayer } from '../../../src/model/layers';
import type { GraphDocument, GraphFile } from '../../../src/schema/document';
import { defaultView } from '../../../src/view/spec';
import { visibleElements } from '../../../src/view/visible';

const graphData = join(__dirname, '../../../graph-data');
const shared = fileURLToPath(new URL('../../../../shared/fixtures/interop/', import.meta.url));
const ours = fileURLToPath(new URL('../../fixtures/interop16/', import.meta.url));
const aliases = AliasTable.parse(JSON.parse(readFileSync(join(graphData, 'aliases.json'), 'utf8'))).aliases;

let survey: GraphDocument;
beforeAll(async () => {
  const s = await loadGraphFolder(graphData);
  if (!s.ok) throw new Error('survey graph invalid');
  survey = s.document;
});

const mapped = (dir: string, ...names: string[]): GraphFile => {
  const inputs: MappedInput[] = names.map((name) => {
    const r = readForeign(name, readFileSync(dir + name, 'utf8'));
    if (!r?.ok) throw new Error(name);
    return { file: name, foreign: r.foreign };
  });
  return toGraphFile(inputs, guessMapping(inputs.map((i) => i.foreign))).graph;
};

describe('import/mapped-layer', () => {
  it('keeps a file apart: no node joins the survey graph, and an id the survey holds is renamed with its edges', () => {
    const file = mapped(ours, 'dated-nodes.csv', 'dated-edges.csv');
    expect(file.nodes.map((n) => n.id)).toContain('alpaca'); // the survey's Alpaca has this id too
    const plan = planMappedLayer(file, survey, aliases, 'apart');
    expect(plan.merged).toEqual([]);
    expect(plan.renamed).toEqual([
      { from: 'self-instruct', id: 'self-instruct-2' },
      { from: 'alpaca', id: 'alpaca-2' },
    ]);
    expect(plan.file.edges.map((e) => `${e.source}>${e.target}`)).toContain('alpaca-2>self-instruct-2');
    const layered = addLayer(surveyLayer(survey), plan.file, 'dated', 'file');
    expect(layered.issues).toEqual([]);
    expect(layered.document.nodes.length).toBe(survey.nodes.length + file.nodes.length);
  });

  it('merges by URL: Self-Instruct and Alpaca join the survey datasets, GPT4All and LLaMA (no survey node) stay their own', () => {
    const file = mapped(ours, 'dated-nodes.csv', 'dated-edges.csv');
    const plan = planMappedLayer(file, survey, aliases, 'merge');
    expect(plan.merged).toEqual([
      { from: 'self-instruct', id: 'self-instruct', by: 'github' },
      { from: 'alpaca', id: 'alpaca', by: 'github' },
    ]);
    // The file's sources become the survey's datasets, keeping the file's date and citation.
    const alpaca = plan.file.nodes.find((n) => n.id === 'alpaca')!;
    expect(alpaca.kind).toBe('dataset');
    expect(alpaca.provenance[0]).toMatchObject({ kind: 'file', file: 'dated-nodes.csv', locator: 'row 3 (id "alpaca")' });
    const layered = addLayer(surveyLayer(survey), plan.file, 'dated', 'file');
    expect(layered.issues).toEqual([]);
    expect(layered.document.nodes.length).toBe(survey.nodes.length + 2); // only GPT4All and LLaMA are new
    expect(layered.layersOf.get('alpaca')).toEqual(['Survey', 'dated']);
    const merged = layered.document.nodes.find((n) => n.id === 'alpaca');
    expect(merged?.kind === 'dataset' && merged.released?.map((c) => c.value)).toContain('2023-03-13');
    expect(planLines(plan, survey)[0]).toBe('self-instruct merged with Self-Instruct (by github)');
  });

  it('draws every node of a file opened beside the survey, those no dataset reaches too, and counts nodes per layer', () => {
    const file = mapped(shared, 'Les Miserables.gexf');
    const plan = planMappedLayer(file, survey, aliases, 'merge');
    expect(plan.merged).toEqual([]); // no character of Les Misérables is a dataset of the survey
    const layered = addLayer(surveyLayer(survey), plan.file, 'Les Miserables.gexf', 'file');
    const before = visibleElements(buildGraph(survey), defaultView());
    const after = visibleElements(buildGraph(layered.document), defaultView());
    expect(after.nodes.size).toBe(before.nodes.size + 77);
    for (const n of plan.file.nodes) expect(after.nodes.has(n.id)).toBe(true);
    expect(after.edges.size).toBe(before.edges.size + plan.file.edges.length);
    // Under a facet filter the survey's datasets filter; the file's sources, which no dataset reaches, stay.
    const filtered = visibleElements(buildGraph(layered.document), {
      ...defaultView(),
      filter: { era: 'all', facets: { modality: ['image'] } },
    });
    expect(plan.file.nodes.every((n) => filtered.nodes.has(n.id))).toBe(true);
    expect(datasetsPerLayer(layered).map((l) => [l.layer.name, l.datasets, l.nodes])).toEqual([
      ['Survey', 48, survey.nodes.length],
      ['Les Miserables.gexf', 0, 77],
    ]);
  });
});
