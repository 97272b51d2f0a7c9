// compiled.ts: writeBundle's file handling (owner-only, atomic, clears other keys' bundles and stale temporaries but
// nothing else) and loadCompiledKnowledge's fallback when the cache cannot be written.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileKnowledge } from '../../src/bundle/compile.js';
import { loadCompiledKnowledge, writeBundle } from '../../src/bundle/compiled.js';
import { decodeBundle } from '../../src/bundle/format.js';
import { knowledgeDir } from '../helpers/core.js';
import { recordingLogger } from '../helpers/logger.js';

const temp = mkdtempSync(path.join(tmpdir(), 'chartpath-compiled-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
const compiled = compileKnowledge(knowledgeDir);
const keyA = 'a'.repeat(32);
const keyB = 'b'.repeat(32);

describe('writeBundle', () => {
  it('creates the folder owner-only and writes a readable, owner-only bundle under its key', () => {
    const dir = path.join(temp, 'cache1');
    const file = writeBundle(dir, keyA, compiled);
    expect(file).toBe(path.join(dir, `knowledge-${keyA}.bundle`));
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(decodeBundle(readFileSync(file), keyA, knowledgeDir)?.fieldWords).toEqual(compiled.fieldWords);
  });

  it("removes other keys' bundles and left-over temporaries, and leaves every other file alone", () => {
    const dir = path.join(temp, 'cache2');
    mkdirSync(dir);
    writeBundle(dir, keyA, compiled);
    writeFileSync(path.join(dir, `knowledge-${keyA}.bundle.4242.tmp`), 'half');
    writeFileSync(path.join(dir, 'notes.txt'), 'keep me');
    writeFileSync(path.join(dir, 'knowledge-short.bundle'), 'not ours');
    writeBundle(dir, keyB, compiled);
    expect(readdirSync(dir).sort()).toEqual([`knowledge-${keyB}.bundle`, 'knowledge-short.bundle', 'notes.txt']);
  });
});

describe('loadCompiledKnowledge', () => {
  it('when the cache cannot be written, answers from the source files, says so, and logs a warning', async () => {
    // A file where the cache folder should be: no folder can be made there, even by root.
    const blocked = path.join(temp, 'blocked');
    writeFileSync(blocked, 'a file, not a folder');
    const logger = recordingLogger();
    const loaded = await loadCompiledKnowledge(knowledgeDir, blocked, logger);
    expect(loaded.from).toBe('source');
    expect(loaded.written).toBe(false);
    expect(loaded.kb.intents.length).toBe(compiled.kb.intents.length);
    expect(logger.entries.map((e) => e.level)).toEqual(['info', 'warn']);
    expect(readFileSync(blocked, 'utf8')).toBe('a file, not a folder');
  });
});
