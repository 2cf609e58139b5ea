// The built-in graph against the survey's own statements: Table 1, Figure 1, §3.1–§4's lineage, and the checks of validate-data.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGraphFolder } from '../../../main/node/graph-data';
import { buildGraph, type AtlasGraph } from '../../../src/model/build';
import { ancestors, DATA_LINEAGE_EDGE_KINDS, descendants, datasetsOf, nodesWithDisagreements } from '../../../src/queries';
import type { DatasetNode, GraphEdge } from '../../../src/schema';
import { defaultView } from '../../../src/view/spec';
import { layoutView, prepareLayout, timelineLayout } from '../../../src/layout';
import { visibleElements } from '../../../src/view/visible';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const dir = join(root, 'graph-data');
let g: AtlasGraph;
beforeAll(async () => {
  const result = await loadGraphFolder(dir);
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('\n'));
  g = buildGraph(result.document);
});

const dataset = (id: string) => g.getNodeAttributes(id) as DatasetNode;
const edgesOf = (source: string, kind: GraphEdge['kind']) =>
  g
    .outEdges(source)
    .map((e) => g.getEdgeAttributes(e))
    .filter((a) => a.kind === kind);
const targets = (source: string, kind: GraphEdge['kind']) =>
  edgesOf(source, kind)
    .map((a) => a.target)
    .sort();

describe('graph-data: Table 1', () => {
  it("has the 23 rows, each once, in the survey's construction methods", () => {
    const rows = datasetsOf(g).filter((d) => d.table1);
    expect(rows).toHaveLength(23);
    expect(
      rows
        .filter((d) => d.table1!.constructionMethod === 'augmented')
        .map((d) => d.id)
        .sort(),
    ).toEqual(['firefly-train-1.1m', 'mathinstruct', 'metamathqa', 'open-platypus']);
  });
  it('keeps a sample of rows verbatim', () => {
    expect(dataset('belle-1.5m').table1).toMatchObject({
      name: 'belle/data/1.5M',
      group: ['M-M'],
      instPreparation: 'Model-Generated/ChatGPT',
      respGeneration: 'Model-Generated/ChatGPT',
      note: 'Self-Instruct Style',
    });
    expect(dataset('moss-003-sft').table1).toMatchObject({
      group: ['M-M', 'H-M'],
      instPreparation: 'Model-Generated/gpt-3.5-turbo,Human-Generated/user-based/ API',
      respGeneration: 'model-generated/MOSS',
    });
    expect(dataset('dolly-15k').table1).toMatchObject({
      group: ['H-H'],
      instPreparation: 'Human-Generated/Crowdsourcing',
      note: 'Inspired by InstructGPT',
    });
    expect(dataset('open-platypus').table1).toMatchObject({ groupCell: '-', instPreparation: '-', respGeneration: '-', note: '-' });
    expect(dataset('alpaca').table1).toEqual({
      name: 'Alpaca',
      constructionMethod: 'generated',
      group: ['M-M'],
      provenance: expect.any(Array),
    });
  });
  it('links each row to the reference its citation names', () => {
    expect(targets('belle-1.5m', 'described-in')).toEqual(['ref-belle2023', 'ref-ji2023-belle-scaling', 'ref-wen2023-chathome']);
    expect(targets('chatalpaca', 'described-in')).toEqual(['ref-bian2023-chatalpaca']);
  });
});

describe('graph-data: Figure 1', () => {
  it('lays the tree out as the survey draws it', () => {
    const parent = (t: string) => targets(t, 'subtechnique-of');
    expect(parent('data-augmentation')).toEqual(['data-preparation']);
    expect(parent('data-generation')).toEqual(['data-preparation']);
    expect(parent('human-generated')).toEqual(['data-generation']);
    expect(parent('data-synthesis')).toEqual(['data-generation']);
    expect(parent('model-generated')).toEqual(['data-synthesis']);
    expect(parent('other-synthesis')).toEqual(['data-synthesis']);
    expect(parent('crowdsourcing')).toEqual(['human-generated']);
    expect(parent('user-based')).toEqual(['human-generated']);
    expect(parent('api-collection')).toEqual(['user-based']);
    expect(parent('user-shared')).toEqual(['user-based']);
    expect(g.filterNodes((_, a) => a.kind === 'technique' && a.inFigure1 === true)).toHaveLength(11);
  });
});

