// Files for one reader, and a full disk: the data folder is 0700 and its files 0600; a failed write leaves no temp
// file and is never saved later; an intact data file always opens, even when its backup cannot be written.
// The full disk is real where this runs as root on Linux (a 64 KiB tmpfs), and injected (ENOSPC) everywhere.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ModelCache } from '../../src/nlu/model-cache.js';
import { DATA_FILE_NAME, LowdbStore, realFs, SECTION_FILES, type StoreFs } from '../../src/store/lowdb-store.js';
import { newPerson } from '../../src/store/state.js';

const mode = (p: string) => statSync(p).mode & 0o777;
const enospc = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });

/** The real fs, until `full` is set: then every write writes half its text and fails as a full disk does. */
function fillableFs(): StoreFs & { full: boolean; failures: number } {
  const fs = {
    full: false,
    /** With full unset: how many of the next writes fail. */
    failures: 0,
    async writeFile(file: string, text: string, m: number) {
      if (fs.full || (fs.failures > 0 && fs.failures--)) {
        await realFs.writeFile(file, text.slice(0, text.length >> 1), m);
        throw enospc();
      }
      await realFs.writeFile(file, text, m);
    },
    writeFileSync(file: string, text: string, m: number) {
      if (fs.full) {
        realFs.writeFileSync(file, text.slice(0, text.length >> 1), m);
        throw enospc();
      }
      realFs.writeFileSync(file, text, m);
    },
  };
  return fs;
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'chartpath-private-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('files for one reader', () => {
  it('makes the data folder 0700 and the data file, its backup and the model cache 0600, also for an older 0755/0644 install', async () => {
    const data = path.join(dir, 'data');
    mkdirSync(data, { mode: 0o755 });
    chmodSync(data, 0o755);
    writeFileSync(path.join(data, DATA_FILE_NAME), JSON.stringify({ version: 1, people: {}, contexts: {}, feedback: [], unanswered: [], replies: {} }), { mode: 0o644 });
    chmodSync(path.join(data, DATA_FILE_NAME), 0o644);
    const store = await LowdbStore.open(data);
    await store.update((d) => {
      d.people['slack:U1'] = newPerson();
    });
    await store.close();
    expect(mode(data)).toBe(0o700);
    expect(mode(path.join(data, DATA_FILE_NAME))).toBe(0o600);
    expect(mode(path.join(data, `${DATA_FILE_NAME}.bak`))).toBe(0o600);
    // The files the old single file was split into (src/store/file-layout.ts).
    for (const f of Object.values(SECTION_FILES)) expect(mode(path.join(data, f)), f).toBe(0o600);

    const fresh = path.join(dir, 'fresh');
    await (await LowdbStore.open(fresh)).close();
    expect(mode(fresh)).toBe(0o700);
    expect(mode(path.join(fresh, DATA_FILE_NAME))).toBe(0o600);

    const cacheDir = path.join(data, 'cache');
    expect(new ModelCache(cacheDir).save('abc123', tinySnapshot())).toBe(true);
    expect(mode(cacheDir)).toBe(0o700);
    for (const f of readdirSync(cacheDir)) expect(mode(path.join(cacheDir, f)), f).toBe(0o600);
  });
});

describe('a full disk (injected ENOSPC)', () => {
  it('a write reported as failed leaves no temp file and is never saved by a later write', async () => {
    const fs = fillableFs();
    const store = await LowdbStore.open(dir, { fs });
    await store.update((d) => {
      d.people['slack:KEPT'] = newPerson();
    });
    fs.full = true;
    await expect(store.update((d) => (d.people['slack:FAILED'] = newPerson()))).rejects.toThrow(/ENOSPC/);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(store.data.people['slack:FAILED']).toBeUndefined();
    fs.full = false;
    await store.update((d) => {
      d.people['slack:LATER'] = newPerson();
    });
    await store.close();
    const onDisk = JSON.parse(readFileSync(path.join(dir, DATA_FILE_NAME), 'utf8'));
    expect(Object.keys(onDisk.people).sort()).toEqual(['slack:KEPT', 'slack:LATER']);
  });

  it('a change made while a write fails is not lost: it goes out with the next write', async () => {
    const fs = fillableFs();
    const store = await LowdbStore.open(dir, { fs });
    fs.failures = 1;
    const failing = store.update((d) => (d.people['slack:A'] = newPerson()));
    // Queued behind the failing write: not part of it.
    const queued = store.update((d) => (d.people['slack:B'] = newPerson()));
    await expect(failing).rejects.toThrow(/ENOSPC/);
    await queued;
    await store.close();
    const onDisk = JSON.parse(readFileSync(path.join(dir, DATA_FILE_NAME), 'utf8'));
    expect(Object.keys(onDisk.people)).toEqual(['slack:B']);
  });

  it('an intact data file opens even when its backup cannot be written, and no partial backup is left', async () => {
    const first = await LowdbStore.open(dir);
    await first.update((d) => {
      d.people['slack:U1'] = newPerson();
    });
    await first.close();
    await (await LowdbStore.open(dir)).close(); // a good open keeps a backup
    const fs = fillableFs();
    fs.full = true;
    const store = await LowdbStore.open(dir, { fs });
    expect(store.data.people['slack:U1']).toBeDefined();
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    // The backup from the earlier start is still whole.
    expect(JSON.parse(readFileSync(path.join(dir, `${DATA_FILE_NAME}.bak`), 'utf8')).version).toBe(2);
  });

  it('the model cache leaves no partial temp file behind, and clears one an earlier run left', () => {
    const cacheDir = path.join(dir, 'cache');
    mkdirSync(cacheDir);
    writeFileSync(path.join(cacheDir, `model-0ld.bin.999999.tmp`), 'x'); // not ours: name does not match the pattern
    writeFileSync(path.join(cacheDir, `model-ab12.bin.4242.tmp`), Buffer.alloc(4096));
    const cache = new ModelCache(cacheDir, {
      writeFileSync(file, data, m) {
        writeFileSync(file, data.subarray(0, data.length >> 1), { mode: m });
        throw enospc();
      },
    });
    expect(cache.save('abc123', tinySnapshot())).toBe(false);
    // Its own temp file and the earlier run's are gone; a file of another name is left alone.
    expect(readdirSync(cacheDir)).toEqual(['model-0ld.bin.999999.tmp']);
  });
});

