// Follow-ups: a message that leans on the conversation ("how long is the exam?", "and the CPC?", "what
// about online?") is read with the previous topic. A message with a clear topic of its own never is, and a
// follow-up that cannot be tied to anything says so instead of repeating the previous card.
import type { Intent, KnowledgeBase } from '../knowledge/types.js';
import { LEAD_PART, type AnswerPart } from '../knowledge/parts.js';
import type { EntityMention } from '../nlu/entities.js';
import type { ConversationContext } from '../store/state.js';
import { askedPart, facetsAsked, FACETS, partFor } from './facets.js';
import type { Ranker, Ranking } from './ranker.js';
import type { Thresholds } from './thresholds.js';
import type { Route } from './understand.js';

/** Longer messages are read on their own: a stray "it" in them refers to something inside the message. */
export const MAX_FOLLOW_UP_WORDS = 14;
/** From this length on, a message whose own reading is in the field keeps that reading. */
const OWN_READING_WORDS = 8;

const PRONOUNS = new Set(['it', 'its', 'that', 'this', 'they', 'them', 'those', 'these', 'one', 'ones', 'same', 'other', 'she', 'he', 'her', 'him']);
// Pronouns that nearly always point back at what was said ("one", "its" and "other" often do not).
const POINTING_BACK = new Set(['it', 'that', 'this', 'they', 'them', 'those', 'these', 'she', 'he', 'her', 'him']);

const PEOPLE = new Set(['she', 'he', 'her', 'him']);

/**
 * True when the words point back at what was said before ("is that a law?", "when will it start?"). Without
 * `people`, "she" and "him" do not count: in a question of its own they are a person in it ("what should she do?").
 */
export function pointsBack(words: readonly string[], people = true): boolean {
  return words.some((w) => POINTING_BACK.has(w) && (people || !PEOPLE.has(w)));
}
const CONTINUATIONS = ['and', 'also', 'plus', 'or', 'but', 'what about', 'how about', 'then', 'so what about', 'same for', 'ok and', 'ok what about'];
const CONTINUATION_WORDS = new Set(CONTINUATIONS.flatMap((c) => c.split(' ')));
// A name after these is a condition of the question, not its subject: "what do I need if I have my RHIT".
const CONDITIONS = new Set(['if', 'since', 'already', 'because', 'cause']);

const HAVING = new Set(['has', 'have', 'hold', 'holds', 'got', 'earned', 'with']);
const POSSESSIVES = new Set(['my', 'her', 'his', 'their', 'our', 'your', 'an', 'a']);

/** Names that are only conditions of the question ("...if I have my RHIT", "she has her RHIT") are dropped. */
export function subjectMentions(ranking: Ranking, mentions: EntityMention[]): EntityMention[] {
  const t = ranking.analysis.tokens;
  const condition = (at: number) => {
    const before = t.slice(Math.max(0, at - 4), at);
    const possessed = (before.at(-1) !== undefined && POSSESSIVES.has(before.at(-1)!) && HAVING.has(before.at(-2) ?? '')) || HAVING.has(before.at(-1) ?? '');
    return possessed || before.some((w) => CONDITIONS.has(w));
  };
  return mentions.filter((m) => m.at === undefined || !condition(m.at));
}

/** "and ...", "what about ...": the message continues the previous one. */
export function continues(ranking: Ranking): boolean {
  const t = ranking.analysis.tokens;
  const start2 = `${t[0]} ${t[1] ?? ''}`.trim();
  const start3 = `${start2} ${t[2] ?? ''}`.trim();
  return CONTINUATIONS.some((c) => c === t[0] || c === start2 || c === start3);
}

/** A message that leans on what was said before: "and ...?", a pronoun, a part asked for, or a short question with no name of its own. */
export function leansOnContext(text: string, ranking: Ranking, mentions: EntityMention[]): boolean {
  const t = ranking.analysis.tokens;
  if (!t.length || t.length > MAX_FOLLOW_UP_WORDS) return false;
  if (continues(ranking)) return true;
  // A name compared with something pointed back at: "how is it different from the CCA?".
  if (mentions.length) return mentions.length === 1 && pointsBack(t, false) && ABOUT_BOTH.test(text);
  return t.length <= 6 || t.some((w) => PRONOUNS.has(w)) || facetsAsked(text).length > 0;
}

export interface FollowUp {
  intent: Intent | undefined;
  confidence: number;
  route: Route;
  entity?: string | undefined;
  part?: string | undefined;
  /** For an unresolved follow-up: what to offer instead. */
  offer?: Intent[] | undefined;
  /** Topics the conversation is comparing with this one, remembered for "which one...?" (not answered now). */
  compared?: Intent[] | undefined;
  /** Tied to the context only by the words it shares with a part (or not at all): a decline of its own wins over it. */
  weak?: boolean | undefined;
  /** The other sides of a comparison in context, asked about together ("which one pays more?"). */
  also?: Intent[] | undefined;
}

