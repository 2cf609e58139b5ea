// Identity: exact keys, then aliases, then normalised names; ambiguity proposed, never merged.
import { describe, expect, it } from 'vitest';
import { arxivIdOf, githubKeyOf, hfIdOf, normaliseName } from '../../../../src/import/catalogue/entry';
import { IdentityIndex } from '../../../../src/import/catalogue/identity';
import { languageCode, licenseId } from '../../../../src/import/catalogue/vocab';

describe('import/catalogue/identity', () => {
  it('returns none for a name nothing holds', () => {
    expect(new IdentityIndex().resolve('nothing')).toEqual({ kind: 'none' });
  });

  it('resolves case and punctuation variants of one name', () => {
    const index = new IdentityIndex();
    index.addName('SNLI', 'snli');
    index.addName('Dolly 15k', 'dolly-15k');
    for (const n of ['snli', 'SNLI', 'The SNLI dataset', 'snli corpus'])
      expect(index.resolve(n)).toEqual({ kind: 'resolved', id: 'snli', by: 'name' });
    expect(index.resolve('dolly-15k')).toMatchObject({ id: 'dolly-15k' });
    expect(normaliseName('Dolly 15k')).toBe(normaliseName('dolly_15K'));
  });

  it('resolves a Hugging Face URL to its id, and GitHub and arXiv addresses to their keys', () => {
    const index = new IdentityIndex();
    index.addKey('hf:tatsu-lab/alpaca', 'alpaca');
    index.addKey('gh:yizhongw/self-instruct', 'self-instruct');
    index.addKey('arxiv:2203.02155', 'instructgpt-sft');
    expect(index.resolve('https://huggingface.co/datasets/tatsu-lab/alpaca')).toEqual({ kind: 'resolved', id: 'alpaca', by: 'hf-id' });
    expect(index.resolve('https://huggingface.co/datasets/Tatsu-Lab/alpaca/tree/main')).toMatchObject({ id: 'alpaca' });
    expect(index.resolve('https://github.com/yizhongw/self-instruct.git')).toMatchObject({ id: 'self-instruct', by: 'github' });
    expect(index.resolve('https://github.com/yizhongw/self-instruct/')).toMatchObject({ id: 'self-instruct' });
    expect(index.resolve('https://arxiv.org/pdf/2203.02155v1.pdf')).toMatchObject({ id: 'instructgpt-sft', by: 'arxiv' });
    expect(hfIdOf('https://huggingface.co/datasets/snli')).toBe('snli');
    expect(githubKeyOf('https://github.com/google-research/FLAN/tree/main/flan/v2')).toBe('google-research/flan/flan/v2');
    expect(arxivIdOf('https://arxiv.org/abs/2304.03277')).toBe('2304.03277');
  });

  it('proposes a name two nodes hold instead of merging it', () => {
    const index = new IdentityIndex();
    index.addName('Alpaca', 'alpaca');
    index.addName('alpaca', 'other-alpaca');
    expect(index.resolve('ALPACA')).toEqual({ kind: 'ambiguous', candidates: ['alpaca', 'other-alpaca'], by: 'name' });
  });

  it('prefers the alias table to a name', () => {
    const index = new IdentityIndex([{ name: 'Open Assistant', id: 'oasst1', provenance: [{ kind: 'survey', locator: 'x' }] }]);
    index.addName('Open Assistant', 'something-else');
    expect(index.resolve('open-assistant')).toEqual({ kind: 'resolved', id: 'oasst1', by: 'alias' });
  });

  it('maps language names and licence names, and keeps what has no code out or verbatim', () => {
    expect(languageCode('English')).toBe('en');
    expect(languageCode('Chinese (Simplified)')).toBe('zh');
    expect(languageCode('zh-CN')).toBe('zh');
    expect(languageCode('Python')).toBeUndefined();
    expect(licenseId('MIT License')).toBe('MIT');
    expect(licenseId('cc-by-nc-4.0')).toBe('CC-BY-NC-4.0');
    expect(licenseId('GNU General Public License v3.0')).toBe('GPL-3.0-only');
    expect(licenseId('OpenAI')).toBe('OpenAI');
    expect(licenseId('Unspecified')).toBeUndefined();
  });
});
