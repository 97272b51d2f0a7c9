// What a compiled bundle was built from: the knowledge folder's files, byte for byte, and the code that reads them
// and trains on them. Curators edit knowledge/ by hand; any edit (even one that only moves a line) changes the key, so
// the next start rebuilds the bundle instead of answering from the old one. Hashing a few hundred kilobytes costs about a
// millisecond, far less than the YAML parsing the bundle saves, and unlike file times it survives `git checkout` and copies.
import { createHash, type Hash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folders whose code shapes a bundle's contents: the loader and checks, the engine, and the bundle format itself. */
const CODE_DIRS = ['knowledge', 'nlu', 'bundle'];
const srcRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
let codeHash: string | undefined;

/** Every file under dir (dot files and folders skipped), sorted, as paths relative to root. */
function walk(root: string, dir: string, out: string[]): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (e.name.startsWith('.')) continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) walk(root, full, out);
    else if (e.isFile()) out.push(path.relative(root, full));
  }
  return out;
}

function hashFiles(h: Hash, root: string, files: string[]): void {
  // Names go in as well as contents: an intent's id is its file name.
  for (const f of files) h.update(f.split(path.sep).join('/')).update('\0').update(readFileSync(path.join(root, f))).update('\0');
}

/** The code's part of the key (computed once per process). */
export function codeVersion(): string {
  if (!codeHash) {
    const h = createHash('sha256');
    for (const dir of CODE_DIRS) {
      const files = walk(srcRoot, path.join(srcRoot, dir), []).filter((f) => /\.(js|ts|txt)$/.test(f) && !f.endsWith('.d.ts') && !f.endsWith('.map'));
      hashFiles(h, srcRoot, files);
    }
    codeHash = h.digest('hex');
  }
  return codeHash;
}

/** The key of the bundle for this knowledge folder and this code: hex, 32 characters. */
export function bundleKey(knowledgeDir: string): string {
  const h = createHash('sha256').update(codeVersion());
  hashFiles(h, knowledgeDir, walk(knowledgeDir, knowledgeDir, []));
  return h.digest('hex').slice(0, 32);
}
