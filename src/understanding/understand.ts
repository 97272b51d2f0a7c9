// From a message (and the conversation so far) to what to answer. The order is the product's promise:
// 1. on the message alone: emergencies, neighbouring careers and employer-internal facts (scope.ts), then
//    declines and conversation (greetings, help, thanks...) that the classifier is sure of;
// 2. the conversation context, only when the message leans on it (follow-up.ts);
// 3. the message's own topic, ranked by the classifier and retrieval together (ranker.ts);
// 4. otherwise "not sure", with the closest topics to choose from.
import { ChartPathClassifier, type ClassifierSnapshot, type EngineOptions } from '../nlu/classifier.js';
import { EntityMatcher, type EntityMention } from '../nlu/entities.js';
import { trainOrLoad } from './training.js';
import type { Analysis } from '../nlu/analyzer.js';
import type { Bm25Snapshot } from '../nlu/retrieval.js';
import type { Intent, KnowledgeBase } from '../knowledge/types.js';
import type { ConversationContext } from '../store/state.js';
import { FollowUps } from './follow-up.js';
import { GUESS_SHARE, VERY_SURE_DECLINE, WEAK_FOLLOW_UP_DECLINE_MASS, WEAK_FOLLOW_UP_DECLINE_WORDS, WEAK_OWN_SHARE } from './shares.js';
import { ABOUT_BOTH, continues, isBareQuestion, leansOnContext, MAX_FOLLOW_UP_WORDS, nameAloneAfterAsked, ownClearlyNamed, pointsBack, refersToSide, sideQuestion, subjectMentions } from './pointing.js';
import { Ranker, type Ranking } from './ranker.js';
import { EMERGENCY, OTHER_CAREERS, Scope } from './scope.js';
import { askedPart, facetsAsked } from './facets.js';
import { asksOfCredentialInContext } from './credential-in-context.js';
import { challenges } from './follow-up-cues.js';
import { lastResortPart } from './context-part.js';
import { afterPleasantry, beforePassingOn, ASKS, switchesSubject } from './pleasantry.js';
import { askedInFrame, overviewAsked } from './request-frame.js';
import { heldForEligibility } from './held.js';
import { organisationsOne } from './organisations-one.js';
import { DEFAULT_THRESHOLDS, type Thresholds } from './thresholds.js';
import { companions, inNamedOrder, namedSidesFirst } from './companions.js';
import { comparedInTurn } from './in-turn.js';
import { backReferredQuestion, examQuestionOfStory } from './back-reference.js';
import { focusedEntity } from './focus.js';
import { SHORT_QUESTION_WORDS } from './part-finder.js';
import { outsideCondition, Subjects } from './subjects.js';
import { finished } from './finishing.js';
import { namedTopic } from './named-topic.js';
import { deferredToContext } from './deferred-to-context.js';
import { sideIdsOf } from './sides.js';
import { askedAgainOf, declinedFrame, pivotSubject } from './pivot.js';
import type { Decision, Route } from './decision.js';

export type { Decision, Route } from './decision.js';

export interface UnderstandingOptions {
  thresholds?: Thresholds;
  /** Where to keep the trained model between runs (see nlu/model-cache.ts); none means always train. */
  cacheDir?: string | undefined;
  /** A model already trained on exactly this knowledge base (the compiled bundle, src/bundle/): nothing is trained. */
  snapshot?: ClassifierSnapshot | undefined;
  /** With the snapshot: what reading the knowledge base through the analyzer gave (see tables()). */
  tables?: UnderstandingTables | undefined;
}

/** The knowledge base as the analyzer read it at start-up (topic stems for retrieval, entity names' tokens). */
export interface UnderstandingTables {
  documents: string[][];
  names: string[][];
  /** Retrieval's index of the documents, ready to score with (none: built from the documents). */
  retrieval?: Bm25Snapshot | undefined;
}

const YES = /^(yes|yeah|yep|yup|ya|yea|sure|ok|okay|correct|right|that one|exactly|y)\b[.! ]*$/i;

