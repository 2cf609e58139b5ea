// @vitest-environment happy-dom
// The confirmed mapping saved beside the view (issue 16): a view file carries the session's mappings by attribute
// signature, older view files (without them) still open, and opening a view restores them even with localStorage cleared.
import { readFileSync } from 'node:fs';
import { URL as NodeURL } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { readForeign } from '../../../src/import/foreign';
import { type GraphMapping, guessMapping, mappingSignature, savedMappings } from '../../../src/import/mapping';
import { parseViewText } from '../../../src/view/file';
import { defaultView, viewToQuery } from '../../../src/view/spec';
import { recallMapping, rememberMapping, sessionMappings, takeMappings, withSessionMappings } from '../../../renderer/panels/mapping-store';

const nodes = readFileSync(new NodeURL('../../fixtures/interop16/dated-nodes.csv', import.meta.url), 'utf8');
const foreign = () => {
  const r = readForeign('dated-nodes.csv', nodes);
  if (!r?.ok) throw new Error('fixture not read');
  return r.foreign;
};
const changed = (): GraphMapping => {
  const m = guessMapping([foreign()]);
  return { ...m, nodes: { ...m.nodes, kind: { from: 'constant', kind: 'model' }, label: 'id' } };
};

describe('view/spec: mappings saved with a view', () => {
  it('refuses a malformed saved mapping, naming the field', () => {
    const r = parseViewText('v.view.json', JSON.stringify({ mappings: [{ signature: 'nodes:a|edges:', mapping: { format: 'x' } }] }));
    expect(r).toMatchObject({ ok: false, message: expect.stringContaining('mappings[0].mapping') });
    expect(parseViewText('v.view.json', JSON.stringify({ mappings: [{ signature: '', mapping: changed() }] })).ok).toBe(false);
  });
  it('opens a view file written before mappings were saved', () => {
    const old = { format: 'lineage-atlas/view', version: 1, layout: 'timeline', theme: 'dark' };
    const r = parseViewText('old.view.json', JSON.stringify(old));
    expect(r).toMatchObject({ ok: true, view: { layout: 'timeline', theme: 'dark' } });
    if (r.ok) expect(r.view.mappings).toBeUndefined();
  });
  it('round-trips through a view file, and never goes into the URL', () => {
    const signature = mappingSignature([foreign()]);
    const view = { ...defaultView(), layout: 'lineage' as const, mappings: [{ signature, mapping: changed() }] };
    const r = parseViewText('saved.view.json', `${JSON.stringify(view, null, 2)}\n`);
    expect(r).toEqual({ ok: true, view });
    expect(viewToQuery(view)).toEqual([['layout', 'lineage']]);
  });
  it('keeps the last mapping per signature, the 100 newest, and leaves out what the schema refuses', () => {
    const a = changed();
    const b = guessMapping([foreign()]);
    expect(
      savedMappings([
        ['s1', a],
        ['s2', a],
        ['s1', b],
      ]),
    ).toEqual([
      { signature: 's2', mapping: a },
      { signature: 's1', mapping: b },
    ]);
    expect(savedMappings([['x'.repeat(20_001), a]])).toEqual([]);
    const many = savedMappings(Array.from({ length: 150 }, (_, i) => [`s${i}`, a] as const));
    expect(many).toHaveLength(100);
    expect(many[0]!.signature).toBe('s50');
    // A signature named like Object.prototype's keys is data, as any other.
    expect(savedMappings([['__proto__', a]])).toEqual([{ signature: '__proto__', mapping: a }]);
    expect(({} as Record<string, unknown>).signature).toBeUndefined();
  });
});

describe('panels/mapping-store: a saved view restores its mappings', () => {
  beforeEach(() => window.localStorage.clear());
  it('saves the confirmed mapping with the view, and restores it from the view with localStorage cleared', () => {
    const signature = mappingSignature([foreign()]);
    expect(withSessionMappings(defaultView()).mappings).toBeUndefined();
    rememberMapping(signature, changed());
    const text = JSON.stringify(withSessionMappings(defaultView()));
    expect(sessionMappings()).toEqual([{ signature, mapping: changed() }]);
    window.localStorage.clear();
    const r = parseViewText('saved.view.json', text);
    if (!r.ok) throw new Error(r.message);
    const shown = takeMappings(r.view);
    expect(shown.mappings).toBeUndefined();
    expect(shown).toEqual(defaultView());
    expect(recallMapping(signature)).toEqual(changed());
    expect(JSON.parse(window.localStorage.getItem(`lineage-atlas:graph-mapping:${signature}`)!)).toEqual(changed());
  });
});
