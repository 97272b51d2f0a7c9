// ChartPathClassifier: trains on labelled questions, ranks every intent for a new one, and restores from a snapshot
// of the same training with identical answers (the model cache and compiled bundle depend on that).
// The ranking's order and ties are in classifier-order.test.ts.
import { describe, expect, it } from 'vitest';
import { ChartPathClassifier } from '../../src/nlu/classifier.js';

const examples = [
  ['what is the rhit credential', 'rhit'],
  ['how do i pass the rhit exam', 'rhit'],
  ['rhit certification requirements', 'rhit'],
  ['what is the rhia credential', 'rhia'],
  ['rhia needs a bachelor degree', 'rhia'],
  ['how do i become a medical coder', 'coder'],
  ['what does a medical coder do all day', 'coder'],
  ['hello there', 'greeting'],
  ['hi good morning', 'greeting'],
].map(([text, intent]) => ({ text: text!, intent: intent! }));

// A short training keeps the file fast; the defaults' step count is for the real knowledge base.
const fast = { softmax: { epochs: 20, minSteps: 0 } };

function trained(): ChartPathClassifier {
  const c = new ChartPathClassifier(fast);
  c.train(examples);
  return c;
}

describe('ChartPathClassifier', () => {
  const c = trained();

  it('refuses to train without examples, and to predict or snapshot before training', () => {
    expect(() => new ChartPathClassifier().train([])).toThrow(/without examples/);
    const untrained = new ChartPathClassifier();
    expect(() => untrained.predict('rhit')).toThrow(/not been trained/);
    expect(() => untrained.snapshot()).toThrow(/not been trained/);
  });

  it('its intents are the distinct labels, sorted', () => {
    expect(c.intents).toEqual(['coder', 'greeting', 'rhia', 'rhit']);
  });

  it('ranks the intent whose examples a question resembles first', () => {
    expect(c.predict('tell me about the rhit exam')[0]!.intent).toBe('rhit');
    expect(c.predict('rhia bachelor degree')[0]!.intent).toBe('rhia');
    expect(c.predict('what does a coder do')[0]!.intent).toBe('coder');
    expect(c.predict('hello')[0]!.intent).toBe('greeting');
  });

  it('corrects a misspelt word toward the training words before classifying', () => {
    // "certfication" and "requirments" are corrected to words only the rhit examples have.
    expect(c.analyzer.analyze('certfication requirments').tokens).toEqual(['certification', 'requirements']);
    expect(c.predict('certfication requirments')[0]!.intent).toBe('rhit');
  });

  it('confidences are in [0, 1], best first, and sum to 1 over all intents', () => {
    const all = c.predict('rhit exam', 10);
    expect(all.map((p) => p.intent).sort()).toEqual([...c.intents]);
    const sum = all.reduce((s, p) => s + p.confidence, 0);
    expect(sum).toBeCloseTo(1, 6);
    for (const p of all) expect(p.confidence).toBeGreaterThanOrEqual(0);
    expect(all[0]!.confidence).toBeGreaterThan(all[1]!.confidence);
  });

  it('returns at most `limit` predictions, 5 by default', () => {
    expect(c.predict('rhit', 2)).toHaveLength(2);
    expect(c.predict('rhit', 1)).toEqual(c.predict('rhit', 4).slice(0, 1));
    const five = new ChartPathClassifier(fast);
    five.train([...examples, ...['a', 'b', 'c'].map((x) => ({ text: `${x} question`, intent: `intent-${x}` }))]);
    expect(five.intents).toHaveLength(7);
    expect(five.predict('rhit')).toHaveLength(5);
  });

  it('a classifier restored from a snapshot answers exactly as the trained one, misspellings included', () => {
    const restored = new ChartPathClassifier(fast);
    restored.restore(c.snapshot());
    expect(restored.intents).toEqual(c.intents);
    for (const q of ['rhit exam', 'certfication requirments', 'hi', 'medical coder', '']) {
      expect(restored.predict(q, 10)).toEqual(c.predict(q, 10));
    }
  });

  it('minDf drops the features seen in fewer examples than that', () => {
    const all = c.snapshot().vectorizer.features;
    const sparse = new ChartPathClassifier({ ...fast, minDf: 2 });
    sparse.train(examples);
    const kept = sparse.snapshot().vectorizer.features;
    expect(kept.length).toBeLessThan(all.length);
    expect(kept).toContain('w rhit'); // in three examples
    expect(kept).not.toContain('w morn'); // in one
    expect(all).toContain('w morn');
  });

  it('the feature options reach training: without character n-grams there are none', () => {
    const words = new ChartPathClassifier({ ...fast, features: { charMax: 0 } });
    words.train(examples);
    const features = words.snapshot().vectorizer.features;
    expect(features.some((f) => f.startsWith('c'))).toBe(false);
    expect(features).toContain('b ^ rhit');
    expect(c.snapshot().vectorizer.features.some((f) => f.startsWith('c'))).toBe(true);
  });
});
