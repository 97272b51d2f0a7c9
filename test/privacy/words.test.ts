// The PHI guard's word lists: the name finder compares lowercased tokens, so every entry must be one
// lowercase token, and the lists the finder relies on must not be empty.
import { describe, expect, it } from 'vitest';
import * as words from '../../src/privacy/words.js';

const lists = Object.entries(words) as [string, Set<string>][];

describe('privacy word lists', () => {
  it('exports the lists the name finder uses, none empty', () => {
    expect(lists.map(([name]) => name).sort()).toEqual(
      ['ACRONYMS', 'FIRST_NAMES', 'NAME_SUFFIXES', 'NOT_INITIALS', 'PROPER_WORDS', 'STAFF_WORDS', 'STOP_WORDS', 'WORD_NAMES'].sort(),
    );
    for (const [, list] of lists) expect(list.size).toBeGreaterThan(0);
  });

  it('every entry is one lowercase token', () => {
    for (const [name, list] of lists) {
      const bad = [...list].filter((w) => w === '' || /\s/.test(w) || w !== w.toLowerCase());
      expect(bad, name).toEqual([]);
    }
  });

  it('a few entries the finder depends on', () => {
    expect(words.FIRST_NAMES.has('grace')).toBe(true);
    expect(words.NAME_SUFFIXES.has('jr')).toBe(true);
    expect(words.ACRONYMS.has('rhit')).toBe(true);
    expect(words.STAFF_WORDS.has('instructor')).toBe(true);
  });
});
