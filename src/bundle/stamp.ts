// The bundle key without reading every source file on every start: the key is remembered in the cache folder with the
// size, modification and change times and inode of each source file, and of each folder listed to find them, as they
// were when it was hashed. A start stats those paths (it reads no file and lists no folder); only when something
// differs (an edit, a checkout, a copy, a file added, removed or renamed: its folder's times change) does it list and
// hash them again. The change time cannot be set back by any tool (touch, cp -p and rsync -a all set it to now), so a
// rewritten file always differs even when its size and modification time were kept.
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { bundleKey, codeRoot, keySources } from './key.js';

const STAMP = 'knowledge.stamp';
/**
 * A path whose times are this close to when the stamp was written could have been changed again within one tick of a
 * coarse file-system clock (FAT: 2 s) without its times moving: such a stamp is not trusted, the files are hashed
 * (as git does with a "racily clean" index).
 */
const RACY_MS = 2_000;

/** [path, size, mtimeMs, ctimeMs, inode] */
type Fingerprint = [string, number, number, number, number];

interface Stamp {
  key: string;
  /**
   * The code folder and knowledge folder it was hashed for: another checkout sharing the cache (its own code, the same
   * knowledge) must not take this key just because these files did not change.
   */
  code: string;
  knowledge: string;
  /** When the stamp was written (ms since the epoch). */
  at: number;
  /** The source files, then the folders listed. */
  paths: Fingerprint[];
}

function fingerprint(p: string): Fingerprint {
  const s = statSync(p);
  return [p, s.size, s.mtimeMs, s.ctimeMs, s.ino];
}

function readStamp(file: string): Stamp | undefined {
  try {
    const s = JSON.parse(readFileSync(file, 'utf8')) as Partial<Stamp>;
    const valid = typeof s.key === 'string' && typeof s.code === 'string' && typeof s.knowledge === 'string' && typeof s.at === 'number' && Array.isArray(s.paths) && s.paths.every((p) => Array.isArray(p) && p.length === 5 && typeof p[0] === 'string');
    return valid ? (s as Stamp) : undefined;
  } catch {
    return undefined;
  }
}

/** True when every path of the stamp stats as it did then, and none changed too close to its writing to tell. */
function stillTrue(stamp: Stamp): boolean {
  for (const was of stamp.paths) {
    let now: Fingerprint;
    try {
      now = fingerprint(was[0]);
    } catch {
      return false;
    }
    if (now[1] !== was[1] || now[2] !== was[2] || now[3] !== was[3] || now[4] !== was[4]) return false;
    if (Math.max(now[2], now[3]) >= stamp.at - RACY_MS) return false;
  }
  return stamp.paths.length > 0;
}

/**
 * bundleKey(knowledgeDir), from the stamp in cacheDir when no source file or folder changed since it was written, else
 * hashed (by `hash`: bundleKey, unless a test counts the calls) and the stamp rewritten. A stamp that cannot be written
 * (a read-only disk) only means the next start hashes again.
 */
export function stampedKey(knowledgeDir: string, cacheDir: string, hash: (dir: string) => string = bundleKey): string {
  const file = path.join(cacheDir, STAMP);
  const stamp = readStamp(file);
  // The stamp is only for this code and this folder: any other sharing the cache hashes (and takes the stamp over).
  if (stamp && stamp.code === codeRoot() && stamp.knowledge === knowledgeDir && stillTrue(stamp)) return stamp.key;
  // Stat before hashing: a file changed after its stat has newer times than the stamp records, so the next start hashes.
  let paths: Fingerprint[];
  try {
    const { files, dirs } = keySources(knowledgeDir);
    paths = [...files, ...dirs].map(fingerprint);
  } catch {
    return hash(knowledgeDir); // a file went away while listed: hash what is there now, remember nothing
  }
  const key = hash(knowledgeDir);
  const temp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(cacheDir, { recursive: true, mode: 0o700 });
    writeFileSync(temp, JSON.stringify({ key, code: codeRoot(), knowledge: knowledgeDir, at: Date.now(), paths } satisfies Stamp), { mode: 0o600 });
    renameSync(temp, file);
  } catch {
    try {
      rmSync(temp, { force: true });
    } catch {
      // no folder to leave a temporary file in
    }
  }
  return key;
}
