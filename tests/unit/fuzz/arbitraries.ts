// fuzz/arbitraries: inputs for every entry point that takes file contents: small valid seeds of each format,
// and mutations of them (truncations, bit flips, hostile strings inserted, slices repeated, deep nesting),
// plus structured files whose ids, attribute names and keys come from a hostile list.
import fc from 'fast-check';
import { miniFile } from '../../fixtures/mini';

/** Strings that broke, or could break, a reader: prototype keys, invisible and control characters, markup, numbers that are not. */
export const HOSTILE = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  '__defineGetter__',
  'previous',
  'next',
  '',
  ' ',
  'a\u200bb',
  '\u200b'.repeat(300),
  'a\u0000b',
  '\u0007',
  '\ud800',
  '\udc00x',
  '\ufffe',
  '\uffff',
  '\u202e',
  '\u2066',
  '\ufeff',
  '=HYPERLINK("http://x","y")',
  '+1',
  '-1',
  '@x',
  '\t=1',
  '<script>alert(1)</script>',
  'javascript:alert(1)',
  '&bogus;',
  '&amp;',
  ']]>',
  '<!--',
  '"',
  "'",
  '\\',
  '{',
  '}',
  '[',
  ']',
  ',',
  '\n',
  '\r\n',
  'NaN',
  'Infinity',
  '-Infinity',
  '1e999',
  '-0',
  '0x10',
  'null',
  'true',
  'a'.repeat(5000),
  '\u{1F600}',
  'é',
  '%',
  '$',
  '#',
  '_',
  '~',
  '^',
  '<viz:size value="1"/>',
  '<x:y/>',
  'xmlns=""',
  '<!DOCTYPE g [<!ENTITY a "&a;&a;&a;"><!ENTITY b SYSTEM "file:///etc/passwd">]>',
  '&a;',
  '&b;',
  '<![CDATA[x]]>',
  '<?pi x?>',
  '<graph>',
  '</graph>',
  '<node id="a"/>',
  '<edge source="a" target="zz"/>',
] as const;

export const hostileString = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);
const deep = fc
  .integer({ min: 1, max: 5000 })
  .map((n) => ['['.repeat(n) + ']'.repeat(n), '{"a":'.repeat(n) + '1' + '}'.repeat(n), '<a>'.repeat(n) + '</a>'.repeat(n)])
  .chain((xs) => fc.constantFrom(...xs));

/** One mutation of `seed`, or several in a row. */
export function mutated(seed: string): fc.Arbitrary<string> {
  const at = fc.nat(seed.length);
  const one = (s: string) =>
    fc.oneof(
      at.map((n) => s.slice(0, Math.min(n, s.length))), // truncated
      fc.tuple(at, fc.integer({ min: 0, max: 0xffff })).map(([i, c]) => s.slice(0, i) + String.fromCharCode(c) + s.slice(i + 1)), // a character flipped
      fc.tuple(at, fc.nat(7)).map(([i, bit]) => s.slice(0, i) + String.fromCharCode((s.charCodeAt(i) || 0) ^ (1 << bit)) + s.slice(i + 1)), // a bit flipped
      fc.tuple(at, hostileString).map(([i, h]) => s.slice(0, i) + h + s.slice(i)), // a hostile string inserted
      fc
        .tuple(at, at, fc.integer({ min: 2, max: 50 }))
        .map(([a, b, k]) => s.slice(0, Math.min(a, b)) + s.slice(Math.min(a, b), Math.max(a, b)).repeat(k) + s.slice(Math.max(a, b))), // a slice repeated
      fc.tuple(at, deep).map(([i, d]) => s.slice(0, i) + d + s.slice(i)), // deep nesting inserted
      fc.tuple(hostileString, hostileString).map(([a, b]) => (a ? s.split(a).join(b) : s)), // every occurrence replaced
    );
  return fc.oneof(
    { weight: 3, arbitrary: one(seed) },
    { weight: 1, arbitrary: one(seed).chain(one) },
    { weight: 1, arbitrary: fc.constant(seed) },
  );
}

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
/** Sometimes escaped, sometimes raw: a raw string is how a hostile file would hold it. */
const xmlish = fc.tuple(hostileString, fc.boolean()).map(([s, esc]) => (esc ? xmlEscape(s) : s));

