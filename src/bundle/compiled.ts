// Start-up's knowledge: the compiled bundle when one matches the knowledge folder and the code (see key.ts), else the
// source files read, validated and trained on once, and the bundle written for every later start. A stale bundle is
// therefore never used: editing a knowledge file changes the key, and the next start rebuilds (and says so in the log).
// The key is hashed only when a source file's stat differs from the last hash's (stamp.ts).
// `kb check`, the eval and the review still read the source files (knowledge/load.ts).
import { closeSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Logger } from '../log.js';
import { FieldVocabulary } from '../review/strict-scrub.js';
import { decodeBundleFile, encodeBundle, type Compiled } from './format.js';
import { stampedKey } from './stamp.js';

const NAME = /^knowledge-[0-9a-f]{32}\.bundle$/;

export interface LoadedKnowledge extends Compiled {
  /** Where the answer came from: a bundle on disk, or the source files (then `written` says whether the bundle was saved). */
  from: 'bundle' | 'source';
  written: boolean;
  file: string;
}

/** Writes atomically (temporary file, then rename), owner-only like the data folder; drops bundles of other keys. */
export function writeBundle(cacheDir: string, key: string, compiled: Compiled): string {
  const file = path.join(cacheDir, `knowledge-${key}.bundle`);
  const temp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(cacheDir, { recursive: true, mode: 0o700 });
    writeFileSync(temp, encodeBundle(key, compiled), { mode: 0o600 });
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  for (const f of readdirSync(cacheDir)) if ((NAME.test(f) || /^knowledge-[0-9a-f]{32}\.bundle\.\d+\.tmp$/.test(f)) && path.join(cacheDir, f) !== file) rmSync(path.join(cacheDir, f), { force: true });
  return file;
}

/**
 * The knowledge and trained model for this folder: from the bundle in cacheDir when its key matches, else compiled
 * from the source files and written there. A bundle that cannot be written (read-only disk) only costs the next start
 * its speed: it is logged, never fatal.
 */
export async function loadCompiledKnowledge(knowledgeDir: string, cacheDir: string, logger?: Logger): Promise<LoadedKnowledge> {
  const key = stampedKey(knowledgeDir, cacheDir);
  const file = path.join(cacheDir, `knowledge-${key}.bundle`);
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
  } catch {
    fd = undefined;
  }
  const found = fd !== undefined ? decodeBundleFile(fd, key, knowledgeDir) : undefined;
  if (fd !== undefined && !found) closeSync(fd);
  if (found) {
    FieldVocabulary.provide(found.kb, found.fieldWords);
    return { ...found, from: 'bundle', written: false, file };
  }

  const stale = existingBundles(cacheDir).length > 0;
  logger?.info({ knowledgeDir }, stale ? 'knowledge or code changed since the bundle was built: rebuilding it' : 'no compiled knowledge bundle yet: building it');
  const { compileKnowledge } = await import('./compile.js');
  const compiled = compileKnowledge(knowledgeDir);
  FieldVocabulary.provide(compiled.kb, compiled.fieldWords);
  let written = false;
  try {
    writeBundle(cacheDir, key, compiled);
    written = true;
  } catch (error) {
    logger?.warn({ err: error, cacheDir }, 'could not write the knowledge bundle; the next start will compile the knowledge again');
  }
  return { ...compiled, from: 'source', written, file };
}

function existingBundles(cacheDir: string): string[] {
  try {
    return readdirSync(cacheDir).filter((f) => NAME.test(f));
  } catch {
    return [];
  }
}
