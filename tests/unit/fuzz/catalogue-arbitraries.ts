// fuzz/catalogue-arbitraries: inputs for the catalogue importers (Data Provenance Collection summaries, Hugging Face
// cards) and the mapping step of other tools' graphs. Real summaries and cards are read from ../shared at test time
// (never copied) and mutated: truncations, bit flips, wrong types, deep nesting, duplicate ids, huge strings,
// NaN/Infinity, YAML alias bombs and language-specific tags; and structured files whose keys and values are hostile.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { EDGE_KINDS } from '../../../src/schema/edges';
import { NODE_KINDS } from '../../../src/schema/nodes';
import { csvEdgesSeed, csvNodesSeed, gexfSeed, graphologySeed, hostileString, mutated } from './arbitraries';

const SHARED = join(__dirname, '../../../../shared');
const DPC = join(SHARED, 'catalogues/data-provenance-collection');
const CARDS = join(SHARED, 'fixtures/hf-cards');

/** A few real summaries: small ones of each folder, and ones with derived-from names, models, BibTeX and dates. */
export const REAL_SUMMARIES = [
  'data_summaries/Reasoning.json',
  'data_summaries/Alpaca.json',
  'data_summaries/Dolly 15k.json',
  'data_summaries/Code Alpaca.json',
  'data_summaries/Flan Collection (Dialog).json',
  'data_summaries-speech/Nigerian English.json',
  'data_summaries-video/egoschema.json',
].map((file) => ({ file, text: readFileSync(join(DPC, file), 'utf8') }));

/** A few real cards: old keys under `tags`, per-config languages, `extended|name` sources, a long `dataset_info`. */
export const REAL_CARDS = ['snli', 'beans', 'xquad_r', 'squad_it', 'americas_nli', 'common_voice'].map((id) => ({
  id,
  file: `${id}/README.md`,
  text: readFileSync(join(CARDS, id, 'README.md'), 'utf8'),
}));

const PROTO = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'] as const;
/** Strings of the hostile list, prototype keys more often, and now and then a huge one. */
const hostile = fc.oneof(
  { weight: 8, arbitrary: hostileString },
  { weight: 3, arbitrary: fc.constantFrom(...PROTO) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 100_000 }).map((n) => 'x'.repeat(n)) },
);
/** JSON text of a value of the wrong type (or the right one), NaN and Infinity spelled as a file would hold them. */
const jsonValueText = fc.oneof(
  hostile.map((s) => JSON.stringify(s)),
  fc.constantFrom(
    'null',
    'true',
    '0',
    '-1',
    '1e999',
    '-1e999',
    'NaN',
    'Infinity',
    '-0',
    '1.5',
    '[]',
    '{}',
    '[null]',
    '[1,2]',
    '{"__proto__":{"x":1}}',
  ),
  fc.array(hostile, { maxLength: 5 }).map((a) => JSON.stringify(a)),
  fc.integer({ min: 1, max: 20_000 }).map((n) => JSON.stringify(Array.from({ length: n }, (_, i) => `name ${i % 7}`))),
  fc.constantFrom('2023-02-30', '2023-13', '0000-00-00', '2023-02-29', '9999-12-31').map((s) => JSON.stringify(s)),
);

const DPC_FIELDS = [
  'Unique Dataset Identifier',
  'Dataset Name',
  'Collection',
  'Inferred Metadata',
  'Year Released',
  'Text Metrics',
  'Hours',
  'Video Hours',
  'Licenses',
  'Languages',
  'Languages (ISO)',
  'Human Annotation',
  'Hugging Face URL',
  'GitHub URL',
  'ArXiv URL',
  'Paper URL',
  'Dataset URL',
  'Creators',
  'Derived from Datasets',
  'Model Generated',
  'Task Categories',
  'Tasks',
  'Bibtex',
  ...PROTO,
] as const;
const NESTED = {
  'Inferred Metadata': ['HF Date', 'S2 Date', 'Github Date', 'PwC Date', 'HF Dataset', '__proto__'],
  'Text Metrics': ['Num Dialogs', '__proto__'],
} as const;

