// fuzz/harness: the seed a run uses (fixed in CI, FUZZ_SEED replays, random elsewhere) and that a failing case
// says how to replay it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CI_SEED, fuzz, fuzzSeed } from './harness';

describe('fuzz/harness.fuzzSeed', () => {
  it('refuses a FUZZ_SEED that is not a whole number', () => {
    expect(() => fuzzSeed({ FUZZ_SEED: 'abc' })).toThrow('fuzz: FUZZ_SEED must be a whole number, got "abc"');
    expect(() => fuzzSeed({ FUZZ_SEED: '1.5' })).toThrow(/whole number/);
  });
  it('replays FUZZ_SEED, in CI too', () => {
    expect(fuzzSeed({ FUZZ_SEED: '42' })).toBe(42);
    expect(fuzzSeed({ FUZZ_SEED: '-7', CI: 'true' })).toBe(-7);
  });
  it('uses the fixed seed in CI, so CI never flips on a random case', () => {
    expect(fuzzSeed({ CI: 'true' })).toBe(CI_SEED);
    expect(fuzzSeed({ CI: '1' })).toBe(CI_SEED);
  });
  it('draws a new seed elsewhere (CI unset or false)', () => {
    const seeds = new Set(Array.from({ length: 20 }, () => fuzzSeed({ CI: 'false' })));
    expect(seeds.size).toBeGreaterThan(1);
    for (const s of seeds) expect(Number.isSafeInteger(s)).toBe(true);
    expect(new Set(Array.from({ length: 20 }, () => fuzzSeed({}))).size).toBeGreaterThan(1);
  });
});

describe('fuzz/harness.fuzz', () => {
  it('names the seed and the command that replays a failing case', async () => {
    const run = fuzz('always refused badly', fc.string(), () => ({ ok: false, message: 'TypeError: x' }), { runs: 5, seed: 1234 });
    await expect(run).rejects.toThrow(
      /^fuzz always refused badly: a case failed with seed 1234; FUZZ_SEED=1234 npx vitest run tests\/unit\/fuzz replays it\./,
    );
  });
  it('runs the same inputs again with the same seed', async () => {
    const seen: string[][] = [[], []];
    for (const list of seen) await fuzz('same seed', fc.string(), (s) => (list.push(s), { ok: true }), { runs: 30, seed: 99 });
    expect(seen[0]).toEqual(seen[1]);
  });
});
