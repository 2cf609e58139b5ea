// The fuzz suite of issue 17: every entry point that takes file contents, a few thousand generated inputs
// each (FUZZ_RUNS sets how many; FUZZ_SEED replays a run). Each input ends within the budget in a refusal
// naming the file or element, or in a valid result; accepted graphs build, export and read back; and no
// prototype changes. The summary line per entry point is printed at the end.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { readGraphFile, readViewFile } from '../../../main/node/files';
import { toCsv, toGraphml } from '../../../src/export';
import { readForeign, type Recognised } from '../../../src/import/foreign';
import { buildGraph } from '../../../src/model/build';
import { loadGraph } from '../../../src/import/load';
import { parseView } from '../../../src/view/spec';
import {
  csvEdgesSeed,
  csvNodesSeed,
  cytoscapeSeed,
  foreignInputs,
  gexfSeed,
  graphBytesInputs,
  graphmlSeed,
  graphologySeed,
  graphTextInputs,
  viewTextInputs,
} from './arbitraries';
import { all, formatStats, fuzz, type Outcome, RUNS } from './harness';

/** Each entry point's run: at least 10 minutes, more for a long run (FUZZ_RUNS), 300 ms an input on this shared machine. */
const TIMEOUT = Math.max(600_000, RUNS * 300);

/** An accepted graph document must really be valid: it builds, and its exports are well-formed. */
function checkAccepted(r: ReturnType<typeof loadGraph>): Outcome {
  if (!r.ok) return { ok: false, message: r.issues.map((i) => `${i.file}: ${i.path}: ${i.message}`).join('\n') };
  const g = buildGraph(r.document);
  const everything = { nodes: new Set(g.nodes()), edges: new Set(g.edges()) };
  expect(XMLValidator.validate(toGraphml(g, everything))).toBe(true);
  expect(toCsv(g, everything).nodes.split('\r\n').length).toBeGreaterThan(g.order);
  return { ok: true };
}

/** A foreign file is always refused by the loader; read directly, it is a graph whose edges join its nodes, or a refusal. */
function checkForeign(name: string, text: string): Outcome {
  const r: Recognised | null = readForeign(name, text);
  const loaded = loadGraph([{ file: name, text }]);
  expect(loaded.ok && r?.ok).toBeFalsy();
  if (!loaded.ok) for (const i of loaded.issues) expect(i.file).toBe(name);
  if (!r) return loaded.ok ? { ok: true } : { ok: false, message: `${name}: ${loaded.issues[0]!.message}` };
  if (!r.ok) return { ok: false, message: `${name}: ${r.message}` };
  for (const e of r.foreign.graph.edges) expect(r.foreign.graph.nodes.has(e.source) && r.foreign.graph.nodes.has(e.target)).toBe(true);
  expect(r.foreign.graph.order).toBe(r.foreign.graph.nodes.size);
  return { ok: true };
}

describe('fuzz: every entry point that takes file contents', () => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-fuzz-'));
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    console.info(`fuzz summary (FUZZ_RUNS=${process.env.FUZZ_RUNS ?? 'default'}):\n${all.map(formatStats).join('\n')}`);
  });

  it('graph loader (text)', { timeout: TIMEOUT }, async () => {
    await fuzz('graph loader', graphTextInputs, (text) => checkAccepted(loadGraph([{ file: 'g.json', text }])), { mustName: /^g\.json: / });
  });
  it('graph file (bytes on disk, desktop)', { timeout: TIMEOUT }, async () => {
    const path = join(dir, 'g.json');
    await fuzz(
      'graph file',
      graphBytesInputs,
      async (bytes) => {
        writeFileSync(path, bytes);
        const r = await readGraphFile(path);
        if (!r.ok) return { ok: false, message: r.message };
        return checkAccepted(loadGraph([{ file: 'g.json', text: r.value.text }]));
      },
      { mustName: /^g\.json: / },
    );
  });
  it('view spec (JSON value)', { timeout: TIMEOUT }, async () => {
    await fuzz('view spec', viewTextInputs, (text) => {
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        return { ok: false, message: 'not JSON' };
      }
      const r = parseView(json);
      return r.ok ? { ok: true } : { ok: false, message: r.message };
    });
  });
  it('view file (on disk, desktop)', { timeout: TIMEOUT }, async () => {
    const path = join(dir, 'v.view.json');
    await fuzz(
      'view file',
      viewTextInputs,
      async (text) => {
        writeFileSync(path, text);
        const r = await readViewFile(path);
        return r.ok ? { ok: true } : { ok: false, message: r.message };
      },
      { mustName: /^v\.view\.json: / },
    );
  });
  it.each([
    ['GEXF', 'g.gexf', gexfSeed, true],
    ['GraphML', 'g.graphml', graphmlSeed, true],
    ['Cytoscape.js JSON', 'g.cyjs', cytoscapeSeed, false],
    ['graphology JSON', 'g.json', graphologySeed, false],
    ['CSV nodes', 'nodes.csv', csvNodesSeed, false],
    ['CSV edges', 'edges.csv', csvEdgesSeed, false],
  ] as const)('%s', { timeout: TIMEOUT }, async (entry, name, seed, xml) => {
    await fuzz(entry, foreignInputs(seed, xml), (text) => checkForeign(name, text), {
      mustName: new RegExp(`^${name.replace('.', '\\.')}: `),
    });
  });
});
