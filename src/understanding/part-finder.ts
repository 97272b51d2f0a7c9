// Finding the part of a topic a follow-up asks for when no facet names it: by the words it shares with a part, by a
// part's label, by the thing in context a part names, or a topic that is all about what is asked.
import type { Intent, KnowledgeBase } from '../knowledge/types.js';
import { LEAD_PART, type AnswerPart } from '../knowledge/parts.js';
import type { Analysis } from '../nlu/analyzer.js';
import type { ConversationContext } from '../store/state.js';
import { escapeRegExp } from '../nlu/phrase-list.js';
import { isEnglishWord } from '../privacy/english.js';
import { askedPart, facetNamed, facetsAsked } from './facets.js';
import { CREDENTIAL_FACETS } from './follow-up-cues.js';
import type { Ranker, Ranking } from './ranker.js';
import { partSayingAlone } from './local-part.js';

/** An entity's name as a whole word (made once per name and flags: the names are the knowledge base's). */
const namePatterns = new Map<string, RegExp>();
export function nameAsWord(name: string, flags: '' | 'i'): RegExp {
  const key = `${flags}:${name}`;
  let re = namePatterns.get(key);
  if (!re) namePatterns.set(key, (re = new RegExp(`\\b${escapeRegExp(name)}\\b`, flags)));
  return re;
}

// A second reading at this fraction of the first is close enough for what the titles say to decide (ownReading).
const CLOSE_SECOND = 0.85;
// The topic in context, named back by a word of its title ("the rule"), wins at this fraction of the first reading.
const POINTED_SECOND = 0.8;
/** A question this short asks one thing: a facet it names is what it asks (a long message names parts in passing). */
export const SHORT_QUESTION_WORDS = 12;

export class PartFinder {
  private readonly namedIn = new Map<string, Intent[]>();
  // The knowledge base does not change while it is answered: each text is read through the analyzer once.
  private readonly stemsOf = new Map<string, string[]>();
  // The one topic each facet's title is all about, if one is.
  private readonly titled = new Map<string, Intent | undefined>();

  constructor(
    private readonly kb: KnowledgeBase,
    private readonly ranker: Ranker,
  ) {}

  /** The stems of a text of the knowledge base (a part, its label, a title, an answer), read once. */
  stems(text: string): string[] {
    let stems = this.stemsOf.get(text);
    if (!stems) this.stemsOf.set(text, (stems = this.ranker.analyzer.analyze(text).stems));
    return stems;
  }

  /** The one part that the message names by at least two of its label's words, and half of them or more. */
  byLabel(ranking: Ranking, topic: Intent): AnswerPart | undefined {
    const asked = new Set(ranking.analysis.stems);
    // Words of the topic's own title name the topic, not one of its parts: "how long do those certificate programs
    // take?" names the certificate topic, not its "Certificate vs certification" part.
    const title = new Set(this.stems(topic.title));
    const named = topic.layout.parts.filter((part) => {
      const words = this.stems(part.label).filter((s) => this.wordy(s) && !COMMON.has(s) && !VAGUE.has(s) && !title.has(s) && this.ranker.rarity(s) > 0);
      const shared = words.filter((w) => asked.has(w)).length;
      return shared >= LABEL_WORDS && shared * 2 >= words.length;
    });
    return named.length === 1 ? named[0] : undefined;
  }

  /** The parts whose labels the message names in full: "cat ii vs cat iii" names Category II and Category III. */
  labelsNamedIn(text: string, topic: Intent): AnswerPart[] {
    const asked = new Set(this.ranker.analyzer.analyze(text).stems);
    return topic.layout.parts.filter((part) => {
      const words = this.stems(part.label);
      return words.length > 0 && words.every((w) => asked.has(w));
    });
  }

  /** The one part whose label has a word of the question (not an everyday one): "a cert for privacy stuff" and "Privacy and security". */
  labelSharing(text: string, topic: Intent): AnswerPart | undefined {
    const rare = new Set(this.stems(text).filter((s) => this.wordy(s) && !COMMON.has(s) && !VAGUE.has(s) && this.ranker.rarity(s) >= SOFT_RARITY));
    const sharing = topic.layout.parts.filter((part) => this.stems(part.label).some((s) => rare.has(s)));
    return sharing.length === 1 ? sharing[0] : undefined;
  }