describe('graph-data: lineage named in the text', () => {
  it("ChatAlpaca from Alpaca's data, and Alpaca from Self-Instruct's seed tasks and method", () => {
    expect(targets('chatalpaca', 'derived-from')).toContain('alpaca');
    // Data lineage (issue 13): Alpaca's data holds Self-Instruct's seed tasks, not Self-Instruct's generated data.
    const data = { kinds: DATA_LINEAGE_EDGE_KINDS };
    expect([...ancestors(g, 'chatalpaca', data).keys()]).toEqual(expect.arrayContaining(['alpaca', 'self-instruct-seed-tasks']));
    expect(ancestors(g, 'chatalpaca', data).has('self-instruct')).toBe(false);
    expect(targets('alpaca', 'follows-method')).toEqual(['self-instruct']);
    // A lineage (focus, trace, family) follows method reuse too.
    expect([...ancestors(g, 'chatalpaca').keys()]).toContain('self-instruct');
  });
  it("BELLE 1.5M, Code Alpaca and InstructWild v1 follow Alpaca's pipeline; Alpaca-GPT4 and ChatAlpaca use its data", () => {
    const data = { depth: 1, kinds: DATA_LINEAGE_EDGE_KINDS };
    expect([...descendants(g, 'alpaca', data).keys()].sort()).toEqual(['alpaca-gpt4', 'alpaca-gpt4-zh', 'chatalpaca']);
    expect([...descendants(g, 'alpaca', { depth: 1, kinds: ['follows-method'] }).keys()].sort()).toEqual([
      'belle-1.5m',
      'code-alpaca',
      'instructwild-v1',
    ]);
  });
  it("GPT4RoI's data includes LLaVA-Instruct-150K and the six region datasets its README names", () => {
    expect([...targets('gpt4roi-data', 'derived-from')].sort()).toEqual([
      'flickr30k-entities',
      'llava-instruct-150k',
      'refcoco',
      'refcoco-plus',
      'refcocog',
      'vcr',
      'visual-genome',
    ]);
    expect(targets('gpt4roi-data', 'inspired-by')).toEqual([]);
  });
  it('MetaMathQA from GSM8K and MATH; LLaVA-Instruct-150K from COCO', () => {
    expect(targets('metamathqa', 'derived-from')).toEqual(['gsm8k', 'math']);
    expect(targets('llava-instruct-150k', 'derived-from')).toEqual(['coco']);
    expect(targets('moss-002-sft', 'derived-from')).toEqual(['anthropic-red-team']);
  });
  it('the generalist datasets aggregate, and the Flan Collection combines the earlier collections', () => {
    expect(targets('flan-collection', 'aggregates')).toEqual(['flan-2021', 'p3', 'super-natural-instructions']);
    expect(targets('coig', 'inspired-by')).toEqual(['oig']);
    expect(targets('belle-10m', 'aggregates').length).toBeGreaterThan(0);
    expect(targets('oig', 'aggregates')).toEqual(['flan-2021', 'p3', 'super-natural-instructions', 'unnatural-instructions']);
  });
});

describe('graph-data: §3.2, §4 and the generations', () => {
  it("places the comparison datasets on Figure 2's preference axis as §3.2 states", () => {
    const axis = (id: string) => dataset(id).figure2?.preferenceAnnotation;
    expect(axis('gpt4-llm-comparison')).toEqual(['model']);
    expect(axis('ultrafeedback')).toEqual(['model']);
    expect(axis('hh-rlhf')).toEqual(['human-interface']);
    expect(axis('chatbot-arena-conversations')).toEqual(['human-interface']);
    for (const id of ['pku-saferlhf', 'oasst1', 'helpsteer']) expect(axis(id)).toEqual(['human-crowdsourcing']);
    expect(axis('shp')).toEqual(['human-forum-votes']);
    expect(targets('ultrafeedback', 'annotated-by')).toEqual(['gpt-4']);
  });
  it("sorts the image-text datasets by §4's two approaches", () => {
    const image = datasetsOf(g).filter((d) => d.taxonomy.modality.includes('image') && d.multimodal);
    expect(image.filter((d) => d.multimodal!.approach === 'generated-from-scratch').map((d) => d.id)).toEqual(['stablellava-data']);
    expect(image).toHaveLength(6);
  });
  it('keeps the earlier generation populated', () => {
    expect(datasetsOf(g).filter((d) => d.taxonomy.generation === 'task-aggregation').length).toBeGreaterThanOrEqual(4);
  });
});

describe('graph-data: truth and provenance', () => {
  it("keeps Table 1's generator beside the primary source's, marked as a disagreement", () => {
    const t1 = edgesOf('self-instruct', 'generated-by').find((a) => a.target === 'text-davinci-003' && a.role === 'responses')!;
    expect(t1.provenance[0]).toMatchObject({ kind: 'survey', locator: 'Table 1' });
    expect(t1.disagreement?.provenance[0]).toMatchObject({ kind: 'url' });
    expect(targets('self-instruct', 'generated-by')).toContain('gpt-3-davinci');
    expect(nodesWithDisagreements(g)).toEqual(expect.arrayContaining(['self-instruct', 'alpaca-gpt4', 'moss-002-sft']));
  });
  it("cites every one of the survey's 51 references, each dataset linked to one", () => {
    const numbers = g.mapNodes((_, a) => (a.kind === 'reference' ? a.surveyNumber : undefined)).filter((n) => n !== undefined);
    expect(new Set(numbers).size).toBe(51);
    for (const d of datasetsOf(g)) expect(targets(d.id, 'described-in').length, d.id).toBeGreaterThan(0);
  });
  it('dates every dated claim with a source that is not the survey (the survey gives no release dates)', () => {
    for (const d of datasetsOf(g))
      for (const c of d.released ?? [])
        expect(
          c.provenance.every((p) => p.kind !== 'survey'),
          d.id,
        ).toBe(true);
  });
});

