// import/text shorten: a cut label keeps whole characters (the fuzz suite found a lone surrogate left by a cut).
import { describe, expect, it } from 'vitest';
import { shorten } from '../../../src/import/text';
import { invisibleCharacter } from '../../../src/schema/text';

describe('shorten', () => {
  it('leaves a string within the limit as it is', () => {
    expect(shorten('Alpaca', 6)).toBe('Alpaca');
  });
  it('cuts to at most max units with an ellipsis, trimming the space before it', () => {
    expect(shorten('Stanford Alpaca', 10)).toBe('Stanford…');
    expect(shorten('abcdefghij', 5)).toBe('abcd…');
  });
  it('never leaves half of a surrogate pair, wherever the cut falls', () => {
    for (const s of ['🢖'.repeat(10), `a${'🢖'.repeat(10)}`]) {
      for (let max = 2; max < s.length; max++) {
        const out = shorten(s, max);
        expect(out.length).toBeLessThanOrEqual(max);
        expect(invisibleCharacter(out), `${max}`).toBeFalsy();
      }
    }
  });
});
