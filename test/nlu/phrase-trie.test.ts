import { describe, expect, it } from 'vitest';
import { PhraseList, phraseExpression } from '../../src/nlu/phrase-list.js';
import { PhraseTrie } from '../../src/nlu/phrase-trie.js';
import { realKnowledge } from '../helpers/core.js';

// The trie must find exactly what the list's expression finds: same starts, same ends, same order, for every text.
function mismatches(phrases: string[], flags: string, texts: string[]): string[] {
  const re = phraseExpression(phrases, flags)!;
  const trie = PhraseTrie.of([...phrases].sort((a, b) => b.length - a.length), flags === 'i')!;
  const out: string[] = [];
  for (const text of texts) {
    const expected = [...text.matchAll(re)].map((m) => `${m.index}-${m.index + m[0].length}`).join(',');
    const found = trie.find(text).map((h) => `${h.start}-${h.end}`).join(',');
    if (found !== expected) out.push(`${JSON.stringify(text)} (${phrases[0]}...): ${found} instead of ${expected}`);
  }
  return out;
}

/** Both halves of a list, as PhraseList splits it. */
const halves = (list: readonly string[]): [string[], string][] =>
  (
    [
      [list.filter((p) => p === p.toLowerCase()), 'i'],
      [list.filter((p) => p !== p.toLowerCase()), ''],
    ] as [string[], string][]
  ).filter(([p]) => p.length > 0);

const EDGE_CASES = ['icd-10', 'icd 10', 'wi fi', 'a', 'ab', 'a b', 'rn', 'records', 'court records clerk', 'court records', '100% pass', 'c.c.a', "o'brien", 'e.g.', 'x-ray', 'emt', 'bus', 'glass', 'HIT', 'HIM', 'ICD-10-CM', '$$$', '...', 's', 'es', 'ess'];

/** Each phrase where it is hardest to read: in capitals, pluralised, glued to letters, digits, accents and emoji. */
function around(phrase: string): string[] {
  return [phrase, phrase.toUpperCase(), `${phrase}s`, `${phrase}es`, `${phrase}ess`, `x${phrase}`, `${phrase}2`, `(${phrase})`, `${phrase}é`, `é${phrase}`, phrase.replace(/ /g, '-'), phrase.replace(/ /g, ''), phrase.replace(/ /g, ' \u00a0- '), `😀${phrase}😀`, `${phrase}ES!`];
}

/** Short texts over an alphabet of the characters that matter (seeded: the same texts every run). */
function randomTexts(n: number): string[] {
  const alphabet = [...'abceirstAEST -.\u00a0é😀1$\''];
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  return Array.from({ length: n }, () => Array.from({ length: 1 + Math.floor(next() * 16) }, () => alphabet[Math.floor(next() * alphabet.length)]).join(''));
}

describe('PhraseTrie', () => {
  it('finds what the expression finds, for every scope list of the knowledge base and the questions it was written for', () => {
    const scope = realKnowledge().scope;
    const lists = [scope.fieldTerms, scope.subjectTerms, scope.recordWords, scope.healthSettings, scope.nearMissCareers, scope.notCareers, scope.employerInternal.always, scope.employerInternal.withWorkplace, scope.employerInternal.workplace, ...scope.declines.flatMap((d) => [d.phrases, d.unless])];
    const texts = [...realKnowledge().intents.flatMap((i) => i.examples), ...lists.flat().flatMap(around)];
    for (const list of lists) {
      for (const [phrases, flags] of halves(list)) expect(mismatches(phrases, flags, texts)).toEqual([]);
    }
  });

  it('finds what the expression finds for phrases that share words, overlap or take plurals, in random texts', () => {
    const texts = [...randomTexts(3000), ...EDGE_CASES.flatMap(around)];
    for (const [phrases, flags] of halves(EDGE_CASES)) expect(mismatches(phrases, flags, texts)).toEqual([]);
  });

  it('reads each text for itself when lists take turns over texts of the same length (the places of the last text are kept)', () => {
    const a = PhraseTrie.of(['rhit', 'him'], true)!;
    const b = PhraseTrie.of(['coder'], true)!;
    const texts = ['an rhit or him', 'a coder or rhit', 'an rhit or him', 'xrhit  him coder', 'a coder or rhit'];
    const found = (t: PhraseTrie, text: string) => t.find(text).map((h) => text.slice(h.start, h.end)).join(',');
    const seen: string[] = [];
    for (const text of texts) seen.push(`${found(a, text)}|${found(b, text)}|${found(a, text)}`);
    expect(seen).toEqual(['rhit,him||rhit,him', 'rhit|coder|rhit', 'rhit,him||rhit,him', 'him|coder|him', 'rhit|coder|rhit']);
  });

  it('declines what only the expression reads right: phrases beyond ASCII or with an empty word, texts with ſ or K', () => {
    expect(PhraseTrie.of(['café'], true)).toBeUndefined();
    expect(PhraseTrie.of(['-ray'], true)).toBeUndefined();
    expect(PhraseTrie.of(['   '], true)).toBeUndefined();
    expect(PhraseTrie.of(['x-ray', 'HIT'], true)).toBeDefined();
    expect(PhraseTrie.fits('nurſe')).toBe(false);
    expect(PhraseTrie.fits('\u212ait')).toBe(false);
    expect(PhraseTrie.fits('a nurse — née 😀')).toBe(true);
  });

  it('leaves such texts and lists to the expression, which PhraseList still uses for them', () => {
    // Case-insensitive Unicode matching folds ſ onto s and K (Kelvin) onto k.
    expect(new PhraseList(['nurse']).find('a nurſe').map((h) => h.phrase)).toEqual(['nurſe']);
    expect(new PhraseList(['kit']).has('a \u212aIT')).toBe(true);
    expect(new PhraseList(['café']).find('Café au lait').map((h) => h.phrase)).toEqual(['café']);
  });
});
