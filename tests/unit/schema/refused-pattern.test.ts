// schema/text's compiled pattern of refused characters (the fast path of invisibleCharacter) against the walk that
// describes them: for every code point, alone and inside text, and for lone and paired surrogates, they agree.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeRefused, invisibleCharacter, REFUSED } from '../../../src/schema/text';

describe('schema/text: the refused-character pattern', () => {
  it('refuses exactly the code points the walk refuses, on one line and on several', () => {
    const differ: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      // A surrogate code point stands alone here: a lone surrogate, which both refuse.
      const s = cp >= 0xd800 && cp <= 0xdfff ? String.fromCharCode(cp) : String.fromCodePoint(cp);
      if (REFUSED.line.test(s) !== (describeRefused(s) !== null)) differ.push(`U+${cp.toString(16)} (one line)`);
      if (REFUSED.multiline.test(s) !== (describeRefused(s, true) !== null)) differ.push(`U+${cp.toString(16)} (multiline)`);
    }
    expect(differ).toEqual([]);
  });

  it('tells a lone surrogate from half of a pair, wherever it stands', () => {
    for (const s of ['a\ud83d', '\ude00b', '\ude00\ud83d', 'x\ud83d\ude00\ud83d']) expect(invisibleCharacter(s)).toMatch(/lone surrogate/);
    for (const s of ['\ud83d\ude00', 'a\ud83d\ude00b', '\u{1f600}\u{1f601}']) expect(invisibleCharacter(s)).toBeNull();
  });

  it('gives the walk’s message for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.boolean(), (s, multiline) => {
        expect(invisibleCharacter(s, multiline)).toBe(describeRefused(s, multiline));
      }),
      { numRuns: 2_000 },
    );
  });
});
