// import/sniff: which foreign graph format a file is in (GEXF, GraphML, Cytoscape.js or graphology JSON, CSV),
// from its first bytes, without the parsers: cheap enough to run on every file opened; import/foreign reads it.

export const FOREIGN_FORMATS = ['GEXF', 'GraphML', 'Cytoscape.js JSON', 'graphology JSON', 'CSV node list', 'CSV edge list'] as const;
export type ForeignFormat = (typeof FOREIGN_FORMATS)[number];

export type Json = Record<string, unknown>;
export const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The text parsed as JSON when it is a JSON object's text, else undefined. */
export const jsonOf = (text: string): unknown => {
  if (!text.trimStart().startsWith('{')) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

/**
 * What format a file's text is in, when it is one of the foreign formats; else null (it may be the
 * atlas's own). `json` is the text already parsed, where the caller has parsed it.
 */
export function sniffForeign(name: string, text: string, json: unknown = jsonOf(text)): ForeignFormat | null {
  const head = text.slice(0, 4096).trimStart();
  if (head.startsWith('<')) {
    if (/<gexf[\s>]/.test(head)) return 'GEXF';
    if (/<graphml[\s>]/.test(head)) return 'GraphML';
    return null;
  }
  if (head.startsWith('{')) {
    if (!isObject(json) || json.format === 'lineage-atlas/graph' || json.format === 'lineage-atlas/view') return null;
    if ('elements' in json) return 'Cytoscape.js JSON';
    if (Array.isArray(json.nodes) && json.nodes.some((n) => isObject(n) && 'key' in n)) return 'graphology JSON';
    return null;
  }
  if (/\.csv$/i.test(name) || /^[^\n,]+(,[^\n,]*)+\r?\n/.test(head)) {
    const header = head.split(/\r?\n/, 1)[0]!.toLowerCase().split(',').map((c) => c.trim().replace(/^"|"$/g, ''));
    if (header.includes('source') && header.includes('target')) return 'CSV edge list';
    if (header.includes('id') || header.includes('key')) return 'CSV node list';
  }
  return null;
}
