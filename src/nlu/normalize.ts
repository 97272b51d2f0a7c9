// Turns whatever people type into plain lowercase words: the first step of understanding a question.
import { requiredText, type RequiredText } from '../util/required-text.js';

export const CONTRACTIONS: ReadonlyArray<[RegExp, string]> = [
  [/\bcan'?t\b/g, 'can not'],
  [/\bwon'?t\b/g, 'will not'],
  [/\bain'?t\b/g, 'is not'],
  [/\b(do|does|did|is|are|was|were|should|would|could|have|has|had|must|need)n'?t\b/g, '$1 not'],
  [/\b(what|where|who|how|when|why|it|that|there|here|he|she)'s\b/g, '$1 is'],
  [/\b(what|where|who|how|when|why|that|there)s\b/g, '$1 is'],
  [/\blet's\b/g, 'let us'],
  [/\bi'?m\b/g, 'i am'],
  [/\b(you|we|they|what|who)'re\b/g, '$1 are'],
  [/\b(i|you|we|they|would|should|could|might|must)'ve\b/g, '$1 have'],
  [/\b(i|you|we|they|he|she|it|that)'ll\b/g, '$1 will'],
  [/\b(i|you|we|they|he|she)'d\b/g, '$1 would'],
  [/\bi'?ve\b/g, 'i have'],
  [/\bu\b/g, 'you'],
  [/\bur\b/g, 'your'],
  [/\br\b/g, 'are'],
  [/\bpls\b|\bplz\b/g, 'please'],
  [/\bthx\b|\bthnx\b|\bty\b/g, 'thanks'],
];

/** The patterns with an apostrophe that is not optional ("'s", "'re"; not "can'?t"). */
const NEEDS_APOSTROPHE = CONTRACTIONS.map(([pattern]) => /'(?!\?)/.test(pattern.source));

/** Mentions, channel links and URLs carry no meaning for the question; drop them before anything else. */
const PLATFORM_MARKUP = /<[@#!][^>\s]{0,80}>|@(?:everyone|here|channel)\b|\bhttps?:\/\/\S+|\bwww\.\S+/giu;
const EMOJI = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\u{1F1E6}-\u{1F1FF}\u200d\ufe0e\ufe0f\u20e3]/gu;
// Control characters, zero-width and bidi characters, lone surrogates: all become spaces.
const CONTROL = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}]/gu;

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/**
 * False when PLATFORM_MARKUP cannot match an ASCII text: each of its forms holds "<", "@", "://" or "www." (in any
 * case; in ASCII only W and w fold to w). Most messages hold none, and these look-ups are cheaper than the expression
 * (cleanText runs two or three times an answer).
 */
const WWW = /www\./i;
const mayHoldMarkup = (ascii: string) => ascii.includes('<') || ascii.includes('@') || ascii.includes('://') || WWW.test(ascii);

/**
 * `/\s+/g` to one space changes nothing in a text whose only white space is single plain spaces (most messages): that
 * is tested with one scan, and no new string is built for it.
 */
const SPACES_TO_FOLD = /[^\S ]| {2}/;
const foldSpaces = (s: string): string => (SPACES_TO_FOLD.test(s) ? s.replace(/\s+/g, ' ') : s);
/** The same for the runs of anything but a-z, 0-9 and "&" made one space (normalizeText, lowercased ASCII). */
const NOT_WORD_ASCII_TO_FOLD = /[^a-z0-9& ]| {2}/;

/** Unicode clean-up that keeps the original case (case-sensitive synonyms such as "HIM" need it). */
export function cleanText(input: unknown): string {
  const text = typeof input === 'string' ? input : input == null ? '' : String(input);
  // Printable ASCII (most messages): NFKC leaves it as it is and it holds no emoji, control or curly-quote character,
  // so only the steps that can change it run; the result is the same.
  if (PRINTABLE_ASCII.test(text)) return foldSpaces((mayHoldMarkup(text) ? text.replace(PLATFORM_MARKUP, ' ') : text).replace(/\u0060/g, "'")).trim();
  return text
    .normalize('NFKC')
    .replace(PLATFORM_MARKUP, ' ')
    .replace(EMOJI, ' ')
    .replace(CONTROL, ' ')
    .replace(/[\u2018\u2019\u02bc\u0060\u00b4]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Every contraction pattern in one (all of them, or those that need no apostrophe): when it finds nothing in a text,
 * none of the patterns would replace anything, so the text stays as it is and the eighteen passes are skipped.
 */
const anyOf = (patterns: RegExp[]) => new RegExp(patterns.map((p) => `(?:${p.source})`).join('|'));
const ANY_CONTRACTION = anyOf(CONTRACTIONS.map(([p]) => p));
const ANY_BARE_CONTRACTION = anyOf(CONTRACTIONS.filter((_, i) => !NEEDS_APOSTROPHE[i]).map(([p]) => p));

const ASCII = /^[\x00-\x7f]*$/;

/** Whether some character comes three times in a row: the "soooo" rule can only change a text that has one. */
function hasTriple(s: string): boolean {
  for (let i = 2; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === s.charCodeAt(i - 1) && c === s.charCodeAt(i - 2)) return true;
  }
  return false;
}

// Each contraction's required strings (util/required-text.ts: its pattern read without the g flag, which changes
// nothing of what it matches), worked out once a process has normalised this many texts (a one-off ask never does).
const NEEDS_AFTER_TEXTS = 100;
let textsNormalised = 0;
let needs: (RequiredText | undefined)[] | undefined;
function contractionNeeds(): (RequiredText | undefined)[] | undefined {
  if (!needs && ++textsNormalised > NEEDS_AFTER_TEXTS) needs = CONTRACTIONS.map(([pattern]) => requiredText(new RegExp(pattern.source)));
  return needs;
}

/** Lowercase words and numbers separated by single spaces; "&" survives inside a word (a&p). */
export function normalizeText(cleaned: string): string {
  let s = cleaned.toLowerCase();
  // "degree-wise", "money-wise": the suffix only says "as for" (left alone, the speller turns "wise" into "wife").
  if (s.includes('-wise')) s = s.replace(/([a-z])-wise\b/g, '$1');
  // Without an apostrophe in the text the patterns that need one cannot match (no replacement writes one): skipped.
  const apostrophe = s.includes("'");
  if ((apostrophe ? ANY_CONTRACTION : ANY_BARE_CONTRACTION).test(s)) {
    const needs = contractionNeeds();
    for (let i = 0; i < CONTRACTIONS.length; i++) {
      // A pattern none of whose required strings is in the text cannot replace anything there: it is not run.
      if ((apostrophe || !NEEDS_APOSTROPHE[i]) && (needs?.[i]?.mayMatch(s) ?? true)) s = s.replace(CONTRACTIONS[i]![0], CONTRACTIONS[i]![1]);
    }
  }
  // Lowercased ASCII has no letter but a-z and no number but 0-9: the same steps without Unicode classes, and the
  // ampersand steps only when there is an ampersand (they change nothing otherwise).
  const amp = s.includes('&');
  if (ASCII.test(s)) {
    // Not the Roman numeral III ("Category III", "Level III"), which would read as II.
    if (hasTriple(s)) s = s.replace(/(?!iii(?![a-z]))([a-z])\1{2,}/g, '$1$1');
    if (amp) s = s.replace(/([a-z])\s*&\s*([a-z])\b/g, '$1&$2');
    if (NOT_WORD_ASCII_TO_FOLD.test(s)) s = s.replace(/[^a-z0-9&]+/g, ' ');
  } else {
    s = s
      .replace(/(?!iii(?!\p{L}))(\p{L})\1{2,}/gu, '$1$1') // "soooo" -> "soo"; the speller finishes the job
      .replace(/(\p{L})\s*&\s*(\p{L})\b/gu, '$1&$2') // "a & p" -> "a&p"
      .replace(/[^\p{L}\p{N}&]+/gu, ' ');
  }
  if (amp) s = s.replace(/(^|\s)&+|&+(\s|$)/g, ' ');
  return foldSpaces(s).trim();
}
