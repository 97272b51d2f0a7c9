// The classifier's model without a compiled bundle (src/understanding/training.ts): trained on the knowledge base's
// examples, then loaded from the cache for the same examples; the speller keeps the answers' acronyms as written.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ChartPathClassifier } from '../../src/nlu/classifier.js';
import { trainOrLoad } from '../../src/understanding/training.js';
import { realKnowledge } from '../helpers/core.js';

const kb = realKnowledge();
const options = { analyzer: { synonyms: kb.vocabulary.synonyms } };
const dir = mkdtempSync(path.join(tmpdir(), 'chartpath-training-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('trainOrLoad', () => {
  it('trains when the cache has no model for these examples, then loads the same model from it', () => {
    const trained = new ChartPathClassifier(options);
    expect(trainOrLoad(trained, kb, options, dir)).toBe(false);
    const loaded = new ChartPathClassifier(options);
    expect(trainOrLoad(loaded, kb, options, dir)).toBe(true);
    expect(loaded.predict('what is the rhit', 3)).toEqual(trained.predict('what is the rhit', 3));
  }, 60_000);

  it('without a cache it trains, and the speller keeps an acronym only the answers use ("CHEA", not "chda")', () => {
    const classifier = new ChartPathClassifier(options);
    expect(trainOrLoad(classifier, kb, options, undefined)).toBe(false);
    expect(classifier.analyzer.analyze('is cahiim recognized by chea').tokens).toContain('chea');
  }, 60_000);
});
