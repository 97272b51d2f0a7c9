// Replaces words and phrases by their canonical form (vocabulary.yml synonyms), matching whole tokens only.

interface PhraseRule {
  from: string[];
  to: string[];
  caseSensitive: boolean;
}

export class PhraseReplacer {
  private readonly byFirst = new Map<string, PhraseRule[]>();

  constructor(synonyms: Record<string, string>, tokenize: (s: string) => string[]) {
    for (const [from, to] of Object.entries(synonyms)) {
      const caseSensitive = from !== from.toLowerCase();
      const fromTokens = tokenize(caseSensitive ? from : from.toLowerCase());
      const toTokens = tokenize(to.toLowerCase());
      if (!fromTokens.length) continue;
      const key = fromTokens[0]!;
      const list = this.byFirst.get(key) ?? [];
      list.push({ from: fromTokens, to: toTokens, caseSensitive });
      // Longest phrase first, so "icd10 cm" wins over "icd10".
      list.sort((a, b) => b.from.length - a.from.length);
      this.byFirst.set(key, list);
    }
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
