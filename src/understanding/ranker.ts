// Ranks every intent for one message, on the message alone: the classifier over the whole message and over
// the sentences that ask something, and BM25 retrieval over each topic's own words, mixed into one score.
import type { Intent, IntentKind, KnowledgeBase } from '../knowledge/types.js';
import type { Analysis, Analyzer } from '../nlu/analyzer.js';
import { firstDescending, sortedDescending, stableDescending, type ChartPathClassifier, type Prediction } from '../nlu/classifier.js';
import { PhraseList } from '../nlu/phrase-list.js';
import { Bm25Index, type Bm25Snapshot } from '../nlu/retrieval.js';
import { askedClauses, questionSentences } from '../nlu/sentences.js';

export interface RankerOptions {
  /** Weight of retrieval in the topic score (the classifier has the rest). */
  retrievalWeight: number;
  /** Temperature of the softmax that turns BM25 scores into shares. */
  retrievalTemperature: number;
  /** Messages at least this many words long are also read through their question sentences. */
  focusMinWords: number;
  /** Messages at least this many words long may have their asking clauses read on their own (askedReading). */
  askedMinWords: number;
}

export const DEFAULT_RANKER: RankerOptions = { retrievalWeight: 0.35, retrievalTemperature: 1.5, focusMinWords: 18, askedMinWords: 12 };

export interface Ranking {
  analysis: Analysis;
  /** The best intent: intents[0]. */
  top: Prediction;
  /** The first BEST topics: what the decision steps read (topics[0], a runner-up, the candidates offered). */
  best: Prediction[];
  /** Every intent, best first, with the classifier's probabilities (whole message and question sentences mixed). */
  readonly intents: Prediction[];
  /** Topics only, best first, with the mixed score; these shares sum to 1. */
  readonly topics: Prediction[];
  /** How the classifier's probability splits between topics, declines and conversation. */
  mass: Record<'topic' | 'decline' | 'conversation', number>;
}

/** How many topics a ranking makes up front (Ranking.best); the decision takes five candidates. */
const BEST = 5;

/**
 * A ranking whose full lists are made only when read. The decision steps read the best intent and the first few topics;
 * making an object for each of the ~90 intents and ~70 topics of every ranking was a quarter of what an answer
 * allocated (and so of how often the young generation is collected). The lists are worked out again from the text when
 * asked for (the ranking is a function of the text alone), with `top` and `best` as their first objects.
 */
class LazyRanking implements Ranking {
  private full: { intents: Prediction[]; topics: Prediction[] } | undefined;

  constructor(
    readonly analysis: Analysis,
    readonly top: Prediction,
    readonly best: Prediction[],
    readonly mass: Ranking['mass'],
    private readonly text: string,
    private readonly ranker: Ranker,
  ) {}

  private lists(): { intents: Prediction[]; topics: Prediction[] } {
    if (!this.full) {
      const { intents, topics } = this.ranker.rank(this.text, true);
      intents[0] = this.top;
      for (let r = 0; r < this.best.length; r++) topics[r] = this.best[r]!;
      this.full = { intents, topics };
    }
    return this.full;
  }

  get intents(): Prediction[] {
    return this.lists().intents;
  }

  get topics(): Prediction[] {
    return this.lists().topics;
  }
}

/** In a longer message, the clauses that ask and the classifier's reading of them alone. */
export interface AskedReading {
  text: string;
  intents: Prediction[];
  declineMass: number;
}

// The country, as people name it: context, not a topic (see topicScores).
const WHERE_SOMEONE_IS: ReadonlySet<string> = new Set(['usa', 'us', 'america', 'american', 'americans', 'countri']);

// A stem in roughly a quarter or more of the topics.
const COMMON_IDF = 1.1;

/** Intent kinds that decline: their probabilities make up the decline mass. */
export const DECLINING: ReadonlySet<IntentKind> = new Set(['decline', 'abuse']);

/**
 * topicScores' arrays, one per topic, made once per ranker: a typed array of this size lives outside the heap, and
 * allocating five of them per message cost more than the arithmetic done in them.
 */
