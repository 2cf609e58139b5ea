// foreign/protocol: the messages between the mapping step and the worker that reads other tools' graphs (issue 17:
// "parse off the event loop"), and the worker's handling of them as a pure class (tested without a Worker). The worker
// keeps the parsed files; the page gets only what it shows, as structured-cloneable values: the summary and first rows,
// the guessed mapping, each attribute's value counts, what a mapping imports and what not, and the layer to open.
import type { Alias } from '../../src/import/catalogue/aliases';
import { type InputFile, problemLines, readInputs } from '../../src/import/inputs';
import { attributeNames, type GraphMapping, guessMapping, mappingSignature } from '../../src/import/mapping';
import { type LayerMode, planLines, planMappedLayer } from '../../src/import/mapped-layer';
import { type MappedInput, toGraphFile } from '../../src/import/to-graph';
import { allValueCounts, type ValueCounts } from '../../src/import/value-guess';
import type { GraphDocument, GraphFile } from '../../src/schema/document';

export type ForeignRequest =
  | { readonly id: number; readonly type: 'read'; readonly files: readonly InputFile[]; readonly open: GraphDocument }
  | { readonly id: number; readonly type: 'map'; readonly mapping: GraphMapping }
  | { readonly id: number; readonly type: 'plan'; readonly mapping: GraphMapping; readonly mode: LayerMode };

/** What the dialog shows of the files read: their formats and sizes, attributes, first rows and a guessed mapping. */
export type ReadSummary = {
  readonly formats: readonly string[];
  /** Distinct node ids across the files (a node list and the edge list naming its nodes count each once). */
  readonly nodes: number;
  readonly edges: number;
  readonly names: { readonly nodes: readonly string[]; readonly edges: readonly string[] };
  readonly signature: string;
  readonly guess: GraphMapping;
  readonly counts: { readonly nodes: ReadonlyMap<string, ValueCounts>; readonly edges: ReadonlyMap<string, ValueCounts> };
  readonly firstNodes: readonly unknown[][];
  readonly firstEdges: readonly unknown[][];
  readonly nodeCols: readonly string[];
  readonly edgeCols: readonly string[];
};

/** What a mapping gives: the counts that import, the problems as lines (the first 100), and how many nodes a merge joins. */
export type MapSummary = {
  readonly nodes: number;
  readonly edges: number;
  readonly problemCount: number;
  readonly problems: readonly string[];
  readonly merged: number;
};

export type ForeignReply =
  | { readonly id: number; readonly ok: true; readonly type: 'read'; readonly summary: ReadSummary; readonly ms: number }
  | { readonly id: number; readonly ok: true; readonly type: 'map'; readonly summary: MapSummary; readonly ms: number }
  | { readonly id: number; readonly ok: true; readonly type: 'plan'; readonly file: GraphFile; readonly lines: readonly string[] }
  | { readonly id: number; readonly ok: false; readonly message: string };

/** The worker's state and answers: the files read last, and the graph they are merged with or kept apart from. */
export class ForeignSession {
  private inputs: MappedInput[] = [];
  private open: GraphDocument = { nodes: [], edges: [], files: [] };

  constructor(
    private readonly aliases: readonly Alias[],
    private readonly now: () => number = () => performance.now(),
  ) {}

  handle(msg: ForeignRequest): ForeignReply {
    const t0 = this.now();
    if (msg.type === 'read') {
      const r = readInputs(msg.files);
      if (!r.ok) return { id: msg.id, ok: false, message: r.message };
      this.inputs = r.inputs;
      this.open = msg.open;
      return { id: msg.id, ok: true, type: 'read', summary: this.summary(), ms: this.now() - t0 };
    }
    if (this.inputs.length === 0) return { id: msg.id, ok: false, message: 'no file has been read' };
    const result = toGraphFile(this.inputs, msg.mapping);
    if (msg.type === 'map') {
      const merged = planMappedLayer(result.graph, this.open, this.aliases, 'merge').merged.length;
      const summary = {
        nodes: result.graph.nodes.length,
        edges: result.graph.edges.length,
        problemCount: result.problems.length,
        problems: problemLines(result.problems, 100),
        merged,
      };
      return { id: msg.id, ok: true, type: 'map', summary, ms: this.now() - t0 };
    }
    const plan = planMappedLayer(result.graph, this.open, this.aliases, msg.mode);
    return { id: msg.id, ok: true, type: 'plan', file: plan.file, lines: planLines(plan, this.open) };
  }

  private summary(): ReadSummary {
    const graphs = this.inputs.map((i) => i.foreign);
    const names = attributeNames(graphs);
    const nodeCols = names.nodes.filter((c) => c !== 'id').slice(0, 7); // a CSV's id column is the id shown first
    const edgeCols = names.edges.slice(0, 5);
    const ids = new Set<string>();
    for (const g of graphs) for (const id of g.graph.nodes.keys()) ids.add(id);
    return {
      formats: graphs.map((g) => g.format),
      nodes: ids.size,
      edges: graphs.reduce((n, g) => n + g.graph.size, 0),
      names,
      signature: mappingSignature(graphs),
      guess: guessMapping(graphs),
      counts: allValueCounts(graphs, names),
      firstNodes: graphs
        .flatMap((g) => [...g.graph.nodes].slice(0, 5))
        .slice(0, 5)
        .map(([id, a]) => [id, ...nodeCols.map((c) => a.get(c))]),
      firstEdges: graphs
        .flatMap((g) => g.graph.edges.slice(0, 5))
        .slice(0, 5)
        .map((e) => [e.source, e.target, ...edgeCols.map((c) => e.attributes.get(c))]),
      nodeCols,
      edgeCols,
    };
  }
}
