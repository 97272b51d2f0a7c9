// Covers src/nlu/phrase-replacer.ts: whole-token synonym replacement, longest match, case-sensitive rules and chaining.
import { describe, expect, it } from 'vitest';
import { PhraseReplacer } from '../../src/nlu/phrase-replacer.js';

const tokenize = (s: string) => s.split(/\s+/).filter(Boolean);
function run(synonyms: Record<string, string>, text: string): string {
  const original = tokenize(text);
  return new PhraseReplacer(synonyms, tokenize).replace(original, original.map((t) => t.toLowerCase())).join(' ');
}

describe('PhraseReplacer', () => {
  it('returns the lowercased tokens when it has no rules', () => {
    expect(run({}, 'Medical Coder')).toBe('medical coder');
  });

  it('replaces whole tokens only, whatever their case, with the canonical form', () => {
    expect(run({ coder: 'coding specialist' }, 'A CODER or coders')).toBe('a coding specialist or coders');
  });

  it('prefers the longest phrase starting at a token', () => {
    const synonyms = { icd: 'codes', 'icd 10': 'icd10', 'icd 10 cm': 'icd10cm' };
    expect(run(synonyms, 'learn icd 10 cm and icd 10 and icd')).toBe('learn icd10cm and icd10 and codes');
  });

  it('applies a rule with capitals only to text written with those capitals', () => {
    const synonyms = { AHA: 'american hospital association' };
    expect(run(synonyms, 'the AHA says')).toBe('the american hospital association says');
    expect(run(synonyms, 'aha I see')).toBe('aha i see');
  });

  it('chains rules until nothing changes', () => {
    expect(run({ 'icd 10': 'icd10', 'icd10 cm': 'icd10cm' }, 'icd 10 cm')).toBe('icd10cm');
  });

  it('ignores a rule whose phrase has no tokens', () => {
    expect(run({ '   ': 'space', job: 'career' }, 'job')).toBe('career');
  });

  it('readsCase: false only when the words as typed change nothing (no rule with capitals can match the text)', () => {
    const synonyms = { HIM: 'health information management', 'Big Apple x': 'nyc', him: 'that person', icd: 'codes' };
    const replacer = new PhraseReplacer(synonyms, tokenize);
    const texts = ['what is HIM', 'tell him about icd', 'the Big Apple x and HIM', 'Big apple X', 'THE HIM DEPT', 'Him and ICD', 'a Big Apple y', 'nothing here'];
    for (const text of texts) {
      const original = tokenize(text);
      const lower = original.map((t) => t.toLowerCase());
      if (!replacer.readsCase(text)) expect(replacer.replace(original, lower)).toEqual(replacer.replace(lower, lower));
    }
    expect(texts.map((t) => replacer.readsCase(t))).toEqual([true, false, true, false, true, false, true, false]);
  });
});
