// The compiled knowledge bundle (src/bundle/): what start-up reads instead of the YAML files and training. It must give
// exactly what the source files give, and a curator's edit to knowledge/ must never be answered from an old bundle.
import { appendFileSync, closeSync, cpSync, openSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileKnowledge } from '../../src/bundle/compile.js';
import { loadCompiledKnowledge } from '../../src/bundle/compiled.js';
import { decodeBundle, decodeBundleFile, encodeBundle } from '../../src/bundle/format.js';
import { bundleKey } from '../../src/bundle/key.js';
import { Advisor } from '../../src/core/advisor.js';
import { KnowledgeError } from '../../src/knowledge/problems.js';
import { namesArray, PackedNames } from '../../src/nlu/packed-names.js';
import { FieldVocabulary } from '../../src/review/strict-scrub.js';
import { MemoryStore } from '../../src/store/memory.js';
import { Understanding } from '../../src/understanding/understand.js';
import { knowledgeDir, realKnowledge, sharedUnderstanding } from '../helpers/core.js';

const temp = mkdtempSync(path.join(tmpdir(), 'chartpath-bundle-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const questions = [
  'what does rhit stand for',
  'how long is the cca exam',
  'hippa basics',
  'certfcation for medcal coding??',
  'do i need a degree',
  'what is the weather',
  'zzz qqq',
  'how do i become a coder and what is the CPC',
  'pt okoro needs her chart, dob 4/5/1961',
];

const compiled = compileKnowledge(knowledgeDir);

describe('the compiled bundle', () => {
  it('reads back exactly the knowledge, model, analyzer tables and field vocabulary it was written with', () => {
    const key = bundleKey(knowledgeDir);
    const back = decodeBundle(encodeBundle(key, compiled), key, knowledgeDir)!;
    expect(back).toBeDefined();
    // The source files, read the usual way, are what the bundle holds.
    expect(back.kb.intents).toEqual(realKnowledge().intents);
    expect(back.kb.plans).toEqual(realKnowledge().plans);
    expect(back.kb.scope).toEqual(realKnowledge().scope);
    expect(back.kb.vocabulary).toEqual(realKnowledge().vocabulary);
    expect([...back.kb.byId.keys()]).toEqual([...realKnowledge().byId.keys()]);
    const bytes = (a: Float32Array | Float64Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
    expect(bytes(back.snapshot.model.W).equals(bytes(compiled.snapshot.model.W))).toBe(true);
    expect(bytes(back.snapshot.model.b).equals(bytes(compiled.snapshot.model.b))).toBe(true);
    expect(bytes(back.snapshot.vectorizer.weight).equals(bytes(compiled.snapshot.vectorizer.weight))).toBe(true);
    // Packed in one string in the bundle (nlu/packed-names.ts): the same names, in the same order.
    expect(back.snapshot.vectorizer.features).toBeInstanceOf(PackedNames);
    expect(namesArray(back.snapshot.vectorizer.features)).toEqual(compiled.snapshot.vectorizer.features);
    expect(back.snapshot.vectorizer.docs).toBe(compiled.snapshot.vectorizer.docs);
    expect(back.snapshot.model.temperature).toBe(compiled.snapshot.model.temperature);
    expect(back.snapshot.vocabulary).toEqual(compiled.snapshot.vocabulary);
    expect(back.snapshot.speller).toEqual(compiled.snapshot.speller);
    expect(back.tables).toEqual(compiled.tables);
    expect([...back.fieldWords].sort()).toEqual(FieldVocabulary.of(realKnowledge()).list().sort());
  });

  it('answers every question exactly as a freshly trained understanding does', () => {
    const key = bundleKey(knowledgeDir);
    const back = decodeBundle(encodeBundle(key, compiled), key, knowledgeDir)!;
    const restored = new Understanding(back.kb, {}, { snapshot: back.snapshot, tables: back.tables });
    const fresh = sharedUnderstanding();
    for (const q of questions) {
      const a = restored.decide(q, undefined);
      const b = fresh.decide(q, undefined);
      expect({ intent: a.intent?.id, confidence: a.confidence, route: a.route, candidates: a.candidates, entity: a.entity }, q).toEqual({
        intent: b.intent?.id,
        confidence: b.confidence,
        route: b.route,
        candidates: b.candidates,
        entity: b.entity,
      });
    }
  });

  it('read from its file, reads each weight row on first use and still answers exactly as fresh training does', () => {
    const key = bundleKey(knowledgeDir);
    const file = path.join(temp, 'lazy.bundle');
    writeFileSync(file, encodeBundle(key, compiled));
    const fd = openSync(file, 'r');
    try {
      const back = decodeBundleFile(fd, key, knowledgeDir)!;
      expect(back.snapshot.model.rows).toBeDefined();
      const restored = new Understanding(back.kb, {}, { snapshot: back.snapshot, tables: back.tables });
      const fresh = sharedUnderstanding();
      for (const q of questions) expect(restored.decide(q, undefined).candidates, q).toEqual(fresh.decide(q, undefined).candidates);
      // Only the rows those questions used were read; a snapshot reads the rest and is the trained matrix, byte for byte.
      const W = back.snapshot.model.W;
      expect(W.some((v) => v !== 0)).toBe(true);
      const bytes = (a: Float32Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
      expect(bytes(W).equals(bytes(compiled.snapshot.model.W))).toBe(false);
      expect(bytes(restored.classifier.snapshot().model.W).equals(bytes(compiled.snapshot.model.W))).toBe(true);
      // A longer run soon reads the whole matrix at once: the same matrix again.
      const again = decodeBundleFile(fd, key, knowledgeDir)!;
      const more = new Understanding(again.kb, {}, { snapshot: again.snapshot, tables: again.tables });
      for (const e of again.kb.intents.flatMap((i) => i.examples).slice(0, 400)) more.decide(e, undefined);
      expect(bytes(again.snapshot.model.W).equals(bytes(compiled.snapshot.model.W))).toBe(true);
      expect(decodeBundleFile(fd, 'f'.repeat(32), knowledgeDir)).toBeUndefined();
    } finally {
      closeSync(fd);
    }
  });

  it('refuses a bundle of another key, and a damaged one', () => {
    const key = bundleKey(knowledgeDir);
    const buf = encodeBundle(key, compiled);
    expect(decodeBundle(buf, 'f'.repeat(32), knowledgeDir)).toBeUndefined();
    expect(decodeBundle(buf.subarray(0, buf.length - 100), key, knowledgeDir)).toBeUndefined();
    expect(decodeBundle(Buffer.from('CPB1 garbage'), key, knowledgeDir)).toBeUndefined();
  });
});

describe('start-up from the bundle', () => {
  const kbDir = path.join(temp, 'knowledge');
  const cacheDir = path.join(temp, 'data', 'cache');
  cpSync(knowledgeDir, kbDir, { recursive: true });
  const bundles = () => readdirSync(cacheDir).filter((f) => f.endsWith('.bundle'));

  it('compiles and writes the bundle once, owner-only, then reads it', async () => {
    const first = await loadCompiledKnowledge(kbDir, cacheDir);
    expect(first.from).toBe('source');
    expect(first.written).toBe(true);
    expect(bundles()).toHaveLength(1);
    expect(statSync(first.file).mode & 0o777).toBe(0o600);
    expect(statSync(cacheDir).mode & 0o777).toBe(0o700);
    const second = await loadCompiledKnowledge(kbDir, cacheDir);
    expect(second.from).toBe('bundle');
    expect(second.file).toBe(first.file);
  });

  it('detects a hand edit of a knowledge file and rebuilds: the edit takes effect, the old bundle goes', async () => {
    const before = await loadCompiledKnowledge(kbDir, cacheDir);
    const file = path.join(kbDir, before.kb.byId.get('rhit')!.file);
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('\nexamples:\n', '\nexamples:\n  - what is that paper credential with the purple seal\n'));
    const after = await loadCompiledKnowledge(kbDir, cacheDir);
    expect(after.from).toBe('source');
    expect(after.file).not.toBe(before.file);
    expect(after.kb.byId.get('rhit')!.examples).toContain('what is that paper credential with the purple seal');
    expect(bundles()).toEqual([path.basename(after.file)]);
    expect((await loadCompiledKnowledge(kbDir, cacheDir)).from).toBe('bundle');
  });

  it('rebuilds on a change that is not even in the data (a comment), since the key is the files themselves', () => {
    const key = bundleKey(kbDir);
    appendFileSync(path.join(kbDir, 'vocabulary.yml'), '\n# a curator note\n');
    expect(bundleKey(kbDir)).not.toBe(key);
  });

  it('rebuilds a damaged bundle instead of failing', async () => {
    const { file } = await loadCompiledKnowledge(kbDir, cacheDir);
    writeFileSync(file, 'CPB1 not a bundle');
    const again = await loadCompiledKnowledge(kbDir, cacheDir);
    expect(again.from).toBe('source');
    expect(again.kb.byId.get('rhit')).toBeDefined();
  });

  it('reports a broken edit as the source files would (file and field), never answering from the old bundle', async () => {
    const { kb } = await loadCompiledKnowledge(kbDir, cacheDir);
    const file = path.join(kbDir, kb.byId.get('rhit')!.file);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title:.*$/m, 'title:'));
    await expect(loadCompiledKnowledge(kbDir, cacheDir)).rejects.toThrow(KnowledgeError);
    await expect(loadCompiledKnowledge(kbDir, cacheDir)).rejects.toThrow(/rhit\.md.*title/);
  });

  it('keeps no one\'s messages: answering does not change the bundle', async () => {
    const dir = path.join(temp, 'clean');
    const k = await loadCompiledKnowledge(knowledgeDir, dir);
    const before = readFileSync(k.file);
    const advisor = new Advisor(k.kb, new MemoryStore(), { understanding: new Understanding(k.kb, {}, { snapshot: k.snapshot, tables: k.tables }) });
    for (const q of questions) await advisor.ask({ person: 'p', channel: 'c', surface: 'terminal', text: q });
    expect(readFileSync(k.file).equals(before)).toBe(true);
    expect(before.includes('okoro')).toBe(false);
  });
});
