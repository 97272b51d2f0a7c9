// The TF-IDF vectorizer on its own: weights, normalisation, unknown features and snapshots.
import { describe, expect, it } from 'vitest';
import { TfidfVectorizer } from '../../src/nlu/vectorizer.js';

const doc = (...features: string[]) => {
  const m = new Map<string, number>();
  for (const f of features) m.set(f, (m.get(f) ?? 0) + 1);
  return m;
};
const norm = (val: Float32Array) => Math.sqrt([...val].reduce((n, v) => n + v * v, 0));
const valueOf = (v: { idx: Int32Array; val: Float32Array }, i: number) => v.val[[...v.idx].indexOf(i)] ?? 0;

describe('TfidfVectorizer', () => {
  const docs = [doc('wcoder', 'wexam'), doc('wcoder', 'wrhit'), doc('wcoder', 'wclerk')];

  it('learns one feature per distinct name and gives L2-normalised vectors', () => {
    const v = new TfidfVectorizer({ blockWeights: {} });
    const vectors = v.fitTransform(docs);
    expect(v.size).toBe(4);
    for (const x of vectors) expect(norm(x.val)).toBeCloseTo(1, 5);
  });

  it('weighs a rare feature above one every document has (idf)', () => {
    const v = new TfidfVectorizer({ blockWeights: {} });
    v.fitTransform(docs);
    const x = v.transform(doc('wcoder', 'wexam'));
    const [coder, exam] = [x.idx[0]!, x.idx[1]!];
    expect(valueOf(x, exam)).toBeGreaterThan(valueOf(x, coder));
    const plain = new TfidfVectorizer({ blockWeights: {}, idf: false });
    plain.fitTransform(docs);
    const y = plain.transform(doc('wcoder', 'wexam'));
    expect(y.val[0]).toBeCloseTo(y.val[1]!, 5);
  });

  it('drops features rarer than minDf', () => {
    const v = new TfidfVectorizer({ minDf: 2 });
    v.fitTransform(docs);
    expect(v.size).toBe(1);
  });

  it('a question of unknown features keeps its ranking but loses confidence; a known one keeps full confidence', () => {
    const v = new TfidfVectorizer();
    v.fitTransform(docs);
    expect(v.transform(doc('wcoder', 'wexam')).confidence).toBeCloseTo(1, 5);
    const half = v.transform(doc('wcoder', 'wunseen'));
    expect(half.confidence).toBeGreaterThan(0);
    expect(half.confidence).toBeLessThan(1);
    expect(v.transform(doc('wnever', 'wseen')).idx.length).toBe(0);
    const ignoring = new TfidfVectorizer({ unknownWeight: 0 });
    ignoring.fitTransform(docs);
    expect(ignoring.transform(doc('wcoder', 'wunseen')).confidence).toBeCloseTo(1, 5);
  });

  it('sublinear tf: a repeated feature counts 1 + log(n), not n', () => {
    const v = new TfidfVectorizer({ blockWeights: {}, idf: false, sublinearTf: true });
    v.fitTransform(docs);
    const x = v.transform(doc('wcoder', 'wcoder', 'wcoder', 'wexam'));
    expect(x.val[0]! / x.val[1]!).toBeCloseTo(1 + Math.log(3), 4);
  });

  it('a snapshot restores the same vectors', () => {
    const v = new TfidfVectorizer();
    v.fitTransform(docs);
    const copy = new TfidfVectorizer().restore(v.snapshot());
    const q = doc('wcoder', 'wrhit', 'wunseen');
    expect([...copy.transform(q).val]).toEqual([...v.transform(q).val]);
    expect(copy.transform(q).confidence).toBe(v.transform(q).confidence);
  });
});
