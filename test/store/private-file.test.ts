// private-file.ts: writeAtomic and writeAtomicSync write owner-only through a temporary file and a rename, so the old
// file stays whole when a write fails, and no temporary file is left; realFs.appendFile never creates a file.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FILE_MODE, realFs, StoreError, writeAtomic, writeAtomicSync, type StoreFs } from '../../src/store/private-file.js';

const temp = mkdtempSync(path.join(tmpdir(), 'chartpath-private-file-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
let n = 0;
const fresh = () => path.join(temp, `f${n++}.json`);

/** The real fs, but every write puts half its text in the file and then fails as a full disk does. */
const fullFs: StoreFs = {
  ...realFs,
  async writeFile(file, text, mode) {
    await realFs.writeFile(file, text.slice(0, text.length / 2), mode);
    throw Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' });
  },
  writeFileSync(file, text, mode) {
    realFs.writeFileSync(file, text.slice(0, text.length / 2), mode);
    throw Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' });
  },
};

describe('writeAtomic', () => {
  it('writes the text owner-only, replacing the file, with no temporary left', async () => {
    const file = fresh();
    writeFileSync(file, 'old', { mode: 0o644 });
    await writeAtomic(realFs, file, '{"v":2}');
    expect(readFileSync(file, 'utf8')).toBe('{"v":2}');
    expect(statSync(file).mode & 0o777).toBe(FILE_MODE);
    expect(readdirSync(temp).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('on a failed write, rejects, keeps the old file whole and removes the half-written temporary', async () => {
    const file = fresh();
    writeFileSync(file, 'the old contents');
    await expect(writeAtomic(fullFs, file, 'the new contents, longer')).rejects.toThrow('ENOSPC');
    expect(readFileSync(file, 'utf8')).toBe('the old contents');
    expect(readdirSync(temp).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('writeAtomicSync', () => {
  it('does the same synchronously: the new text on success, the old text and no temporary on failure', () => {
    const file = fresh();
    writeAtomicSync(realFs, file, 'first');
    expect(readFileSync(file, 'utf8')).toBe('first');
    expect(statSync(file).mode & 0o777).toBe(FILE_MODE);
    expect(() => writeAtomicSync(fullFs, file, 'second, never seen')).toThrow('ENOSPC');
    expect(readFileSync(file, 'utf8')).toBe('first');
    expect(readdirSync(temp).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('realFs.appendFile', () => {
  it('appends to an existing file and refuses to create a missing one', async () => {
    const file = fresh();
    writeFileSync(file, 'header\n');
    await realFs.appendFile(file, 'line\n');
    expect(readFileSync(file, 'utf8')).toBe('header\nline\n');
    const missing = fresh();
    await expect(realFs.appendFile(missing, 'line\n')).rejects.toMatchObject({ code: 'ENOENT' });
    expect(readdirSync(temp)).not.toContain(path.basename(missing));
  });
});

describe('StoreError', () => {
  it('is an Error named StoreError that keeps its cause', () => {
    const cause = new Error('disk');
    const e = new StoreError('could not save', { cause });
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('StoreError');
    expect(e.cause).toBe(cause);
  });
});
