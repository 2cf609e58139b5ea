// import/sniff: which foreign graph format a file is in (GEXF, GraphML, Cytoscape.js or graphology JSON, CSV),
// from its first bytes, without the parsers: cheap enough to run on every file opened; import/foreign reads it.

export const FOREIGN_FORMATS = ['GEXF', 'GraphML', 'Cytoscape.js JSON', 'graphology JSON', 'CSV node list', 'CSV edge list'] as const;
export type ForeignFormat = (typeof FOREIGN_FORMATS)[number];

export type Json = { readonly [k: string]: unknown };
export const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
export const own = (o: Json, k: string): unknown => (Object.hasOwn(o, k) ? o[k] : undefined);

/** The text parsed as JSON when it is a JSON object's text, else undefined. */
export const jsonOf = (text: string): unknown => {
  if (!text.trimStart().startsWith('{')) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

/** Skips a BOM, the XML declaration, comments, processing instructions and a DOCTYPE, however long. */
function xmlRootName(text: string): string | null {
  const re = /\s*(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE(?:[^[>]|\[[\s\S]*?\])*>)/y;
  let at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (let i = 0; i < 10_000; i++) {
    re.lastIndex = at;
    if (!re.exec(text)) break;
    at = re.lastIndex;
  }
  return /^\s*<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)/.exec(text.slice(at, at + 300))?.[2] ?? null;
}

/**
 * What format a file's text is in, when it is one of the foreign formats; else null (it may be the
 * atlas's own). `json` is the text already parsed, where the caller has parsed it.
 */
export function sniffForeign(name: string, text: string, json: unknown = jsonOf(text)): ForeignFormat | null {
  const head = text
    .slice(0, 4096)
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (head.startsWith('<')) {
    const root = xmlRootName(text);
    if (root === 'gexf') return 'GEXF';
    if (root === 'graphml') return 'GraphML';
    return null;
  }
  if (head.startsWith('{')) {
    if (!isObject(json) || own(json, 'format') === 'lineage-atlas/graph' || own(json, 'format') === 'lineage-atlas/view') return null;
    if (Object.hasOwn(json, 'elements')) return 'Cytoscape.js JSON';
    const nodes = own(json, 'nodes');
    if (Array.isArray(nodes) && nodes.some((n) => isObject(n) && Object.hasOwn(n, 'key'))) return 'graphology JSON';
    return null;
  }
  if (/\.csv$/i.test(name) || /^[^\n,]+(,[^\n,]*)+\r?\n/.test(head)) {
    const header = head
      .split(/\r?\n/, 1)[0]!
      .toLowerCase()
      .split(',')
      .map((c) => c.trim().replace(/^"|"$/g, ''));
    if (header.includes('source') && header.includes('target')) return 'CSV edge list';
    if (header.includes('id') || header.includes('key')) return 'CSV node list';
  }
  return null;
}
