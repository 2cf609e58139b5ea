// fuzz/coverage: how much of the project's own code an entry point's inputs have reached, as the run goes on, to
// choose how many inputs CI needs (FUZZ_COVERAGE=out.jsonl; off otherwise). It reads V8's block coverage through
// the inspector: at each checkpoint, the bytes of src/, main/ and renderer/ modules (as Vitest runs them, types
// stripped) that lie in a block run at least once since the entry point's first input, summed over modules.
import { appendFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';

type Range = { startOffset: number; endOffset: number; count: number };
type ScriptCoverage = { url: string; functions: { ranges: Range[] }[] };

/** Input counts at which the reached bytes are written. */
const CHECKPOINTS = new Set([50, 100, 250, 500, 750, 1000, 1500, 2000, 5000, 10_000, 20_000, 50_000, 100_000]);
const ours = (url: string) => !url.includes('/node_modules/') && !url.includes('/tests/') && /\/(src|main|renderer)\//.test(url);

let session: Session | null = null;

async function take(): Promise<ScriptCoverage[]> {
  const { result } = (await session!.post('Profiler.takePreciseCoverage')) as { result: ScriptCoverage[] };
  return result.filter((s) => ours(s.url));
}

/** Marks in `reached` the bytes of `script` whose innermost range ran (V8 nests a block's range inside its function's). */
function mark(reached: Map<string, Uint8Array>, script: ScriptCoverage): void {
  const ranges = script.functions.flatMap((f) => f.ranges).sort((a, b) => b.endOffset - b.startOffset - (a.endOffset - a.startOffset));
  const end = Math.max(0, ...ranges.map((r) => r.endOffset));
  const ran = new Uint8Array(end);
  for (const r of ranges) ran.fill(r.count > 0 ? 1 : 0, r.startOffset, r.endOffset); // outer first, inner overrides
  let seen = reached.get(script.url);
  if (!seen || seen.length < end) {
    const grown = new Uint8Array(end);
    if (seen) grown.set(seen);
    reached.set(script.url, (seen = grown));
  }
  for (let i = 0; i < end; i++) if (ran[i]) seen[i] = 1;
}

/**
 * Starts counting for one entry point; `after(cases)` is called after each input and writes a line at the checkpoints:
 * {"entry", "seed", "cases", "bytes", "modules"}. Taking V8's counts resets them, so reached bytes are kept here.
 */
export async function coverage(out: string, entry: string, seed: number): Promise<{ after(cases: number): Promise<void> }> {
  if (!session) {
    session = new Session();
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.startPreciseCoverage', { callCount: true, detailed: true });
  }
  await take(); // what ran before this entry point (imports, earlier entry points) is not counted
  const reached = new Map<string, Uint8Array>();
  return {
    async after(cases) {
      if (!CHECKPOINTS.has(cases)) return;
      for (const script of await take()) mark(reached, script);
      const bytes = [...reached.values()].reduce((n, r) => n + r.reduce((m, b) => m + b, 0), 0);
      appendFileSync(out, `${JSON.stringify({ entry, seed, cases, bytes, modules: reached.size })}\n`);
    },
  };
}
