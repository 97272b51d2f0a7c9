// Many short names (the vectorizer's 34k feature names) as one string and where each starts: the compiled bundle
// stores them so, and a start makes one string instead of 34k (parsing them, and collecting the garbage they made,
// was a noticeable share of a one-question start). Only what the vectorizer asks of its names is offered.

export class PackedNames {
  /** `starts` has one entry more than there are names: the end of the last. */
  constructor(
    readonly text: string,
    readonly starts: Int32Array,
  ) {
    if (starts.length < 1 || starts[starts.length - 1] !== text.length) throw new Error('packed names do not fit their text');
  }

  static of(names: readonly string[]): PackedNames {
    const starts = new Int32Array(names.length + 1);
    for (let i = 0; i < names.length; i++) starts[i + 1] = starts[i]! + names[i]!.length;
    return new PackedNames(names.join(''), starts);
  }

  get length(): number {
    return this.starts.length - 1;
  }

  /** True when name i is exactly s (no string is made). */
  equals(i: number, s: string): boolean {
    const start = this.starts[i]!;
    return this.starts[i + 1]! - start === s.length && this.text.startsWith(s, start);
  }

  /** The char code of name i's first character (NaN for an empty name, as ''.charCodeAt(0) is). */
  firstCode(i: number): number {
    const start = this.starts[i]!;
    return this.starts[i + 1]! > start ? this.text.charCodeAt(start) : NaN;
  }

  toArray(): string[] {
    const out: string[] = new Array(this.length);
    for (let i = 0; i < out.length; i++) out[i] = this.text.slice(this.starts[i]!, this.starts[i + 1]!);
    return out;
  }
}

/** Feature names as the vectorizer keeps them: an array (trained here) or packed (from the compiled bundle). */
export type FeatureNames = readonly string[] | PackedNames;

export const nameAt = (names: FeatureNames, i: number, s: string): boolean => (names instanceof PackedNames ? names.equals(i, s) : names[i] === s);
export const firstCodeOf = (names: FeatureNames, i: number): number => (names instanceof PackedNames ? names.firstCode(i) : names[i]!.charCodeAt(0));
export const namesArray = (names: FeatureNames): string[] => (names instanceof PackedNames ? names.toArray() : (names as string[]));
