// What a compiled bundle was built from: the knowledge folder's files, byte for byte, and the code that reads them
// and trains on them. Curators edit knowledge/ by hand; any edit (even one that only moves a line) changes the key, so
// the next start rebuilds the bundle instead of answering from the old one. Hashing reads every one of these files, so
// start-up asks stamp.ts first, which hashes only when a file's size, times or inode differ from the last hash's.
import type { Hash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeCrypto } from '../util/lazy-crypto.js';

/** The folders whose code shapes a bundle's contents: the loader and checks, the engine, and the bundle format itself. */
const CODE_DIRS = ['knowledge', 'nlu', 'bundle'];
const srcRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
let codeHash: string | undefined;

/** Every file under dir (dot files and folders skipped), sorted, as paths relative to root; `dirs` gets each folder read. */
function walk(root: string, dir: string, out: string[], dirs?: string[]): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  dirs?.push(dir);
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (e.name.startsWith('.')) continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) walk(root, full, out, dirs);
    else if (e.isFile()) out.push(path.relative(root, full));
  }
  return out;
}

const codeFiles = (dir: string, dirs?: string[]) => walk(srcRoot, path.join(srcRoot, dir), [], dirs).filter((f) => /\.(js|ts|txt)$/.test(f) && !f.endsWith('.d.ts') && !f.endsWith('.map'));

function hashFiles(h: Hash, root: string, files: string[]): void {
  // Names go in as well as contents: an intent's id is its file name.
  for (const f of files) h.update(f.split(path.sep).join('/')).update('\0').update(readFileSync(path.join(root, f))).update('\0');
}

/** The code's part of the key (computed once per process). */
export function codeVersion(): string {
  if (!codeHash) {
    const h = nodeCrypto().createHash('sha256');
    for (const dir of CODE_DIRS) hashFiles(h, srcRoot, codeFiles(dir));
    codeHash = h.digest('hex');
  }
  return codeHash;
}

/** The key of the bundle for this knowledge folder and this code: hex, 32 characters. */
export function bundleKey(knowledgeDir: string): string {
  const h = nodeCrypto().createHash('sha256').update(codeVersion());
  hashFiles(h, knowledgeDir, walk(knowledgeDir, knowledgeDir, []));
  return h.digest('hex').slice(0, 32);
}

/** Where the code the key covers is (this process's compiled `src/`). */
export const codeRoot = (): string => srcRoot;

/**
 * Every file the key reads, as absolute paths in the order it reads them, and every folder listed to find them (a file
 * added, removed or renamed in a folder changes the folder's times).
 */
export function keySources(knowledgeDir: string): { files: string[]; dirs: string[] } {
  const dirs: string[] = [];
  const code = CODE_DIRS.flatMap((dir) => codeFiles(dir, dirs).map((f) => path.join(srcRoot, f)));
  return { files: [...code, ...walk(knowledgeDir, knowledgeDir, [], dirs).map((f) => path.join(knowledgeDir, f))], dirs };
}
