import { describe, expect, it } from 'vitest';
import { parseViewText } from '../../../src/view/file';

describe('view/file.parseViewText', () => {
  it('names the file when the text is not JSON', () => {
    expect(parseViewText('fig.view.json', '{layout:')).toEqual({
      ok: false,
      message: expect.stringMatching(/^fig\.view\.json: not valid JSON \(/),
    });
  });
  it('names the file and the field when the JSON is not a view', () => {
    const r = parseViewText('fig.view.json', '{"layout":"spiral"}');
    expect(r).toEqual({ ok: false, message: expect.stringMatching(/^fig\.view\.json: not a Lineage Atlas view:\n[^]*layout/) });
  });
  it('reads a view with its defaults filled', () => {
    expect(parseViewText('v.view.json', '{"layout":"timeline","focus":"alpaca"}')).toMatchObject({
      ok: true,
      view: { layout: 'timeline', focus: 'alpaca', depth: 'all' },
    });
  });
});