// "...a certificate instead?", "...rather than an associate?": the same question asked of something else.
const SWITCHING = /\b(instead|rather|alternatively)\b/i;

// "which one pays more?", "is either online?": a question about every side of the comparison in context.
const ABOUT_BOTH = /\b(which|both|either|neither|better|more|less|difference|different|differ|compare|compared|vs)\b/i;

export class FollowUps {
  constructor(
    private readonly kb: KnowledgeBase,
    private readonly ranker: Ranker,
    private readonly thresholds: Thresholds,
  ) {}

  /** The follow-up's reading, or undefined when the message should stand on its own after all. */
  /** The topic a follow-up refers to: the one last answered, unless it was a general one that hands over to the entity named with it. */
  private referent(context: ConversationContext): { target: Intent | undefined; ctxTopic: Intent | undefined; ctxEntity: Intent | undefined } {
    const byId = this.kb.byId;
    const ctxTopic = context.topic ? byId.get(context.topic) : undefined;
    const ctxEntity = context.entity ? byId.get(context.entity) : undefined;
    const handsOver = ctxTopic && ctxEntity?.entity && ctxTopic !== ctxEntity && ctxTopic.deferTo.includes(ctxEntity.entity.type);
    return { target: handsOver ? ctxEntity : (ctxTopic ?? ctxEntity), ctxTopic, ctxEntity };
  }

  /**
   * True when the message asks for a part that the topic in context has ("is it hard to pass?" after the CCA), or
   * asks about every side of the comparison in context ("which one pays better?" after "ccs vs cca").
   */
  asksPartOf(text: string, context: ConversationContext): boolean {
    const { target } = this.referent(context);
    if (!target) return false;
    return askedPart(text, target.layout) !== undefined || (Boolean(context.also?.length) && ABOUT_BOTH.test(text));
  }

