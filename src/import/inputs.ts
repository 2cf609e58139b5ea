// import/inputs: the files a person opens to import another tool's graph, read and checked together: one GEXF,
// GraphML, Cytoscape.js or graphology file, or a CSV node list and edge list (either alone too). Shared by the
// window's mapping step and `npm run import -- graph`.
import { readForeign } from './foreign';
import type { MappedInput, MapProblem } from './to-graph';

export type InputFile = { readonly name: string; readonly text: string };

/** The files read with their formats' parsers, or why they cannot be imported (naming the file and the element or row). */
export function readInputs(files: readonly InputFile[]): { ok: true; inputs: MappedInput[] } | { ok: false; message: string } {
  if (files.length === 0) return { ok: false, message: 'no file given' };
  const inputs: MappedInput[] = [];
  for (const f of files) {
    const r = readForeign(f.name, f.text);
    if (!r)
      return {
        ok: false,
        message: `${f.name}: not a graph file of another tool (GEXF, GraphML, Cytoscape.js JSON, graphology JSON, or a CSV node or edge list)`,
      };
    if (!r.ok) return { ok: false, message: `${f.name}: ${r.message}` };
    inputs.push({ file: f.name, foreign: r.foreign });
  }
  const formats = inputs.map((i) => i.foreign.format).sort();
  const pair = formats.length === 2 && formats[0] === 'CSV edge list' && formats[1] === 'CSV node list';
  if (inputs.length > 1 && !pair)
    return {
      ok: false,
      message: `${files.map((f) => f.name).join(', ')}: import one graph file at a time, or a CSV node list with its edge list (these are ${formats.join(', ')})`,
    };
  // The node list first, so its rows declare the nodes the edge list names.
  return { ok: true, inputs: pair ? inputs.sort((a) => (a.foreign.format === 'CSV node list' ? -1 : 1)) : inputs };
}

/** The problems as lines a person reads: `file where: message`, at most `max`, then how many more. */
export function problemLines(problems: readonly MapProblem[], max = 50): string[] {
  const lines = problems.slice(0, max).map((p) => `${p.file} ${p.where}: ${p.message}`);
  if (problems.length > max) lines.push(`…and ${(problems.length - max).toLocaleString('en-US')} more`);
  return lines;
}