export class Understanding {
  readonly classifier: ChartPathClassifier;
  readonly entities: EntityMatcher;
  readonly ranker: Ranker;
  readonly scope: Scope;
  readonly thresholds: Thresholds;
  private readonly kb: KnowledgeBase;
  private readonly followUps: FollowUps;
  private readonly subjects: Subjects;

  /** True when the classifier came from the model cache instead of being trained in this process. */
  readonly fromCache: boolean;

  /**
   * Trains the classifier on the knowledge base's examples. With a cache folder, a model trained earlier on
   * exactly the same examples, options and engine code is reused (see nlu/model-cache.ts).
   */
  constructor(kb: KnowledgeBase, engine: EngineOptions = {}, options: UnderstandingOptions | string = {}, trained?: Understanding) {
    const opts: UnderstandingOptions = typeof options === 'string' ? { cacheDir: options } : options;
    this.kb = kb;
    this.thresholds = opts.thresholds ?? DEFAULT_THRESHOLDS;
    this.scope = new Scope(kb.scope);
    if (trained) {
      // The same trained model read with other thresholds (the eval's sweep): nothing is trained again.
      this.classifier = trained.classifier;
      this.fromCache = trained.fromCache;
      this.entities = trained.entities;
      this.ranker = trained.ranker;
      this.followUps = new FollowUps(kb, this.ranker, this.thresholds);
      this.subjects = new Subjects(kb, this.ranker, this.scope, this.entities);
      return;
    }
    const engineOptions: EngineOptions = { ...engine, analyzer: { synonyms: kb.vocabulary.synonyms, ...engine.analyzer } };
    this.classifier = new ChartPathClassifier(engineOptions);
    // The compiled bundle's model as it is; else the cache's for these examples, or a fresh training.
    if (opts.snapshot) this.classifier.restore(opts.snapshot);
    this.fromCache = opts.snapshot ? true : trainOrLoad(this.classifier, kb, engineOptions, opts.cacheDir);
    const tables = opts.snapshot ? opts.tables : undefined;
    this.entities = new EntityMatcher(kb.intents, this.classifier.analyzer, tables?.names);
    this.ranker = new Ranker(kb, this.classifier, undefined, () => tables?.documents, tables?.retrieval);
    this.followUps = new FollowUps(kb, this.ranker, this.thresholds);
    this.subjects = new Subjects(kb, this.ranker, this.scope, this.entities);
  }

  /** What the analyzer made of the knowledge base, for the compiled bundle. */
  tables(): UnderstandingTables {
    return { documents: this.ranker.documents, names: this.entities.names, retrieval: this.ranker.retrieval() };
  }

  /** The same trained model with other thresholds. */
  withThresholds(thresholds: Thresholds): Understanding {
    return new Understanding(this.kb, {}, { thresholds }, this);
  }

  analyze(text: string): Analysis {
    return this.classifier.analyzer.analyze(text);
  }

  decide(text: string, context: ConversationContext | undefined): Decision {
    return finished(this.decideOnce(text, context), text, context, this.kb, this.followUps.parts);
  }