  /**
   * The one part of a general topic that names the thing in context: "who gives it out?" after the CTR, which the
   * specialty roles topic covers in its cancer registrar part.
   */
  naming(topic: Intent, ctxEntity: Intent | undefined): AnswerPart | undefined {
    if (!ctxEntity?.entity || ctxEntity !== topic) return undefined;
    const names = ctxEntity.entity.names.map((n) => nameAsWord(n, 'i'));
    if (names.some((n) => n.test(topic.layout.lead))) return undefined;
    const naming = topic.layout.parts.filter((p) => names.some((n) => n.test(p.text)));
    return naming.length === 1 ? naming[0] : undefined;
  }

  /**
   * The one topic whose title is all about a facet the message asks (pay: "Pay for medical records specialists"),
   * for a follow-up the topic in context has no part for. Facets that several topics' titles name (how long, online)
   * or that many topics answer in passing (how often, deadlines) pick none.
   */
  allAbout(text: string): Intent | undefined {
    for (const facet of facetsAsked(text)) {
      const topic = this.homeOf(facet.name);
      if (topic) return topic;
    }
    return undefined;
  }

  /**
   * The message's own best topic, or a close second whose title names what the message asks when the first's does
   * not: "can i do it from home eventually?" reads almost as much as the career ladder ("eventually") as working from
   * home, and asks about home.
   */
  ownReading(text: string, ranking: Ranking, inContext?: Intent): { intent: Intent; confidence: number } {
    const [first, second] = ranking.best;
    const best = { intent: this.kb.byId.get(first!.intent)!, confidence: first!.confidence };
    const pointed = inContext && inContext !== best.intent ? this.pointedAt(text, ranking, inContext) : undefined;
    if (pointed) return pointed;
    // Only a short question: a long message names parts in passing.
    if (!second || second.confidence < first!.confidence * CLOSE_SECOND || ranking.analysis.tokens.length > SHORT_QUESTION_WORDS) return best;
    const runnerUp = this.kb.byId.get(second.intent)!;
    const titles = (t: Intent) => facetsAsked(text).some((f) => f.label.source !== '^$' && f.label.test(t.title.toLowerCase()));
    return titles(runnerUp) && !titles(best.intent) ? { intent: runnerUp, confidence: second.confidence } : best;
  }

  /**
   * "What are the three categories of protections the rule requires?" after the Security Rule: "the rule" names the
   * topic in context by a word of its title, and the message reads almost as much as that topic as its first reading.
   */
  private pointedAt(text: string, ranking: Ranking, inContext: Intent): { intent: Intent; confidence: number } | undefined {
    const [first] = ranking.best;
    const reading = ranking.best.slice(0, 3).find((p) => p.intent === inContext.id);
    if (!reading || reading.confidence < first!.confidence * POINTED_SECOND) return undefined;
    const title = new Set(this.stems(inContext.title).filter((s) => this.wordy(s) && !COMMON.has(s)));
    const named = [...text.toLowerCase().matchAll(/\b(?:the|that|this) ([a-z]+)\b/g)].some((m) => this.stems(m[1]!).some((s) => title.has(s)));
    return named ? { intent: inContext, confidence: reading.confidence } : undefined;
  }

  /**
   * Instead of a part about another of the topic's entities (the AHIMA's, when the associations were asked about for
   * the AAPC), the one part that names the entity in context, when it also answers what the message asks (its label
   * or text fits one of the facets asked). A part that names no other entity of the topic is kept.
   */
  partNaming(text: string, topic: Intent, name: string, found: AnswerPart): AnswerPart | undefined {
    const mentions = (n: string, p: AnswerPart) => nameAsWord(n, 'i').test(`${p.label} ${p.text}`);
    const others = (topic.entity?.names ?? []).filter((n) => n.toLowerCase() !== name.toLowerCase());
    if (mentions(name, found) || !others.some((n) => mentions(n, found))) return undefined;
    const naming = topic.layout.parts.filter((p) => mentions(name, p));
    if (naming.length !== 1) return undefined;
    const part = naming[0]!;
    return facetsAsked(text).some((f) => f.label.test(part.label.toLowerCase()) || f.text?.test(part.text)) ? part : undefined;
  }

