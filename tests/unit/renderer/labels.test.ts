import { describe, expect, it } from 'vitest';
import { LABEL_CHARS, screenLabel } from '../../../renderer/canvas/labels';

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('canvas/labels.screenLabel', () => {
  it('leaves a label of LABEL_CHARS or fewer as it is', () => {
    const label = 'x'.repeat(LABEL_CHARS);
    expect(screenLabel(label)).toBe(label);
  });
  it('shortens a longer label to LABEL_CHARS with an ellipsis', () => {
    const out = screenLabel('y'.repeat(LABEL_CHARS + 10));
    expect(out.length).toBeLessThanOrEqual(LABEL_CHARS);
    expect(out.endsWith('…')).toBe(true);
  });
  it('never cuts between the two halves of a surrogate pair', () => {
    // The cut falls after the high half of the astral character at LABEL_CHARS - 2.
    const label = `${'a'.repeat(LABEL_CHARS - 2)}\u{1D4D0}${'b'.repeat(10)}`;
    const out = screenLabel(label);
    expect(out).not.toMatch(loneSurrogate);
    expect(out.endsWith('…')).toBe(true);
    expect(out.length).toBeLessThanOrEqual(LABEL_CHARS);
  });
});
