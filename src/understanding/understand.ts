// From a question (and the conversation so far) to the intent to answer: the classifier ranks the
// intents, named entities and the short conversation context refine the choice.
import { ChartPathClassifier, type EngineOptions, type Prediction } from '../nlu/classifier.js';
import { EntityMatcher, type EntityMention } from '../nlu/entities.js';
import { cacheKey, ModelCache } from '../nlu/model-cache.js';
import type { Analysis } from '../nlu/analyzer.js';
import type { Intent, KnowledgeBase } from '../knowledge/types.js';
import type { ConversationContext } from '../store/state.js';
import { THRESHOLDS } from './thresholds.js';

export type Route =
  | 'classifier' // the classifier's first choice
  | 'entity' // a short question naming one entity ("and CPT?")
  | 'deferred' // a general topic handed to the named entity's own topic
  | 'context' // resolved with the previous turn's topic or entity ("how long is the exam?")
  | 'unsure'; // nothing confident enough

export interface Decision {
  intent: Intent | undefined;
  confidence: number;
  route: Route;
  /** The best topics, for "did you mean" when unsure. */
  candidates: Prediction[];
  /** The entity the question (or its context) is about, remembered for the next turn. */
  entity: string | undefined;
}

const PRONOUNS = new Set(['it', 'its', 'that', 'this', 'they', 'them', 'those', 'these', 'there', 'one', 'ones', 'same']);
const CONTINUATIONS = new Set(['and', 'also', 'plus', 'what about', 'how about', 'then', 'so']);

/** A question that leans on what was said before: pronouns, "and ...?", or very short. */
export function leansOnContext(a: Analysis): boolean {
  const t = a.tokens;
  if (t.length <= 4) return true;
  if (CONTINUATIONS.has(t[0]!) || CONTINUATIONS.has(`${t[0]} ${t[1]}`)) return true;
  return t.some((w) => PRONOUNS.has(w));
}

export class Understanding {
  readonly classifier: ChartPathClassifier;
  readonly entities: EntityMatcher;
  private readonly intents: KnowledgeBase['byId'];

  /** True when the classifier came from the model cache instead of being trained in this process. */
  readonly fromCache: boolean;

  /**
   * Trains the classifier on the knowledge base's examples. With `cacheDir`, a model trained earlier on exactly
   * the same examples, options and engine code is reused (see nlu/model-cache.ts).
   */
  constructor(kb: KnowledgeBase, engine: EngineOptions = {}, cacheDir?: string) {
    this.intents = kb.byId;
    const options: EngineOptions = { ...engine, analyzer: { synonyms: kb.vocabulary.synonyms, ...engine.analyzer } };
    this.classifier = new ChartPathClassifier(options);
    const examples = kb.intents.flatMap((i) => i.examples.map((text) => ({ text, intent: i.id })));
    const extraWords = [...EntityMatcher.words(kb.intents), ...Object.values(kb.vocabulary.synonyms)];
    const cache = cacheDir ? new ModelCache(cacheDir) : undefined;
    const key = cache ? cacheKey({ options, examples, extraWords }) : '';
    const snapshot = cache?.load(key);
    if (snapshot) this.classifier.restore(snapshot);
    else {
      this.classifier.train(examples, extraWords);
      cache?.save(key, this.classifier.snapshot());
    }
    this.fromCache = Boolean(snapshot);
    this.entities = new EntityMatcher(kb.intents, this.classifier.analyzer);
  }

  analyze(text: string): Analysis {
    return this.classifier.analyzer.analyze(text);
  }

  decide(text: string, context: ConversationContext | undefined): Decision {
    const analysis = this.analyze(text);
    const mentions = this.entities.find(analysis);
    const predictions = this.classifier.predictAnalysis(analysis, 5);
    return this.resolve(text, analysis, mentions, predictions, context);
  }

  private resolve(
    text: string,
    analysis: Analysis,
    mentions: EntityMention[],
    predictions: Prediction[],
    context: ConversationContext | undefined,
  ): Decision {
    const top = predictions[0]!;
    const topIntent = this.intents.get(top.intent)!;
    const topics = predictions.filter((p) => this.intents.get(p.intent)?.kind === 'topic');
    const decided = (intent: Intent | undefined, confidence: number, route: Route, entity?: string): Decision => ({
      intent,
      confidence,
      route,
      candidates: topics,
      // The answered topic's own entity wins over a name merely mentioned on the way
      // ("the physician-based version of the CCS" is the CCS-P).
      entity: entity ?? (intent?.entity ? intent.id : mentions[0]?.topic),
    });
    const confident = top.confidence >= THRESHOLDS.answer;

    if (mentions.length === 1) {
      const mention = mentions[0]!;
      const entityTopic = this.intents.get(mention.topic)!;
      // "how many CEUs for the CPC": the general topic hands over to the credential's own topic.
      if (topIntent.deferTo.includes(mention.type)) return decided(entityTopic, Math.max(top.confidence, THRESHOLDS.answer), 'deferred');
      // "and CPT?", "rhia eligibility": short questions that are mostly the entity's name.
      if (!confident && topIntent.kind !== 'decline' && analysis.tokens.length <= 6) return decided(entityTopic, THRESHOLDS.answer, 'entity');
    }

    if (mentions.length === 0 && context) {
      const contextEntity = context.entity ? this.intents.get(context.entity) : undefined;
      const contextTopic = this.intents.get(context.topic);
      // "how long is the test?" right after the CCS: a general topic that defers goes to the entity in context.
      if (contextEntity?.entity && topIntent.deferTo.includes(contextEntity.entity.type)) {
        return decided(contextEntity, Math.max(top.confidence, THRESHOLDS.answer), 'context', contextEntity.id);
      }
      const leaning = leansOnContext(analysis);
      // A named thing the question never names (the CPC's "A" read as the COC) is more likely the one in context.
      const unnamedOther = topIntent.entity !== undefined && contextEntity !== undefined && topIntent !== contextEntity;
      if ((leaning || unnamedOther || !confident || topIntent.kind !== 'topic') && (contextEntity || contextTopic)) {
        // Read the question again with what it refers to spelled out: "how long is the exam" + "CCA".
        const hint = [contextTopic?.title, contextEntity && contextEntity !== contextTopic ? contextEntity.entity?.names[0] : undefined]
          .filter(Boolean)
          .join(' ');
        const again = this.classifier.predict(`${text} ${hint}`, 5);
        const best = again[0]!;
        const bestIntent = this.intents.get(best.intent)!;
        const aboutContext = best.intent === context.topic || best.intent === context.entity;
        // A confident first reading stands, unless it picked a named thing (a credential, a law) the question
        // never named while the second reading points back at the context: "it" is the CCS-P just discussed.
        const firstStands = confident && topIntent.kind === 'topic';
        const better = firstStands ? aboutContext && topIntent.entity !== undefined : best.confidence > top.confidence;
        if (bestIntent.kind === 'topic' && best.confidence >= THRESHOLDS.answer && better) {
          const target = contextEntity?.entity && bestIntent.deferTo.includes(contextEntity.entity.type) ? contextEntity : bestIntent;
          return decided(target, best.confidence, 'context', contextEntity?.id);
        }
      }
    }

    if (confident) return decided(topIntent, top.confidence, 'classifier');
    return decided(undefined, top.confidence, 'unsure');
  }
}