  /**
   * The one part whose label names an entity name of the topic: "and AAPC, it has local groups too?" after the
   * associations' AHIMA part is the AAPC's part of the same card.
   */
  labelNaming(topic: Intent, name: string): AnswerPart | undefined {
    const named = topic.layout.parts.filter((p) => nameAsWord(name, 'i').test(p.label));
    return named.length === 1 ? named[0] : undefined;
  }

  /**
   * The credentials a topic's direct answer names ("...the main route to AHIMA's RHIT credential" in the associate
   * degree's), for a follow-up about one of theirs ("what's the name of the exam she'd be taking?").
   */
  credentialsNamedIn(topic: Intent): Intent[] {
    let found = this.namedIn.get(topic.id);
    if (!found) {
      found = this.kb.intents.filter((i) => i !== topic && i.entity?.type === 'credential' && i.entity.names.some((n) => nameAsWord(n, '').test(topic.layout.lead)));
      this.namedIn.set(topic.id, found);
    }
    return found;
  }

  /**
   * The one credential a topic's direct answer names that has the credential part a question asks ("what's the name
   * of the exam she'd be taking?" after the associate degree, whose answer leads to the RHIT).
   */
  credentialAskedOf(text: string, topic: Intent): { credential: Intent; part: AnswerPart } | undefined {
    const found = this.credentialsNamedIn(topic).flatMap((credential) => {
      const asked = askedPart(text, credential.layout);
      return asked && CREDENTIAL_FACETS.has(asked.facet.name) ? [{ credential, part: asked.part }] : [];
    });
    return found.length === 1 ? found[0] : undefined;
  }

  /** The one topic whose title is all about the named facet (pay: the pay topic), if there is one. */
  homeOf(facetName: string | undefined): Intent | undefined {
    const facet = facetNamed(facetName);
    if (!facet || !TITLED_FACETS.has(facet.name)) return undefined;
    if (!this.titled.has(facet.name)) {
      const titled = this.kb.intents.filter((i) => i.kind === 'topic' && facet.label.test(i.title.toLowerCase()));
      this.titled.set(facet.name, titled.length === 1 ? titled[0] : undefined);
    }
    return this.titled.get(facet.name);
  }

  /** The one part (the lead included) that gives a year the question names: "what was it in the May 2023 numbers?". */
  byYear(text: string, topic: Intent): AnswerPart | undefined {
    // Only a year the question asks about ("in 2023", "the May 2023 numbers"), not one said in passing ("it's 2025").
    const years = [...text.matchAll(/\b(?:in|for|from|of|during|as of|the)\s+(?:[a-z]+\s+)?((?:19|20)\d\d)\b/gi)].map((m) => m[1]!);
    if (!years.length) return undefined;
    return onlyPart(topic, (text) => years.some((year) => text.includes(year)));
  }

  /**
   * The one part (the lead included) giving a figure the question quotes: "I saw $44k somewhere, where is that from?"
   * is the part with $44,090 (an amount matches to the thousand), "AAPC says 9 percent" the part with 9%.
   */
  byFigure(text: string, topic: Intent): AnswerPart | undefined {
    const asked = figuresIn(text);
    if (!asked.length) return undefined;
    return onlyPart(topic, (text) => figuresIn(text).some((k) => asked.includes(k)));
  }

