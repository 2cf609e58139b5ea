// errors: each failure family has its code, and callers (and these tests) branch on the code, not the wording.
import { describe, expect, it } from 'vitest';
import { AtlasError, errorCode } from '../../src/errors';
import { readForeign } from '../../src/import/foreign';
import { LayoutCancelled } from '../../src/layout';
import { ForeignLimitError } from '../../src/schema/limits';

describe('errors', () => {
  it('says no code for what is not one of ours', () => {
    expect(errorCode(new Error('x'))).toBeUndefined();
    expect(errorCode('x')).toBeUndefined();
    expect(errorCode(new ForeignLimitError('too big'))).toBe('limit-exceeded');
    expect(new ForeignLimitError('too big')).toBeInstanceOf(AtlasError);
    expect(new ForeignLimitError('too big').name).toBe('ForeignLimitError');
  });

  it('a foreign file that does not parse is refused as unreadable', () => {
    const r = readForeign(
      'g.gexf',
      '<?xml version="1.0"?><gexf xmlns="http://gexf.net/1.3"><graph><nodes><node id="a"></nodes></graph></gexf>',
    );
    expect(r?.ok).toBe(false);
    if (r && !r.ok) expect(r.code).toBe('foreign-unreadable');
  });

  it('a foreign file past a limit is refused as such', () => {
    const r = readForeign('g.gexf', `<?xml version="1.0"?><gexf><graph><nodes>${' '.repeat(6_000_000)}</nodes></graph></gexf>`);
    expect(r?.ok).toBe(false);
    if (r && !r.ok) expect(r.code).toBe('limit-exceeded');
  });

  it('a cancelled layout says so by its code', () => {
    expect(errorCode(new LayoutCancelled())).toBe('layout-cancelled');
  });
});
