// The phrase lists' matcher without regular expressions: a trie of the phrases' characters, walked from each place in
// the text where a phrase may start. It finds exactly what PhraseList's expression finds (see phrase-list.ts for the
// rules), but needs no compiling: building and first running the lists' large case-insensitive Unicode expressions
// was a tenth of a one-question start, and each later message ran a dozen of them over the same text.
//
// It takes only what it can match exactly as the expression does, and says so (PhraseTrie.of gives undefined, fits()
// false); the expression stays for the rest:
// - phrases made of ASCII characters whose words (split on spaces and hyphens) are all non-empty;
// - texts without the two characters that case-insensitive Unicode matching folds onto ASCII letters (U+017F long s,
//   U+212A Kelvin sign). Every other character outside ASCII can only stand beside a match, never inside one.

export interface TrieHit {
  start: number;
  end: number;
}

interface TrieNode {
  next: Map<number, TrieNode>;
  /** After a word of a phrase: the spaces and hyphens (any number, even none) before its next word. */
  sep?: TrieNode;
  /** A phrase ends here: the first of them in the expression's order (longest first), and whether it takes a plural. */
  priority?: number;
  plural?: boolean;
}

const HYPHEN = 0x2d;
// JavaScript's \s: what may join two words of a phrase, with the hyphen.
const SPACES = new Set([0x9, 0xa, 0xb, 0xc, 0xd, 0x20, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]);
const isSeparator = (c: number) => c === HYPHEN || SPACES.has(c);

const WORD_CHARACTER = /^[\p{L}\p{N}]$/u;
/** \p{L} or \p{N}, the expression's word edge. */
function isWordCharacter(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);
  return WORD_CHARACTER.test(String.fromCodePoint(cp));
}

/** The code point that ends just before i (a surrogate pair read as one, as a Unicode lookbehind does). */
function codePointBefore(text: string, i: number): number {
  const low = text.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return low;
}

const edgeBefore = (text: string, i: number) => i === 0 || !isWordCharacter(codePointBefore(text, i));
const edgeAfter = (text: string, j: number) => j >= text.length || !isWordCharacter(text.codePointAt(j)!);

const UNFOLDABLE = /[\u017f\u212a]/;

/** 1 for the ASCII letters and digits (the word characters of isWordCharacter below 0x80). */
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD[c] = isWordCharacter(c) ? 1 : 0;

/**
 * Where a match may start in a text: an ASCII character (every phrase starts with one) with a word edge before it. The
 * same text is read by a dozen or more lists in a row (some 17 scans of 1.3 texts an answer), so the places of the last
 * text are kept and each list only tries those (about one a word), not every character. `placesIn` returns the array,
 * filled up to `placesCount`; nothing else writes it between the call and the end of the find that made it.
 */
let placesText: string | undefined;
let places = new Int32Array(256);
let placesCount = 0;
/** Whether the trie can read the text of the places (PhraseTrie.fits). */
let placesFit = true;

function placesIn(text: string): Int32Array {
  if (text === placesText) return places;
  if (places.length < text.length) places = new Int32Array(text.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) continue;
    if (i === 0) places[n++] = 0;
    else {
      const b = text.charCodeAt(i - 1);
      if (b < 128 ? !ASCII_WORD[b] : edgeBefore(text, i)) places[n++] = i;
    }
  }
  placesText = text;
  placesCount = n;
  placesFit = !UNFOLDABLE.test(text);
  return places;
}

export class PhraseTrie {
  private readonly root: TrieNode = { next: new Map() };
  /**
   * The root's children by character code, both cases of a letter under ignoreCase: every phrase starts with an ASCII
   * character, so a place in the text is tried only when this holds a node for its character. The scan over every
   * character of the text (some 1,800 characters an answer over all lists) is an array read instead of a Map lookup.
   */
  private readonly starts: (TrieNode | undefined)[] = new Array<TrieNode | undefined>(128).fill(undefined);

