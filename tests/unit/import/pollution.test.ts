// Foreign graphs whose ids, attribute names and keys are `__proto__`, `constructor` and `prototype` are read
// (or refused) without touching Object.prototype or Object itself (issue 17: a 30-byte file polluted it).
import { afterEach, describe, expect, it } from 'vitest';
import { readForeign } from '../../../src/import/foreign';
import { loadGraph } from '../../../src/import/load';

const NAMES = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'] as const;
const protoKeys = () => Object.getOwnPropertyNames(Object.prototype).sort();
const objectKeys = () => Object.getOwnPropertyNames(Object).sort();
const before = { proto: protoKeys(), object: objectKeys() };

afterEach(() => {
  // Repair any pollution so one failing case does not hide the next.
  for (const k of protoKeys()) if (!before.proto.includes(k)) delete (Object.prototype as Record<string, unknown>)[k];
  for (const k of objectKeys()) if (!before.object.includes(k)) delete (Object as unknown as Record<string, unknown>)[k];
});

const unchanged = () => {
  expect(protoKeys()).toEqual(before.proto);
  expect(objectKeys()).toEqual(before.object);
  expect(({} as Record<string, unknown>).previous).toBeUndefined();
};

const x = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const files = (n: string): [string, string][] => [
  [
    'g.gexf',
    `<gexf version="1.3"><graph><attributes class="node"><attribute id="${x(n)}" title="${x(n)}" type="string"/></attributes><nodes><node id="a" label="a"><attvalues><attvalue for="${x(n)}" value="v"/></attvalues></node><node id="${x(n)}" label="${x(n)}"/></nodes><edges><edge id="${x(n)}" source="a" target="${x(n)}"/><edge source="a" target="${x(n)}"/><edge source="${x(n)}" target="b"/></edges></graph></gexf>`,
  ],
  [
    'g.graphml',
    `<graphml><key id="${x(n)}" for="node" attr.name="${x(n)}" attr.type="string"/><graph edgedefault="directed"><node id="a"><data key="${x(n)}">v</data></node><node id="${x(n)}"/><edge id="${x(n)}" source="a" target="${x(n)}"/><edge source="a" target="${x(n)}"/></graph></graphml>`,
  ],
  [
    'g.cyjs',
    JSON.stringify({
      elements: [
        { data: { id: 'a', [n]: { previous: 1 } } },
        { data: { id: n } },
        { data: { id: `${n}-e`, source: 'a', target: n } },
        { data: { source: 'a', target: n } },
        { data: { source: n, target: 'b' } },
      ],
    }),
  ],
  [
    'g.json',
    `{"nodes":[{"key":"a","attributes":{"${n}":{"previous":1}}},{"key":"${n}"}],"edges":[{"key":"${n}","source":"a","target":"${n}"},{"source":"a","target":"${n}"},{"source":"${n}","target":"a","attributes":{"${n}":{"x":1}}}]}`,
  ],
  ['nodes.csv', `id,${n},label\n${n},1,x\na,2,y\n`],
  ['edges.csv', `source,target,${n}\na,${n},1\na,${n},2\n${n},b,3\n`],
];

describe('import/foreign: hostile keys', () => {
  for (const n of NAMES)
    it.each(files(n))(`%s with "${n}" as ids, attribute names and keys leaves Object.prototype alone`, (name, text) => {
      const r = readForeign(name, text);
      unchanged();
      expect(r).not.toBeNull();
      if (r?.ok) expect(r.foreign.graph.order).toBeGreaterThanOrEqual(2);
      else expect(r?.message).not.toMatch(/Cannot read|is not a function|undefined/);
      const loaded = loadGraph([{ file: name, text }]);
      unchanged();
      expect(loaded.ok).toBe(false);
    });
});
