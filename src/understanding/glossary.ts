// "what does DRG stand for?", "What is DRG? My job description says I assign patients to DRG": people meet the
// field's abbreviations at work and ask what they mean. The cards already spell them out in their own words
// ("DRG, diagnosis-related group" in the acronyms card, "diagnosis-related groups (DRGs)" in daily duties), so the
// glossary is read from the answers themselves: a curator who defines an abbreviation in a card makes it answerable,
// even one no example and no classifier feature knows.
import { LEAD_PART } from '../knowledge/parts.js';
import type { Intent, KnowledgeBase } from '../knowledge/types.js';
import { questionSentences } from '../nlu/sentences.js';
import type { Decision } from './decision.js';

export interface Definition {
  intent: Intent;
  /** The label of the part that spells the abbreviation out (LEAD_PART for the direct answer). */
  part: string;
}

const ACRONYM = String.raw`[A-Z][A-Z0-9]{1,6}(?:-[A-Z0-9]{1,3})?`;
// "diagnosis-related groups (DRGs)": the abbreviation alone in brackets right after the words it stands for.
const BRACKETED = new RegExp(String.raw`((?:[A-Za-z&][\w'\u2019&-]* ){0,7}[A-Za-z][\w'\u2019-]*) \((${ACRONYM})s?\)`, 'g');
// "a CTR (Certified Tumor Registrar)": the abbreviation, then what it stands for in brackets.
const EXPANDED = new RegExp(String.raw`\b(${ACRONYM})s? \(([A-Za-z][^()]{3,80})\)`, 'g');
// "DRG, diagnosis-related group" at the start of a glossary entry (after a colon or semicolon).
const GLOSSED = new RegExp(String.raw`(?:^|[;:] )(${ACRONYM}), ([A-Za-z][^;.,()]{3,80})`, 'gm');

/**
 * Whether the words spell the abbreviation out: its letters are the initials of the words (or of the parts of a
 * hyphenated word), in order, from the first word ("Office for Civil Rights" for OCR). "billing office (BLS)", a
 * source named in brackets, spells nothing.
 */
export function spellsOut(words: string, acronym: string): boolean {
  const initials = words.toLowerCase().split(/[\s-]+/).filter(Boolean).map((w) => w[0]!);
  const letters = acronym.toLowerCase().replace(/[^a-z]/g, '');
  for (let start = 0; start < initials.length; start++) {
    if (initials[start] !== letters[0]) continue;
    let i = 0;
    for (const c of initials.slice(start)) if (c === letters[i]) i++;
    if (i === letters.length) return true;
  }
  return false;
}

