// split-files.ts: SplitJsonFiles writes only the files whose part changed, appends a few people's changes to the
// journal instead of rewriting chartpath.json, compacts past the bound (next generation, fresh journal), and cuts a
// failed append back off the journal.
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SECTION_FILES, SECTIONS, sectionText, type Section } from '../../src/store/file-layout.js';
import { journalFile, journalHeader, personLine } from '../../src/store/people-journal.js';
import { realFs, type StoreFs } from '../../src/store/private-file.js';
import { SplitJsonFiles } from '../../src/store/split-files.js';
import { emptyData, newPerson, type StoreData } from '../../src/store/state.js';

const temp = mkdtempSync(path.join(tmpdir(), 'chartpath-split-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** A data folder as a first start leaves it: each part's file and the journal's header, generation 0. */
function setup(fs: StoreFs = realFs, bound?: number): { dir: string; files: SplitJsonFiles; data: StoreData } {
  const dir = mkdtempSync(path.join(temp, 'd-'));
  const data = emptyData();
  const durable = {} as Record<Section, string>;
  for (const s of SECTIONS) {
    durable[s] = sectionText(data, s, 0);
    writeFileSync(path.join(dir, SECTION_FILES[s]), durable[s]);
  }
  writeFileSync(journalFile(dir), journalHeader(0));
  const files = new SplitJsonFiles(dir, fs, durable, { generation: 0, lines: new Map(), bytes: Buffer.byteLength(journalHeader(0)) }, bound);
  return { dir, files, data };
}
const read = (dir: string, s: Section) => readFileSync(path.join(dir, SECTION_FILES[s]), 'utf8');

describe('SplitJsonFiles.write', () => {
  it('writes only the parts that changed', async () => {
    const { dir, files, data } = setup();
    const peopleBefore = read(dir, 'people');
    data.contexts['u|c'] = { topic: 'rhit', at: 1 };
    files.pending.add('talk');
    await files.write(data);
    expect(JSON.parse(read(dir, 'talk')).contexts).toEqual({ 'u|c': { topic: 'rhit', at: 1 } });
    expect(read(dir, 'people')).toBe(peopleBefore);
    expect(readFileSync(journalFile(dir), 'utf8')).toBe(journalHeader(0));
  });

  it("appends a changed person's record to the journal and leaves chartpath.json alone", async () => {
    const { dir, files, data } = setup();
    const peopleBefore = read(dir, 'people');
    data.people['u1'] = newPerson(new Date('2026-01-01T00:00:00Z'));
    files.pendingPeople.add('u1');
    await files.write(data);
    expect(read(dir, 'people')).toBe(peopleBefore);
    expect(readFileSync(journalFile(dir), 'utf8')).toBe(journalHeader(0) + personLine('u1', data.people['u1']));
    expect(files.journalHasLines).toBe(true);
    expect(files.restore().people).toEqual(data.people);
  });

  it('compacts once the journal would pass its bound: the snapshot of the next generation, then a fresh journal', async () => {
    const { dir, files, data } = setup(realFs, 10);
    data.people['u1'] = newPerson(new Date('2026-01-01T00:00:00Z'));
    files.pendingPeople.add('u1');
    await files.write(data);
    const snapshot = JSON.parse(read(dir, 'people')) as { journal: number; people: StoreData['people'] };
    expect(snapshot.journal).toBe(1);
    expect(snapshot.people).toEqual(data.people);
    expect(readFileSync(journalFile(dir), 'utf8')).toBe(journalHeader(1));
    expect(files.journalHasLines).toBe(false);
  });

  it('a failed append rejects, is cut back off the journal, and the lines it held stay as they were', async () => {
    const failing: StoreFs = {
      ...realFs,
      async appendFile(file, text) {
        appendFileSync(file, text.slice(0, 7)); // half a line reached the disk
        throw Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' });
      },
    };
    const { dir, files, data } = setup(failing);
    data.people['u1'] = newPerson();
    files.pendingPeople.add('u1');
    await expect(files.write(data)).rejects.toThrow('ENOSPC');
    expect(readFileSync(journalFile(dir), 'utf8')).toBe(journalHeader(0));
    expect(files.journalHasLines).toBe(false);
    expect(files.journalSuspect).toBe(false);
    expect(files.restore().people).toEqual({});
    expect(existsSync(path.join(dir, SECTION_FILES.people))).toBe(true);
  });
});