interface Scratch {
  bm: Float64Array;
  share: Float64Array;
  clf: Float64Array;
  mixed: Float64Array;
  order: Int32Array;
}

/** The classifier's labels with, for each, its share of the mass (0 topic, 1 decline, 2 conversation) and topic place. */
interface LabelTables {
  names: readonly string[];
  mass: Uint8Array;
  topic: Int32Array;
}

interface LabelScratch {
  whole: Float64Array;
  focus: Float64Array;
  mixed: Float64Array;
  labelOrder: Int32Array;
}

/** The weight of the question sentences' own reading in a long message's ranking. */
const FOCUS_WEIGHT = 0.5;

export class Ranker {
  private readonly index: Bm25Index;
  private readonly topicIds: string[];
  /** Each topic's place in topicIds, and each intent's share of the mass (0 topic, 1 decline, 2 conversation). */
  private readonly topicIndex = new Map<string, number>();
  private readonly massOf = new Map<string, 0 | 1 | 2>();
  private readonly topics: Intent[];
  private given: (() => string[][] | undefined) | undefined;
  /** Topics answered only when the message has one of their words (knowledge `only_with`), by their place in topicIds. */
  private readonly onlyWith = new Map<number, PhraseList>();
  private docs: string[][] | undefined;
  private readonly scratch: Scratch;
  private labels: LabelTables | undefined;
  private byLabel: LabelScratch | undefined;

  constructor(
    private readonly kb: KnowledgeBase,
    private readonly classifier: ChartPathClassifier,
    private readonly options: RankerOptions = DEFAULT_RANKER,
    documents?: string[][] | (() => string[][] | undefined),
    retrieval?: Bm25Snapshot,
  ) {
    const topics = kb.intents.filter((i) => i.kind === 'topic');
    this.topics = topics;
    this.given = typeof documents === 'function' ? documents : () => documents;
    this.topicIds = topics.map((t) => t.id);
    this.topicIds.forEach((id, i) => this.topicIndex.set(id, i));
    topics.forEach((t, i) => {
      if (t.onlyWith?.length) this.onlyWith.set(i, new PhraseList(t.onlyWith));
    });
    for (const [id, intent] of kb.byId) this.massOf.set(id, intent.kind === 'topic' ? 0 : DECLINING.has(intent.kind) ? 1 : 2);
    // The bundle's index of the same documents (src/bundle/), or built here from them.
    const stored = retrieval && retrieval.ids.length === topics.length && retrieval.ids.every((id, i) => id === this.topicIds[i]);
    this.index = new Bm25Index(stored ? retrieval : topics.map((t, i) => ({ id: t.id, stems: this.documents[i]! })));
    const n = topics.length;
    this.scratch = { bm: new Float64Array(n), share: new Float64Array(n), clf: new Float64Array(n), mixed: new Float64Array(n), order: new Int32Array(n) };
  }

  /**
   * Each topic's stems as the index read them, in topic order: the compiled bundle keeps them (src/bundle/). Only a
   * rebuild of the index needs them, so they are read (or worked out) when first asked for.
   */
  get documents(): string[][] {
    if (!this.docs) {
      const given = this.given?.();
      this.docs = given && given.length === this.topics.length ? given : this.topics.map((t) => this.documentStems(t));
      this.given = undefined;
    }
    return this.docs;
  }

  /** The retrieval index as flat arrays, for the compiled bundle. */
  retrieval(): Bm25Snapshot {
    return this.index.snapshot();
  }

  private documentStems(t: Intent): string[] {
    const a = (s: string) => this.classifier.analyzer.analyze(s).stems;
    // The title and entity names say what the topic is about: they count three times.
    const heading = [t.title, ...(t.entity?.names ?? [])].join(' ');
    return [...a(heading), ...a(heading), ...a(heading), ...a(t.answer), ...a(t.examples.join(' . '))];
  }

  /** True for a stem found in many topics ("record", "job"): it cannot point at one part of an answer. */
  isCommon(stem: string): boolean {
    return this.index.idfOf(stem) < COMMON_IDF;
  }