// The message asks what one abbreviation means: "what is DRG?", "whats an MPI", "what does OEWS stand for",
// "DRG meaning", "define HCC". The abbreviation is the whole object of the question, so "what is the DRG for
// this stay" (a code lookup) never matches, and "what's the DRG?" (after a code asked for) asks for one, not its meaning.
const ASKS_MEANING = [
  /^\W*(?:(?:so|and|ok|okay|but|hi|hey|quick q)\W+)?(?:what|wat)\s*(?:'s|\u2019s|s|\s+is|\s+are)\s+(?:an?\s+)?([a-z][a-z0-9-]{1,9})\s*(?:(?:in|for)\s+(?:health information|him|medical records|medical coding|coding|billing|hipaa)\s*)?\W*$/i,
  /^\W*(?:(?:so|and|ok|okay|but)\W+)?what\s+(?:does|do)\s+(?:an?\s+)?([a-z][a-z0-9-]{1,9})\s+(?:stand for|mean|means)\b\W*$/i,
  /^\W*([a-z][a-z0-9-]{1,9})\s+(?:meaning|stands? for|definition)\W*$/i,
  /^\W*(?:meaning of|define|definition of)\s+(?:an?\s+)?([a-z][a-z0-9-]{1,9})\W*$/i,
];
// Written in lower case, these are ordinary words before they are abbreviations ("what is him" is no question about HIM).
const WORDS_FIRST = new Set(['HIM', 'HIT', 'AMA', 'ASC']);

type Found = Definition & { inText: boolean };

export class Glossary {
  // Read from the cards on the first question that asks what an abbreviation means (about 10 ms): most messages
  // never ask, and a one-off `ask` should not pay for it.
  private read: Map<string, Definition> | undefined;

  constructor(private readonly kb: KnowledgeBase) {}

  private get definitions(): Map<string, Definition> {
    return (this.read ??= this.readCards());
  }

  private readCards(): Map<string, Definition> {
    const definitions = new Map<string, Definition>();
    const found = new Map<string, Found[]>();
    for (const intent of this.kb.intents) {
      if (intent.kind !== 'topic') continue;
      for (const part of [{ label: LEAD_PART, text: intent.layout.lead }, ...intent.layout.parts]) {
        const text = part.text.replace(/\*\*/g, '');
        const spelled = [
          ...[...text.matchAll(BRACKETED)].map((m) => ({ acronym: m[2]!, words: m[1]!, inText: true })),
          ...[...text.matchAll(EXPANDED)].map((m) => ({ acronym: m[1]!, words: m[2]!, inText: true })),
          ...[...text.matchAll(GLOSSED)].map((m) => ({ acronym: m[1]!, words: m[2]!, inText: false })),
        ];
        for (const { acronym, words, inText } of spelled) {
          if (!spellsOut(words, acronym)) continue;
          const list = found.get(acronym) ?? [];
          if (!list.some((d) => d.intent === intent)) list.push({ intent, part: part.label, inText });
          found.set(acronym, list);
        }
      }
    }
    // Several cards spell some abbreviations out. A card that explains the thing in its running text ("the Office for
    // Civil Rights (OCR) enforces it", "a Certified Tumor Registrar (CTR)") says what it is and does; failing that,
    // the card that spells out the most abbreviations (the acronyms card) says what the letters mean.
    const spelled = new Map<Intent, number>();
    for (const list of found.values()) for (const d of list) spelled.set(d.intent, (spelled.get(d.intent) ?? 0) + 1);
    const rank = (d: Found) => (d.inText ? 1000 : 0) + spelled.get(d.intent)!;
    for (const [acronym, list] of found) {
      const { intent, part } = [...list].sort((a, b) => rank(b) - rank(a))[0]!;
      definitions.set(acronym, { intent, part });
    }
    return definitions;
  }

  /** Where the cards spell an abbreviation out ("DRGs" is the DRG), with the abbreviation as they write it. */
  define(word: string): (Definition & { acronym: string }) | undefined {
    const upper = word.toUpperCase();
    for (const acronym of [upper, upper.replace(/S$/, '')]) {
      const definition = this.definitions.get(acronym);
      if (definition) return { ...definition, acronym };
    }
    return undefined;
  }

  /** The abbreviation a message asks the meaning of, and where the cards spell it out. */
  asked(text: string): (Definition & { acronym: string }) | undefined {
    return this.firstDefined(wordsAsked(text));
  }

  /**
   * The message asks what an abbreviation means and the decision does not answer it (not sure, or a card that
   * never uses it): the part that spells it out. A decline or an answer that uses the abbreviation stands, and the
   * cards need not be read for that ("what does rhit stand for" answered by the RHIT's card).
   */
  answer(text: string, decision: Decision): Decision | undefined {
    if (decision.intent && decision.intent.kind !== 'topic') return undefined;
    const card = decision.intent?.answer;
    const asked = this.firstDefined(wordsAsked(text).filter((word) => !card || !usesWord(card, word)));
    return asked && { ...decision, intent: asked.intent, confidence: Math.max(decision.confidence, 0.5), route: 'classifier', part: asked.part, also: undefined, besidePart: undefined, entity: undefined };
  }

  private firstDefined(words: readonly string[]): (Definition & { acronym: string }) | undefined {
    for (const word of words) {
      const definition = this.define(word);
      if (definition) return definition;
    }
    return undefined;
  }

  /** The decision, or the part that spells out the abbreviation it leaves unanswered. */
  orDefinition(text: string, decision: Decision): Decision {
    return this.answer(text, decision) ?? decision;
  }
}

/** Whether a card's text uses the word, or its plural ("DRG" and "DRGs"). The word is letters, digits and hyphens only. */
function usesWord(card: string, word: string): boolean {
  return new RegExp(String.raw`\b${word.replace(/s$/i, '')}s?\b`, 'i').test(card);
}

/** The words a message asks the meaning of, as typed ("DRG" in "what does DRG stand for?"). */
function wordsAsked(text: string): string[] {
  const out: string[] = [];
  for (const sentence of questionSentences(text).slice(0, 1).concat(text.trim())) {
    for (const pattern of ASKS_MEANING) {
      const word = pattern.exec(sentence)?.[1];
      if (!word) continue;
      // Written in lower case, a plain word ("him", "hits") is that word.
      if (word === word.toLowerCase() && [word, word.replace(/s$/, '')].some((w) => WORDS_FIRST.has(w.toUpperCase()))) return [];
      if (/^[\w-]+$/.test(word)) out.push(word);
    }
  }
  return out;
}

// One glossary per knowledge base, read the first time a message needs it (the eval's threshold sweep makes many
// Understandings of one knowledge base).
const glossaries = new WeakMap<KnowledgeBase, Glossary>();
export function glossaryOf(kb: KnowledgeBase): Glossary {
  let glossary = glossaries.get(kb);
  if (!glossary) glossaries.set(kb, (glossary = new Glossary(kb)));
  return glossary;
}
