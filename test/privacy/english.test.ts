// The English word list is searched by binary search in its text (src/privacy/english.ts): it must stay sorted, one
// word a line, or words would silently stop being found (and ordinary words would read as surnames).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { englishWordList, isEnglishWord, nearEnglishWord } from '../../src/privacy/english.js';
import { packageRoot } from '../../src/paths.js';

describe('the English word list', () => {
  const words = englishWordList();

  it('is sorted in JavaScript string order, with no blank lines, spaces or duplicates', () => {
    expect(words.length).toBeGreaterThan(60_000);
    const out = words.filter((w, i) => !w || w !== w.trim() || (i > 0 && !(words[i - 1]! < w)));
    expect(out).toEqual([]);
  });

  it('holds every word line of the file, and only those', () => {
    const file = readFileSync(path.join(packageRoot, 'src', 'privacy', 'english-words.txt'), 'utf8');
    expect(words).toEqual(file.split('\n').filter((l) => l && l[0] !== '#'));
  });

  it('finds every listed word and rejects unlisted ones (first, last, and neighbours of listed words)', () => {
    for (const w of [words[0]!, words[words.length - 1]!, words[31_000]!, 'portal', 'grace', 'period']) expect(isEnglishWord(w)).toBe(true);
    for (const w of ['okoro', 'bondarenko', `${words[0]}x`, `${words[words.length - 1]}z`, 'aaaaa', 'zzzzzz']) expect(isEnglishWord(w)).toBe(false);
    // Every 97th word: the first ones by the search, the rest (after 2,000 look-ups) in the Set.
    for (let i = 0; i < words.length; i += 97) expect(isEnglishWord(words[i]!)).toBe(true);
  });

  it('a hyphenated word made of English words is English; one with a name in it is not', () => {
    for (const w of ['breach-response', 'follow-up', 'part-time', 'well-organized']) expect(isEnglishWord(w), w).toBe(true);
    for (const w of ['smith-okoro', 'mary-bondarenko', 'okoro-smith']) expect(isEnglishWord(w), w).toBe(false);
  });

  it('still tells typos of words from names', () => {
    expect(nearEnglishWord('recrods')).toBe(true);
    expect(nearEnglishWord('certifcation')).toBe(true);
    expect(nearEnglishWord('okoro')).toBe(false);
  });
});
