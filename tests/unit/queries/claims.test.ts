import { describe, expect, it } from 'vitest';
import { claimsOf, claimValueText, fieldClaims } from '../../../src/queries/claims';
import { miniGraph } from '../../fixtures/mini';

const g = miniGraph();

describe('queries/claims', () => {
  it('gives nothing for a field a node kind does not carry', () => {
    expect(fieldClaims(g.getNodeAttributes('crowdsourcing'), 'released')).toBeUndefined();
    expect(fieldClaims(g.getNodeAttributes('text-davinci-003'), 'license')).toBeUndefined();
    expect(claimsOf(g.getNodeAttributes('ref-taori2023-alpaca'))).toEqual([]);
  });
  it('lists the fields a node gives, in a fixed order', () => {
    expect(claimsOf(g.getNodeAttributes('alpaca')).map((r) => r.field)).toEqual(['released', 'license', 'languages']);
    expect(claimsOf(g.getNodeAttributes('alpaca'))[0]!.claims[0]!.value).toBe('2023-03-13');
  });
  it('reads values as text', () => {
    expect(claimValueText('CC-BY-NC-4.0')).toBe('CC-BY-NC-4.0');
    expect(claimValueText(['en', 'zh'])).toBe('en, zh');
    expect(claimValueText({ value: 52002, unit: 'instances' })).toBe('52,002 instances');
    expect(claimValueText({ value: 52002, unit: 'instances', counts: 'dialogs' })).toBe('52,002 instances (dialogs)');
  });
});