  /** True when some topic's title, answer or examples use the stem. */
  knows(stem: string): boolean {
    return this.index.has(stem);
  }

  /** How rare a stem is among the topics (BM25's idf; 0 when no topic has it). */
  rarity(stem: string): number {
    return this.index.idfOf(stem);
  }

  get analyzer(): Analyzer {
    return this.classifier.analyzer;
  }

  /** The message's ranking; `complete`: with both lists made at once (what a LazyRanking asks for when they are read). */
  rank(text: string, complete = false): Ranking {
    const analysis = this.classifier.analyzer.analyze(text);
    const labels = this.labelTables();
    const { whole, focus, mixed, labelOrder } = this.labelScratch(labels.names.length);
    // The classifier's probabilities by label number, best first (as predictAnalysis ranks them: ties in label order).
    let probs = this.classifier.probabilitiesOf(analysis, whole);
    const order = sortedDescending(probs, labelOrder);
    if (analysis.tokens.length >= this.options.focusMinWords) {
      const asked = questionSentences(text);
      if (asked.length && asked.join(' ').length < text.length * 0.9) {
        // Mixed half and half with the question sentences' own reading, then re-ranked (a stable sort: ties keep
        // the whole message's order), as the two ranked lists were mixed before: the same numbers, the same order.
        this.classifier.probabilitiesOf(this.classifier.analyzer.analyze(asked.join(' ')), focus);
        for (let l = 0; l < probs.length; l++) mixed[l] = (1 - FOCUS_WEIGHT) * probs[l]! + FOCUS_WEIGHT * focus[l]!;
        stableDescending(order, mixed);
        probs = mixed;
      }
    }
    const intents: Prediction[] = new Array(complete ? order.length : 1);
    const mass = { topic: 0, decline: 0, conversation: 0 };
    for (let r = 0; r < order.length; r++) {
      const l = order[r]!;
      const confidence = probs[l]!;
      if (complete || r === 0) intents[r] = { intent: labels.names[l]!, confidence };
      // An intent the knowledge base does not know counts as a topic.
      const m = labels.mass[l]!;
      if (m === 0) mass.topic += confidence;
      else if (m === 1) mass.decline += confidence;
      else mass.conversation += confidence;
    }
    const topics = this.topicScores(text, analysis, probs, labels.topic, mass.topic, complete ? Infinity : BEST);
    return complete ? { analysis, top: intents[0]!, best: topics.slice(0, BEST), intents, topics, mass } : new LazyRanking(analysis, intents[0]!, topics, mass, text, this);
  }

  /** Each classifier label's share of the mass and place among the topics, worked out again if the labels change. */
  private labelTables(): LabelTables {
    const names = this.classifier.intents;
    if (this.labels?.names !== names) {
      this.labels = {
        names,
        mass: Uint8Array.from(names, (id) => this.massOf.get(id) ?? 0),
        topic: Int32Array.from(names, (id) => this.topicIndex.get(id) ?? -1),
      };
    }
    return this.labels;
  }

  /** rank's arrays, one number per label, made once (as topicScores' Scratch is, one number per topic). */
  private labelScratch(n: number): LabelScratch {
    if (this.byLabel?.whole.length !== n) {
      this.byLabel = { whole: new Float64Array(n), focus: new Float64Array(n), mixed: new Float64Array(n), labelOrder: new Int32Array(n) };
    }
    return this.byLabel;
  }

  /**
   * The clauses that ask, read on their own (a second classifier pass, so only on request: the caller asks when the
   * rest of the message makes it matter). Undefined for a short message, or one whose asking clauses are nearly all of it.
   */
  askedReading(text: string, analysis: Analysis): AskedReading | undefined {
    if (analysis.tokens.length < this.options.askedMinWords) return undefined;
    const clauses = askedClauses(text).join(' ');
    if (!clauses || clauses.length >= text.length * 0.8) return undefined;
    const intents = this.classifier.predict(clauses, this.classifier.intents.length);
    let declineMass = 0;
    for (const p of intents) if (DECLINING.has(this.kb.byId.get(p.intent)?.kind ?? 'topic')) declineMass += p.confidence;
    return { text: clauses, intents, declineMass };
  }

