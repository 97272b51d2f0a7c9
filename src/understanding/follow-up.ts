// Follow-ups: a message that leans on the conversation ("how long is the exam?", "and the CPC?", "what
// about online?") is read with the previous topic. A message with a clear topic of its own never is, and a
// follow-up that cannot be tied to anything says so instead of repeating the previous card.
import type { Intent, KnowledgeBase } from '../knowledge/types.js';
import { LEAD_PART, type AnswerPart } from '../knowledge/parts.js';
import type { EntityMention } from '../nlu/entities.js';
import { askedClauses } from '../nlu/sentences.js';
import { ABOUT_BOTH, asksQuantityOfName, COMPARING, continues, CONTINUATION_WORDS, isBareQuestion, oneNamed, pointsBack, PRONOUNS, STARTS_COMPARING, thingsNamed } from './pointing.js';
import type { ConversationContext } from '../store/state.js';
import { askedPart, facetNamed, facetsAsked, fallbackPart, partFor } from './facets.js';
import type { Ranker, Ranking } from './ranker.js';
import type { Thresholds } from './thresholds.js';
import { asksTitleOf, COMMON, PartFinder, SOFT_RARITY, VAGUE } from './part-finder.js';
import type { Route } from './understand.js';
import { CLEAR_OWN_SHARE, DEFERRED_OWN_SHARE, GUESS_OWN_SHARE, OWN_PART_SHARE, POINTING_OWN_PART_SHARE, SPOKEN_OF_SCORE, VERY_CLEAR_OWN_SHARE } from './shares.js';
import { examTimeAfterExam, figureOfSamePart, olderBeside, partAgain, sameAgain, samePart, secondClosest } from './same-part.js';
import { sideIdsOf, sideNamed } from './sides.js';
import { anotherOne } from './another-one.js';
import { handsOverTo, referentOf, type Referent } from './referent.js';
import { ANOTHER_YEAR, CLEAR_CONTINUATION_SHARE, FIGURE_ASKED, CLIPPED_WORDS, CREDENTIAL_FACETS, FACET_ONLY_WORDS, MORE, OWN_READING_WORDS, QUOTING, SWITCHING } from './follow-up-cues.js';

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
  besidePart?: string | undefined;
  /** The other sides of a comparison in context, asked about together ("which one pays more?"). */
  also?: Intent[] | undefined;
}

export class FollowUps {
  /** Finds the part of a topic a question asks for (also used for a question's own reading, in understand.ts). */
  readonly parts: PartFinder;

  constructor(
    private readonly kb: KnowledgeBase,
    private readonly ranker: Ranker,
    private readonly thresholds: Thresholds,
  ) {
    this.parts = new PartFinder(kb, ranker);
  }