  resolve(text: string, ranking: Ranking, mentions: EntityMention[], context: ConversationContext): FollowUp | undefined {
    const byId = this.kb.byId;
    const { target, ctxTopic, ctxEntity } = this.referent(context);
    if (!target) return undefined;
    const ellipsis = continues(ranking) || ranking.analysis.tokens.length <= 5;

    // "and the CPC?", "what about rhia": the same question of another named thing.
    if (mentions.length === 1 && ellipsis) {
      const named = byId.get(mentions[0]!.topic)!;
      const part = askedPart(text, named.layout)?.part ?? this.samePart(context, target, named);
      // The two are now being compared: "which one is for hospitals?" next asks of both.
      const compared = named !== target && target.kind === 'topic' ? [target] : undefined;
      return { intent: named, confidence: 1, route: 'context', entity: named.id, part: part?.label, compared };
    }
    // "how is it different from the CCA?" after the CCS: both sides, the one in context first.
    if (mentions.length === 1 && pointsBack(ranking.analysis.tokens, false) && ABOUT_BOTH.test(text)) {
      const named = byId.get(mentions[0]!.topic)!;
      if (named !== target && named.kind === 'topic' && target.kind === 'topic') return { intent: target, confidence: 1, route: 'context', entity: ctxEntity?.id, also: [named] };
    }
    if (mentions.length) return undefined;

    // A clear question of its own ("breach - how long do we have to notify patients?" after the RHIT) is not a
    // part of the topic in context just because it asks "how long": it stands unless the context changes its reading.
    if (this.standsAlone(ranking, target, ctxEntity)) return undefined;

    // After a comparison, "which one pays more?" asks about every side.
    const sides = (context.also ?? []).map((id) => byId.get(id)).filter((t): t is Intent => t?.kind === 'topic' && t !== target);
    if (sides.length && ABOUT_BOTH.test(text)) {
      const part = askedPart(text, target.layout)?.part ?? this.closestPart(text, target);
      return { intent: target, confidence: 1, route: 'context', entity: ctxEntity?.id, part: part?.label, also: sides };
    }

    // "how long would a certificate take instead?" after the associate degree: the same question of another topic.
    const own = byId.get(ranking.topics[0]!.intent)!;
    const ownShare = ranking.topics[0]!.confidence;
    if (SWITCHING.test(text) && own !== target && own.kind === 'topic' && !own.entity && ownShare >= 0.3) {
      const part = askedPart(text, own.layout)?.part;
      return { intent: own, confidence: ranking.mass.topic, route: 'context', entity: ctxEntity?.id, part: part?.label };
    }

    // "how long is the exam?", "what does it cost?": one part of the topic in context.
    const asked = askedPart(text, target.layout);
    if (asked) return { intent: target, confidence: 1, route: 'context', entity: ctxEntity?.id, part: asked.part.label };
    // The thing named earlier has the part asked for and the topic answered has not: "what's recommended
    // before taking it?" after a message about a terminology class that named the CCA.
    const named = ctxEntity && ctxEntity !== target ? askedPart(text, ctxEntity.layout) : undefined;
    if (named) return { intent: ctxEntity, confidence: 1, route: 'context', entity: ctxEntity!.id, part: named.part.label };

    // A general topic about something the context names: "how many CEUs do I need?" after the CPC.
    if (ctxEntity?.entity && own.deferTo.includes(ctxEntity.entity.type)) {
      return { intent: ctxEntity, confidence: ranking.mass.topic, route: 'context', entity: ctxEntity.id };
    }

    // "and the associate one?": a topic of its own, asked the way the previous one was.
    const ownWords = ranking.analysis.stems.some((stem) => !VAGUE.has(stem) && !this.ranker.isCommon(stem) && this.ranker.rarity(stem) > 0);
    // Words of the field that many topics share ("associate", "training", "staff") still say what is asked,
    // though they cannot pick a topic alone: enough for a continuation or a re-reading with the context.
    const fieldWords = ownWords || ranking.analysis.stems.some((stem) => !VAGUE.has(stem) && !COMMON.has(stem) && this.ranker.rarity(stem) >= SOFT_RARITY);
    if (continues(ranking) && fieldWords && own !== target && ownShare >= 0.2 && ranking.mass.topic >= this.thresholds.topicMassWithField) {
      const part = ctxTopic ? this.samePart(context, ctxTopic, own) : undefined;
      return { intent: own, confidence: ranking.mass.topic, route: 'context', entity: own.entity ? own.id : undefined, part: part?.label };
    }

    // The message has a clear topic of its own: it stands ("which credential should she start with?"). Longer
    // messages are read reliably on their own; a short one needs a clearer reading.
    // A message that points back ("is that an actual law?") keeps a weak reading of its own only when it is clear.
    const ownInField = own !== target && ranking.mass.topic >= this.thresholds.topicMass;
    const ownIsClear = ownShare >= 0.3 || (!pointsBack(ranking.analysis.tokens) && ranking.analysis.tokens.length >= OWN_READING_WORDS);
    if (ownInField && ownWords && ownIsClear) return undefined;

    // Read again with what the message refers to spelled out; another topic wins only when clearly better.
    const again = this.ranker.rank(`${text} ${this.hint(ctxTopic, ctxEntity)}`);
    const best = byId.get(again.topics[0]!.intent)!;
    if (fieldWords && best !== ctxTopic && best !== ctxEntity && again.mass.topic >= this.thresholds.topicMass && again.mass.topic > ranking.mass.topic + 0.1) {
      return { intent: best, confidence: again.mass.topic, route: 'context', entity: ctxEntity?.id };
    }
    // The topic in context has no part for what is asked and the message's own reading has: "can I do it online?"
    // after the associate degree is the online part of program length and cost.
    const ownAsked = own !== target && own.kind === 'topic' && ownShare >= OWN_PART_SHARE ? askedPart(text, own.layout) : undefined;
    if (ownAsked && ownAsked.facet.name !== 'why' && ownAsked.facet.name !== 'sources') {
      return { intent: own, confidence: ranking.mass.topic, route: 'context', entity: ctxEntity?.id, part: ownAsked.part.label };
    }
    // The topic in context again: never the whole card, only the part that fits the question best.
    const part = this.closestPart(text, target);
    if (part) return { intent: target, confidence: again.mass.topic, route: 'context', entity: ctxEntity?.id, part: part.label, weak: true };
    // "what about records clerks?" after pay, in words every topic uses: the same question, so the direct answer.
    if (continues(ranking) && this.namesSomething(ranking)) {
      return { intent: target, confidence: again.mass.topic, route: 'context', entity: ctxEntity?.id, part: LEAD_PART, weak: true };
    }
    // Nothing in the context answers it: a reading of its own that is clear, or that does not point back, stands.
    const ownStands = ownWords ? ownShare >= 0.3 : ownShare >= CLEAR_OWN_SHARE && !pointsBack(ranking.analysis.tokens);
    if (ownStands && ranking.mass.topic >= this.thresholds.topicMass) return undefined;
    return { intent: undefined, confidence: ranking.mass.topic, route: 'unresolved', offer: [target], weak: true };
  }

