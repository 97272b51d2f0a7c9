// key.ts: the bundle key covers the knowledge folder's files byte for byte, and their names, and the code.
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleKey, codeRoot, codeVersion, keySources } from '../../src/bundle/key.js';

const temp = mkdtempSync(path.join(tmpdir(), 'chartpath-key-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

let n = 0;
/** A small knowledge-like folder: files' contents only matter to the key, never their meaning. */
function folder(): string {
  const dir = path.join(temp, `kb${n++}`);
  mkdirSync(path.join(dir, 'topics'), { recursive: true });
  writeFileSync(path.join(dir, 'scope.yml'), 'in: []\n');
  writeFileSync(path.join(dir, 'topics', 'rhit.yml'), 'id: rhit\n');
  return dir;
}

describe('bundleKey', () => {
  it('is 32 hex characters and the same for two folders with the same files', () => {
    const a = bundleKey(folder());
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(bundleKey(folder())).toBe(a);
  });

  it('changes when a byte of a file changes, when a file is added, and when a file is renamed', () => {
    const base = bundleKey(folder());
    const edited = folder();
    writeFileSync(path.join(edited, 'topics', 'rhit.yml'), 'id: rhit \n');
    const added = folder();
    writeFileSync(path.join(added, 'topics', 'cca.yml'), '');
    const renamed = folder();
    renameSync(path.join(renamed, 'topics', 'rhit.yml'), path.join(renamed, 'topics', 'rhia.yml'));
    const keys = [base, bundleKey(edited), bundleKey(added), bundleKey(renamed)];
    expect(new Set(keys).size).toBe(4);
  });

  it('ignores dot files (editor swap files, .DS_Store)', () => {
    const base = bundleKey(folder());
    const dotted = folder();
    writeFileSync(path.join(dotted, '.DS_Store'), 'x');
    writeFileSync(path.join(dotted, 'topics', '.rhit.yml.swp'), 'x');
    expect(bundleKey(dotted)).toBe(base);
  });
});

describe('codeVersion and keySources', () => {
  it('hashes the code once per process: the same hex each time', () => {
    expect(codeVersion()).toMatch(/^[0-9a-f]{64}$/);
    expect(codeVersion()).toBe(codeVersion());
  });

  it('lists the code files of knowledge/, nlu/ and bundle/, then the folder files, and every folder it read', () => {
    const dir = folder();
    const { files, dirs } = keySources(dir);
    const root = codeRoot();
    expect(files).toContain(path.join(root, 'bundle', path.basename(files.find((f) => f.includes(`${path.sep}bundle${path.sep}key.`))!)));
    expect(files.some((f) => f.startsWith(path.join(root, 'nlu') + path.sep))).toBe(true);
    expect(files.some((f) => f.startsWith(path.join(root, 'core') + path.sep))).toBe(false);
    expect(files.slice(-2)).toEqual([path.join(dir, 'scope.yml'), path.join(dir, 'topics', 'rhit.yml')]);
    expect(dirs).toEqual(expect.arrayContaining([dir, path.join(dir, 'topics'), path.join(root, 'knowledge')]));
  });
});
