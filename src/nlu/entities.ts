// Recognises the named things of the field (credentials, code sets, organisations, laws) in a question,
// so that "CCA exam length" and a later "how long is the exam?" both reach the CCA topic.
import type { EntityType, Intent } from '../knowledge/types.js';
import type { Analysis, Analyzer } from './analyzer.js';

export interface EntityMention {
  /** The topic the entity belongs to. */
  topic: string;
  type: EntityType;
  /** The name found, as the knowledge file writes it (AAPC, not the associations' first name). */
  name: string;
  /** Where the name starts among the analysed tokens. */
  at?: number | undefined;
}

interface NamePattern {
  tokens: string[];
  mention: EntityMention;
}

export class EntityMatcher {
  private readonly byFirst = new Map<string, NamePattern[]>();
  /** Every entity name's analysed tokens, in the order read: the compiled bundle keeps them (src/bundle/). */
  readonly names: string[][] = [];

  /** @param names the `names` of a matcher built from the same intents and analyzer (then nothing is analysed) */
  constructor(intents: readonly Intent[], analyzer: Analyzer, names?: readonly string[][]) {
    let n = 0;
    for (const intent of intents) {
      if (!intent.entity) continue;
      for (const name of intent.entity.names) {
        const tokens = names?.[n++] ?? analyzer.analyze(name).tokens;
        this.names.push(tokens);
        if (!tokens.length) continue;
        const list = this.byFirst.get(tokens[0]!) ?? [];
        list.push({ tokens, mention: { topic: intent.id, type: intent.entity.type, name } });
        list.sort((a, b) => b.tokens.length - a.tokens.length);
        this.byFirst.set(tokens[0]!, list);
      }
    }
  }

  /** The entities a question names, in order of first mention, one per topic. */
  find(analysis: Analysis): EntityMention[] {
    const found: EntityMention[] = [];
    const seen = new Set<string>();
    const { tokens } = analysis;
    for (let i = 0; i < tokens.length; i++) {
      const patterns = this.byFirst.get(tokens[i]!);
      if (!patterns) continue;
      const hit = patterns.find((p) => p.tokens.every((t, k) => tokens[i + k] === t));
      if (!hit) continue;
      if (!seen.has(hit.mention.topic)) {
        seen.add(hit.mention.topic);
        found.push({ ...hit.mention, at: i });
      }
      i += hit.tokens.length - 1;
    }
    return found;
  }

  /** Every word used in entity names: the speller should know them. */
  static words(intents: readonly Intent[]): string[] {
    return intents.flatMap((i) => i.entity?.names ?? []);
  }

  /**
   * The acronyms the titles and answers use ("CHEA", "ACDIS", "NCRA"): known words, so the speller never turns one
   * into another the examples use ("is CAHIIM recognized by CHEA?" was read as the CHDA).
   */
  static acronyms(intents: readonly Intent[]): string[] {
    const out = new Set<string>();
    for (const i of intents) for (const m of `${i.title} ${i.answer}`.matchAll(/\b[A-Z][A-Z0-9]{2,7}\b/g)) out.add(m[0]);
    return [...out];
  }
}
