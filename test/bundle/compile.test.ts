// compile.ts: compiling from the source files gives the knowledge, a model with the speller's index, the analyzer's
// tables and the review's field vocabulary; a content mistake is a KnowledgeError, never a bundle.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileKnowledge } from '../../src/bundle/compile.js';
import { KnowledgeError } from '../../src/knowledge/problems.js';
import { FieldVocabulary } from '../../src/review/strict-scrub.js';
import { knowledgeDir, realKnowledge } from '../helpers/core.js';

const temp = mkdtempSync(path.join(tmpdir(), 'chartpath-compile-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('compileKnowledge', () => {
  const compiled = compileKnowledge(knowledgeDir);

  it('holds the same knowledge as loading the folder, and a model over its intents', () => {
    const kb = realKnowledge();
    expect(compiled.kb.intents.map((i) => i.id)).toEqual(kb.intents.map((i) => i.id));
    expect(new Set(compiled.snapshot.labels)).toEqual(new Set(kb.intents.map((i) => i.id)));
  });

  it("carries the speller's index in the snapshot and the field vocabulary of this knowledge", () => {
    expect(compiled.snapshot.speller).toBeDefined();
    expect(compiled.snapshot.speller!.words.length).toBeGreaterThan(100);
    expect(compiled.fieldWords).toEqual(FieldVocabulary.of(compiled.kb).list());
    expect(compiled.tables.retrieval).toBeDefined();
  });

  it('throws a KnowledgeError naming the file for a topic whose front matter is not YAML', () => {
    const dir = path.join(temp, 'knowledge');
    cpSync(knowledgeDir, dir, { recursive: true });
    const file = path.join(dir, 'topics', 'coding', 'cpt.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^id: cpt$/m, 'id: [cpt'));
    expect(() => compileKnowledge(dir)).toThrow(KnowledgeError);
    expect(() => compileKnowledge(dir)).toThrow(/cpt\.md/);
  });
});
