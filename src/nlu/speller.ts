// Corrects misspelled words ("certifcation", "educaton") to words the knowledge base uses.
// Candidates within one edit come from a deletion index (the SymSpell idea), so a lookup costs
// a handful of map reads instead of a scan of the vocabulary; longer words may be two edits away.
/**
 * Bounds per message (see correctMessage): the two-edit scan is the expensive step, so a message gets at most this
 * many of them; past the budget a word is corrected only within one edit (a few map reads). A crafted message of
 * long near-words at MAX_INPUT_CHARS then costs about as much as an ordinary one.
 */
const TWO_EDIT_SCANS_PER_MESSAGE = 6;
/** Unknown words looked up per message; the rest of a message of hundreds of unknown words is read as written. */
const LOOKUPS_PER_MESSAGE = 48;
/** Longer "words" are not words: no correction (a pasted hash, a URL fragment). */
const MAX_WORD_LENGTH = 30;

function deletes(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

const MIN_LENGTH = 4;
/** Shorter real words are too often one slip from the word meant ("form"/"from"): only longer ones are kept. */
const KEEP_MIN_LENGTH = 5;
const CACHE_LIMIT = 20_000;

function letterCounts(word: string): Int16Array {
  const counts = new Int16Array(27);
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i) - 97;
    counts[c >= 0 && c < 26 ? c : 26]!++;
  }
  return counts;
}

/** How far apart two words' letter counts are, stopping as soon as it passes limit (no allocation). */
function countDistance(a: Int16Array, b: Int16Array, limit: number): number {
  let total = 0;
  for (let i = 0; i < 27; i++) {
    total += Math.abs(a[i]! - b[i]!);
    if (total > limit) return total;
  }
  return total;
}

// Rows of the bounded edit distance, reused across calls (the distance is computed on one thread at a time).
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);
let rowC = new Int32Array(64);

/**
 * The optimal-string-alignment distance (Levenshtein plus swaps of adjacent letters) when it is at most max, else
 * max + 1: a band of 2 * max + 1 cells per row, an early exit when a whole row exceeds max, and no allocation.
 * (natural's DamerauLevenshteinDistance, used before, allocated a matrix of objects per call and sometimes
 * reported less than the true distance: "rannccstsn" -> "ranncccsisn" as 1.)
 */
export function boundedDistance(a: string, b: string, max: number): number {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > max) return max + 1;
  if (m + 1 > rowA.length) {
    rowA = new Int32Array(m + 1);
    rowB = new Int32Array(m + 1);
    rowC = new Int32Array(m + 1);
  }
  let prev2 = rowA; // row i-2
  let prev = rowB; // row i-1
  let cur = rowC;
  const big = max + 1;
  for (let j = 0; j <= m; j++) prev[j] = j <= max ? j : big;
  for (let i = 1; i <= n; i++) {
    const lo = Math.max(1, i - max);
    const hi = Math.min(m, i + max);
    cur[0] = i <= max ? i : big;
    if (lo > 1) cur[lo - 1] = big;
    let rowMin = cur[0]!;
    const ca = a.charCodeAt(i - 1);
    for (let j = lo; j <= hi; j++) {
      const cb = b.charCodeAt(j - 1);
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (ca === cb ? 0 : 1));
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) d = Math.min(d, prev2[j - 2]! + 1);
      cur[j] = d > big ? big : d;
      if (d < rowMin) rowMin = d;
    }
    if (hi < m) cur[hi + 1] = big;
    if (rowMin > max) return big;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return Math.min(prev[m]!, big);
}

/**
 * The speller's tables as plain data, for the compiled knowledge bundle (src/bundle/): rebuilding the deletion index
 * word by word is the slowest part of a start; reading it back is one JSON.parse. Lists hold indices into `words`,
 * in the order the constructor built them, so a restored speller breaks ties exactly as a fresh one does.
 */
export interface SpellerIndex {
  words: string[];
  counts: number[];
  deletions: [string, number[]][];
  starts: [string, number[]][];
  /** The corrections already worked out (a word's correction is remembered after the first look-up, see correct()). */
  cache: [string, string][];
}

export class Speller {
  private readonly counts = new Map<string, number>();
  private readonly byDeletion = new Map<string, string[]>();
  /** Words by first letter and length, with their letter counts: the two-edit scan reads one bucket per length. */
  private readonly byStart = new Map<string, { word: string; counts: Int16Array }[]>();
  private readonly cache = new Map<string, string>();
  /** A restored speller's tables, turned into byDeletion and byStart the first time a word needs looking up. */
  private pending: SpellerIndex | undefined;

