// fuzz/harness: runs one entry point over generated inputs and checks what issue 17 asks of every input: it
// ends within the time budget in a refusal that names the file or element (not a JavaScript error), or in a
// valid result; and Object.prototype (and Object itself) are unchanged afterwards. Counts what it saw.
import fc from 'fast-check';
import { expect } from 'vitest';

/** Cases per entry point: a few thousand in CI; `FUZZ_RUNS=100000 npx vitest run tests/unit/fuzz` is the long run. */
export const RUNS = Number(process.env.FUZZ_RUNS ?? 2000);
/** The most one input may take (the machine is shared: generous, but far below a hang). */
export const BUDGET_MS = Number(process.env.FUZZ_BUDGET_MS ?? 3000);

export type Outcome = { readonly ok: true } | { readonly ok: false; readonly message: string };
export type Stats = {
  entry: string;
  cases: number;
  refused: number;
  accepted: number;
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
  opts: { runs?: number; mustName?: RegExp } = {},
): Promise<Stats> {
  const before = snapshot();
  const stats: Stats = { entry, cases: 0, refused: 0, accepted: 0, slowestMs: 0, slowestInput: '', peakHeapMB: 0 };
  const baseHeap = process.memoryUsage().heapUsed;
  await fc.assert(
    fc.asyncProperty(inputs, async (input) => {
      const t = performance.now();
      const out = await run(input);
      const ms = performance.now() - t;
      stats.cases++;
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
    }),
    { numRuns: opts.runs ?? RUNS, seed: process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined, endOnFailure: true },
  );
  all.push(stats);
  return stats;
}

export const formatStats = (s: Stats) =>
  `${s.entry.padEnd(20)} ${String(s.cases).padStart(7)} cases, ${String(s.refused).padStart(7)} refused, ${String(s.accepted).padStart(7)} accepted, slowest ${s.slowestMs.toFixed(0)} ms (${s.slowestInput.slice(0, 60)}), heap +${s.peakHeapMB.toFixed(0)} MB`;