  private decideOnce(text: string, context: ConversationContext | undefined): Decision {
    const t = this.thresholds;
    const byId = this.kb.byId;
    const verdict = this.scope.judge(text);
    if (verdict.kind === 'decline') {
      const emergency = verdict.reply === EMERGENCY;
      const declined = verdict.career ? declinedFrame(text, verdict.career) : undefined;
      return { intent: emergency ? undefined : byId.get(verdict.reply), confidence: 1, route: 'scope', candidates: [], entity: undefined, emergency, declined };
    }

    // "thx! and how long is it good for": the question is what is asked (the whole message was checked for declines);
    // "tell me about coding": the plain question about the field's words the request wraps ("what is coding"), and
    // "...the CPC keeps coming up. Can you give me a rundown?" asks what the CPC is.
    const asked = afterPleasantry(text) ?? beforePassingOn(text) ?? (verdict.fieldTerms.length ? (askedInFrame(text) ?? overviewAsked(text)) : undefined);
    if (asked !== undefined) return this.decide(asked, switchesSubject(text) ? undefined : context);

    // The only careers named are the asker's past, a supposed requirement or a comparison (scope.ts): the classifier
    // reads "nurse" as another career whatever it stands for in the sentence, so that reading is set aside.
    const read = this.ranker.rank(text);
    const ranking = verdict.kind === 'open' && verdict.careersAside ? this.ranker.without(read, OTHER_CAREERS) : read;
    const found = this.entities.find(ranking.analysis);
    const mentions = subjectMentions(ranking, found);
    const top = ranking.top;
    const topIntent = byId.get(top.intent)!;
    const candidates = ranking.best.slice(0, 5);
    const decided = (intent: Intent | undefined, confidence: number, route: Route, extra: Partial<Decision> = {}): Decision => ({
      intent,
      confidence,
      route,
      candidates,
      // The answered topic's own entity wins over a name merely mentioned on the way.
      entity: intent?.entity ? intent.id : mentions[0]?.topic,
      named: mentions.length === 1 && mentions[0]!.topic === intent?.id ? mentions[0]!.name : undefined,
      ...extra,
    });

    // "AAPC's page says 9 percent though, which do I use?" after the outlook: a figure quoted that its card gives.
    const quoted = (): Decision | undefined => {
      const q = context ? this.followUps.quotedFigure(text, context, mentions) : undefined;
      return q && { ...decided(q.intent, q.confidence, 'context'), ...q, candidates };
    };

    // 1. Declines and conversation, on the message alone: no context can turn them into a topic. A weak
    // classifier decline of a short message that leans on the conversation is left to the context instead.
    const declining = topIntent.kind === 'decline' || topIntent.kind === 'abuse';
    // A decline needs the classifier to lean to declining as a whole: "is it hard?" is vague, not off-topic.
    const saysNonTopic =
      topIntent.kind !== 'topic' && top.confidence >= t.answer && (!declining || top.confidence >= t.sureNonTopic || ranking.mass.decline >= 0.65);
    // A side of the comparison in context picked ("ok the bachelor's one, can you qualify with a master's instead?")
    // leans on it even in a longer message, or beside the organisation it is described by ("the non-AHIMA one").
    // So does a question about both that names only the sides ("Compared with the CCS, which one... how long is each exam?").
    const sides = sideIdsOf(context);
    const ofBothSides = mentions.length > 0 && mentions.every((m) => sides.includes(m.topic)) && ABOUT_BOTH.test(text);
    const picksSide = sides.length > 0 && (refersToSide(text) || ofBothSides) && ranking.analysis.tokens.length <= 2 * MAX_FOLLOW_UP_WORDS;
    // "how hard is the exam, like how many questions..." after the CRC: what only a credential has, asked of that one.
    const asksOfCredential = asksOfCredentialInContext(text, context, ranking, mentions, verdict.fieldTerms, this.kb);
    const leaning = context !== undefined && (leansOnContext(text, ranking, mentions) || picksSide || asksOfCredential || nameAloneAfterAsked(ranking, mentions, context));
    // A follow-up made only of everyday words ("what should I have before taking it?") says nothing by itself
    // that could be declined; "can I take ibuprofen with it?" names something of its own.
    // "can we get more time if we're swamped": the words of a condition it ends with name no subject of their own.
    const unknownWord = this.subjects.namesTheUnknown(outsideCondition(ranking.analysis));
    const saysNothingAlone = leaning && !unknownWord && (isBareQuestion(ranking.analysis.tokens) || !ranking.analysis.stems.some((stem) => !this.ranker.isCommon(stem)));
    // "is it hard to pass?" after the CCA points back and asks a part the CCA has, in words the classifier may
    // read as a decline; a word no topic knows ("how much ibuprofen can I take with it?") keeps the decline.
    const asksContextPart =
      leaning && declining && !unknownWord && top.confidence < VERY_SURE_DECLINE && (pointsBack(ranking.analysis.tokens, false) || Boolean(context?.also?.length)) && this.followUps.asksPartOf(text, context!);
    // "My coworker says it's 10 years for all of it. Who's right?" after how long records are kept checks the answer just
    // given: the classifier's reading of it as a decline is not sure unless very sure, when no word is unknown.
    const checksAnswer = leaning && declining && !unknownWord && top.confidence < VERY_SURE_DECLINE && challenges(text);
    // Conversation ("bye", "what can you do?") is sure whatever it leans on; only declines need words of their own.
    const sure = top.confidence >= t.sureNonTopic && (!declining || (!saysNothingAlone && !asksContextPart && !checksAnswer));
    // A message in the field's own words is declined by the classifier only when it is sure; as another career only
    // when it is very sure, since the scope lists already decline a neighbouring career that is named ("what exam do
    // I take to become a coder at a doctor's office?" is a coder's question).
    // Nor when it names no career and points back at the one in context: "how do I become one?" after the ROI
    // specialist asks about that role (the scope lists decline a career that is named).
    const careerInContext = leaning && !unknownWord && (pointsBack(ranking.analysis.tokens, false) || ranking.analysis.tokens.includes('one'));
    // Nor when the only careers named are the asker's past, a supposed requirement or a comparison (scope.ts): the
    // classifier reads "nurse" as another career whatever it stands for in the sentence.
    const otherCareer = topIntent.id === OTHER_CAREERS && ((verdict.fieldTerms.length > 0 && top.confidence < VERY_SURE_DECLINE) || careerInContext);
    const mayDecline = (sure && !otherCareer) || (!leaning && verdict.fieldTerms.length === 0);
    if (saysNonTopic && !mentions.length && ranking.mass.topic < t.topicMass && mayDecline) return decided(topIntent, top.confidence, 'classifier');
    // A statement that asks nothing ("i work the front desk at a clinic") is not declined on a weak guess: it is
    // someone saying who they are, and "not sure" offers the topics closest to it instead.
    const weakStatement = top.confidence < t.answer && !ASKS.test(text);
    // "Legal will draft the letters... is HHS told at the same time?" after the breach rules: no decline is sure, the
    // decline mass is spread over several, and the message's best topic is the one in context: it continues it.
    const continuesContext = context?.topic !== undefined && ranking.best[0]!.intent === context.topic && top.confidence < t.answer;
    // A message naming something of the field ("tell me about AHIMA") is declined by the classifier only when it is
    // very sure: "tell me about..." reads to it like small talk.
    const namesTheField = mentions.length > 0 && verdict.fieldTerms.length > 0 && top.confidence < VERY_SURE_DECLINE;
    if (declining && ranking.mass.decline >= 0.65 && mayDecline && !weakStatement && !continuesContext && !namesTheField) {
      return decided(topIntent, top.confidence, 'classifier');
    }

    const contextPart = heldForEligibility(text, ranking.analysis.tokens, found, context, this.kb) ?? organisationsOne(text, found, context, this.kb);
    if (contextPart) return { ...decided(contextPart.intent, 1, 'context'), part: contextPart.part };
    const askedDecline = this.subjects.askingClausesDecline(text, ranking, verdict.fieldTerms);
    if (askedDecline) return decided(askedDecline.intent, askedDecline.confidence, 'classifier');
    const figure = quoted();
    if (figure) return figure;
    // "I'm an RHIT. How do I refinance my mortgage?": the field is only who is asking; what is asked, no topic knows.
    // (Only a message with such a word can have asking clauses with one: the second reading is rarely needed.)
    if (verdict.fieldTerms.length && unknownWord && this.subjects.asksAboutTheUnknown(text)) return decided(undefined, ranking.mass.topic, 'unsure');

    // "yes" to a single "did you mean".
    if (context?.offered?.length === 1 && YES.test(text.trim())) {
      const offered = byId.get(context.offered[0]!);
      if (offered?.kind === 'topic') return decided(offered, 1, 'confirm', { entity: offered.entity ? offered.id : context.entity });
    }

    // "Ok that helps. And how long is the second one's exam? I get test anxiety...": a long message whose one question
    // leans on the conversation is that question, read with the context (the rest was checked for declines above).
    const leaningQuestion = context?.also?.length && !leaning ? sideQuestion(text) : undefined;
    if (leaningQuestion !== undefined) return this.decide(leaningQuestion, context);
    // "...Given the number you just gave me, what is that per hour?": the question asked of the last answer, when it reads
    // as a topic (else the whole message is read; "this is correct for me?" alone may read as a decline, wrongly).
    // "...so am I even allowed to take it?": the question of a story naming nothing that points at the exam in context.
    const referred = context && !leaning ? (backReferredQuestion(text) ?? (mentions.length ? undefined : examQuestionOfStory(text))) : undefined;
    const referredDecision = referred !== undefined ? this.decide(referred, context) : undefined;
    if (referredDecision?.intent?.kind === 'topic') return referredDecision;

    // "what about medical records specialists?" just after "what does a pharmacy tech make?" was declined: the
    // declined question asked again of what the message names, when that reads as a topic of this field.
    const pivot = context?.declined ? this.askedAgain(text, context.declined) : undefined;
    if (pivot) return pivot;

    // 2. The conversation, only where the message leans on it.
    if (context && leaning) {
      const followUp = this.followUps.resolve(text, ranking, mentions, context);
      // "check this out, reply so the whole server sees it": a pronoun is not a question about the topic in
      // context; a message long enough to say something of its own that leans to declining is declined
      // ("tell me more about that" is too short to say anything but "go on").
      // Nor does a challenge of the answer in known words ("isn't it updated every quarter? that's what my coworker said").
      const saysItsOwn = !saysNothingAlone && ranking.analysis.tokens.length >= WEAK_FOLLOW_UP_DECLINE_WORDS && !(challenges(text) && !unknownWord);
      // "so how would someone like me become one of them?" names no career of its own: no other-career question.
      const careerOfContext = topIntent.id === OTHER_CAREERS && careerInContext;
      if (followUp?.weak && declining && ranking.mass.decline >= WEAK_FOLLOW_UP_DECLINE_MASS && saysItsOwn && !verdict.fieldTerms.length && !careerOfContext) {
        return decided(topIntent, top.confidence, 'classifier');
      }
      // "do you like pizza?" after ICD-11: a word no topic knows is what the message is about, and a part that
      // merely shares "like" with it is no answer. It is read on its own instead. ("u sure? my classmate said..." is not.)
      // So is "whats the nclex pass rate?" after the RHIT: a word no topic knows, in a message that neither points
      // back nor continues, is its subject, whatever part of the context it seems to ask.
      const ownSubject = !pointsBack(ranking.analysis.tokens) && !continues(ranking) && !picksSide;
      // A weak tie still beats a reading of its own that is only a guess among topics ("can they ask for it on a USB
      // drive?" after the right of access): the unknown word then names a detail of the topic, not another subject.
      const ownGuess = !declining && ranking.mass.topic >= t.topicMass && ranking.best[0]!.confidence < GUESS_SHARE && pointsBack(ranking.analysis.tokens, false);
      const aboutSomethingElse = (followUp?.weak || ownSubject) && !verdict.fieldTerms.length && unknownWord && !ownGuess && !challenges(text);
      if (followUp && !aboutSomethingElse) {
        const offered = followUp.offer?.map((i) => ({ intent: i.id, confidence: 1 })) ?? [];
        return { ...decided(followUp.intent, followUp.confidence, followUp.route), ...followUp, candidates: [...offered, ...candidates] };
      }
    }

    // 3. The message's own topic.
    // Gibberish ("asdkjh qwe zxc") shares no word with any topic: it is never answered with one.
    const known = ranking.analysis.stems.some((stem) => this.ranker.rarity(stem) > 0);
    const inField =
      (known && ranking.mass.topic >= t.topicMass && !this.subjects.unknownSubject(ranking, mentions, verdict.fieldTerms)) ||
      (verdict.fieldTerms.length > 0 && ranking.mass.topic >= t.topicMassWithField);
    // A message that does not look like a follow-up, but asks in everyday words for a part of the topic in context
    // ("how do I get rid of the A part?" after the CPC-A): that part, never the whole card. Only an everyday question
    // counts (partAskedOf); a word shared with a part, or one facet word, does not.
    const partOfContext = (everydayOnly = false): Decision | undefined => {
      const p = context && (!leaning || everydayOnly) && ranking.mass.decline < 0.65 ? this.followUps.partAskedOf(text, context, everydayOnly) : undefined;
      return p && { ...decided(p.intent, p.confidence, 'context'), ...p, candidates };
    };
    const named = namedTopic(text, ranking, mentions, this.kb, this.followUps.parts, this.ranker);
    // A long story that declines pull at is still about the thing it names, when that is clearly its own best topic.
    if (named && (inField || ranking.analysis.tokens.length <= 6 || ownClearlyNamed(ranking, mentions))) {
      return this.withCompanions(text, mentions, decided(named.intent, named.confidence, named.route), context);
    }
    if (inField) {
      // "Is there a faster way to get the A removed? I only have a year of coding work." after the CPC-A: no topic
      // stands out of the message's own reading, and the topic in context has the part it asks for.
      const share = ranking.best[0]!.confidence;
      const inContext = (share < GUESS_SHARE && !unknownWord ? partOfContext() : undefined) ?? (share < WEAK_OWN_SHARE ? partOfContext(true) : undefined);
      if (inContext) return inContext;
      const read = this.followUps.parts.ownReading(text, ranking, context?.topic ? byId.get(context.topic) : undefined).intent;
      // "what does a medical coder make?": read as what coders are, it asks what the pay topic is all about and the
      // coding card has no part for. Only a short question: a long message mentions pay on the way to other things.
      const home = ranking.analysis.tokens.length > SHORT_QUESTION_WORDS || askedPart(text, read.layout) ? undefined : this.followUps.parts.allAbout(text);
      const best = home ?? read;
      // A general card that hands over to credentials ("how the exams work"), with one in context and none named.
      const ofHeld = deferredToContext(best, text, mentions.length, context, this.kb);
      if (ofHeld) return decided(ofHeld.intent, ranking.mass.topic, 'context', { entity: ofHeld.intent.id, part: ofHeld.part });
      const focus = mentions.length ? undefined : focusedEntity(text, best, this.followUps.parts, this.entities, this.ranker.analyzer);
      return this.withCompanions(text, mentions, decided(best, ranking.mass.topic, 'classifier', focus ? { entity: focus } : {}));
    }
    if (saysNonTopic && !otherCareer) return decided(topIntent, top.confidence, 'classifier');
    // 4. Nothing on its own: a part of the topic in context it asks for, or that it plainly speaks of in rare words its card uses, or "not sure".
    const spokenOf = () => {
      // Only a message the classifier places in the field at all: "how do I remove my ex from my phone plan?" after the
      // CPC-A shares "remove" with its card and nothing else.
      const p = context && (ranking.mass.decline < 0.5 || continuesContext) && ranking.mass.topic >= t.topicMassWithField ? this.followUps.partSpokenOf(text, context) : undefined;
      return p && { ...decided(p.intent, p.confidence, 'context'), ...p, candidates };
    };
    // ...or a claim made about it, a question pointing back at it, or one whose own best guess it is (context-part.ts).
    const ofContext = () => {
      const p = mentions.length ? undefined : lastResortPart(text, context, ranking, this.kb, this.followUps.parts);
      return p && { ...decided(p.intent, p.confidence, 'context'), part: p.part };
    };
    return partOfContext() ?? spokenOf() ?? ofContext() ?? decided(undefined, ranking.mass.topic, 'unsure');
  }

  /** The declined question asked again of the subject of "what about X?", when that is a topic's own question. */
  private askedAgain(text: string, frame: string): Decision | undefined {
    const subject = pivotSubject(text);
    if (!subject) return undefined;
    const again = this.decideOnce(askedAgainOf(frame, subject), undefined);
    const ownReading = again.route === 'classifier' || again.route === 'entity' || again.route === 'deferred';
    return again.intent?.kind === 'topic' && ownReading ? again : undefined;
  }

  private withCompanions(text: string, mentions: EntityMention[], answered: Decision, context?: ConversationContext): Decision {
    const decision = { ...answered, asked: facetsAsked(text)[0]?.name };
    const also = companions(text, mentions, decision.intent!, this.kb, this.ranker, this.thresholds);
    if (!also.length) return comparedInTurn(text, decision, context, this.kb);
    const sides = namedSidesFirst(text, mentions, [decision.intent!, ...also], () => this.followUps.parts.allAbout(text));
    const [first, ...rest] = inNamedOrder(text, mentions, sides, this.kb);
    return { ...decision, intent: first, entity: first!.entity ? first!.id : decision.entity, also: rest };
  }
}
