import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Understanding } from '../../src/understanding/understand.js';
import { realKnowledge, sharedUnderstanding } from '../helpers/core.js';

const dir = mkdtempSync(path.join(tmpdir(), 'chartpath-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const questions = ['what is the rhit', 'how long is the cca exam', 'hippa basics', 'do i need a degree', 'what is the weather', 'zzz qqq', 'how do i become a coder'];

describe('the model cache', () => {
  it('gives exactly the predictions of a freshly trained model, and is used on the next start', () => {
    const kb = realKnowledge();
    const first = new Understanding(kb, {}, dir);
    expect(first.fromCache).toBe(false);
    expect(readdirSync(dir).filter((f) => f.endsWith('.bin'))).toHaveLength(1);
    const second = new Understanding(kb, {}, dir);
    expect(second.fromCache).toBe(true);
    const fresh = sharedUnderstanding();
    for (const q of questions) expect(second.classifier.predict(q, 5), q).toEqual(fresh.classifier.predict(q, 5));
  });

  it('retrains when the examples change, and keeps only the newest model', () => {
    const kb = realKnowledge();
    const changed = { ...kb, intents: kb.intents.map((i, n) => (n === 0 ? { ...i, examples: [...i.examples, 'one more way to ask this'] } : i)) };
    expect(new Understanding(changed, {}, dir).fromCache).toBe(false);
    expect(readdirSync(dir).filter((f) => f.endsWith('.bin'))).toHaveLength(1);
  });

  it('retrains instead of failing on a damaged cache file', () => {
    const kb = realKnowledge();
    new Understanding(kb, {}, dir);
    const [file] = readdirSync(dir).filter((f) => f.endsWith('.bin'));
    writeFileSync(path.join(dir, file!), 'CPM1 garbage');
    const u = new Understanding(kb, {}, dir);
    expect(u.fromCache).toBe(false);
    expect(u.classifier.predict('what is the rhit', 1)[0]!.intent).toBe('rhit');
  });
});
