// The bundle key's stamp (src/bundle/stamp.ts): start-up stats the sources instead of hashing them, and must still
// never give the old key once a source file or folder changed, whatever kept its size and modification time.
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, utimesSync, writeFileSync, statSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { bundleKey } from '../../src/bundle/key.js';
import { stampedKey } from '../../src/bundle/stamp.js';
import { knowledgeDir } from '../helpers/core.js';

const temp = mkdtempSync(path.join(tmpdir(), 'chartpath-stamp-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** A modification time that utimes sets exactly (a Date would lose the sub-millisecond part). */
const WHOLE_SECOND = 1_700_000_000;
let n = 0;
let kbDir = '';
let cacheDir = '';
let hashes = 0;
const counted = (dir: string) => {
  hashes++;
  return bundleKey(dir);
};
const stampFile = () => path.join(cacheDir, 'knowledge.stamp');
/** The stamp as if written well after the files last changed (a test's files are all younger than the racy window). */
const age = () => {
  const s = JSON.parse(readFileSync(stampFile(), 'utf8')) as { at: number };
  writeFileSync(stampFile(), JSON.stringify({ ...s, at: Date.now() + 60_000 }));
};

beforeEach(() => {
  n++;
  kbDir = path.join(temp, `kb${n}`);
  cacheDir = path.join(temp, `cache${n}`);
  cpSync(knowledgeDir, kbDir, { recursive: true });
  hashes = 0;
});

describe('the bundle key stamp', () => {
  it('hashes once, then answers from the stamp while nothing changed', () => {
    const key = stampedKey(kbDir, cacheDir, counted);
    expect(key).toBe(bundleKey(kbDir));
    expect(hashes).toBe(1);
    expect(statSync(stampFile()).mode & 0o777).toBe(0o600);
    age();
    expect(stampedKey(kbDir, cacheDir, counted)).toBe(key);
    expect(hashes).toBe(1);
  });

  it('does not trust a stamp written within the racy window of a file change: it hashes again', () => {
    stampedKey(kbDir, cacheDir, counted);
    stampedKey(kbDir, cacheDir, counted);
    expect(hashes).toBe(2);
  });

  it('hashes again after an edit that keeps the size and the modification time', () => {
    const file = path.join(kbDir, 'vocabulary.yml');
    utimesSync(file, WHOLE_SECOND, WHOLE_SECOND);
    const before = statSync(file);
    const key = stampedKey(kbDir, cacheDir, counted);
    age();
    const text = readFileSync(file, 'utf8');
    const i = text.search(/[a-y]/);
    writeFileSync(file, text.slice(0, i) + String.fromCharCode(text.charCodeAt(i) + 1) + text.slice(i + 1));
    utimesSync(file, WHOLE_SECOND, WHOLE_SECOND);
    expect([statSync(file).size, statSync(file).mtimeMs, statSync(file).ino]).toEqual([before.size, before.mtimeMs, before.ino]);
    const after = stampedKey(kbDir, cacheDir, counted);
    expect(hashes).toBe(2);
    expect(after).not.toBe(key);
    expect(after).toBe(bundleKey(kbDir));
  });

  it('hashes again when a file is added to a folder, or removed', () => {
    const key = stampedKey(kbDir, cacheDir, counted);
    age();
    const sub = path.join(kbDir, 'extra');
    mkdirSync(sub);
    writeFileSync(path.join(sub, 'note.md'), 'a new file\n');
    const added = stampedKey(kbDir, cacheDir, counted);
    expect(hashes).toBe(2);
    expect(added).not.toBe(key);
    age();
    rmSync(sub, { recursive: true });
    expect(stampedKey(kbDir, cacheDir, counted)).toBe(key);
    expect(hashes).toBe(3);
  });

  it('hashes again when a file is replaced by another of the same size and times (an atomic save)', () => {
    const file = path.join(kbDir, 'vocabulary.yml');
    utimesSync(file, WHOLE_SECOND, WHOLE_SECOND);
    const key = stampedKey(kbDir, cacheDir, counted);
    age();
    const text = readFileSync(file, 'utf8');
    writeFileSync(`${file}.new`, text.replace(/[a-y]/, (c) => String.fromCharCode(c.charCodeAt(0) + 1)));
    utimesSync(`${file}.new`, WHOLE_SECOND, WHOLE_SECOND);
    renameSync(`${file}.new`, file);
    expect(stampedKey(kbDir, cacheDir, counted)).not.toBe(key);
    expect(hashes).toBe(2);
  });

  it('hashes when the stamp is damaged or belongs to another knowledge folder', () => {
    stampedKey(kbDir, cacheDir, counted);
    age();
    writeFileSync(stampFile(), '{"key": 1');
    stampedKey(kbDir, cacheDir, counted);
    expect(hashes).toBe(2);
    age();
    const other = path.join(temp, `other${n}`);
    cpSync(kbDir, other, { recursive: true });
    expect(stampedKey(other, cacheDir, counted)).toBe(bundleKey(other));
    expect(hashes).toBe(3);
  });

  it("hashes when the stamp was written by another checkout's code, even if none of its files changed", () => {
    stampedKey(kbDir, cacheDir, counted);
    age();
    const s = JSON.parse(readFileSync(stampFile(), 'utf8')) as { code: string };
    writeFileSync(stampFile(), JSON.stringify({ ...s, code: path.join(temp, 'another-checkout', 'dist', 'src') }));
    stampedKey(kbDir, cacheDir, counted);
    expect(hashes).toBe(2);
  });

  it('still gives the key when the cache folder cannot be written', () => {
    writeFileSync(path.join(temp, `file${n}`), '');
    expect(stampedKey(kbDir, path.join(temp, `file${n}`, 'cache'), counted)).toBe(bundleKey(kbDir));
  });
});
