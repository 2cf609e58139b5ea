// fuzz/harness: runs one entry point over generated inputs and checks what issue 17 asks of every input: it
// ends within the time budget in a refusal that names the file or element (not a JavaScript error), or in a
// valid result; and Object.prototype (and Object itself) are unchanged afterwards. Counts what it saw.
import fc from 'fast-check';
import { expect } from 'vitest';
import { coverage } from './coverage';

/** Cases per entry point: a few thousand in CI; `FUZZ_RUNS=100000 npx vitest run tests/unit/fuzz` is the long run. */
export const RUNS = Number(process.env.FUZZ_RUNS ?? 2000);
/** The seed CI runs with, so that CI never flips on a random case; a failure found with it is fixed, not re-rolled. */
export const CI_SEED = 17;

/**
 * The seed of a run: FUZZ_SEED replays one; in CI (CI set, as CI services and `.ci/run` do) the fixed CI_SEED;
 * elsewhere a new one each run, so local runs keep exploring. The seed is printed when a case fails.
 */
export function fuzzSeed(env: Readonly<Record<string, string | undefined>> = process.env): number {
  const given = env.FUZZ_SEED;
  if (given !== undefined && given !== '') {
    const n = Number(given);
    if (!Number.isSafeInteger(n)) throw new Error(`fuzz: FUZZ_SEED must be a whole number, got ${JSON.stringify(given)}`);
    return n;
  }
  if (env.CI && env.CI !== 'false' && env.CI !== '0') return CI_SEED;
  return Math.floor(Math.random() * 0x7fffffff);
}
export const SEED = fuzzSeed();

/**
 * The most CPU time one input may take (generous, but far below a hang). CPU time, not wall time: on a shared
 * machine a process that waits for a core is not slow, and a run at nice 19 under load waited 10 s on a 6 ms input.
 */
export const BUDGET_MS = Number(process.env.FUZZ_BUDGET_MS ?? 3000);
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

export type Outcome = { readonly ok: true } | { readonly ok: false; readonly message: string };
export type Stats = {
  entry: string;
  seed: number;
  cases: number;
  refused: number;
  accepted: number;
  /** CPU time of the slowest input. */
  slowestMs: number;
  slowestInput: string;
  peakHeapMB: number;
};

/** Messages that are a JavaScript error leaking out rather than a refusal a person can act on. */
const LEAK =
  /the reader failed on it|Cannot read propert|is not a function|is not iterable|undefined is not|Maximum call stack|Unexpected token .* in JSON at position \d+$|\[object Object\]|RangeError|TypeError|ReferenceError/;

const snapshot = () => ({
  proto: Object.getOwnPropertyNames(Object.prototype).join(','),
  object: Object.getOwnPropertyNames(Object).join(','),
  array: Object.getOwnPropertyNames(Array.prototype).join(','),
  fn: Object.getOwnPropertyNames(Function.prototype).join(','),
});

export const all: Stats[] = [];

export async function fuzz<T>(
  entry: string,
  inputs: fc.Arbitrary<T>,
  run: (input: T) => Outcome | Promise<Outcome>,
  opts: { runs?: number; mustName?: RegExp; seed?: number } = {},
): Promise<Stats> {
  const before = snapshot();
  const seed = opts.seed ?? SEED;
  const stats: Stats = { entry, seed, cases: 0, refused: 0, accepted: 0, slowestMs: 0, slowestInput: '', peakHeapMB: 0 };
  const baseHeap = process.memoryUsage().heapUsed;
  // FUZZ_COVERAGE=out.jsonl writes how much code the inputs have reached as the run goes (fuzz/coverage).
  const cover = process.env.FUZZ_COVERAGE ? await coverage(process.env.FUZZ_COVERAGE, entry, seed) : null;
  const property = fc.asyncProperty(inputs, async (input) => {
    const t = cpuMs();
    const out = await run(input);
    const ms = cpuMs() - t;
    stats.cases++;
    await cover?.after(stats.cases);
    if (ms > stats.slowestMs) {
      stats.slowestMs = ms;
      const text = typeof input === 'string' ? input : input instanceof Uint8Array ? `${input.length} bytes` : JSON.stringify(input);
      stats.slowestInput = `${text.length} chars: ${JSON.stringify(text.slice(0, 80))}`;
    }
    if (stats.cases % 50 === 0) stats.peakHeapMB = Math.max(stats.peakHeapMB, (process.memoryUsage().heapUsed - baseHeap) / 1e6);
    expect(ms, 'time budget').toBeLessThan(BUDGET_MS);
    expect(snapshot(), 'Object.prototype, Object, Array.prototype and Function.prototype unchanged').toEqual(before);
    if (out.ok) stats.accepted++;
    else {
      stats.refused++;
      expect(out.message.length, 'a refusal says why').toBeGreaterThan(0);
      expect(out.message, 'no JavaScript error shown as the reason').not.toMatch(LEAK);
      if (opts.mustName) expect(out.message, 'the refusal names the file').toMatch(opts.mustName);
    }
  });
  try {
    await fc.assert(property, { numRuns: opts.runs ?? RUNS, seed, endOnFailure: true });
  } catch (e) {
    // fast-check names its seed and path deep in the report; say first how to run the failing case again.
    throw new Error(
      `fuzz ${entry}: a case failed with seed ${seed}; FUZZ_SEED=${seed} npx vitest run tests/unit/fuzz replays it.\n${(e as Error).message}`,
      { cause: e },
    );
  }
  all.push(stats);
  // Printed as each entry point ends, so a long run that is stopped still reports what it finished.
  if (process.env.FUZZ_RUNS) console.info(formatStats(stats));
  return stats;
}

export const formatStats = (s: Stats): string =>
  `seed ${s.seed}: ${s.entry.padEnd(20)} ${String(s.cases).padStart(7)} cases, ${String(s.refused).padStart(7)} refused, ${String(s.accepted).padStart(7)} accepted, slowest ${s.slowestMs.toFixed(0)} ms CPU (${s.slowestInput.slice(0, 60)}), heap +${s.peakHeapMB.toFixed(0)} MB`;
