import Papa from 'papaparse';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGraphFolder } from '../../../main/node/graph-data';
import { LICENCE_AUDIT_COLUMNS, licenceAuditRows, toLicenceCsv, toLicenceMarkdown } from '../../../src/export';
import { buildGraph, type AtlasGraph } from '../../../src/model/build';

let graph: AtlasGraph;
beforeAll(async () => {
  const loaded = await loadGraphFolder(fileURLToPath(new URL('../../../graph-data', import.meta.url)));
  if (!loaded.ok) throw new Error(loaded.issues.map((i) => i.message).join('\n'));
  graph = buildGraph(loaded.document);
});

describe('export/licences', () => {
  it('round-trips through papaparse: one row per dataset in the view, the other nodes left out', () => {
    const view = new Set(['alpaca', 'chatalpaca', 'code-alpaca', 'belle-1.5m', 'text-davinci-003', 'self-instruct-seed-tasks']);
    const csv = toLicenceCsv(graph, { nodes: view });
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...LICENCE_AUDIT_COLUMNS]);
    expect(parsed.data.map((r) => r.dataset)).toEqual(['alpaca', 'belle-1.5m', 'chatalpaca', 'code-alpaca']);
    expect(parsed.data).toEqual(licenceAuditRows(graph, { nodes: view }).map((r) => ({ ...r })));
    const chat = parsed.data.find((r) => r.dataset === 'chatalpaca')!;
    expect(chat.commercial_use).toBe('Non-commercial');
    expect(chat.declared).toBe('');
    expect(chat.path).toBe('Alpaca');
    expect(chat.sources).toContain('https://huggingface.co/datasets/tatsu-lab/alpaca');
    expect(parsed.data.find((r) => r.dataset === 'code-alpaca')!.conflict).toMatch(/compete with OpenAI/);
  });

  it('writes every dataset of the whole graph once', () => {
    const all = new Set(graph.nodes());
    const datasets = graph.filterNodes((_id, a) => a.kind === 'dataset');
    const parsed = Papa.parse<Record<string, string>>(toLicenceCsv(graph, { nodes: all }), { header: true, skipEmptyLines: true });
    expect(parsed.data).toHaveLength(datasets.length);
    expect(new Set(parsed.data.map((r) => r.dataset)).size).toBe(datasets.length);
  });

  it('writes a Markdown table with a row per dataset, pipes escaped', () => {
    const md = toLicenceMarkdown(graph, { nodes: new Set(['alpaca', 'ultrafeedback', 'text-davinci-003']) });
    const rows = md.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| --- '));
    expect(rows).toHaveLength(3); // header and two datasets
    expect(md).toMatch(/2 datasets in the view, 1 with a conflict/);
    for (const r of rows) expect(r.split(/(?<!\\)\|/).length - 2).toBe(LICENCE_AUDIT_COLUMNS.length);
  });
});