  /**
   * The one part (the lead included) naming a rare name in the question that the topic's own title and names lack:
   * "which organization gives the CCDS?" after the CDIP is the part about the CCDS, not who awards the CDIP.
   */
  byTerm(asked: Analysis, topic: Intent): AnswerPart | undefined {
    const own = new Set([topic.title, ...(topic.entity?.names ?? [])].flatMap((n) => this.stems(n)));
    // Only a name (not an English word: "safeguards" or "percent" say what is asked, not which part).
    const rare = asked.stems.filter((s, i) => s.length >= 3 && !isEnglishWord(asked.tokens[i]!) && !own.has(s) && this.ranker.rarity(s) >= RARE_TERM);
    if (!rare.length) return undefined;
    return onlyPart(topic, (text) => this.stems(text).some((s) => rare.includes(s)));
  }

  /** The part of a topic (its lead included) sharing the most words with the question, if any shares one. */
  closest(text: string, topic: Intent): AnswerPart | undefined {
    const stems = this.askedWords(text, topic);
    // Rare words first; failing those, the field's shared words ("training my staff" after the EHR).
    // Last, any word some topic uses, for a question that points back in nothing but everyday words of the field
    // ("do they teach coding systems?" after the coursework).
    return (
      this.sharing(stems.filter((s) => !this.ranker.isCommon(s)), topic)?.part ??
      this.sharing(stems.filter((s) => this.ranker.rarity(s) >= SOFT_RARITY), topic)?.part ??
      this.sharing(stems.filter((s) => this.ranker.rarity(s) > 0), topic, true)?.part
    );
  }

  /** The one part that alone (not the direct answer, not another part) uses the question's words (local-part.ts). */
  locallyClosest(text: string, topic: Intent): AnswerPart | undefined {
    return partSayingAlone(this.askedWords(text, topic), topic, (t) => this.stems(t));
  }

  /**
   * Long enough to mean something: three letters or more, or two that are no everyday word, since the stemmer clips
   * acronyms ending in s ("BLS" is "bl", "CMS" "cm").
   */
  private wordy(stem: string): boolean {
    return stem.length > 2 || (stem.length === 2 && /^[a-z]+$/.test(stem) && this.ranker.rarity(stem) >= SOFT_RARITY);
  }

  /** The question's words that can tell parts apart: not everyday, vague or the topic's own subject. */
  private askedWords(text: string, topic: Intent): string[] {
    // The topic's own subject ("pay" in "Pay for medical records specialists") is in every part: it picks none.
    const subject = new Set(this.stems(topic.title));
    return this.ranker.analyzer.analyze(text).stems.filter((s) => this.wordy(s) && !COMMON.has(s) && !VAGUE.has(s) && !subject.has(s));
  }

  /**
   * The part (the lead included) sharing rare words worth at least `minScore` with the question: a message with no
   * reading of its own that plainly speaks of something the card in context says ("...the older BLS figure from the
   * 2020 edition that my college's brochure still quotes?" after the pay).
   */
  sharingRareWords(text: string, topic: Intent, minScore: number): AnswerPart | undefined {
    const best = this.sharing(this.askedWords(text, topic).filter((s) => !this.ranker.isCommon(s)), topic);
    return best && best.score >= minScore ? best.part : undefined;
  }

  /**
   * "wait go back, associate too?" after CAHIIM's "What it accredits" (associate and bachelor's programs): a word of
   * the part just given, asked again, asks that part again.
   */
  lastPartSaying(text: string, context: ConversationContext, topic: Intent): AnswerPart | undefined {
    const last = context.part && context.part !== LEAD_PART ? topic.layout.parts.find((p) => p.label === context.part) : undefined;
    if (!last) return undefined;
    const said = this.stems(last.text);
    return this.askedWords(text, topic).some((s) => this.ranker.rarity(s) >= SOFT_RARITY && said.some((p) => sameWord(s, p))) ? last : undefined;
  }

  /** The part sharing the most (rarity-weighted) words with the question, and that weight. With `byLabel`, only a part whose label has one of the words counts (the lead has none): the weakest tie. */
  private sharing(words: string[], topic: Intent, byLabel = false): { part: AnswerPart; score: number } | undefined {
    const asked = new Set(words);
    let best: AnswerPart | undefined;
    let bestScore = 0;
    const lead: AnswerPart = { label: LEAD_PART, text: topic.layout.lead };
    // Rarer shared words weigh more; the lead (listed first) keeps a tie.
    for (const part of byLabel ? topic.layout.parts : [lead, ...topic.layout.parts]) {
      const stems = this.stems(byLabel ? part.label : part.text);
      let score = 0;
      for (const s of asked) if (stems.some((p) => sameWord(s, p))) score += this.ranker.rarity(s);
      if (score > bestScore) [best, bestScore] = [part, score];
    }
    return best && { part: best, score: bestScore };
  }
}