type Json = Record<string, unknown>;
/** A real summary with entries edited as JSON text: fields set to wrong or hostile values, entries duplicated, keys renamed. */
function summaryEdits(text: string): fc.Arbitrary<string> {
  const keys = Object.keys(JSON.parse(text) as Json);
  const edit = fc.oneof(
    fc.tuple(fc.constant('set' as const), fc.nat(), fc.constantFrom(...DPC_FIELDS), jsonValueText),
    fc.tuple(
      fc.constant('nested' as const),
      fc.nat(),
      fc.constantFrom(...(Object.keys(NESTED) as (keyof typeof NESTED)[])),
      fc.nat(),
      jsonValueText,
    ),
    fc.tuple(fc.constant('dup' as const), fc.nat(), hostile),
    fc.tuple(
      fc.constant('same' as const),
      fc.nat(),
      fc.constantFrom('Unique Dataset Identifier', 'Dataset Name', 'Hugging Face URL', 'GitHub URL'),
    ),
  );
  return fc.array(edit, { minLength: 1, maxLength: 6 }).map((edits) => {
    // Entries as text fragments keyed by their key, so that values JSON cannot build (NaN, 1e999, duplicate keys) survive.
    const json = JSON.parse(text) as Record<string, Json>;
    const entries: [string, Map<string, string>][] = keys.map((k) => [
      k,
      new Map(Object.entries(json[k] ?? {}).map(([f, v]) => [f, JSON.stringify(v)] as const)),
    ]);
    for (const e of edits) {
      const [, fields] = entries[e[1] % entries.length]!;
      if (e[0] === 'set') fields.set(e[2], e[3]);
      else if (e[0] === 'nested') {
        const sub = NESTED[e[2]];
        fields.set(e[2], `{${JSON.stringify(sub[e[3] % sub.length])}:${e[4]}}`);
      } else if (e[0] === 'dup') entries.push([e[2], new Map(fields)]);
      else for (const [, other] of entries) other.set(e[2], fields.get(e[2]) ?? '"x"');
    }
    const body = (f: Map<string, string>) => [...f].map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',');
    return `{${entries.map(([k, f]) => `${JSON.stringify(k)}:{${body(f)}}`).join(',\n')}}`;
  });
}

/** A summary built from scratch: entries with hostile keys, names, derived-from names and models. */
const summaryFromScratch = fc
  .array(
    fc.tuple(
      hostile,
      fc.record(
        {
          'Dataset Name': hostile,
          Collection: hostile,
          'Derived from Datasets': fc.array(hostile, { maxLength: 4 }),
          'Model Generated': fc.array(hostile, { maxLength: 3 }),
          Languages: fc.array(hostile, { maxLength: 3 }),
          Licenses: fc.array(fc.record({ License: hostile }), { maxLength: 2 }),
          'Hugging Face URL': fc.oneof(hostile, fc.constant('https://huggingface.co/datasets/tatsu-lab/alpaca')),
          Bibtex: fc.oneof(hostile, fc.constant('@article{__proto__, title={constructor}}')),
        },
        { requiredKeys: [] },
      ),
    ),
    { minLength: 0, maxLength: 8 },
  )
  .map((entries) => `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(',')}}`);

/** Summary texts: mutated real ones, edited real ones, and ones built from hostile parts. */
export const summaryText: fc.Arbitrary<string> = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...REAL_SUMMARIES).chain((s) => mutated(s.text)) },
  { weight: 3, arbitrary: fc.constantFrom(...REAL_SUMMARIES).chain((s) => summaryEdits(s.text)) },
  { weight: 2, arbitrary: summaryFromScratch },
  { weight: 1, arbitrary: summaryFromScratch.chain(mutated) },
);
/** A summary with the name of a summary file (sometimes a hostile one). */
export const summaryInput = fc
  .tuple(
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom('data_summaries', 'data_summaries-speech', 'data_summaries-video') },
      { weight: 1, arbitrary: hostile },
    ),
    fc.oneof({ weight: 4, arbitrary: fc.constantFrom('x.json', 'Alpaca.json', '__proto__.json') }, { weight: 1, arbitrary: hostile }),
    summaryText,
  )
  .map(([folder, name, text]) => ({ file: `${folder}/${name}`, text }));

// --- Hugging Face cards ---