describe('graph-data: the default view', () => {
  it('draws every dataset and leaves nothing filtered out, though the prose-only models (Gemini, Sora) join no dataset', () => {
    const v = visibleElements(g, defaultView());
    expect(v.datasetsShown).toBe(v.datasetsTotal);
    expect(v.nodes.has('gemini')).toBe(false);
    expect(v.filteredNodes.size).toBe(0);
  });
});

describe("graph-data: the survey's figures as views", () => {
  it('Figure 2 draws the comparison datasets it places, and counts them', () => {
    const v = visibleElements(g, { ...defaultView(), layout: 'comparison' });
    expect(v.datasetsTotal).toBe(datasetsOf(g).filter((d) => d.figure2).length);
    expect([...v.nodes].every((id) => dataset(id).figure2 !== undefined)).toBe(true);
  });
  it('Figure 1 draws the whole technique tree, used or not ("Other"), with the datasets', () => {
    const v = visibleElements(g, { ...defaultView(), layout: 'techniques' });
    expect(v.nodes.has('other-synthesis')).toBe(true);
    expect([...v.nodes].some((id) => g.getNodeAttribute(id, 'kind') === 'model')).toBe(false);
    expect(v.datasetsShown).toBe(v.datasetsTotal);
  });
});

describe('graph-data: the layered lineage layout', () => {
  it('puts origins left of what was built from them, on a time axis with an undated gutter', async () => {
    await prepareLayout('lineage');
    const ids = [...visibleElements(g, { ...defaultView(), layout: 'lineage' }).nodes];
    const { positions: p, axis } = layoutView(g, ids, 'lineage');
    expect(Object.keys(p).sort()).toEqual([...ids].sort());
    expect(p['self-instruct']!.x).toBeLessThan(p['alpaca']!.x);
    expect(p['alpaca']!.x).toBeLessThan(p['chatalpaca']!.x);
    expect(p['coco']!.x).toBeLessThan(p['llava-instruct-150k']!.x);
    if (axis?.kind !== 'time') throw new Error('expected a time axis');
    // a node with no release date (Self-Instruct's seed tasks) sits in the gutter, not dropped; OL-CC, dated only by
    // another survey's listing (2023-06), is on the axis like any dated dataset
    expect(p['self-instruct-seed-tasks']!.x).toBe(axis.ticks.find((t) => t.label === 'undated')!.x);
    expect(p['ol-cc']!.x).toBeGreaterThan(axis.ticks.find((t) => t.label === '2023')!.x);
    expect(p['coco']!.x).toBe(axis.ticks.find((t) => t.label === 'earlier')!.x);
  });
});

describe('graph-data: the timeline layout', () => {
  it('keeps the axis on the datasets\' years: COCO (2014) in an "earlier" gutter, undated data in an "undated" one', () => {
    const { positions, axis } = timelineLayout(
      g,
      g.filterNodes((_, a) => a.kind !== 'reference'),
    );
    const tick = (label: string) => axis.ticks.find((t) => t.label === label)!.x;
    expect(positions['coco']!.x).toBe(tick('earlier'));
    expect(positions['self-instruct-seed-tasks']!.x).toBe(tick('undated'));
    expect(positions['ol-cc']!.x).toBeGreaterThan(tick('2023'));
    expect(positions['instructwild-v2']!.x).toBeGreaterThanOrEqual(tick('2023'));
    expect(axis.ticks.filter((t) => /^\d{4}$/.test(t.label)).map((t) => t.label)).toEqual(['2022', '2023']);
    expect(positions['alpaca']!.x).toBeGreaterThan(axis.watershed.x);
    expect(positions['flan-2021']!.x).toBeLessThan(axis.watershed.x);
  });
});

describe('npm run validate-data', () => {
  it('passes on the built-in graph and reports counts and the facts still lacking a source', () => {
    const out = execFileSync('npx', ['tsx', 'scripts/validate-data.ts'], { cwd: root, encoding: 'utf8' });
    expect(out).toMatch(/^graph-data is valid\./);
    expect(out).toMatch(/dataset\s+\d+/);
    expect(out).toMatch(/Datasets with attributes no source was found for/);
  });
  it('fails, naming the file and the field path, on a broken folder', () => {
    const broken = mkdtempSync(join(tmpdir(), 'atlas-validate-'));
    try {
      writeFileSync(
        join(broken, 'bad.json'),
        JSON.stringify({ format: 'lineage-atlas/graph', version: 1, nodes: [{ id: 'x', kind: 'model' }], edges: [] }),
      );
      const run = spawnSync('npx', ['tsx', 'scripts/validate-data.ts', broken], { cwd: root, encoding: 'utf8' });
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/bad\.json: nodes\[0\]/);
    } finally {
      rmSync(broken, { recursive: true, force: true });
    }
  });
});
