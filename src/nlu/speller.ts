// Corrects misspelled words ("certifcation", "educaton") to words the knowledge base uses.
// Candidates within one edit come from a deletion index (the SymSpell idea), so a lookup costs
// a handful of map reads instead of a scan of the vocabulary; longer words may be two edits away.
import { damerauLevenshtein } from './natural.js';

function deletes(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

const MIN_LENGTH = 4;
const CACHE_LIMIT = 20_000;

function letterCounts(word: string): Int16Array {
  const counts = new Int16Array(27);
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i) - 97;
    counts[c >= 0 && c < 26 ? c : 26]!++;
  }
  return counts;
}

function countDistance(counts: Int16Array, other: string): number {
  const diff = Int16Array.from(counts);
  for (let i = 0; i < other.length; i++) {
    const c = other.charCodeAt(i) - 97;
    diff[c >= 0 && c < 26 ? c : 26]!--;
  }
  let total = 0;
  for (let i = 0; i < 27; i++) total += Math.abs(diff[i]!);
  return total;
}

export class Speller {
  private readonly counts = new Map<string, number>();
  private readonly byDeletion = new Map<string, string[]>();
  private readonly byLength = new Map<number, string[]>();
  private readonly cache = new Map<string, string>();

  /** @param words every word occurrence, or [word, count] pairs (as `vocabulary()` returns them) */
  constructor(words: Iterable<string> | Iterable<[string, number]>) {
    for (const w of words) {
      if (typeof w === 'string') this.counts.set(w, (this.counts.get(w) ?? 0) + 1);
      else this.counts.set(w[0], (this.counts.get(w[0]) ?? 0) + w[1]);
    }
    for (const w of this.counts.keys()) {
      if (w.length < MIN_LENGTH - 1 || /\d/.test(w)) continue;
      for (const d of deletes(w)) {
        const list = this.byDeletion.get(d);
        if (list) list.push(w);
        else this.byDeletion.set(d, [w]);
      }
      const bucket = this.byLength.get(w.length);
      if (bucket) bucket.push(w);
      else this.byLength.set(w.length, [w]);
    }
  }

  /** The words and how often training saw them: enough to rebuild this speller. */
  vocabulary(): [string, number][] {
    return [...this.counts];
  }

  correct(word: string): string {
    if (word.length < MIN_LENGTH || /\d/.test(word)) return word;
    // A word the examples use is never "corrected": "form" next to "from" is a different word, and
    // misspellings curators wrote into examples on purpose are learnt as they are.
    if (this.counts.has(word)) return word;
    const cached = this.cache.get(word);
    if (cached !== undefined) return cached;
    const best = this.closest(word);
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(word, best);
    return best;
  }

  private closest(word: string): string {
    const candidates = new Set<string>();
    const myDeletes = deletes(word);
    for (const w of this.byDeletion.get(word) ?? []) candidates.add(w); // a letter was left out
    for (const d of myDeletes) {
      if (this.counts.has(d)) candidates.add(d); // a letter too many
      for (const w of this.byDeletion.get(d) ?? []) candidates.add(w); // one letter wrong, or two swapped
    }
    let best = word;
    let bestDistance = Infinity;
    let bestCount = 0;
    const consider = (w: string) => {
      const d = damerauLevenshtein(word, w);
      const count = this.counts.get(w) ?? 0;
      if (d < bestDistance || (d === bestDistance && count > bestCount)) {
        best = w;
        bestDistance = d;
        bestCount = count;
      }
    };
    for (const w of candidates) consider(w);
    // Short words tolerate one mistake; below that, a "correction" is as likely to be a different word.
    const maxDistance = word.length >= 8 ? 2 : 1;
    if (bestDistance <= 1 || maxDistance === 1) return bestDistance <= maxDistance ? best : word;
    // Long words can bear two mistakes ("certfcation"); scan words of similar length sharing the first letter.
    // A letter-count comparison rejects most of them before the (allocating) edit distance runs: each edit
    // changes at most two letter counts, so counts that differ by more than 4 mean more than two edits.
    const mine = letterCounts(word);
    for (let len = word.length - 2; len <= word.length + 2; len++) {
      for (const w of this.byLength.get(len) ?? []) if (w[0] === word[0] && countDistance(mine, w) <= 4) consider(w);
    }
    return bestDistance <= maxDistance ? best : word;
  }
}