/** YAML that attacks a parser: alias bombs of every size, language-specific tags, deep nesting, merge keys, duplicates. */
const yamlAttack = fc.oneof(
  fc.integer({ min: 2, max: 12 }).map((levels) => {
    let y = 'a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
    for (let i = 1; i < levels; i++)
      y += `a${i}: &a${i} [${Array(9)
        .fill(`*a${i - 1}`)
        .join(',')}]\n`;
    return `${y}license: *a${levels - 1}\n`;
  }),
  fc.integer({ min: 1, max: 400 }).map((n) => `x: &x {license: mit}\n${Array.from({ length: n }, (_, i) => `k${i}: *x`).join('\n')}\n`),
  fc.constantFrom(
    'license: !!js/function "function(){ process.exit(1) }"',
    'pretty_name: !!js/undefined x',
    'license: !!python/object/apply:os.system ["echo pwned"]',
    'license: !<tag:yaml.org,2002:js/regexp> /a/',
    'license: !!binary aGVsbG8=',
    'x: !!set {a, b}',
    'license: *nowhere',
    'a: &a [*a]',
    'b: &b\n  <<: *b',
    'license: mit\nlicense: apache-2.0',
    '__proto__: {license: mit}\nconstructor: {prototype: 1}',
    'tags:\n- __proto__: {license: mit}\n  licenses: [mit]',
    'language:\n  __proto__: [en]\n  constructor: [fr]',
    '? [a, b]\n: c',
    '%YAML 1.1\n---\nlicense: mit',
    'license:\tmit',
    'license: "\\ud800"',
    'pretty_name: "\\0\\a\\e"',
    'source_datasets: [original, extended|__proto__, extended|constructor]',
  ),
  fc.integer({ min: 1, max: 100_000 }).map((n) => `a: ${'['.repeat(n)}${']'.repeat(n)}`),
  // Anchors each nesting the one before: the values built nest (depth x links) deep unless the alias limit stops it.
  fc.tuple(fc.integer({ min: 1, max: 120 }), fc.integer({ min: 1, max: 60 })).map(([links, depth]) => {
    let y = `a0: &a0 ${'['.repeat(depth)}x${']'.repeat(depth)}\n`;
    for (let i = 1; i < links; i++) y += `a${i}: &a${i} ${'['.repeat(depth)}*a${i - 1}${']'.repeat(depth)}\n`;
    return `${y}license: *a${links - 1}\n`;
  }),
  fc.integer({ min: 1, max: 50_000 }).map((n) => `a: ${'{a: '.repeat(n)}1${'}'.repeat(n)}`),
  fc.integer({ min: 1, max: 5_000 }).map((n) => Array.from({ length: n }, (_, i) => `${' '.repeat(i)}- `).join('\n')),
  fc.integer({ min: 1, max: 20_000 }).map((n) => `${'- '.repeat(n)}x`),
  fc.integer({ min: 1, max: 20_000 }).map((n) => Array.from({ length: n }, (_, i) => `k${i}: !foo x`).join('\n')),
);
const cardValue = fc.oneof(
  hostile,
  fc.array(hostile, { maxLength: 4 }),
  fc.dictionary(hostile, fc.array(hostile, { maxLength: 2 }), { maxKeys: 3 }),
);
const cardMeta = fc.dictionary(
  fc.oneof(
    fc.constantFrom('pretty_name', 'license', 'licenses', 'language', 'languages', 'source_datasets', 'task_categories', 'task_ids'),
    fc.constantFrom('annotations_creators', 'size_categories', 'tags', ...PROTO),
    hostile,
  ),
  cardValue,
  { maxKeys: 8 },
);
const asCard = (frontMatter: string) => `---\n${frontMatter}\n---\n# card\n`;
/** Card texts: mutated real cards, attacks in real cards' front matter, and cards made of hostile keys and values. */
export const cardText: fc.Arbitrary<string> = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...REAL_CARDS).chain((c) => mutated(c.text)) },
  {
    weight: 2,
    arbitrary: fc.tuple(fc.constantFrom(...REAL_CARDS), yamlAttack).map(([c, a]) => c.text.replace(/^---\r?\n/, `---\n${a}\n`)),
  },
  { weight: 2, arbitrary: yamlAttack.map(asCard) },
  { weight: 2, arbitrary: cardMeta.map((m) => asCard(stringify(m, { lineWidth: 0 }))) },
  { weight: 1, arbitrary: cardMeta.map((m) => asCard(stringify(m, { lineWidth: 0 }))).chain(mutated) },
);
export const cardInput = fc
  .tuple(fc.oneof({ weight: 4, arbitrary: fc.constantFrom('snli', 'tatsu-lab/alpaca') }, { weight: 1, arbitrary: hostile }), cardText)
  .map(([id, text]) => ({ id, file: `${id}/README.md`, text }));

// --- the mapping step ---

const KINDY = [
  ...NODE_KINDS,
  ...EDGE_KINDS,
  'skip',
  'Dataset',
  'text',
  'demonstration',
  'instructgpt',
  'instructions',
  '2023-03',
  '2023-02-30',
];
const attrValue = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...KINDY) }, { weight: 2, arbitrary: hostile });
const COLUMNS = [
  'label',
  'kind',
  'type',
  'released',
  'date',
  'start',
  'modality',
  'purpose',
  'generation',
  'homepage',
  'license',
  'role',
  ...PROTO,
];
const column = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...COLUMNS) }, { weight: 1, arbitrary: hostile });
const nodeId = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('a', 'b', 'c', 'd', 'A', 'a b', ...PROTO) },
  { weight: 1, arbitrary: hostile },
);