export const gexfSeed = (ids: readonly string[] = ['a', 'b', 'c'], attr = 'weight') =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3"><meta><creator>fuzz</creator></meta>` +
  `<graph defaultedgetype="directed"><attributes class="node"><attribute id="0" title="${attr}" type="double"/></attributes><nodes>` +
  ids
    .map(
      (id, i) =>
        `<node id="${id}" label="${id}"><attvalues><attvalue for="0" value="${i}.5"/></attvalues><viz:position x="${i}" y="-${i}"/></node>`,
    )
    .join('') +
  `</nodes><edges><edge id="e0" source="${ids[0]}" target="${ids[1]}"/><edge source="${ids[1]}" target="${ids[2]}" weight="2"/><edge source="${ids[2]}" target="${ids[0]}"/></edges></graph></gexf>\n`;

export const graphmlSeed = (ids: readonly string[] = ['a', 'b', 'c'], attr = 'name') =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><key id="d0" for="node" attr.name="${attr}" attr.type="string"/>` +
  `<key id="d1" for="edge" attr.name="weight" attr.type="double"/><graph id="G" edgedefault="directed">` +
  ids.map((id) => `<node id="${id}"><data key="d0">${id}</data></node>`).join('') +
  `<edge id="e0" source="${ids[0]}" target="${ids[1]}"><data key="d1">1.5</data></edge><edge source="${ids[1]}" target="${ids[2]}"/><edge source="${ids[2]}" target="${ids[0]}"/></graph></graphml>\n`;

export const cytoscapeSeed = (ids: readonly string[] = ['a', 'b', 'c'], attr = 'name') =>
  JSON.stringify({
    format_version: '1.0',
    generated_by: 'fuzz',
    elements: {
      nodes: ids.map((id, i) => ({ data: { id, [attr]: id }, position: { x: i, y: i } })),
      edges: [{ data: { id: 'e0', source: ids[0], target: ids[1] } }, { data: { source: ids[1], target: ids[2], [attr]: 1 } }],
    },
  });

export const graphologySeed = (ids: readonly string[] = ['a', 'b', 'c'], attr = 'label') =>
  JSON.stringify({
    attributes: { creator: 'fuzz' },
    options: { type: 'mixed', multi: true },
    nodes: ids.map((key, i) => ({ key, attributes: { [attr]: key, x: i } })),
    edges: [
      { key: 'e0', source: ids[0], target: ids[1] },
      { source: ids[1], target: ids[2], attributes: { [attr]: 2 } },
    ],
  });

const csvCell = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
export const csvNodesSeed = (ids: readonly string[] = ['a', 'b', 'c'], attr = 'label') =>
  `id,${csvCell(attr)},size\n${ids.map((id, i) => `${csvCell(id)},${csvCell(id)},${i}`).join('\n')}\n`;
export const csvEdgesSeed = (ids: readonly string[] = ['a', 'b', 'c'], attr = 'weight') =>
  `source,target,${csvCell(attr)}\n${csvCell(ids[0]!)},${csvCell(ids[1]!)},1\n${csvCell(ids[1]!)},${csvCell(ids[2]!)},2\n${csvCell(ids[2]!)},${csvCell(ids[0]!)},3\n`;

const ids3 = (s: fc.Arbitrary<string>) => fc.tuple(s, s, s).map((t) => [...t] as const);
/** A format's inputs: mutations of its seed, and seeds whose ids and attribute names are hostile. */
export function foreignInputs(seed: (ids?: readonly string[], attr?: string) => string, xml: boolean): fc.Arbitrary<string> {
  const s = xml ? xmlish : hostileString;
  const hostileSeed = fc.tuple(ids3(s), s).map(([ids, attr]) => seed(ids, attr));
  return fc.oneof(
    { weight: 2, arbitrary: mutated(seed()) },
    { weight: 2, arbitrary: hostileSeed },
    { weight: 1, arbitrary: hostileSeed.chain(mutated) },
  );
}

// --- the atlas's own graph files ---

type Mutable = Record<string, unknown>;
const LINEAGE_KINDS = [
  'derived-from',
  'aggregates',
  'subtechnique-of',
  'inspired-by',
  'follows-method',
  'uses-technique',
  'described-in',
  'generated-by',
  'fine-tuned-on',
  'annotated-by',
  'bogus',
] as const;
const value = fc.oneof(
  hostileString,
  fc.constantFrom(null, true, false, 0, -1, 1e308, -1e-308, Number.MAX_SAFE_INTEGER + 2, [], {}, [null], { __proto__: null }),
  fc.double(), // NaN and Infinity become null in JSON text; huge and negative numbers stay
  fc.constantFrom('2023-02-30', '2023-02-29', '2024-02-29', '2023-13', '0000-00', '2023-1-1', '99999-01'),
);

/** The mini graph with random edits: a field set to a wrong value, a node duplicated, edges added (cycles of every kind), a key renamed. */
export const graphFileInputs: fc.Arbitrary<string> = (() => {
  const ids = miniFile().nodes.map((n) => n.id);
  const anyId = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...ids) }, { weight: 1, arbitrary: hostileString });
  const edit = fc.oneof(
    fc.tuple(
      fc.constant('set' as const),
      fc.constantFrom('nodes', 'edges'),
      fc.nat(20),
      fc.constantFrom(
        'id',
        'label',
        'kind',
        'released',
        'provenance',
        'source',
        'target',
        'description',
        'bibtex',
        'aliases',
        'homepage',
        'taxonomy',
        '__proto__',
        'constructor',
      ),
      value,
    ),
    fc.tuple(fc.constant('edge' as const), anyId, fc.constantFrom(...LINEAGE_KINDS), anyId),
    fc.tuple(fc.constant('dup' as const), fc.constantFrom('nodes', 'edges'), fc.nat(20)),
  );
  return fc.tuple(fc.array(edit, { minLength: 0, maxLength: 6 }), fc.boolean()).map(([edits, cycle]) => {
    const f = JSON.parse(JSON.stringify(miniFile())) as { nodes: Mutable[]; edges: Mutable[] };
    for (const e of edits) {
      if (e[0] === 'set') {
        const list = f[e[1]];
        const item = list[e[2] % list.length];
        if (item) Object.defineProperty(item, e[3], { value: e[4], enumerable: true, writable: true, configurable: true });
      } else if (e[0] === 'edge') f.edges.push({ source: e[1], kind: e[2], target: e[3], provenance: [{ kind: 'survey', locator: 'x' }] });
      else {
        const list = f[e[1]];
        const item = list[e[2] % list.length];
        if (item) list.push(JSON.parse(JSON.stringify(item)) as Mutable);
      }
    }
    if (cycle)
      f.edges.push({ source: 'seed-tasks', kind: 'aggregates', target: 'chatalpaca', provenance: [{ kind: 'survey', locator: 'x' }] });
    return JSON.stringify(f);
  });
})();

export const graphTextInputs = fc.oneof(
  { weight: 2, arbitrary: graphFileInputs },
  { weight: 1, arbitrary: graphFileInputs.chain(mutated) },
);

/** Bytes of a graph file: UTF-8 with or without a BOM, UTF-16, Latin-1, or random bytes spliced in. */
export const graphBytesInputs: fc.Arbitrary<Uint8Array> = fc.oneof(
  graphTextInputs.map((t) => new Uint8Array(Buffer.from(t))),
  graphTextInputs.map((t) => new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t)]))),
  graphTextInputs.map((t) => new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')]))),
  graphTextInputs.map((t) => new Uint8Array(Buffer.from(t, 'latin1'))),
  fc.tuple(graphTextInputs, fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 8 })).map(([t, at, junk]) => {
    const b = Buffer.from(t);
    const i = at % (b.length + 1);
    return new Uint8Array(Buffer.concat([b.subarray(0, i), junk, b.subarray(i)]));
  }),
);

// --- views ---

const viewSeed = JSON.stringify({
  format: 'lineage-atlas/view',
  layout: 'timeline',
  focus: 'alpaca',
  depth: 2,
  filter: { era: 'all', facets: { pairingGroup: ['H-H'] } },
  viewport: { zoom: 1.5, pan: { x: 1, y: 2 } },
});
const viewObject = fc.dictionary(
  fc.oneof(hostileString, fc.constantFrom('layout', 'focus', 'depth', 'filter', 'viewport', 'format', 'search', 'theme')),
  value,
  { maxKeys: 6 },
);
export const viewTextInputs: fc.Arbitrary<string> = fc.oneof(
  mutated(viewSeed),
  viewObject.map((o) => JSON.stringify(o)),
  fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
);
