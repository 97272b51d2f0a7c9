// The classifier's model when no compiled bundle holds one: the cache's for these examples, or a fresh training.
import type { KnowledgeBase } from '../knowledge/types.js';
import type { ChartPathClassifier, EngineOptions } from '../nlu/classifier.js';
import { EntityMatcher } from '../nlu/entities.js';
import { cacheKey, ModelCache } from '../nlu/model-cache.js';

/** Trains the classifier on the knowledge base's examples, or loads the cached model for them; true when cached. */
export function trainOrLoad(classifier: ChartPathClassifier, kb: KnowledgeBase, options: EngineOptions, cacheDir: string | undefined): boolean {
  const examples = kb.intents.flatMap((i) => i.examples.map((text) => ({ text, intent: i.id })));
  // Words the speller keeps as written though no example uses them: entity names, the answers' acronyms, synonyms.
  const extraWords = [...EntityMatcher.words(kb.intents), ...EntityMatcher.acronyms(kb.intents), ...Object.values(kb.vocabulary.synonyms)];
  const cache = cacheDir ? new ModelCache(cacheDir) : undefined;
  const key = cache ? cacheKey({ options, examples, extraWords }) : '';
  const snapshot = cache?.load(key);
  if (snapshot) classifier.restore(snapshot);
  else {
    classifier.train(examples, extraWords);
    cache?.save(key, classifier.snapshot());
  }
  return Boolean(snapshot);
}
