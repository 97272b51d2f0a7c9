// What `vectorizer.transform(extractFeatures(analysis))` computes, without naming every feature of every message
// again: a word's character n-grams are looked up once and kept as feature numbers, and a message's features are
// counted by number. The order of first occurrence, the counts and so every float are those of the named path
// (test/nlu/encoder.test.ts compares the two), so answers stay byte-identical; only the string building and the
// hashing of a few hundred n-gram strings per message go.
import type { Analysis } from './analyzer.js';
import type { FeatureOptions } from './features.js';
import type { SparseVector, TfidfVectorizer } from './vectorizer.js';

/** Words and unknown features remembered at most (then forgotten together: arbitrary input cannot grow memory). */
const MAX_WORDS = 50_000;
const MAX_UNKNOWN = 200_000;

export class FeatureEncoder {
  /** A word's character n-grams as keys, in extractFeatures' order: a feature number, or -(1 + u) for unknown u. */
  private readonly words = new Map<string, Int32Array>();
  /** "w stem" and "b prev stem" as keys, by stem: a stem's hash is computed once, a built name's on every message. */
  private readonly unigrams = new Map<string, number>();
  private readonly bigrams = new Map<string, Map<string, number>>();
  private readonly unknown = new Map<string, number>();
  private unknownCodes: number[] = [];
  // This message's keys in order of first occurrence with their counts; a key's slot is valid when stamped `gen`.
  private keys = new Int32Array(512);
  private counts = new Int32Array(512);
  private n = 0;
  private gen = 0;
  private readonly knownStamp: Int32Array;
  private readonly knownSlot: Int32Array;
  private unknownStamp = new Int32Array(1024);
  private unknownSlot = new Int32Array(1024);

  constructor(
    private readonly vectorizer: TfidfVectorizer,
    private readonly options: FeatureOptions,
  ) {
    this.knownStamp = new Int32Array(vectorizer.size);
    this.knownSlot = new Int32Array(vectorizer.size);
  }

  transform(a: Analysis): SparseVector {
    this.begin();
    const o = this.options;
    const { stems, tokens } = a;
    for (let i = 0; i < stems.length; i++) {
      if (o.wordUnigrams) this.add(this.unigram(stems[i]!));
      if (o.wordBigrams) this.add(this.bigram(i > 0 ? stems[i - 1]! : '^', stems[i]!));
      if (o.wordTrigrams && i > 0) this.add(this.key(`b ${i > 1 ? stems[i - 2] : '^'} ${stems[i - 1]} ${stems[i]}`));
    }
    if (o.tokenUnigrams) for (const t of tokens) this.add(this.key(`t ${t}`));
    if (o.charMax > 0) {
      if (o.charMode !== 'text') {
        for (const text of tokens) {
          const keys = this.wordKeys(text);
          for (let k = 0; k < keys.length; k++) this.add(keys[k]!);
        }
      }
      if (o.charMode !== 'word' && tokens.length) {
        const padded = ` ${tokens.join(' ')} `;
        for (let n = o.charMin; n <= o.charMax; n++) {
          for (let i = 0; i + n <= padded.length; i++) {
            const g = padded.slice(i, i + n);
            if (o.charMode === 'text') this.add(this.key(`c${g}`));
            else if (g.slice(1, -1).includes(' ')) this.add(this.key(`x${g}`));
          }
        }
      }
    }
    return this.vectorizer.transformCounted(this.keys, this.counts, this.n, this.unknownCodes);
  }

  private begin(): void {
    if (this.words.size > MAX_WORDS || this.unknown.size > MAX_UNKNOWN) {
      this.words.clear();
      this.unigrams.clear();
      this.bigrams.clear();
      this.unknown.clear();
      this.unknownCodes = [];
    }
    if (++this.gen >= 0x3fffffff) {
      this.gen = 1;
      this.knownStamp.fill(0);
      this.unknownStamp.fill(0);
    }
    this.n = 0;
  }

  private unigram(stem: string): number {
    let key = this.unigrams.get(stem);
    if (key === undefined) this.unigrams.set(stem, (key = this.key(`w ${stem}`)));
    return key;
  }

  private bigram(previous: string, stem: string): number {
    let after = this.bigrams.get(previous);
    if (!after) this.bigrams.set(previous, (after = new Map()));
    let key = after.get(stem);
    if (key === undefined) after.set(stem, (key = this.key(`b ${previous} ${stem}`)));
    return key;
  }

  private wordKeys(text: string): Int32Array {
    let keys = this.words.get(text);
    if (keys) return keys;
    const { charMin, charMax } = this.options;
    const padded = ` ${text} `;
    const out: number[] = [];
    for (let n = charMin; n <= charMax; n++) for (let i = 0; i + n <= padded.length; i++) out.push(this.key(`c${padded.slice(i, i + n)}`));
    keys = Int32Array.from(out);
    this.words.set(text, keys);
    return keys;
  }

  private key(feature: string): number {
    const id = this.vectorizer.numberOf(feature);
    if (id >= 0) return id;
    let u = this.unknown.get(feature);
    if (u === undefined) {
      u = this.unknownCodes.length;
      this.unknown.set(feature, u);
      this.unknownCodes.push(feature.charCodeAt(0));
    }
    return -1 - u;
  }

  private add(key: number): void {
    let stamp: Int32Array;
    let slot: Int32Array;
    let i: number;
    if (key >= 0) {
      stamp = this.knownStamp;
      slot = this.knownSlot;
      i = key;
    } else {
      i = -1 - key;
      if (i >= this.unknownStamp.length) this.growUnknown(i);
      stamp = this.unknownStamp;
      slot = this.unknownSlot;
    }
    if (stamp[i] === this.gen) {
      this.counts[slot[i]!]!++;
      return;
    }
    if (this.n === this.keys.length) this.growMessage();
    stamp[i] = this.gen;
    slot[i] = this.n;
    this.keys[this.n] = key;
    this.counts[this.n++] = 1;
  }

  private growUnknown(i: number): void {
    const size = Math.max(i + 1, this.unknownStamp.length * 2);
    const stamp = new Int32Array(size);
    const slot = new Int32Array(size);
    stamp.set(this.unknownStamp);
    slot.set(this.unknownSlot);
    this.unknownStamp = stamp;
    this.unknownSlot = slot;
  }

  private growMessage(): void {
    const keys = new Int32Array(this.keys.length * 2);
    const counts = new Int32Array(this.keys.length * 2);
    keys.set(this.keys);
    counts.set(this.counts);
    this.keys = keys;
    this.counts = counts;
  }
}
