import { describe, expect, it } from 'vitest';
import { LicenceTermsFile, resolveTerm, strictness } from '../../../src/licences';
import { BUILTIN_TERMS } from '../../../src/licences/builtin';
import { TERMS } from './fixtures';

describe('licences/terms.LicenceTermsFile', () => {
  it('refuses a term named twice and a commercial class it does not know', () => {
    const t = { id: 'MIT', label: 'MIT', commercial: 'allowed', provenance: [{ kind: 'survey', locator: 'x' }] };
    const file = (terms: unknown[]) => ({ format: 'lineage-atlas/licence-terms', version: 1, terms });
    expect(LicenceTermsFile.safeParse(file([t, { ...t, id: 'mit' }])).success).toBe(false);
    expect(LicenceTermsFile.safeParse(file([{ ...t, commercial: 'maybe' }])).success).toBe(false);
    expect(LicenceTermsFile.safeParse(file([{ ...t, provenance: [] }])).success).toBe(false);
    expect(LicenceTermsFile.safeParse(file([t])).success).toBe(true);
  });
});

describe('licences/terms.resolveTerm', () => {
  it('reads an SPDX id as written, ignoring case', () => {
    expect(resolveTerm('CC-BY-NC-4.0', TERMS)).toMatchObject({ id: 'CC-BY-NC-4.0', commercial: 'non-commercial', how: 'spdx' });
    expect(resolveTerm('mit', TERMS)).toMatchObject({ id: 'MIT', commercial: 'allowed' });
  });
  it('corrects a loose spelling with spdx-correct', () => {
    expect(resolveTerm('CC BY-NC 4.0', TERMS)).toMatchObject({ id: 'CC-BY-NC-4.0', how: 'spdx-corrected', raw: 'CC BY-NC 4.0' });
  });
  it('reads a named term by its names, and a LicenseRef by its id', () => {
    expect(resolveTerm('CC-BY-NC-SA', TERMS)).toMatchObject({ id: 'LicenseRef-CC-BY-NC-SA-unversioned', how: 'named', shareAlike: true });
    expect(resolveTerm('Research only', TERMS)).toMatchObject({ id: 'LicenseRef-research-only', commercial: 'research-only' });
  });
  it('keeps a named term inside an expression (the Collection\'s "OpenAI AND MIT"), which spdx-correct would drop', () => {
    const t = resolveTerm('OpenAI AND MIT', BUILTIN_TERMS);
    expect(t).toMatchObject({ id: 'LicenseRef-OpenAI-Terms-of-Use AND MIT', commercial: 'allowed', how: 'named' });
    expect(t.restrictions).toEqual(['output may not be used to develop models that compete with OpenAI']);
    expect(resolveTerm('OpenAI', BUILTIN_TERMS).id).toBe('LicenseRef-OpenAI-Terms-of-Use');
  });
  it('leaves what it cannot read unclassified, its commercial use unspecified', () => {
    expect(resolveTerm('custom', TERMS)).toMatchObject({ commercial: 'unspecified', how: 'unclassified', terms: [] });
    expect(resolveTerm('Apache-2.0', TERMS)).toMatchObject({ id: 'Apache-2.0', commercial: 'unspecified', how: 'unclassified' });
    expect(resolveTerm('', TERMS).commercial).toBe('unspecified');
  });
  it('takes the stricter side of AND and the looser known side of OR', () => {
    expect(resolveTerm('MIT AND CC-BY-NC-4.0', TERMS)).toMatchObject({ commercial: 'non-commercial', attribution: true });
    expect(resolveTerm('MIT OR CC-BY-NC-4.0', TERMS).commercial).toBe('allowed');
    expect(resolveTerm('CC-BY-NC-4.0 OR Apache-2.0', TERMS).commercial).toBe('unspecified');
    expect(resolveTerm('CC-BY-SA-4.0 AND LicenseRef-provider-terms', TERMS)).toMatchObject({
      shareAlike: true,
      restrictions: ['no competing models'],
    });
  });
  it('ranks unspecified above allowed and below the known restrictions', () => {
    expect(strictness('allowed')).toBeLessThan(strictness('unspecified'));
    expect(strictness('unspecified')).toBeLessThan(strictness('non-commercial'));
    expect(strictness('non-commercial')).toBeLessThan(strictness('research-only'));
  });
});

describe('licences/builtin', () => {
  it('classifies the licences the survey graph declares, each with its source', () => {
    for (const id of ['CC-BY-NC-4.0', 'MIT', 'Apache-2.0', 'CC-BY-4.0', 'CC0-1.0', 'GPL-3.0', 'CC-BY-SA-3.0'])
      expect(resolveTerm(id, BUILTIN_TERMS).how, id).toBe('spdx');
    expect(resolveTerm('CC-BY-NC-SA', BUILTIN_TERMS)).toMatchObject({ commercial: 'non-commercial', shareAlike: true });
    expect(resolveTerm('LicenseRef-OpenAI-Terms-of-Use', BUILTIN_TERMS).restrictions).toEqual([
      'output may not be used to develop models that compete with OpenAI',
    ]);
    for (const t of BUILTIN_TERMS.terms) expect(t.provenance.length, t.id).toBeGreaterThan(0);
  });
});