/** A graphology JSON, a Cytoscape-style JSON, a CSV node list with its edge list, or a GEXF, with hostile ids and attributes. */
export const foreignFiles: fc.Arbitrary<{ name: string; text: string }[]> = (() => {
  const attrs = fc.dictionary(column, attrValue, { maxKeys: 6 });
  const graph = fc.record({
    nodes: fc.array(fc.tuple(nodeId, attrs), { maxLength: 8 }),
    edges: fc.array(fc.tuple(nodeId, nodeId, attrs), { maxLength: 10 }),
  });
  const graphology = graph.map((g) => ({
    name: 'g.json',
    text: JSON.stringify({
      nodes: g.nodes.map(([key, attributes]) => ({ key, attributes })),
      edges: g.edges.map(([source, target, attributes]) => ({ source, target, attributes })),
    }),
  }));
  const cyjs = graph.map((g) => ({
    name: 'g.cyjs',
    text: JSON.stringify({
      elements: [
        ...g.nodes.map(([id, a]) => ({ data: { ...a, id } })),
        ...g.edges.map(([source, target, a]) => ({ data: { ...a, source, target } })),
      ],
    }),
  }));
  const cell = (s: unknown) => `"${String(s).replace(/"/g, '""')}"`;
  const csv = fc.tuple(graph, fc.array(column, { minLength: 1, maxLength: 4 })).map(([g, cols]) => [
    {
      name: 'nodes.csv',
      text: `id,${cols.map(cell).join(',')}\n${g.nodes.map(([id, a]) => [id, ...cols.map((c) => a[c] ?? '')].map(cell).join(',')).join('\n')}\n`,
    },
    {
      name: 'edges.csv',
      text: `source,target,${cols.map(cell).join(',')}\n${g.edges.map(([s, t, a]) => [s, t, ...cols.map((c) => a[c] ?? '')].map(cell).join(',')).join('\n')}\n`,
    },
  ]);
  const seeds = fc.tuple(fc.tuple(nodeId, nodeId, nodeId), column);
  return fc.oneof(
    graphology.map((f) => [f]),
    cyjs.map((f) => [f]),
    csv,
    csv.map((f) => [f[1]!]),
    seeds.map(([ids, c]) => [{ name: 'g.gexf', text: gexfSeed(ids, c) }]),
    seeds.map(([ids, c]) => [
      { name: 'nodes.csv', text: csvNodesSeed(ids, c) },
      { name: 'edges.csv', text: csvEdgesSeed(ids, c) },
    ]),
    graphology.chain((f) => mutated(f.text).map((text) => [{ ...f, text }])),
    seeds.map(([ids, c]) => [{ name: 'g.json', text: graphologySeed(ids, c) }]),
  );
})();

const kindTable = (kinds: readonly string[]) => fc.array(fc.tuple(attrValue, fc.constantFrom(...kinds, 'skip')), { maxLength: 6 });
const choice = (kinds: readonly string[]) =>
  fc.oneof(
    fc.record({ from: fc.constant('constant'), kind: fc.constantFrom(...kinds) }),
    fc.record(
      { from: fc.constant('column'), column, values: kindTable(kinds), otherwise: fc.constantFrom(...kinds, 'skip') },
      { requiredKeys: ['from', 'column', 'otherwise'] },
    ),
  );
const mappingObject = fc.record({
  format: fc.constant('lineage-atlas/graph-mapping'),
  version: fc.constant(1),
  nodes: fc
    .tuple(
      choice(NODE_KINDS),
      fc.dictionary(fc.constantFrom('label', 'released', 'modality', 'purpose', 'generation', 'homepage', 'license'), column),
    )
    .map(([kind, fields]) => ({ ...fields, kind })),
  edges: fc
    .tuple(choice(EDGE_KINDS), fc.option(column, { nil: undefined }))
    .map(([kind, role]) => (role === undefined ? { kind } : { kind, role })),
});
/** A mapping file's text: a well-formed mapping with hostile columns and values, mutated, or with hostile keys spliced in. */
export const mappingText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: mappingObject.map((m) => JSON.stringify(m)) },
  { weight: 2, arbitrary: mappingObject.chain((m) => mutated(JSON.stringify(m))) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(mappingObject, fc.constantFrom(...PROTO), jsonValueText)
      .map(([m, k, v]) => JSON.stringify(m).replace(/"nodes":\{/, `"nodes":{${JSON.stringify(k)}:${v},`)),
  },
  { weight: 1, arbitrary: fc.constant('guess') },
);
