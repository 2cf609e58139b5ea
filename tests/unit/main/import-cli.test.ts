// `npm run import -- graph`: another tool's graph made a graph file through a mapping, headless; the file it writes loads.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../main/cli/import';
import { loadGraph } from '../../../src/schema/read';

const shared = fileURLToPath(new URL('../../../../shared/fixtures/interop/', import.meta.url));
const ours = fileURLToPath(new URL('../../fixtures/interop16/', import.meta.url));
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'atlas-import-'));
});

describe('main/cli/import graph', () => {
  it('refuses what it cannot do, naming the file', async () => {
    await expect(main(['nope'])).rejects.toThrow(/no subcommand "nope" \(dpi, hf-cards, graph\)/);
    await expect(main(['graph', join(dir, 'missing.gexf'), '--out', join(dir, 'x.json')])).rejects.toThrow(/missing.gexf: cannot be read/);
    writeFileSync(join(dir, 'notes.txt'), 'hello');
    await expect(main(['graph', join(dir, 'notes.txt'), '--out', join(dir, 'x.json')])).rejects.toThrow(
      /notes.txt: not a graph file of another tool/,
    );
    writeFileSync(join(dir, 'cut.graphml'), '<graphml><graph><node id="a"/><edge source="a"');
    await expect(main(['graph', join(dir, 'cut.graphml'), '--out', join(dir, 'x.json')])).rejects.toThrow(
      /cut.graphml: .*not well-formed XML/,
    );
    writeFileSync(join(dir, 'bad.mapping.json'), '{"format":"lineage-atlas/graph-mapping","version":1,"nodes":{},"edges":{}}');
    await expect(
      main(['graph', `${shared}GoT.graphml`, '--map', join(dir, 'bad.mapping.json'), '--out', join(dir, 'x.json')]),
    ).rejects.toThrow(/bad.mapping.json: .*nodes.kind/s);
  });

  it('prints the guessed mapping, and applies an edited one', async () => {
    const guessed = JSON.parse(await main(['graph', `${ours}dated-nodes.csv`, `${ours}dated-edges.csv`, '--print-map']));
    expect(guessed.nodes).toMatchObject({ label: 'label', released: 'date', homepage: 'url', kind: { from: 'column', column: 'type' } });
    expect(guessed.edges.kind).toEqual({ from: 'column', column: 'type', otherwise: 'derived-from' });
    // Edited: "fine-tuned-on" rows skipped.
    guessed.edges.kind.values = [['fine-tuned-on', 'skip']];
    writeFileSync(join(dir, 'm.json'), JSON.stringify(guessed));
    const out = join(dir, 'dated.json');
    const said = await main(['graph', `${ours}dated-nodes.csv`, `${ours}dated-edges.csv`, '--map', join(dir, 'm.json'), '--out', out]);
    expect(said).toMatch(/^wrote .*dated.json: 4 nodes, 2 edges from dated-nodes.csv \+ dated-edges.csv; 7 not mapped/);
    expect(said).toContain('dated-edges.csv row 6: left out: the mapping skips edges of this kind');
    const text = readFileSync(out, 'utf8');
    expect(loadGraph([{ file: 'dated.json', text }]).ok).toBe(true);
  });

  it('imports a Gephi file with the guessed mapping', async () => {
    const out = join(dir, 'les.json');
    expect(await main(['graph', `${shared}Les Miserables.gexf`, '--out', out])).toBe(
      `wrote ${out}: 77 nodes, 254 edges from Les Miserables.gexf; everything mapped`,
    );
    expect(loadGraph([{ file: 'les.json', text: readFileSync(out, 'utf8') }]).ok).toBe(true);
  });
});
