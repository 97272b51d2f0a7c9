// ChartPath's copy of natural's WordTokenizer must split exactly as natural's own.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { wordTokenizer } from '../../src/nlu/natural.js';

const require = createRequire(import.meta.url);
const { WordTokenizer } = require('natural/lib/natural/tokenizers/regexp_tokenizer.js') as { WordTokenizer: new () => { tokenize(s: string): string[] } };

describe('wordTokenizer', () => {
  it("splits as natural's WordTokenizer", () => {
    const theirs = new WordTokenizer();
    const texts = [
      '',
      ' ',
      '   leading and trailing   ',
      "what's the RHIT? i'm 34, been in retail",
      'icd-10-cm vs. icd_10 & a&p AMPERSANDX',
      'Привет мир ёлка café naïve 😀 emoji',
      'tabs\tand\nnewlines\r\n!!!',
      '___ _a_ 0_0',
      'ünïcödé ß straße ŞĞ',
    ];
    for (const t of texts) expect(wordTokenizer.tokenize(t)).toEqual(theirs.tokenize(t));
  });
});
