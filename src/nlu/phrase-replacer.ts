// Replaces words and phrases by their canonical form (vocabulary.yml synonyms), matching whole tokens only.

interface PhraseRule {
  from: string[];
  to: string[];
  caseSensitive: boolean;
}

export class PhraseReplacer {
  private readonly byFirst = new Map<string, PhraseRule[]>();
  /** For each case-sensitive rule, its words that have capitals ("HIM"): each must stand in a text the rule matches. */
  private readonly capitalWords: string[][] = [];

  constructor(synonyms: Record<string, string>, tokenize: (s: string) => string[]) {
    for (const [from, to] of Object.entries(synonyms)) {
      const caseSensitive = from !== from.toLowerCase();
      const fromTokens = tokenize(caseSensitive ? from : from.toLowerCase());
      const toTokens = tokenize(to.toLowerCase());
      if (!fromTokens.length) continue;
      if (caseSensitive) this.capitalWords.push(fromTokens.filter((t) => t !== t.toLowerCase()));
      const key = fromTokens[0]!;
      const list = this.byFirst.get(key) ?? [];
      list.push({ from: fromTokens, to: toTokens, caseSensitive });
      // Longest phrase first, so "icd10 cm" wins over "icd10".
      list.sort((a, b) => b.from.length - a.from.length);
      this.byFirst.set(key, list);
    }
  }

  /**
   * False when no case-sensitive rule can match the text's words as typed: some word of each, with its capitals, is not
   * in the text at all (a word is a piece of the text). Then the words as typed change nothing in replace(): a rule
   * without capitals reads the lowercase words, and one with capitals matches no lowercase word.
   */
  readsCase(text: string): boolean {
    return this.capitalWords.some((words) => words.every((w) => text.includes(w)));
  }

  /**
   * @param original tokens with their original case (for case-sensitive rules)
   * @param lower the same tokens lowercased
   */
  replace(original: string[], lower: string[]): string[] {
    if (!this.byFirst.size) return lower;
    // Rules can chain ("icd 10 cm" -> "icd10 cm" -> "icd10cm"): repeat until nothing changes.
    let out = this.pass(original, lower);
    for (let i = 0; i < 3; i++) {
      const next = this.pass(out, out);
      if (next.length === out.length && next.every((t, k) => t === out[k])) break;
      out = next;
    }
    return out;
  }

  private pass(original: string[], lower: string[]): string[] {
    const out: string[] = [];
    let i = 0;
    while (i < lower.length) {
      const asLower = this.byFirst.get(lower[i]!);
      const asTyped = original[i] !== lower[i] ? this.byFirst.get(original[i]!) : undefined;
      // Most words start no phrase: no list is made for them.
      if (!asLower && !asTyped) {
        out.push(lower[i]!);
        i += 1;
        continue;
      }
      const rules = [...(asLower ?? []), ...(asTyped ?? [])];
      let matched: PhraseRule | undefined;
      for (const rule of rules) {
        const source = rule.caseSensitive ? original : lower;
        if (rule.from.every((t, k) => source[i + k] === t)) {
          if (!matched || rule.from.length > matched.from.length) matched = rule;
        }
      }
      if (matched) {
        out.push(...matched.to);
        i += matched.from.length;
      } else {
        out.push(lower[i]!);
        i += 1;
      }
    }
    return out;
  }
}
