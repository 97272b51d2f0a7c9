// Finds listed phrases in raw text as whole words. Lowercase phrases match any case; a phrase written with
// capitals matches only that spelling, so "HIT" (the field) is found while "hit" (the verb) is not.

import { PhraseTrie } from './phrase-trie.js';

/** The text, matched literally inside a regular expression. */
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Words inside a phrase may be joined by spaces, hyphens or nothing at all ("icd-10", "icd 10", "icd10"). A phrase
// in lowercase ending in a letter also matches its plural ("emt" finds "EMTs", "paralegal" finds "paralegals"), so
// curators list each thing once; one written with capitals matches only as written ("HIT" never finds "HITS").
const pattern = (phrase: string, plural: boolean) => {
  const body = phrase.trim().split(/[\s-]+/).map(escapeRegExp).join('[\\s-]*');
  return plural && /\p{L}$/u.test(phrase.trim()) ? `${body}(?:e?s)?` : body;
};
const EDGE_BEFORE = '(?<![\\p{L}\\p{N}])';
const EDGE_AFTER = '(?![\\p{L}\\p{N}])';

// A character in a class, written so that no character can mean anything but itself there.
const classChar = (c: string) => (/[\p{L}\p{N}]/u.test(c) ? c : `\\u{${c.codePointAt(0)!.toString(16)}}`);

/**
 * Every match starts with the first character of some phrase (under the same case rules), so a lookahead for those
 * characters changes nothing that is found; it only spares the costlier edge test (a Unicode lookbehind) at every
 * other position, which was most of the time spent on each list. None when a phrase may start with a separator.
 */
function firstCharacters(phrases: string[]): string {
  const first = new Set<string>();
  for (const p of phrases) {
    const c = String.fromCodePoint(p.trim().codePointAt(0) ?? 0x2d);
    if (/[\s-]/u.test(c)) return '';
    first.add(classChar(c));
  }
  return `(?=[${[...first].join('')}])`;
}

// Longest first, so "court records clerk" wins over "records".
const inOrder = (phrases: readonly string[]) => [...phrases].sort((a, b) => b.length - a.length);

/** The expression of one half of a list (exported for the tests that hold the trie to it). */
export function phraseExpression(phrases: string[], flags: string): RegExp | undefined {
  if (!phrases.length) return undefined;
  const plural = flags.includes('i');
  const body = inOrder(phrases).map((p) => pattern(p, plural)).join('|');
  return new RegExp(`${firstCharacters(phrases)}${EDGE_BEFORE}(?:${body})${EDGE_AFTER}`, `${flags}gu`);
}

/** One half of a list (its lowercase phrases, or those with capitals): the trie when it can, else the expression. */
class Half {
  private re: RegExp | undefined | null = null;
  private readonly trie: PhraseTrie | undefined;

  constructor(
    private readonly phrases: string[],
    private readonly flags: string,
  ) {
    this.trie = phrases.length ? PhraseTrie.of(inOrder(phrases), flags === 'i') : undefined;
  }

  /** The expression, built on first use: only a list the trie cannot take, or a text it cannot read, needs it. */
  private get expression(): RegExp | undefined {
    if (this.re === null) this.re = phraseExpression(this.phrases, this.flags);
    return this.re;
  }

  find(text: string, first: boolean): { start: number; end: number }[] {
    if (!this.phrases.length) return [];
    if (this.trie && PhraseTrie.fits(text)) return this.trie.find(text, first);
    const re = this.expression!;
    re.lastIndex = 0;
    const hits: { start: number; end: number }[] = [];
    for (const m of text.matchAll(re)) {
      hits.push({ start: m.index, end: m.index + m[0].length });
      if (first) break;
    }
    re.lastIndex = 0;
    return hits;
  }
}

export interface PhraseHit {
  phrase: string;
  start: number;
  end: number;
}

export class PhraseList {
  private phrases: readonly string[] | undefined;
  private built: Half[] | undefined;

  /**
   * The matchers are built on first use: many lists (a rule's exceptions, the lists only consulted after another
   * matched) are never consulted by most questions.
   */
  constructor(phrases: readonly string[]) {
    this.phrases = phrases;
  }

  private get halves(): Half[] {
    if (!this.built) {
      const phrases = this.phrases!;
      this.built = [new Half(phrases.filter((p) => p === p.toLowerCase()), 'i'), new Half(phrases.filter((p) => p !== p.toLowerCase()), '')];
      this.phrases = undefined;
    }
    return this.built;
  }

  /** Every listed phrase in the text, as written there, with where it stands. */
  find(text: string): PhraseHit[] {
    const hits: PhraseHit[] = [];
    for (const half of this.halves) for (const h of half.find(text, false)) hits.push({ phrase: text.slice(h.start, h.end).toLowerCase(), start: h.start, end: h.end });
    return hits;
  }

  /** True when find(text) would find anything: stops at the first match instead of collecting them all. */
  has(text: string): boolean {
    return this.halves.some((half) => half.find(text, true).length > 0);
  }
}

/** The text with the given spans blanked out (so a phrase counted once is not counted again). */
export function blankOut(text: string, hits: readonly PhraseHit[]): string {
  let out = text;
  for (const h of hits) out = out.slice(0, h.start) + ' '.repeat(h.end - h.start) + out.slice(h.end);
  return out;
}
