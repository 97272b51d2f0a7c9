// file-layout: what each of the lowdb store's files holds (sectionText) and how a data folder is read (readLayout), on real temp dirs.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATA_FILE_NAME, readLayout, SECTION_FILES, SECTIONS, sectionText } from '../../src/store/file-layout.js';
import { JOURNAL_FILE_NAME } from '../../src/store/people-journal.js';
import { StoreError } from '../../src/store/private-file.js';
import { emptyData, type PersonState, type StoreData } from '../../src/store/state.js';

const person = (step: string): PersonState => ({ goals: [], done: { [step]: '2026-01-01T00:00:00.000Z' }, rated: {}, updatedAt: '2026-01-01T00:00:00.000Z' });
const sample = (): StoreData => ({
  ...emptyData(),
  people: { 'slack:U1': person('a') },
  contexts: { 'slack:U1|C1': { topic: 'rhit', at: 1 } },
  replies: { r1: { intent: 'rhit', at: 1 } },
  feedback: [{ replyId: 'r1', intent: 'rhit', helpful: true, at: '2026-01-01T00:00:00.000Z' }],
});

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'chartpath-file-layout-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const put = (name: string, text: string) => writeFileSync(path.join(dir, name), text);
const journal = (generation: number, ...lines: object[]) => put(JOURNAL_FILE_NAME, [{ journal: 1, generation }, ...lines].map((l) => `${JSON.stringify(l)}\n`).join(''));
/** A complete folder in the split layout, its snapshot of this journal generation. */
function writeSplit(data: StoreData, generation: number) {
  for (const s of SECTIONS) put(SECTION_FILES[s], sectionText(data, s, generation));
  journal(generation);
}

describe('sectionText', () => {
  it("puts people (and installations when there are any) with the journal generation in the people's file", () => {
    expect(JSON.parse(sectionText(sample(), 'people', 4))).toEqual({ version: 2, journal: 4, people: { 'slack:U1': person('a') } });
    const installations = { 'slack:T1': { platform: 'slack', key: 'T1' } } as unknown as StoreData['installations'];
    expect(JSON.parse(sectionText({ ...sample(), installations }, 'people')).installations).toEqual(installations);
  });

  it('puts conversations, reply ids and handled requests in one file, ratings and the review log in another', () => {
    const data = sample();
    expect(JSON.parse(sectionText(data, 'talk'))).toEqual({ version: 2, contexts: data.contexts, replies: data.replies, seen: {} });
    expect(JSON.parse(sectionText(data, 'ratings'))).toEqual({ version: 2, feedback: data.feedback, unanswered: [] });
  });
});

describe('readLayout', () => {
  it('reads an empty folder as empty data with every file to write, people last', () => {
    const layout = readLayout(dir);
    expect(layout.data).toEqual(emptyData());
    expect(layout.toWrite).toEqual(['talk', 'ratings', 'people']);
    expect(layout.read).toEqual({});
    expect(layout.generation).toBe(0);
  });

  it('reads a complete split folder back as it was written, with nothing to write', () => {
    writeSplit(sample(), 3);
    const layout = readLayout(dir);
    expect(layout.data).toEqual(sample());
    expect(layout.generation).toBe(3);
    expect(layout.toWrite).toEqual([]);
    expect(layout.read.talk).toBe(readFileSync(path.join(dir, SECTION_FILES.talk), 'utf8'));
  });

  it("replays the journal of the snapshot's generation and then has the people's file to compact", () => {
    writeSplit(sample(), 3);
    journal(3, { k: 'slack:U2', p: person('b') }, { k: 'slack:U1', p: null });
    const layout = readLayout(dir);
    expect(layout.data.people).toEqual({ 'slack:U2': person('b') });
    expect(layout.journal.count).toBe(2);
    expect(layout.toWrite).toEqual(['people']);
    // What is on disk stays the snapshot without the journal; the backup is the replayed state.
    expect(JSON.parse(layout.durable.people).people).toEqual({ 'slack:U1': person('a') });
    expect(JSON.parse(layout.read.people!).people).toEqual({ 'slack:U2': person('b') });
  });

  it('does not replay a journal of another generation', () => {
    writeSplit(sample(), 3);
    journal(2, { k: 'slack:U2', p: person('b') });
    const layout = readLayout(dir);
    expect(layout.data.people).toEqual({ 'slack:U1': person('a') });
    expect(layout.journal.stale).toBe(true);
    expect(layout.toWrite).toEqual(['people']);
  });

  it('writes again a side file that is missing, keeping the rest', () => {
    writeSplit(sample(), 1);
    rmSync(path.join(dir, SECTION_FILES.talk));
    const layout = readLayout(dir);
    expect(layout.toWrite).toEqual(['talk']);
    expect(layout.data.contexts).toEqual({});
    expect(layout.data.feedback).toEqual(sample().feedback);
  });

  it('reads a single version-1 file from before the split whole, and splits it into every file', () => {
    const text = JSON.stringify(sample());
    put(DATA_FILE_NAME, text);
    const layout = readLayout(dir);
    expect(layout.data).toEqual(sample());
    expect(layout.toWrite).toEqual(['talk', 'ratings', 'people']);
    expect(layout.read).toEqual({ people: text });
  });

  it('refuses a damaged data file without changing it, pointing at its backup when there is one', () => {
    put(DATA_FILE_NAME, '{"version": 2, "peo');
    expect(() => readLayout(dir)).toThrow(StoreError);
    expect(() => readLayout(dir)).toThrow(/is damaged .*Fix it, or move the file away/);
    put(`${DATA_FILE_NAME}.bak`, sectionText(sample(), 'people'));
    expect(() => readLayout(dir)).toThrow(/The last good copy is .*chartpath\.json\.bak/);
    expect(readFileSync(path.join(dir, DATA_FILE_NAME), 'utf8')).toBe('{"version": 2, "peo');
  });

  it("refuses a file that is JSON but not ChartPath's shape, naming where", () => {
    writeSplit(sample(), 1);
    put(SECTION_FILES.ratings, JSON.stringify({ version: 2, feedback: 'none', unanswered: [] }));
    expect(() => readLayout(dir)).toThrow(/chartpath-ratings\.json is not in ChartPath's format \(at feedback:/);
    expect(existsSync(path.join(dir, `${SECTION_FILES.ratings}.bak`))).toBe(false);
  });
});
