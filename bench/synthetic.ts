// bench/synthetic: a deterministic synthetic graph file of n nodes shaped like the survey graph.
import type { GraphFile } from '../src/schema/document';

export function syntheticGraph(n: number): GraphFile {
  let seed = 42;
  const rand = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const cite = [{ kind: 'survey' as const, locator: 'synthetic' }];
  const counts = { technique: Math.max(5, Math.round(n * 0.05)), model: Math.max(5, Math.round(n * 0.05)), source: Math.round(n * 0.1) };
  const nodes: GraphFile['nodes'] = [];
  const edges: GraphFile['edges'] = [];
  for (let i = 0; i < counts.technique; i++) {
    nodes.push({ id: `t${i}`, kind: 'technique', label: `Technique ${i}`, provenance: cite });
    if (i > 0) edges.push({ source: `t${i}`, kind: 'subtechnique-of', target: `t${Math.floor(rand() * i)}`, provenance: cite });
  }
  for (let i = 0; i < counts.model; i++) nodes.push({ id: `m${i}`, kind: 'model', label: `Model ${i}`, provenance: cite });
  for (let i = 0; i < counts.source; i++) nodes.push({ id: `s${i}`, kind: 'source', label: `Source ${i}`, provenance: cite });
  const datasets = n - counts.technique - counts.model - counts.source;
  for (let i = 0; i < datasets; i++) {
    const month = Math.min(11 * 12 + 11, Math.floor((i / datasets) * 96));
    nodes.push({
      id: `d${i}`,
      kind: 'dataset',
      label: `Dataset ${i}`,
      provenance: cite,
      taxonomy: {
        purpose: pick(['demonstration', 'comparison', 'generalist'] as const),
        modality: rand() < 0.15 ? ['image', 'text'] : ['text'],
        generation: month < 48 ? 'task-aggregation' : 'instructgpt',
        provenance: cite,
      },
      released: [{ value: `${2018 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`, provenance: cite }],
    });
    const origin = i > 0 && rand() < 0.7 ? `d${Math.floor(rand() * i)}` : `s${Math.floor(rand() * counts.source)}`;
    edges.push({ source: `d${i}`, kind: 'derived-from', target: origin, provenance: cite });
    edges.push({ source: `d${i}`, kind: 'uses-technique', target: `t${Math.floor(rand() * counts.technique)}`, provenance: cite });
    if (rand() < 0.5)
      edges.push({ source: `d${i}`, kind: 'generated-by', target: `m${Math.floor(rand() * counts.model)}`, provenance: cite });
  }
  return { format: 'lineage-atlas/graph', version: 1, nodes, edges };
}
