// export/data: a scene's data as files, in each format other tools read: the one switch the export dialog
// and the CLI share.
import type { AtlasGraph } from '../model/build';
import type { Scene } from '../view/scene';
import { toBibtex, toCsv, toCytoscapeJson, toGexf, toGraphml, toLatexTable } from './formats';
import { toLicenceCsv, toLicenceMarkdown } from './licences';

export const DATA_FORMATS = {
  gexf: 'GEXF (Gephi)',
  graphml: 'GraphML',
  csv: 'CSV node and edge lists',
  cyjs: 'Cytoscape.js JSON',
  bib: 'BibTeX of the references',
  tex: 'LaTeX table (booktabs)',
  'licences-csv': 'Licence audit (CSV)',
  'licences-md': 'Licence audit (Markdown)',
} as const;
export type DataFormat = keyof typeof DATA_FORMATS;
export const isDataFormat = (f: string): f is DataFormat => Object.hasOwn(DATA_FORMATS, f);

/** What a scene shows plainly: its drawn nodes and edges, less what it dims. */
export function shownOf(scene: Pick<Scene, 'nodes' | 'edges' | 'dimmed'>): { nodes: ReadonlySet<string>; edges: ReadonlySet<string> } {
  return {
    nodes: new Set(scene.nodes.filter((id) => !scene.dimmed.has(id))),
    edges: new Set(scene.edges.filter((e) => !scene.dimmed.has(e))),
  };
}

/** The files of one data export: `[file name, text]`, named from `base` (CSV writes a node and an edge list). */
export function dataFiles(format: DataFormat, graph: AtlasGraph, scene: Scene, base: string): [string, string][] {
  const shown = shownOf(scene);
  const positions = scene.layout.positions;
  switch (format) {
    case 'gexf':
      return [[`${base}.gexf`, toGexf(graph, shown, positions)]];
    case 'graphml':
      return [[`${base}.graphml`, toGraphml(graph, shown)]];
    case 'cyjs':
      return [[`${base}.cyjs`, toCytoscapeJson(graph, shown, positions)]];
    case 'bib':
      return [[`${base}.bib`, toBibtex(graph, shown)]];
    case 'tex':
      return [[`${base}.tex`, toLatexTable(graph, shown)]];
    case 'licences-csv':
      return [[`${base}.licences.csv`, toLicenceCsv(graph, shown)]];
    case 'licences-md':
      return [[`${base}.licences.md`, toLicenceMarkdown(graph, shown)]];
    case 'csv': {
      const { nodes, edges } = toCsv(graph, shown);
      return [
        [`${base}.nodes.csv`, nodes],
        [`${base}.edges.csv`, edges],
      ];
    }
  }
}