  /**
   * The trie of phrases already in the expression's order (longest first), or undefined when one of them is beyond it.
   * `ignoreCase`: the list of lowercase phrases (any case matches, a phrase ending in a letter takes "s" or "es").
   */
  static of(phrases: readonly string[], ignoreCase: boolean): PhraseTrie | undefined {
    const trie = new PhraseTrie(ignoreCase);
    for (let priority = 0; priority < phrases.length; priority++) {
      const phrase = phrases[priority]!.trim();
      // eslint-disable-next-line no-control-regex
      if (/[^\x00-\x7f]/.test(phrase)) return undefined;
      const words = phrase.split(/[\s-]+/);
      if (words.some((w) => w === '')) return undefined;
      trie.add(words, priority, ignoreCase && /[A-Za-z]$/.test(phrase));
    }
    for (let c = 0; c < 128; c++) trie.starts[c] = trie.root.next.get(trie.fold(c));
    return trie;
  }

  private constructor(private readonly ignoreCase: boolean) {}

  /** False for a text that only the expression reads right (every list asks it of the same text: kept with the places). */
  static fits(text: string): boolean {
    placesIn(text);
    return placesFit;
  }

  private add(words: string[], priority: number, plural: boolean): void {
    let node = this.root;
    words.forEach((word, w) => {
      if (w > 0) node = node.sep ??= { next: new Map() };
      for (let k = 0; k < word.length; k++) {
        const c = word.charCodeAt(k);
        let child = node.next.get(c);
        if (!child) node.next.set(c, (child = { next: new Map() }));
        node = child;
      }
    });
    // The same words twice (say "icd 10" and "icd-10"): one expression, and the first in order is the one found.
    if (node.priority === undefined) {
      node.priority = priority;
      node.plural = plural;
    }
  }

  private fold(c: number): number {
    return this.ignoreCase && c >= 0x41 && c <= 0x5a ? c + 0x20 : c;
  }

  /** Every match, left to right, none overlapping: what the expression's matchAll gives. Stops after the first when `first`. */
  find(text: string, first = false): TrieHit[] {
    const hits: TrieHit[] = [];
    const starts = this.starts;
    const places = placesIn(text);
    const count = placesCount;
    let from = 0;
    for (let k = 0; k < count; k++) {
      const i = places[k]!;
      if (i < from) continue;
      const start = starts[text.charCodeAt(i)];
      if (start === undefined) continue;
      const end = this.matchEnd(text, start, i + 1);
      if (end < 0) continue;
      hits.push({ start: i, end });
      if (first) break;
      from = end;
    }
    return hits;
  }

  // The walk's best so far (fields, not a closure: the walk runs at every place a phrase may start).
  private best = Infinity;
  private bestEnd = -1;

  /**
   * Where the match that starts before j ends (-1: none): of the phrases that match there, the first in order wins,
   * as the expression's alternatives are tried in order; a plural tries "es", then "s", then nothing.
   */
  private matchEnd(text: string, node: TrieNode, j: number): number {
    this.best = Infinity;
    this.bestEnd = -1;
    this.walk(text, node, j);
    return this.bestEnd;
  }

  private walk(text: string, n: TrieNode, at: number): void {
    if (n.priority !== undefined && n.priority < this.best) {
      const end = this.ending(text, n, at);
      if (end >= 0) {
        this.best = n.priority;
        this.bestEnd = end;
      }
    }
    if (at < text.length) {
      const child = n.next.get(this.fold(text.charCodeAt(at)));
      if (child) this.walk(text, child, at + 1);
    }
    if (n.sep) {
      let k = at;
      while (k < text.length && isSeparator(text.charCodeAt(k))) k++;
      this.walk(text, n.sep, k);
    }
  }

  private ending(text: string, n: TrieNode, at: number): number {
    if (n.plural) {
      const c1 = this.fold(text.charCodeAt(at));
      const c2 = this.fold(text.charCodeAt(at + 1));
      if (c1 === 0x65 && c2 === 0x73 && edgeAfter(text, at + 2)) return at + 2;
      if (c1 === 0x73 && edgeAfter(text, at + 1)) return at + 1;
    }
    return edgeAfter(text, at) ? at : -1;
  }
}