// A real full disk: a 64 KiB tmpfs. Needs root on Linux (CI and the developers' machines run as root); skipped elsewhere.
const tmpfs = path.join(tmpdir(), `chartpath-tmpfs-${process.pid}`);
let mounted = false;
try {
  if (process.platform === 'linux' && process.getuid?.() === 0) {
    mkdirSync(tmpfs, { recursive: true });
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', tmpfs], { stdio: 'ignore' });
    mounted = true;
  }
} catch {
  mounted = false;
}
afterAll(() => {
  if (mounted) execFileSync('umount', [tmpfs], { stdio: 'ignore' });
  rmSync(tmpfs, { recursive: true, force: true });
});

describe.skipIf(!mounted)('a real full disk (64 KiB tmpfs)', () => {
  const fill = (data: string) => {
    // Fill the disk to the last block.
    const filler = path.join(data, '..', 'filler');
    let size = 64 * 1024;
    for (;;) {
      try {
        writeFileSync(filler, Buffer.alloc(size), { flag: 'a' });
      } catch {
        if (size === 512) break;
        size = Math.max(512, size >> 1);
      }
    }
    return () => rmSync(filler, { force: true });
  };

  it('starts with an intact data file on a full disk, refuses a write without a trace, then saves only what succeeded', async () => {
    const data = path.join(tmpfs, 'data');
    rmSync(data, { recursive: true, force: true });
    const first = await LowdbStore.open(data);
    await first.update((d) => {
      d.people['slack:BEFORE'] = newPerson();
    });
    await first.close();
    rmSync(path.join(data, `${DATA_FILE_NAME}.bak`), { force: true });

    const free = fill(data);
    const store = await LowdbStore.open(data);
    expect(store.data.people['slack:BEFORE']).toBeDefined();
    const big = 'x'.repeat(8000);
    await expect(store.update((d) => (d.people['slack:FAILED'] = { ...newPerson(), done: { big } }))).rejects.toThrow(/ENOSPC/);
    expect(readdirSync(data).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    free();
    await store.update((d) => {
      d.people['slack:AFTER'] = newPerson();
    });
    await store.close();
    const onDisk = JSON.parse(readFileSync(path.join(data, DATA_FILE_NAME), 'utf8'));
    expect(Object.keys(onDisk.people).sort()).toEqual(['slack:AFTER', 'slack:BEFORE']);
    expect(existsSync(path.join(data, DATA_FILE_NAME))).toBe(true);
  });

  it('the model cache on a full disk: save fails and leaves the space free', () => {
    const cacheDir = path.join(tmpfs, 'cache');
    rmSync(cacheDir, { recursive: true, force: true });
    const big = tinySnapshot(200_000);
    expect(new ModelCache(cacheDir).save('abc123', big)).toBe(false);
    expect(readdirSync(cacheDir)).toEqual([]);
  });
});

function tinySnapshot(weights = 4): Parameters<ModelCache['save']>[1] {
  return {
    labels: ['a', 'b'],
    vocabulary: [['word', 1]],
    vectorizer: { features: ['f1', 'f2'], weight: new Float32Array(2), docs: 2 },
    model: { W: new Float32Array(weights), b: new Float64Array(2), temperature: 1 },
  } as Parameters<ModelCache['save']>[1];
}