  /** @param words every word occurrence, or [word, count] pairs (as `vocabulary()` returns them) */
  /**
   * @param keepWord Words that are right as written though the examples never use them ("resident", "falling"):
   *   correcting them toward the examples' vocabulary ("president", "failing") would change what was asked.
   */
  constructor(
    words: Iterable<string> | Iterable<[string, number]>,
    private readonly keepWord: (word: string) => boolean = () => false,
  ) {
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
      const key = `${w[0]}${w.length}`;
      const bucket = this.byStart.get(key);
      const entry = { word: w, counts: letterCounts(w) };
      if (bucket) bucket.push(entry);
      else this.byStart.set(key, [entry]);
    }
  }

  /** The tables, as plain data (see SpellerIndex). */
  index(): SpellerIndex {
    this.tables();
    const words = [...this.counts.keys()];
    const position = new Map(words.map((w, i) => [w, i]));
    return {
      words,
      counts: [...this.counts.values()],
      deletions: [...this.byDeletion].map(([d, list]) => [d, list.map((w) => position.get(w)!)]),
      starts: [...this.byStart].map(([k, bucket]) => [k, bucket.map((e) => position.get(e.word)!)]),
      cache: [...this.cache],
    };
  }

  /**
   * A speller with exactly the tables of the one `index()` was taken from, without building them again. Its remembered
   * corrections come back with `remember` (after warmUp, which empties them): a remembered word costs no look-up from
   * a message's budget, so a restored speller must remember the same words to correct exactly as the original does.
   */
  static fromIndex(index: SpellerIndex, keepWord?: (word: string) => boolean): Speller {
    const speller = new Speller([], keepWord);
    const { words } = index;
    for (let i = 0; i < words.length; i++) speller.counts.set(words[i]!, index.counts[i]!);
    // Most messages use only words the examples use (or remembered ones): the look-up tables wait for a word that needs them.
    speller.pending = index;
    return speller;
  }

  /** Builds a restored speller's look-up tables from its index, once (see fromIndex). */
  private tables(): void {
    const index = this.pending;
    if (!index) return;
    this.pending = undefined;
    const { words } = index;
    for (const [d, list] of index.deletions) this.byDeletion.set(d, list.map((i) => words[i]!));
    for (const [k, list] of index.starts) this.byStart.set(k, list.map((i) => ({ word: words[i]!, counts: letterCounts(words[i]!) })));
  }

  /** Puts back corrections saved by `index()`. */
  remember(cache: readonly [string, string][]): this {
    for (const [word, best] of cache) this.cache.set(word, best);
    return this;
  }

  /**
   * Runs the correction once on made-up words, so the first real message does not pay for compiling it (a cold
   * speller took most of the first message's time). Costs a few milliseconds at start-up; nothing is cached.
   */
  warmUp(): this {
    // The warm-up's made-up typos are not words: asking keepWord would only load its dictionary early.
    this.warming = true;
    const words = [...this.counts.keys()].filter((w) => w.length >= 8 && /^[a-z]+$/.test(w)).slice(0, 12);
    for (let round = 0; round < 3; round++) {
      const typos = words.map((w) => `${w.slice(0, 2)}${'qxz'[round]}${w.slice(3, -2)}${'jkv'[round]}${w.slice(-1)}`);
      const saved = this.cache.size;
      this.correctMessage([...typos, ...words.map((w) => w.slice(1))]);
      if (this.cache.size !== saved) this.cache.clear();
    }
    this.warming = false;
    return this;
  }

  /** The words and how often training saw them: enough to rebuild this speller. */
  vocabulary(): [string, number][] {
    return [...this.counts];
  }

  private warming = false;

  /** Two-edit scans and look-ups left for the message being corrected (correctMessage sets them; correct alone is unbounded). */
  private scansLeft = Infinity;
  private lookupsLeft = Infinity;
  /** The work the last (or current) correctMessage did: words looked up, two-edit scans run (tests check the bound). */
  readonly lastWork = { lookups: 0, scans: 0 };

  /** Corrects a message's words within the per-message budget (LOOKUPS_PER_MESSAGE, TWO_EDIT_SCANS_PER_MESSAGE). */
  correctMessage(words: string[]): string[] {
    this.scansLeft = TWO_EDIT_SCANS_PER_MESSAGE;
    this.lookupsLeft = LOOKUPS_PER_MESSAGE;
    this.lastWork.lookups = 0;
    this.lastWork.scans = 0;
    try {
      return words.map((w) => this.correct(w));
    } finally {
      this.scansLeft = Infinity;
      this.lookupsLeft = Infinity;
    }
  }

  correct(word: string): string {
    // A word the examples use is never "corrected": "form" next to "from" is a different word, and
    // misspellings curators wrote into examples on purpose are learnt as they are. (Asked first: most words are.)
    if (this.counts.has(word)) return word;
    if (word.length < MIN_LENGTH || word.length > MAX_WORD_LENGTH || /\d/.test(word)) return word;
    if (!this.warming && word.length >= KEEP_MIN_LENGTH && this.keepWord(word)) return word;
    // "COCs", "CRCs": the plural of a word the examples use is that word, never a nearer-looking one ("ccs").
    if (word.endsWith('s') && this.counts.has(word.slice(0, -1))) return word.slice(0, -1);
    const cached = this.cache.get(word);
    if (cached !== undefined) return cached;
    if (this.lookupsLeft <= 0) return word;
    this.lookupsLeft--;
    this.lastWork.lookups++;
    const { best, complete } = this.closest(word);
    // An answer cut short by the budget is not remembered: the same word in an ordinary message gets the full search.
    if (complete) {
      if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
      this.cache.set(word, best);
    }
    return best;
  }

  private closest(word: string): { best: string; complete: boolean } {
    this.tables();
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
      const d = boundedDistance(word, w, 2);
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
    if (bestDistance <= 1 || maxDistance === 1) return { best: bestDistance <= maxDistance ? best : word, complete: true };
    if (this.scansLeft <= 0) return { best: word, complete: false };
    this.scansLeft--;
    this.lastWork.scans++;
    // Long words can bear two mistakes ("certfcation"); scan words of similar length sharing the first letter.
    // A letter-count comparison rejects most of them before the edit distance runs: each edit changes at most two
    // letter counts, so counts that differ by more than 4 mean more than two edits.
    const mine = letterCounts(word);
    for (let len = word.length - 2; len <= word.length + 2; len++) {
      for (const e of this.byStart.get(`${word[0]}${len}`) ?? []) if (countDistance(mine, e.counts, 4) <= 4) consider(e.word);
    }
    return { best: bestDistance <= maxDistance ? best : word, complete: true };
  }
}
