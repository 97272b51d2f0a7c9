// Many expressions' required strings (required-text.ts) looked for in one text at once. Looking for each of a
// thousand strings with `includes` cost more than running the expressions; here the text's short pieces (its
// 2-, 3- and 4-character substrings, hashed) are marked once, and only a string whose first characters are marked
// is looked for. A hash shared by two pieces only means one look too many, never a string missed.
import type { RequiredText } from './required-text.js';

const BITS = 16;
const MASK = (1 << BITS) - 1;
/** Pieces are at most this long (a string's first PIECE characters, or all of a shorter one). */
const PIECE = 4;

/** A piece's slot: the running hash of its characters, with its length, folded into the table's size. */
const spread = (h: number, n: number) => {
  const x = (h + Math.imul(n, 0x9e3779b1)) | 0;
  return (x ^ (x >>> BITS)) & MASK;
};

/** The slot of text's `n` characters from `at` (as mark() computes it). */
function hash(text: string, at: number, n: number): number {
  let h = 0;
  for (let k = 0; k < n; k++) h = (Math.imul(h, 31) + text.charCodeAt(at + k)) | 0;
  return spread(h, n);
}

/**
 * The slots of pieces that tile a string (from its start, every PIECE characters, and its last PIECE): a text holds
 * the string only if each of them is marked. (Strings of one list often share their start: "who do ", "who does ".)
 */
function tiles(s: string): number[] {
  if (s.length <= PIECE) return [hash(s, 0, s.length)];
  const out: number[] = [];
  for (let at = 0; at + PIECE <= s.length; at += PIECE) out.push(hash(s, at, PIECE));
  if (s.length % PIECE) out.push(hash(s, s.length - PIECE, PIECE));
  return out;
}

export class RequiredTextSet {
  /** By expression: its strings, and their tiles' slots (string i's from ends[i - 1] to ends[i]). */
  private readonly lists: ({ strings: readonly string[]; slots: Int32Array; ends: Int32Array; lowercase: boolean } | undefined)[];
  /** The pieces of the current text: a slot holds `gen` when its hash was seen in it. */
  private readonly seen = new Int32Array(1 << BITS);
  private gen = 0;
  private readonly anyLowercase: boolean;
  private readonly out: Uint8Array;

  /** One entry per expression: its required strings, or undefined for an expression any text may match. */
  constructor(required: readonly (RequiredText | undefined)[]) {
    this.lists = required.map((r) => {
      if (!r) return undefined;
      const each = r.strings.map(tiles);
      let end = 0;
      return { strings: r.strings, lowercase: r.lowercase, slots: Int32Array.from(each.flat()), ends: Int32Array.from(each, (t) => (end += t.length)) };
    });
    this.anyLowercase = required.some((r) => r?.lowercase);
    this.out = new Uint8Array(required.length);
  }

  /**
   * For each expression, whether the text may match it (0: it holds none of the strings the expression needs), in an
   * array this set reuses: read it before the next call.
   */
  mayMatch(text: string): Uint8Array {
    if (++this.gen >= 0x3fffffff) {
      this.gen = 1;
      this.seen.fill(0);
    }
    // Both spellings' pieces in one table: a piece marked by the other only means one look too many.
    this.mark(text);
    let lowered: string | undefined;
    if (this.anyLowercase) {
      lowered = text.toLowerCase();
      if (lowered !== text) this.mark(lowered);
    }
    const out = this.out;
    for (let e = 0; e < this.lists.length; e++) {
      const list = this.lists[e];
      if (!list) {
        out[e] = 1;
        continue;
      }
      const t = list.lowercase ? lowered! : text;
      const { strings, slots, ends } = list;
      let may = 0;
      for (let i = 0, k = 0; i < strings.length && !may; k = ends[i++]!) {
        while (k < ends[i]! && this.seen[slots[k]!] === this.gen) k++;
        if (k === ends[i] && t.includes(strings[i]!)) may = 1;
      }
      out[e] = may;
    }
    return out;
  }

  /** Marks the hash of every piece of t: at each place, of its next 1 to PIECE characters. */
  private mark(t: string): void {
    const { seen, gen } = this;
    for (let at = 0; at < t.length; at++) {
      let h = 0;
      for (let n = 1; n <= PIECE && at + n <= t.length; n++) {
        h = (Math.imul(h, 31) + t.charCodeAt(at + n - 1)) | 0;
        seen[spread(h, n)] = gen;
      }
    }
  }
}