  /** The topic a follow-up refers to (referent.ts). */
  private referent(context: ConversationContext): Referent {
    return referentOf(context, this.kb);
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

  /**
   * The part of the topic in context that a message asks for in an everyday follow-up question ("how do I get rid
   * of the A?"), for a message that does not look like a follow-up and has no reading of its own worth the name.
   * Only these phrases count: a single word of a facet ("history", "test") is too little in a message of its own.
   */
  partAskedOf(text: string, context: ConversationContext, everydayOnly = false): FollowUp | undefined {
    const { target, ctxEntity } = this.referent(context);
    if (!target) return undefined;
    const part = fallbackPart(text, target.layout) ?? (everydayOnly ? undefined : this.pointedPart(text, target));
    return part && { intent: target, confidence: 1, route: 'context', entity: ctxEntity?.id, part: part.label, weak: true };
  }

  /** The part of the topic in context that a message with no reading of its own plainly speaks of (rare words shared). */
  partSpokenOf(text: string, context: ConversationContext): FollowUp | undefined {
    const { target, ctxEntity } = this.referent(context);
    const part = target && this.parts.sharingRareWords(text, target, SPOKEN_OF_SCORE);
    return part && { intent: target, confidence: 1, route: 'context', entity: ctxEntity?.id, part: part.label, weak: true };
  }

  /** A figure the message quotes that one part of the topic in context gives ("I saw 48k", "AAPC says 9 percent"). */
  quotedFigure(text: string, context: ConversationContext, mentions: readonly EntityMention[]): FollowUp | undefined {
    // Only a figure someone quotes ("says", "I saw", "which is right?"), and never beside a credential of another card
    // ("I got 80% on my CCA practice test"): a score or a salary of one's own is not the card's figure.
    if (!QUOTING.test(text) || thingsNamed(mentions).some((m) => m.topic !== context.entity)) return undefined;
    const { target, ctxEntity } = this.referent(context);
    const part = target && this.parts.byFigure(text, target);
    return part && { intent: target, confidence: 1, route: 'context', entity: ctxEntity?.id, part: part.label };
  }

  /**
   * A long message whose question points back and asks a part: "...Could I just sit for it based on my six years of
   * experience?" after the RHIT is its eligibility. Only the clauses that ask count, and they must point back.
   */
  private pointedPart(text: string, target: Intent): AnswerPart | undefined {
    const asked = askedClauses(text).join(' ');
    if (!asked || !pointsBack(asked.toLowerCase().split(/[^a-z']+/), false)) return undefined;
    return askedPart(asked, target.layout)?.part;
  }

  /** The follow-up's reading, or undefined when the message should stand on its own after all. */
  resolve(text: string, ranking: Ranking, mentions: EntityMention[], context: ConversationContext): FollowUp | undefined {
    const byId = this.kb.byId;
    const { target, ctxTopic, ctxEntity } = this.referent(context);
    if (!target) return undefined;
    const ellipsis = continues(ranking) || ranking.analysis.tokens.length <= 5 || asksQuantityOfName(text, ranking.analysis.tokens);

    // "tell me more" after a narrow answer: the whole card it came from.
    if (context.part && MORE.test(text)) return { intent: target, confidence: 1, route: 'context', entity: ctxEntity?.id };
    // "are you sure? my teacher said 1 year", "what year is that figure from?": the part just given, again.
    const challenged = partAgain(text, context, target);
    if (challenged) return { intent: target, confidence: 1, route: 'context', entity: ctxEntity?.id, part: challenged.label };

    // "is there one for privacy too?" after the RHIT: another one asked for is the message's own reading, when it has one.
    const another = anotherOne(text, ranking, mentions, target, this.kb);
    if (another) return { intent: another, confidence: ranking.mass.topic, route: 'context' };
    // A year asked of the topic in context: the part giving it; "the year before": the last one given (figures quoted: Understanding).
    if (!mentions.length) {
      const year = this.parts.byYear(text, target);
      const yearPart = olderBeside(text, target, year) ?? year;
      if (yearPart) return { intent: target, confidence: 1, route: 'context', entity: ctxEntity?.id, part: yearPart.label };
      const yearAgain = ANOTHER_YEAR.test(text) ? sameAgain(context, target) : undefined;
      if (yearAgain) return { intent: target, confidence: 1, route: 'context', entity: ctxEntity?.id, part: yearAgain.label };
    }

    // "how long is the second one's exam?", "and the other one?": one side of the comparison in context.
    const side = sideNamed(text, context, this.kb, this.parts);
    // An organisation named with it only describes the side ("the non-AHIMA one").
    if (side && !thingsNamed(mentions).length) {
      const part = askedPart(text, side.layout)?.part ?? fallbackPart(text, side.layout) ?? (ctxTopic ? samePart(context, ctxTopic, side) : undefined);
      return { intent: side, confidence: 1, route: 'context', entity: side.entity ? side.id : undefined, part: part?.label };
    }

    // "what about the HIPAA documentation itself?" after record retention: a part named by its label ("How do those
    // codes look different from CPT Category I codes?" after HCPCS: with the thing it is compared with beside it).
    const labelled = this.parts.byLabel(ranking, target);
    const comparedWith = oneNamed(mentions) && ((pointsBack(ranking.analysis.tokens, false) && ABOUT_BOTH.test(text)) || STARTS_COMPARING.test(text)) ? byId.get(oneNamed(mentions)!.topic) : undefined;
    const beside = comparedWith && comparedWith !== target && comparedWith.kind === 'topic' ? [comparedWith] : undefined;
    if (labelled) return { intent: target, confidence: 1, route: 'context', entity: ctxEntity?.id, part: labelled.label, also: beside };

    // "and the CPC?", "what about rhia": the same question of another named thing.
    if (mentions.length === 1 && ellipsis && !STARTS_COMPARING.test(text) && !(beside && COMPARING.test(text))) {
      const named = byId.get(mentions[0]!.topic)!;
      // "and I need the RHIT for this job?": asked of it, about what its card has no part for and one topic is all
      // about (whether a certification is needed, the pay): that topic, the named thing kept in context.
      const home = askedPart(text, named.layout) ? undefined : this.parts.allAbout(text);
      if (home && home !== named) return { intent: home, confidence: 1, route: 'context', entity: named.entity ? named.id : ctxEntity?.id };
      // Another name of the same card ("and AAPC?" after the associations' AHIMA part): the part labelled with it.
      const ofName = named === target && context.named !== mentions[0]!.name ? this.parts.labelNaming(named, mentions[0]!.name) : undefined;
      const part = askedPart(text, named.layout)?.part ?? ofName ?? samePart(context, target, named);
      // The two are now being compared: "which one is for hospitals?" next asks of both.
      const compared = named !== target && target.kind === 'topic' ? [target] : undefined;
      return { intent: named, confidence: 1, route: 'context', entity: named.id, part: part?.label, compared };
    }
    // "how is it different from the CCA?" after the CCS: both sides, the one in context first; "is it harder than the
    // CPC?": the part asked (the exam) of each side, when the one in context has it.
    if (beside && target.kind === 'topic') return { intent: target, confidence: 1, route: 'context', entity: ctxEntity?.id, part: (askedPart(text, target.layout)?.part ?? sameAgain(context, target))?.label, also: beside };
    // Only the sides of the comparison in context named, asked about both: the comparison below answers it.
    const sideIds = sideIdsOf(context);
    const onlySides = sideIds.length > 0 && ABOUT_BOTH.test(text) && thingsNamed(mentions).every((m) => sideIds.includes(m.topic));
    if (mentions.length && !onlySides) return undefined;

    // A clear question of its own ("breach - how long do we have to notify patients?" after the RHIT) is not a
    // part of the topic in context just because it asks "how long": it stands unless the context changes its reading.
    if (this.standsAlone(text, ranking, target, ctxEntity)) return undefined;

    // After a comparison, "which one pays more?" asks about every side.
    const sides = (context.also ?? []).map((id) => byId.get(id)).filter((t): t is Intent => t?.kind === 'topic' && t !== target);
    if (sides.length && ABOUT_BOTH.test(text)) {
      // "which one pays more?" after "clerk vs coder": no side has the part, and one topic is all about it.
      const facetTopic = target.entity || askedPart(text, target.layout) ? undefined : this.parts.allAbout(text);
      if (facetTopic) return { intent: facetTopic, confidence: 1, route: 'context', entity: ctxEntity?.id, part: LEAD_PART };
      // Two credentials compared ("rhit vs rhia") with no part for it: who each is for (the jobs each leads to).
      // "so which one's longer?" after "cca exam how long" and "and ccs": the part the comparison has been about.
      const same = context.part ? sameAgain(context, target) : undefined;
      const part = askedPart(text, target.layout)?.part ?? same ?? this.parts.closest(text, target) ?? partFor(target.layout, facetNamed('audience')!);
      return { intent: target, confidence: 1, route: 'context', entity: ctxEntity?.id, part: part?.label, also: sides };
    }

    // "how long would a certificate take instead?" after the associate degree: the same question of another topic.
    const { intent: own, confidence: ownShare } = this.parts.ownReading(text, ranking);
    if (SWITCHING.test(text) && own !== target && own.kind === 'topic' && !own.entity && ownShare >= 0.3) {
      const part = askedPart(text, own.layout)?.part;
      return { intent: own, confidence: ranking.mass.topic, route: 'context', entity: ctxEntity?.id, part: part?.label };
    }

    // "why does it even matter?" after daily duties: the topic all about why, read clearly, of the same group.
    const titled = own !== target && own.group === target.group && ownShare >= CLEAR_OWN_SHARE && !target.entity ? this.parts.allAbout(text) : undefined;
    if (titled === own && askedPart(text, target.layout)?.part.label === LEAD_PART) return { intent: own, confidence: ranking.mass.topic, route: 'context' };

    // "And associate degree, how many years it take usually?" after certificate programs: the same question of another
    // topic the message clearly reads as, which has the part asked (the two are now being compared).
    const ownAskedClearly = continues(ranking) && own !== target && own.kind === 'topic' && ownShare >= CLEAR_OWN_SHARE ? askedPart(text, own.layout) : undefined;
    if (ownAskedClearly) return { intent: own, confidence: ranking.mass.topic, route: 'context', entity: own.entity ? own.id : undefined, part: ownAskedClearly.part.label, compared: target.kind === 'topic' ? [target] : undefined };
    // "how long is the exam?", "what does it cost?": one part of the topic in context.
    // "when was it founded?" after the AAPC: of the associations' parts that say when, the AAPC's.
    // "and the exam itself, can I take it from home?" after CPC coders working remotely: what only a credential has
    // (its exam, eligibility, renewal) is asked of the credential in context, not of the topic answered about it.
    const ofCredential = ctxEntity?.entity && ctxEntity !== target ? askedPart(text, ctxEntity.layout) : undefined;
    if (ofCredential && CREDENTIAL_FACETS.has(ofCredential.facet.name)) return { intent: ctxEntity, confidence: 1, route: 'context', entity: ctxEntity!.id, part: ofCredential.part.label };
    const asked = examTimeAfterExam(text, context, target) ?? askedPart(text, target.layout);
    const ofNamed = asked && context.named ? this.parts.partNaming(text, target, context.named, asked.part) : undefined;
    const term = this.parts.byTerm(ranking.analysis, target);
    if (term && !ofNamed) return { intent: target, confidence: 1, route: 'context', entity: ctxEntity?.id, part: term.label };
    if (asked) return { intent: target, confidence: 1, route: 'context', entity: ctxEntity?.id, part: (ofNamed ?? figureOfSamePart(asked, context, target) ?? asked.part).label };
    // The thing named earlier has the part asked for and the topic answered has not: "what's recommended
    // before taking it?" after a message about a terminology class that named the CCA.
    const named = ctxEntity && ctxEntity !== target ? askedPart(text, ctxEntity.layout) : undefined;
    // Not when the card in context plainly speaks of what is asked: "does it cover paper records too?" after the
    // Security Rule (which only names HIPAA) is its "Electronic only" part, not who must follow HIPAA.
    const spokenOf = named && !target.entity ? this.parts.sharingRareWords(text, target, 1) : undefined;
    if (spokenOf) return { intent: target, confidence: 1, route: 'context', entity: ctxEntity?.id, part: spokenOf.label };
    if (named) return { intent: ctxEntity, confidence: 1, route: 'context', entity: ctxEntity!.id, part: named.part.label };
    // ...or the one credential the answer named has it: "what's the exam she'd take?" after the associate degree (the RHIT).
    const leadsTo = this.parts.credentialAskedOf(text, target);
    if (leadsTo) return { intent: leadsTo.credential, confidence: 1, route: 'context', entity: leadsTo.credential.id, part: leadsTo.part.label };

    // A general topic about something the context names: "how many CEUs do I need?" after the CPC.
    // Only when that is the message's reading, not a guess among many ("what does a unit secretary earn?").
    if (handsOverTo(own, ctxEntity) && ownShare >= DEFERRED_OWN_SHARE) {
      return { intent: ctxEntity, confidence: ranking.mass.topic, route: 'context', entity: ctxEntity.id };
    }

    // "and the associate one?": a topic of its own, asked the way the previous one was.
    const ownWords = ranking.analysis.stems.some((stem) => !VAGUE.has(stem) && !this.ranker.isCommon(stem) && this.ranker.rarity(stem) > 0);
    // Words of the field many topics share ("associate", "staff") say what is asked, though they pick no topic alone.
    const fieldWords = ownWords || ranking.analysis.stems.some((stem) => !VAGUE.has(stem) && !COMMON.has(stem) && this.ranker.rarity(stem) >= SOFT_RARITY);
    const lastSaid = continues(ranking) && ownShare < CLEAR_OWN_SHARE ? this.parts.lastPartSaying(text, context, target) : undefined;
    if (lastSaid) return { intent: target, confidence: 1, route: 'context', entity: ctxEntity?.id, part: lastSaid.label };
    if (continues(ranking) && fieldWords && own !== target && ownShare >= 0.2 && ranking.mass.topic >= this.thresholds.topicMassWithField) {
      // What the message asks of it comes first ("and the Level II codes, what do they cover?" after who updates CPT).
      const part = askedPart(text, own.layout)?.part ?? (ctxTopic ? samePart(context, ctxTopic, own) : undefined);
      // "and for a coder?" after the pay, "what about coders?" after working from home: the topic all about what was
      // asked (its title says it) answers it again, for the one named.
      const asked = facetNamed(context.asked);
      const allAboutIt = ctxTopic && asked && (this.parts.homeOf(asked.name) === ctxTopic || asked.label.test(ctxTopic.title.toLowerCase()));
      const clipped = ranking.analysis.tokens.length <= CLIPPED_WORDS && !facetsAsked(text).length;
      const home = !part && allAboutIt && clipped ? ctxTopic : undefined;
      if (home) return { intent: home, confidence: 1, route: 'context', part: this.parts.closest(text, home)?.label };
      return { intent: own, confidence: ranking.mass.topic, route: 'context', entity: own.entity ? own.id : undefined, part: part?.label };
    }

    // The message has a clear topic of its own: it stands ("which credential should she start with?"). Longer
    // messages are read reliably on their own; a short one needs a clearer reading.
    // A message that points back ("is that an actual law?") keeps a weak reading of its own only when it is clear.
    const ownInField = own !== target && ranking.mass.topic >= this.thresholds.topicMass;
    const ownIsClear = ownShare >= 0.3 || (!pointsBack(ranking.analysis.tokens) && ranking.analysis.tokens.length >= OWN_READING_WORDS);
    if (ownInField && ownWords && ownIsClear) {
      // "can I do it online?" after the associate degree: a clear reading of its own that asks one part of it,
      // pointing back, gets that part, not the whole card.
      const ownPart = pointsBack(ranking.analysis.tokens, false) && own.kind === 'topic' ? askedPart(text, own.layout) : undefined;
      // A very clear reading ("can I do it from home?" is working from home) is the whole question: its whole card.
      const aboutIt = ownShare >= VERY_CLEAR_OWN_SHARE;
      if (ownPart && !aboutIt && ownPart.facet.name !== 'why' && ownPart.facet.name !== 'sources') {
        return { intent: own, confidence: ranking.mass.topic, route: 'context', entity: ctxEntity?.id, part: ownPart.part.label };
      }
      return undefined;
    }

    // Read again with what the message refers to spelled out; another topic wins only when clearly better.
    const again = this.ranker.rank(`${text} ${this.hint(ctxTopic, ctxEntity)}`);
    const best = byId.get(again.best[0]!.intent)!;
    if (fieldWords && best !== ctxTopic && best !== ctxEntity && again.mass.topic >= this.thresholds.topicMass && again.mass.topic > ranking.mass.topic + 0.1) {
      return { intent: best, confidence: again.mass.topic, route: 'context', entity: ctxEntity?.id };
    }
    // The topic in context has no part for what is asked and the message's own reading has: "can I do it online?"
    // after the associate degree is the online part of program length and cost.
    // A message pointing back ("those") needs a clearer reading of its own in another group: "We also have Medicare
    // Advantage contracts... Do those change anything?" after record retention is not the risk adjustment coder's exam.
    const ownShareNeeded = pointsBack(ranking.analysis.tokens, false) && own.group !== target.group ? POINTING_OWN_PART_SHARE : OWN_PART_SHARE;
    const ownAsked = own !== target && own.kind === 'topic' && ownShare >= ownShareNeeded ? askedPart(text, own.layout) : undefined;
    if (ownAsked && ownAsked.facet.name !== 'why' && ownAsked.facet.name !== 'sources') {
      return { intent: own, confidence: ranking.mass.topic, route: 'context', entity: ctxEntity?.id, part: ownAsked.part.label };
    }
    // "how much do medical records specialists make" after the CPC names whom it asks about: its own question, whole.
    const namesItsOwn = ownShare >= 0.3 && !pointsBack(ranking.analysis.tokens) && !continues(ranking) && this.named(ranking).length > 0;
    if (!namesItsOwn) {
      // ...or is all about it: "which one pays more?" after the roles compared is the pay topic's direct answer.
      if (own !== target && own.kind === 'topic' && ownShare >= OWN_PART_SHARE && asksTitleOf(text, own)) {
        return { intent: own, confidence: ranking.mass.topic, route: 'context', entity: ctxEntity?.id, part: LEAD_PART };
      }
      // ...or one topic of the knowledge base is all about what is asked, however the message reads alone: "which
      // pays better?" after the roles compared.
      const facetTopic = this.parts.allAbout(text);
      if (facetTopic && facetTopic !== target) return { intent: facetTopic, confidence: 1, route: 'context', entity: ctxEntity?.id, part: LEAD_PART };
    }
    // The topic in context again: never the whole card, only the part that fits the question best: the one an
    // everyday follow-up asks for ("where do I even start?"), else the one sharing the most words with it.
    // A part an everyday question asks for is a real tie; a part that only shares words with the message is weak.
    // A figure asked of what was just answered narrowly is that part's own figure ("what's the exact gap it reported?").
    // After a whole card, the direct answer's figure ("is coding mostly remote now?", then "whats the actual %?").
    const lastPart = context.part && context.topic === target.id ? sameAgain(context, target) : { label: LEAD_PART, text: target.layout.lead };
    const figureOfLast = lastPart && /\d/.test(lastPart.text) && FIGURE_ASKED.test(text) ? lastPart : undefined;
    const everyday = figureOfLast ?? fallbackPart(text, target.layout);
    const part = everyday ?? this.parts.closest(text, target) ?? this.parts.naming(target, ctxEntity);
    if (part) return { intent: target, confidence: again.mass.topic, route: 'context', entity: ctxEntity?.id, part: part.label, weak: !everyday, besidePart: everyday ? undefined : secondClosest(this.parts, text, target, part)?.label };
    // "what about records clerks?" after pay, in words every topic uses: the same question, so the direct answer.
    // "what about clerks?" after what coders do: a topic that never names them is no answer; a clear own reading is.
    if (continues(ranking) && this.named(ranking).length > 0) {
      const answered = this.parts.stems(target.answer);
      const covers = this.named(ranking).every((stem) => answered.includes(stem));
      if (!covers && own !== target && own.kind === 'topic' && ownShare >= CLEAR_CONTINUATION_SHARE) {
        return { intent: own, confidence: ranking.mass.topic, route: 'context', entity: own.entity ? own.id : undefined };
      }
      return { intent: target, confidence: again.mass.topic, route: 'context', entity: ctxEntity?.id, part: LEAD_PART, weak: true };
    }
    // Nothing in the context answers it: a reading of its own that is clear, or that does not point back, stands.
    // "what does a records clerk do?" after the RHIA exam names its own subject in the field's common words.
    const ownStands = (ownWords ? ownShare >= 0.3 : ownShare >= CLEAR_OWN_SHARE && !pointsBack(ranking.analysis.tokens)) || namesItsOwn;
    if (ownStands && ranking.mass.topic >= this.thresholds.topicMass) return undefined;
    // No part of the context fits: a reading of its own in the field's words beats "not sure" ("that thing" has none).
    if (fieldWords && own !== target && own.kind === 'topic' && ranking.mass.topic >= this.thresholds.topicMass && ownShare >= GUESS_OWN_SHARE) {
      return { intent: own, confidence: ranking.mass.topic, route: 'context', entity: ctxEntity?.id, weak: true };
    }
    return { intent: undefined, confidence: ranking.mass.topic, route: 'unresolved', offer: [target], weak: true };
  }

  /**
   * True when the message's own reading is very clear and nothing in it points back: "how long is the exam?"
   * (exam logistics at 0.4) leans on the context; "after a breach, how long do we have to tell the patients?"
   * (breach notification at 0.98) does not. Reading it again with the context spelled out cannot decide this:
   * a credential's name outweighs any question it is appended to.
   */
  private standsAlone(text: string, ranking: Ranking, target: Intent, ctxEntity: Intent | undefined): boolean {
    const own = this.kb.byId.get(ranking.best[0]!.intent)!;
    if (own === target || own === ctxEntity || ranking.best[0]!.confidence < VERY_CLEAR_OWN_SHARE || isBareQuestion(ranking.analysis.tokens)) return false;
    // "cost?", "time limit?", "examples?": a word or two naming a part asks it of what was just said, however clearly
    // the classifier reads it alone (the programs' cost topic).
    if (ranking.analysis.tokens.length <= FACET_ONLY_WORDS && facetsAsked(text).length) return false;
    // A credential's own card read from a name that is only a condition ("...if I have my RHIT") is no subject.
    if (own.entity) return false;
    return ranking.mass.topic >= this.thresholds.topicMass && !continues(ranking) && !pointsBack(ranking.analysis.tokens);
  }

  /** Words that name something ("what about clerks?"): known to a topic; not common, vague, a pronoun or a continuation. */
  private named(ranking: Ranking): string[] {
    const { tokens, stems } = ranking.analysis;
    return stems.filter((stem, i) => !COMMON.has(stem) && !VAGUE.has(stem) && !PRONOUNS.has(tokens[i]!) && !CONTINUATION_WORDS.has(tokens[i]!) && this.ranker.rarity(stem) > 0);
  }

  /** The context spelled out, for a second reading: the topic's title and the entity's name. */
  private hint(ctxTopic: Intent | undefined, ctxEntity: Intent | undefined): string {
    return [ctxTopic?.title, ctxEntity && ctxEntity !== ctxTopic ? ctxEntity.entity?.names[0] : undefined].filter(Boolean).join(' ');
  }
}
