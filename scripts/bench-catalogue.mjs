// scripts/bench-catalogue: the Data Provenance Collection's graph file, as `npm run import -- dpi` writes it (the file a
// person adds with "Add catalogue…"), for the benchmark's merged row (scripts/bench.mjs, scripts/bench-profile.mjs).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The graph file the import writes from the snapshot at `catalogue`, imported in its own process, as text. */
export function importCatalogue(catalogue) {
  if (!existsSync(catalogue)) throw new Error(`no ${catalogue}: the merged row needs the Data Provenance Collection snapshot`);
  const dir = mkdtempSync(join(tmpdir(), 'atlas-bench-'));
  try {
    const out = join(dir, 'dpc.json');
    const t = Date.now();
    const r = spawnSync('npx', ['tsx', 'main/cli/import.ts', 'dpi', catalogue, '--out', out], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`the import failed: ${r.stderr || r.stdout}`);
    console.log(`catalogue import (npm run import -- dpi, its own process): ${((Date.now() - t) / 1000).toFixed(1)} s`);
    return readFileSync(out, 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
