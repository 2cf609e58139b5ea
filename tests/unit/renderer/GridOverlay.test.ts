// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { splitAtHyphen } from '../../../renderer/canvas/GridOverlay';

describe('canvas/GridOverlay.splitAtHyphen', () => {
  it("splits a Figure 2 column's name at the hyphen that best balances the two lines", () => {
    expect(splitAtHyphen('human-generated')).toEqual(['human-', 'generated']);
    expect(splitAtHyphen('human-and-model')).toEqual(['human-', 'and-model']);
    expect(splitAtHyphen('existing-datasets')).toEqual(['existing-', 'datasets']);
  });
  it('leaves a name without an inner hyphen on one line', () => {
    expect(splitAtHyphen('human')).toEqual(['human']);
    expect(splitAtHyphen('-x')).toEqual(['-x']);
    expect(splitAtHyphen('x-')).toEqual(['x-']);
  });
});