/** True when the question asks for what the topic is all about (the pay facet of "Pay for medical records specialists"). */
export function asksTitleOf(text: string, topic: Intent): boolean {
  const title = topic.title.toLowerCase();
  return facetsAsked(text).some((f) => f.name !== 'why' && f.name !== 'sources' && f.label.test(title));
}

/** The one part of a topic (the lead included) whose text passes the test, if exactly one does. */
function onlyPart(topic: Intent, test: (text: string) => boolean): AnswerPart | undefined {
  const passing = [{ label: LEAD_PART, text: topic.layout.lead }, ...topic.layout.parts].filter((part) => test(part.text));
  return passing.length === 1 ? passing[0] : undefined;
}

// "$44k", "44,090", "$44,000", "44 thousand", "$44.5k": an amount from 10,000 to 999,999, in whole thousands (not
// "401k", "12,345,678" or "zip 90,210"-like runs of digits); "9%", "9 percent", "12.5%".
const THOUSANDS = /(?<![\d,.$])\$?\s?(\d{2,3})(?:(?:\.\d)?k\b|,\d{3}(?![\d,])|\s?thousand\b)/gi;
const PERCENTS = /(?<![\d.])(\d{1,2}(?:\.\d{1,2})?)\s?(?:%|percent\b)/gi;
// Retirement plans named by their tax-code section, not amounts.
const PLANS = /\b(401|403|457)k\b/gi;

/** The figures of a text: amounts in thousands ("$44,090" and "44k" are both "44k") and percentages ("9%"). */
function figuresIn(text: string): string[] {
  const t = text.replace(PLANS, ' ');
  return [...[...t.matchAll(THOUSANDS)].map((m) => `${m[1]}k`), ...[...t.matchAll(PERCENTS)].map((m) => `${m[1]}%`)];
}

/**
 * The same word, or the asked word clipped: "cert" is "certification" ("certif"), "admin" is "administration". Only
 * the asked word is clipped: "exam" in a part is not "examples" asked for.
 */
function sameWord(asked: string, inPart: string): boolean {
  if (asked === inPart) return true;
  return asked.length >= MIN_CLIPPED && inPart.length > asked.length && inPart.startsWith(asked);
}
// Shorter clipped words are too often the start of unrelated ones ("pay" and "payer").
const MIN_CLIPPED = 4;

// The rarity (BM25 idf) from which a shared word of the field still says something: "associate" (0.5) and
// "training" (0.8) do; "the", "what" and "do" (about 0) do not.
export const SOFT_RARITY = 0.45;
// A word this rare (BM25's idf: in about five topics or fewer) names something, so the one part naming it is asked.
const RARE_TERM = 2.5;

// A part is named by its label when the message has this many of the label's rarer words.
const LABEL_WORDS = 2;

// Facets that a topic of their own answers when the topic in context cannot: "which pays more?" is the pay topic,
// "where do they work?" the work settings, "do I need it for the job?" whether a certification is needed.
const TITLED_FACETS = new Set(['pay', 'settings', 'required', 'why']);

// Words that point at nothing by themselves ("what about that thing?").
export const VAGUE = new Set(['thing', 'stuff', 'someth', 'anyth', 'part', 'bit', 'kind', 'sort', 'way', 'lot', 'other', 'again', 'more']);

// Words too common in questions to point at one part of an answer.
export const COMMON = new Set(['the', 'and', 'for', 'than', 'then', 'you', 'what', 'how', 'who', 'where', 'when', 'whi', 'doe', 'can', 'need', 'about', 'with', 'that', 'thi', 'there', 'get', 'have', 'should', 'would', 'take', 'which', 'one', 'work', 'job']);
