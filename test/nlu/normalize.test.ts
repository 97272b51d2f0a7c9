// cleanText's short way for printable ASCII and normalizeText's skipped contractions give what the full chains give.
import { describe, expect, it } from 'vitest';
import { cleanText, CONTRACTIONS, normalizeText } from '../../src/nlu/normalize.js';

// The full clean-up, step by step, as for any text.
const fullClean = (text: string) =>
  text
    .normalize('NFKC')
    .replace(/<[@#!][^>\s]{0,80}>|@(?:everyone|here|channel)\b|\bhttps?:\/\/\S+|\bwww\.\S+/giu, ' ')
    .replace(/[\p{Extended_Pictographic}\p{Emoji_Modifier}\u{1F1E6}-\u{1F1FF}\u200d\ufe0e\ufe0f\u20e3]/gu, ' ')
    .replace(/[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}]/gu, ' ')
    .replace(/[\u2018\u2019\u02bc\u0060\u00b4]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();

// normalizeText as it was before its short ways (one contraction test, ASCII classes, ampersand steps only with one).
// The same list, applied in full: the short way must skip only passes that would change nothing.
const fullNormalize = (cleaned: string) => {
  let s = cleaned.toLowerCase().replace(/([a-z])-wise\b/g, '$1');
  for (const [re, to] of CONTRACTIONS) s = s.replace(re, to);
  s = s
    .replace(/(?!iii(?!\p{L}))(\p{L})\1{2,}/gu, '$1$1')
    .replace(/(\p{L})\s*&\s*(\p{L})\b/gu, '$1&$2')
    .replace(/[^\p{L}\p{N}&]+/gu, ' ')
    .replace(/(^|\s)&+|&+(\s|$)/g, ' ');
  return s.replace(/\s+/g, ' ').trim();
};

const texts = [
  'what does rhit stand for',
  '  hey <@U123> see https://example.com/x and www.ahima.org `cca`   ok  ',
  "@everyone what's the CCA? i'm 34, u r right, cant wont dont",
  'whats the diff b/w rhit & rhia?? soooo confused',
  "let's see: they're, we've, it'll, he'd, that's",
  'tabs\tand\nnewlines — “quotes” ’n emoji 😀 ﬁ',
  '',
  'a & p, a&p, & alone &&, rhit&rhia & 2 & 3 &',
  'R U sure?? THX, Pls tell me ur CCA plan; it aint hard, ty',
  'Ünïcödé wörds & ñame, café & crème, İstanbul, \u212a-kelvin, 12 ٣٤ numbers',
  'coooool aaa bbbb 1111 ——— ...!!! ??',
  "can't won't don't isn't she's who're i've you'll they'd",
  'nothing to contract here at all',
  // Each form of markup alone (cleanText reads the expression only when one of "<", "@", "://", "www." is there).
  'see <#C01> now',
  'ask <!here> please',
  'hi @channel and @Here',
  'go to HTTPS://AHIMA.ORG/x or Http://a.b',
  'read WWW.Ahima.org and wWw.x',
  'no markup: a < b, mail at x dot com, ftp://host, w w w. dot, www-ish, www',
];

describe('normalize', () => {
  it('cleanText gives the full clean-up for every text, ASCII or not', () => {
    for (const t of texts) expect(cleanText(t)).toBe(fullClean(t));
  });

  it('normalizeText gives the full chain of steps for every text, ASCII or not, with or without contractions', () => {
    for (const t of texts) {
      expect(normalizeText(t)).toBe(fullNormalize(t));
      expect(normalizeText(cleanText(t))).toBe(fullNormalize(cleanText(t)));
    }
  });

  it('normalizeText drops the "-wise" of "degree-wise" (the speller would read "wise" as "wife"), not "otherwise" or "a wise choice"', () => {
    expect(normalizeText("What's the path, degree-wise and credential-wise?")).toBe('what is the path degree and credential');
    expect(normalizeText('otherwise a wise choice')).toBe('otherwise a wise choice');
  });

  it('normalizeText expands contractions with and without apostrophes', () => {
    expect(normalizeText(cleanText("what's up, i'm here, they're ok, we've been, it'll do, he'd go, let's"))).toBe(
      'what is up i am here they are ok we have been it will do he would go let us',
    );
    expect(normalizeText(cleanText('whats up im here cant wont u r pls thx'))).toBe('what is up i am here can not will not you are please thanks');
  });
});

describe('the Roman numeral III', () => {
  it('stays III ("Category III", "level iii é"), while "soooo" still shortens', () => {
    expect(normalizeText("What's Category III for?")).toBe('what is category iii for');
    expect(normalizeText('level iii é')).toBe('level iii é');
    expect(normalizeText('soooo goood')).toBe('soo good');
  });
});
