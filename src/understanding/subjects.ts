// What a message is about when the field's words are only around it: the clauses that ask decline ("I work in
// records, which tablet is good for my father?"), or name something no topic knows ("I'm an RHIT. How do I
// refinance my mortgage?", "what does a dietitian do?").
import type { Intent, KnowledgeBase } from '../knowledge/types.js';
import type { EntityMatcher, EntityMention } from '../nlu/entities.js';
import type { Analysis } from '../nlu/analyzer.js';
import { askedClauses } from '../nlu/sentences.js';
import { pointsBack } from './pointing.js';
import { DECLINING, type Ranker, type Ranking } from './ranker.js';
import type { Scope } from './scope.js';

// Words that compare ("which is easier to get into?", "which makes more sense": the stem 'sens') name no subject
// of their own, known to the topics or not.
const COMPARING = new Set(['easier', 'easiest', 'harder', 'hardest', 'quicker', 'quickest', 'faster', 'fastest', 'cheaper', 'cheapest', 'tougher', 'simpler', 'better', 'worse', 'safer', 'newer', 'newest', 'latest', 'older', 'oldest', 'sens']);
// "...to the patient himself?": a pronoun names no subject of its own, however few topics use it.
const PRONOUNS_SELF = new Set(['himself', 'herself', 'themselves', 'themself', 'yourself', 'yourselves', 'myself', 'ourselves', 'itself', 'oneself']);
// "isn't it updated every quarter?": how often is no subject either (stems), though few topics use these words.
const HOW_OFTEN = new Set(['quarter', 'quarterli', 'fortnight', 'weekli', 'monthli', 'biweekli', 'biannual', 'semiannual']);
// Words that only ask ("which is ... ?"): no subject either, though the topics use them.
const ASKING = new Set(['which', 'what', 'whats', 'where', 'when', 'would', 'should', 'could', 'does', 'have', 'there', 'that', 'this', 'than', 'with', 'good']);
// A question this short is mostly its subject; a best topic below this share is not a confident reading.
const UNKNOWN_SUBJECT_MAX_WORDS = 8;
const UNKNOWN_SUBJECT_MAX_SHARE = 0.25;

// How far the asking clauses, and the whole message, must lean to declining (askingClausesDecline).
const ASKED_DECLINE_MASS = 0.65;
const ASKED_DECLINE_MIN_MASS = 0.5;

export class Subjects {
  constructor(
    private readonly kb: KnowledgeBase,
    private readonly ranker: Ranker,
    private readonly scope: Scope,
    private readonly entities: EntityMatcher,
  ) {}

  /**
   * Context in the field's words ("I work in medical records, ...") around a question that is not ours ("... which
   * tablet is good for my father?"): the clauses that ask decide, when they carry no field word, do not point back
   * at the context, and lean to a decline as a whole (and the whole message some way too, so that one off-hand
   * clause cannot decline a records question). The cheap conditions come first: the second reading is rarely needed.
   */
  askingClausesDecline(text: string, ranking: Ranking, fieldTerms: string[]): { intent: Intent; confidence: number } | undefined {
    if (!fieldTerms.length || ranking.mass.decline < ASKED_DECLINE_MIN_MASS) return undefined;
    const asked = this.ranker.askedReading(text, ranking.analysis);
    if (!asked || asked.declineMass < ASKED_DECLINE_MASS || asked.text.split(/\s+/).length < 4) return undefined;
    if (this.scope.fieldTerms(asked.text).length || pointsBack(asked.text.toLowerCase().split(/[^a-z']+/), false)) return undefined;
    const first = asked.intents.find((p) => DECLINING.has(this.kb.byId.get(p.intent)!.kind))!;
    return { intent: this.kb.byId.get(first.intent)!, confidence: asked.declineMass };
  }

  /**
   * The clauses that ask, when the rest of the message only says who is asking: true when they name something no
   * topic knows ("refinance my mortgage", "a breakup text") and carry no field word, no name and no pointer back.
   */
  asksAboutTheUnknown(text: string): boolean {
    const asked = askedClauses(text).join(' ');
    if (!asked || asked.length >= text.length * 0.8 || this.scope.fieldTerms(asked).length) return false;
    const analysis = this.ranker.analyzer.analyze(asked);
    // "What am I supposed to put there?" after a records task points back at it, as "it" and "that" do.
    if (this.entities.find(analysis).length || pointsBack(analysis.tokens, false) || analysis.tokens.some((w) => w === 'there' || w === 'here')) return false;
    return this.namesTheUnknown(analysis.stems);
  }

  /** True when a word of four letters or more is one no topic's title, answer or examples use. */
  namesTheUnknown(stems: readonly string[]): boolean {
    return stems.some((stem) => stem.length >= 4 && !COMPARING.has(stem) && !PRONOUNS_SELF.has(stem) && !HOW_OFTEN.has(stem) && !this.ranker.knows(stem));
  }

  /**
   * A short question about something no topic knows ("what does a dietitian do?", "what do audiologists
   * make?"): its only known words are the generic ones, so whichever topic ranks first is a guess.
   */
  unknownSubject(ranking: Ranking, mentions: EntityMention[], fieldTerms: string[]): boolean {
    if (fieldTerms.length || mentions.length || ranking.analysis.tokens.length > UNKNOWN_SUBJECT_MAX_WORDS) return false;
    const stems = ranking.analysis.stems;
    if (!this.namesTheUnknown(stems)) return false;
    // "which is better, pizza or tacos?": no word of its own that a topic knows, only asking and comparing words.
    const knownOwnWord = stems.some((stem) => stem.length >= 4 && !COMPARING.has(stem) && !ASKING.has(stem) && this.ranker.knows(stem));
    return !knownOwnWord || (ranking.best[0]?.confidence ?? 0) < UNKNOWN_SUBJECT_MAX_SHARE;
  }
}

// "can we get more time if we're swamped": what follows "if" only says when; its words name no subject.
const CONDITION_WORDS: ReadonlySet<string> = new Set(['if', 'because', 'since', 'cause', 'cuz']);

/** The stems of the message before a condition it ends with ("... if we're swamped"); all of them when none. */
export function outsideCondition(analysis: Analysis): readonly string[] {
  const at = analysis.tokens.findIndex((w, i) => i > 0 && CONDITION_WORDS.has(w));
  return at > 0 ? analysis.stems.slice(0, at) : analysis.stems;
}