  /**
   * The ranking as if the classifier had never had the intent: its probability is shared out over the others in
   * proportion (the topics' own shares do not change: they are shares of the topic mass).
   */
  without(ranking: Ranking, intent: string): Ranking {
    const dropped = ranking.intents.find((p) => p.intent === intent)?.confidence ?? 0;
    if (dropped <= 0 || dropped >= 1) return ranking;
    const scale = 1 / (1 - dropped);
    const intents = ranking.intents.filter((p) => p.intent !== intent).map((p) => ({ intent: p.intent, confidence: p.confidence * scale }));
    const holder = this.massOf.get(intent) ?? 0;
    const less = (m: 0 | 1 | 2, value: number) => (value - (holder === m ? dropped : 0)) * scale;
    const mass = { topic: less(0, ranking.mass.topic), decline: less(1, ranking.mass.decline), conversation: less(2, ranking.mass.conversation) };
    return { analysis: ranking.analysis, top: intents[0]!, best: ranking.best, intents, topics: ranking.topics, mass };
  }

  /**
   * The first `count` topics, best first. `probs`: the classifier's probability of each label; `topicOf`: each label's
   * place in topicIds (-1: not a topic).
   */
  private topicScores(text: string, analysis: Analysis, probs: Float64Array, topicOf: Int32Array, topicMass: number, count: number): Prediction[] {
    // Where the person lives ("now living in California... in the USA?") says nothing about which topic is asked,
    // though a topic's title may name the country ("ICD-11 and the US").
    const place = analysis.stems.some((stem) => WHERE_SOMEONE_IS.has(stem));
    // The working arrays are the ranker's own, reused by every message (see Scratch); none of them leaves this call.
    const { bm, share, clf, mixed, order } = this.scratch;
    this.index.scores(place ? { ...analysis, stems: analysis.stems.filter((stem) => !WHERE_SOMEONE_IS.has(stem)) } : analysis, bm);
    const t = this.options.retrievalTemperature;
    let max = 0;
    for (const s of bm) max = Math.max(max, s);
    let z = 0;
    for (let i = 0; i < bm.length; i++) z += share[i] = Math.exp((bm[i]! - max) / t);
    // The classifier's probability of each topic, by its place in topicIds (0 for a topic it did not list).
    clf.fill(0);
    for (let l = 0; l < probs.length; l++) {
      const i = topicOf[l]!;
      if (i >= 0) clf[i] = probs[l]!;
    }
    const w = max > 0 ? this.options.retrievalWeight : 0;
    for (let i = 0; i < mixed.length; i++) mixed[i] = (1 - w) * (clf[i]! / Math.max(topicMass, 1e-9)) + (w * share[i]!) / z;
    // "whats the minimum most employers want": a topic kept for messages with one of its words has no share without them.
    // (The words are looked for as typed and as the analyzer read them, spelling corrected: "minimum necesary".)
    let dropped = 0;
    let read: string | undefined;
    for (const [i, words] of this.onlyWith) {
      if (mixed[i]! > 0 && !words.has(text) && !words.has((read ??= analysis.tokens.join(' ')))) {
        dropped += mixed[i]!;
        mixed[i] = 0;
      }
    }
    if (dropped > 0 && dropped < 1) for (let i = 0; i < mixed.length; i++) mixed[i]! /= 1 - dropped;
    // Best first; equal scores keep topic order (as a stable sort of the topics would). Only the first `count` when
    // that is all the ranking makes (Ranking.best): sorting all of them was most of the sorting in an answer.
    if (count < order.length) firstDescending(mixed, count, order);
    else sortedDescending(mixed, order);
    const out: Prediction[] = new Array(Math.min(count, order.length));
    for (let r = 0; r < out.length; r++) out[r] = { intent: this.topicIds[order[r]!]!, confidence: mixed[order[r]!]! };
    return out;
  }
}

