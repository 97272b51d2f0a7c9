import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/nlu/analyzer.js';
import { Bm25Index } from '../../src/nlu/retrieval.js';

// The index only reads the query's stems.
const query = (...stems: string[]): Analysis => ({ tokens: stems, stems });

const docs = [
  { id: 'common-a', stems: ['record', 'job', 'work', 'record', 'clerk'] },
  { id: 'common-b', stems: ['record', 'job', 'work', 'pay', 'salari'] },
  { id: 'rare', stems: ['record', 'job', 'cahiim', 'accredit', 'program'] },
  { id: 'common-c', stems: ['record', 'job', 'work', 'hospit'] },
];

describe('Bm25Index', () => {
  const index = new Bm25Index(docs);

  it('ranks first the document holding the rare word of the query', () => {
    const scores = index.scores(query('record', 'job', 'cahiim'));
    const best = [...scores.keys()].sort((a, b) => scores[b]! - scores[a]!)[0]!;
    expect(index.documentIds[best]).toBe('rare');
    expect(scores[best]).toBeGreaterThan(0);
  });

  it('gives a rare word more weight than a word every document has', () => {
    expect(index.idfOf('cahiim')).toBeGreaterThan(index.idfOf('record'));
    expect(index.idfOf('salari')).toBeGreaterThan(index.idfOf('work'));
  });

  it('scores 0 for words no document has, and knows no idf for them', () => {
    expect([...index.scores(query('zebra', 'quux'))]).toEqual([0, 0, 0, 0]);
    expect(index.idfOf('zebra')).toBe(0);
  });

  it('scores a document only for the query words it contains', () => {
    const scores = index.scores(query('salari'));
    expect(scores[index.documentIds.indexOf('common-b')]).toBeGreaterThan(0);
    for (const id of ['common-a', 'rare', 'common-c']) expect(scores[index.documentIds.indexOf(id)], id).toBe(0);
  });

  it('counts a word repeated in the query once', () => {
    expect([...index.scores(query('cahiim', 'cahiim', 'cahiim'))]).toEqual([...index.scores(query('cahiim'))]);
  });

  it('counts a word repeated in a document more (with diminishing returns)', () => {
    const once = new Bm25Index([
      { id: 'a', stems: ['clerk', 'x', 'y'] },
      { id: 'b', stems: ['clerk', 'clerk', 'y'] },
      { id: 'c', stems: ['z', 'x', 'y'] },
    ]).scores(query('clerk'));
    expect(once[1]).toBeGreaterThan(once[0]!);
    expect(once[1]).toBeLessThan(2 * once[0]!);
  });

  it('keeps the documents in the order given', () => {
    expect(index.documentIds).toEqual(docs.map((d) => d.id));
  });
});

describe('Bm25Index snapshot', () => {
  it('an index restored from its snapshot scores, knows and weighs every stem as the original, bit for bit', () => {
    const original = new Bm25Index([
      { id: 'rhit', stems: ['rhit', 'rhit', 'exam', 'associ', 'degre'] },
      { id: 'cca', stems: ['cca', 'exam', 'entri', 'level', 'coder'] },
      { id: 'hipaa', stems: ['hipaa', 'privaci', 'rule', 'breach', 'exam'] },
    ]);
    const restored = new Bm25Index(original.snapshot());
    expect(restored.documentIds).toEqual(original.documentIds);
    for (const stems of [['rhit', 'exam'], ['exam', 'exam', 'coder'], ['nothing'], [], ['hipaa', 'breach', 'rhit', 'cca']]) {
      expect([...restored.scores({ tokens: stems, stems })]).toEqual([...original.scores({ tokens: stems, stems })]);
    }
    for (const stem of ['rhit', 'exam', 'nothing']) {
      expect(restored.has(stem)).toBe(original.has(stem));
      expect(restored.idfOf(stem)).toBe(original.idfOf(stem));
    }
  });
});