  /**
   * True when the message's own reading is very clear and nothing in it points back: "how long is the exam?"
   * (exam logistics at 0.4) leans on the context; "after a breach, how long do we have to tell the patients?"
   * (breach notification at 0.98) does not. Reading it again with the context spelled out cannot decide this:
   * a credential's name outweighs any question it is appended to.
   */
  private standsAlone(ranking: Ranking, target: Intent, ctxEntity: Intent | undefined): boolean {
    const own = this.kb.byId.get(ranking.topics[0]!.intent)!;
    if (own === target || own === ctxEntity || ranking.topics[0]!.confidence < VERY_CLEAR_OWN_SHARE) return false;
    // A credential's own card read from a name that is only a condition ("...if I have my RHIT") is no subject.
    if (own.entity) return false;
    return ranking.mass.topic >= this.thresholds.topicMass && !continues(ranking) && !pointsBack(ranking.analysis.tokens);
  }

  /** "what about records clerks?" names something; "what about that thing?" does not. */
  private namesSomething(ranking: Ranking): boolean {
    const { tokens, stems } = ranking.analysis;
    return stems.some((stem, i) => !COMMON.has(stem) && !VAGUE.has(stem) && !PRONOUNS.has(tokens[i]!) && !CONTINUATION_WORDS.has(tokens[i]!) && this.ranker.rarity(stem) > 0);
  }

  /** The context spelled out, for a second reading: the topic's title and the entity's name. */
  private hint(ctxTopic: Intent | undefined, ctxEntity: Intent | undefined): string {
    return [ctxTopic?.title, ctxEntity && ctxEntity !== ctxTopic ? ctxEntity.entity?.names[0] : undefined].filter(Boolean).join(' ');
  }

  /** "and the CPC?" after the CCA's exam: the CPC's part about the same thing. */
  private samePart(context: ConversationContext, from: Intent, to: Intent): AnswerPart | undefined {
    if (!context.part) return undefined;
    const previous = from.layout.parts.find((p) => p.label === context.part);
    if (!previous) return undefined;
    const facet = FACETS.find((f) => f.label.test(previous.label.toLowerCase()));
    return facet ? partFor(to.layout, facet) : undefined;
  }

  /** The part of a topic (its lead included) sharing the most words with the question, if any shares one. */
  private closestPart(text: string, topic: Intent): AnswerPart | undefined {
    const stems = this.ranker.analyzer.analyze(text).stems.filter((s) => s.length > 2 && !COMMON.has(s) && !VAGUE.has(s));
    const rare = stems.filter((s) => !this.ranker.isCommon(s));
    // Rare words first; failing those, the field's shared words ("training my staff" after the EHR).
    return this.partSharing(rare, topic) ?? this.partSharing(stems.filter((s) => this.ranker.rarity(s) >= SOFT_RARITY), topic);
  }

  private partSharing(words: string[], topic: Intent): AnswerPart | undefined {
    const analyzer = this.ranker.analyzer;
    const asked = new Set(words);
    let best: AnswerPart | undefined;
    let bestScore = 0;
    const lead: AnswerPart = { label: LEAD_PART, text: topic.layout.lead };
    // Rarer shared words weigh more; the lead (listed first) keeps a tie.
    for (const part of [lead, ...topic.layout.parts]) {
      const stems = new Set(analyzer.analyze(part.text).stems);
      let score = 0;
      for (const s of asked) if (stems.has(s)) score += this.ranker.rarity(s);
      if (score > bestScore) [best, bestScore] = [part, score];
    }
    return best;
  }
}

// The rarity (BM25 idf) from which a shared word of the field still says something: "associate" (0.5) and
// "training" (0.8) do; "the", "what" and "do" (about 0) do not.
const SOFT_RARITY = 0.45;

// A message's own best topic at this share or more is a clear reading of its own, when nothing in the context
// answers it; at the higher share, even when the context has a part it could be asking for (standsAlone).
const CLEAR_OWN_SHARE = 0.5;
export const VERY_CLEAR_OWN_SHARE = 0.6;
// The message's own reading at this share answers a part the topic in context lacks.
const OWN_PART_SHARE = 0.15;

// Words that point at nothing by themselves ("what about that thing?").
const VAGUE = new Set(['thing', 'stuff', 'someth', 'anyth', 'part', 'bit', 'kind', 'sort', 'way', 'lot', 'other', 'again', 'more']);

// Words too common in questions to point at one part of an answer.
const COMMON = new Set(['the', 'and', 'for', 'you', 'what', 'how', 'who', 'where', 'when', 'whi', 'doe', 'can', 'need', 'about', 'with', 'that', 'thi', 'there', 'get', 'have', 'should', 'would', 'take', 'which', 'one', 'work', 'job']);
