// Layers (issue 12): a graph file opened beside the survey graph merges without overwriting: claims side by side
// (a disagreement where they differ), conflicts and cycles left out and named, datasets counted per layer.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGraphFolder } from '../../../main/node/graph-data';
import { buildGraph } from '../../../src/model/build';
import { addLayer, datasetsPerLayer, layerKindOf, surveyLayer, withLayers } from '../../../src/model/layers';
import { facetCounts, facetValueLabel, matchingDatasets } from '../../../src/queries/facets';
import { disagreementsOf } from '../../../src/queries/disagreements';
import type { GraphDocument, GraphFile } from '../../../src/schema/document';
import { loadGraph } from '../../../src/schema/read';

let survey: GraphDocument;
beforeAll(async () => {
  const s = await loadGraphFolder(join(__dirname, '../../../graph-data'));
  if (!s.ok) throw new Error('survey graph invalid');
  survey = s.document;
});

const cite = (field: string) => ({ kind: 'url' as const, url: 'https://example.org/dpc/Alpaca.json', title: 'DPC summary', field });
const taxonomy = { purpose: 'demonstration' as const, modality: ['text' as const], provenance: [cite('Task Categories')] };
const layerFile: GraphFile = {
  format: 'lineage-atlas/graph',
  version: 1,
  title: 'Data Provenance Collection',
  nodes: [
    {
      kind: 'dataset',
      id: 'alpaca',
      label: 'alpaca',
      provenance: [cite('Dataset Name')],
      taxonomy,
      license: [{ value: 'OpenAI AND CC-BY-NC-4.0', provenance: [cite('Licenses')] }],
    },
    { kind: 'dataset', id: 'alpaca-subset', label: 'Alpaca subset', provenance: [cite('Dataset Name')], taxonomy },
    { kind: 'dataset', id: 'gpt-4', label: 'not a model here', provenance: [cite('Dataset Name')], taxonomy },
  ],
  edges: [
    { source: 'alpaca-subset', kind: 'derived-from', target: 'alpaca', provenance: [cite('Derived from Datasets')] },
    { source: 'alpaca', kind: 'derived-from', target: 'alpaca-subset', provenance: [cite('Derived from Datasets')] },
    { source: 'gpt-4', kind: 'derived-from', target: 'alpaca', provenance: [cite('Derived from Datasets')] },
  ],
};

describe('model/layers', () => {
  it('starts from the survey graph alone as one layer', () => {
    const l = surveyLayer(survey);
    expect(datasetsPerLayer(l)).toEqual([
      {
        layer: { name: 'Survey', kind: 'survey' },
        datasets: survey.nodes.filter((n) => n.kind === 'dataset').length,
        nodes: survey.nodes.length,
      },
    ]);
    expect(layerKindOf(layerFile)).toBe('dpc');
  });

  it('keeps the survey claim and the layer claim side by side as a disagreement', () => {
    const l = addLayer(surveyLayer(survey), layerFile, 'DPC', 'dpc');
    const graph = buildGraph(l.document);
    const alpaca = graph.getNodeAttributes('alpaca');
    expect(alpaca.label).toBe('Alpaca');
    expect(alpaca.kind === 'dataset' && alpaca.taxonomy.purpose).toBe('demonstration');
    expect(alpaca.kind === 'dataset' && alpaca.license?.map((c) => c.value)).toEqual(['CC-BY-NC-4.0', 'OpenAI AND CC-BY-NC-4.0']);
    const d = disagreementsOf(graph, 'alpaca').find((x) => x.kind === 'attribute' && x.field === 'license');
    expect(d).toBeDefined();
    expect(alpaca.aliases).toContain('alpaca');
  });

  it('leaves out a node of another kind, its edges, and an edge closing a lineage cycle, and names them', () => {
    const l = addLayer(surveyLayer(survey), layerFile, 'DPC', 'dpc');
    expect(l.document.nodes.find((n) => n.id === 'gpt-4')?.kind).toBe('model');
    expect(l.issues.some((i) => i.includes('"gpt-4" is a dataset here and a model already'))).toBe(true);
    expect(l.issues.some((i) => i.includes('lineage cycle'))).toBe(true);
    // the merged document passes the loader's cross-checks
    const text = JSON.stringify({ format: 'lineage-atlas/graph', version: 1, nodes: l.document.nodes, edges: l.document.edges });
    expect(loadGraph([{ file: 'merged.json', text }]).ok).toBe(true);
  });

  it('counts datasets per layer, a merged dataset in both', () => {
    const l = addLayer(surveyLayer(survey), layerFile, 'DPC', 'dpc');
    const counts = datasetsPerLayer(l);
    expect(counts[1]).toEqual({ layer: { name: 'DPC', kind: 'dpc' }, datasets: 2, nodes: 2 });
    expect(l.layersOf.get('alpaca')).toEqual(['Survey', 'DPC']);
  });

  it('makes the layers a facet: counts per layer kind, a merged dataset in both, and a filter by layer', () => {
    const cards: GraphFile = { ...layerFile, title: 'Hugging Face dataset cards', nodes: [layerFile.nodes[1]!], edges: [] };
    const l = addLayer(addLayer(surveyLayer(survey), layerFile, 'DPC', 'dpc'), cards, 'cards', 'cards');
    // Not told its layers, a graph has no Layer facet (an opened file, the survey alone).
    expect(facetCounts(buildGraph(l.document), { era: 'all', facets: {} }).layer.size).toBe(0);
    expect(withLayers(buildGraph(survey), surveyLayer(survey)).getAttribute('layerKinds')).toBeUndefined();
    const graph = withLayers(buildGraph(l.document), l);
    const surveyDatasets = survey.nodes.filter((n) => n.kind === 'dataset').length;
    expect(Object.fromEntries(facetCounts(graph, { era: 'all', facets: {} }).layer)).toEqual({ survey: surveyDatasets, dpc: 2, cards: 1 });
    expect([...matchingDatasets(graph, { era: 'all', facets: { layer: ['dpc'] } })].sort()).toEqual(['alpaca', 'alpaca-subset']);
    expect(matchingDatasets(graph, { era: 'all', facets: { layer: ['survey', 'cards'] } }).size).toBe(surveyDatasets + 1);
    expect(facetValueLabel(graph, 'layer', 'dpc')).toBe('Data Provenance Collection');
  });

  it('adds an edge the graph already has only as more citations', () => {
    const e = survey.edges.find((x) => x.kind === 'derived-from')!;
    const src = survey.nodes.find((n) => n.id === e.source)!;
    const tgt = survey.nodes.find((n) => n.id === e.target)!;
    const file: GraphFile = {
      format: 'lineage-atlas/graph',
      version: 1,
      nodes: [src, tgt],
      edges: [{ ...e, provenance: [cite('Derived from Datasets')] }],
    };
    const l = addLayer(surveyLayer(survey), file, 'mine', 'file');
    expect(l.document.edges).toHaveLength(survey.edges.length);
    const merged = l.document.edges.find((x) => x.source === e.source && x.target === e.target && x.kind === e.kind)!;
    expect(merged.provenance).toEqual([...e.provenance, cite('Derived from Datasets')]);
  });
});
