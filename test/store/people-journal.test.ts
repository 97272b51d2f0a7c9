// people-journal.ts on its own: the line formats, and replayJournal over a folder written by hand (generations, torn
// last lines, deletions, the last line per person, damaged lines named by number).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { applyLines, journalFile, journalHeader, personLine, replayJournal } from '../../src/store/people-journal.js';
import { StoreError } from '../../src/store/private-file.js';
import { newPerson, type PersonState } from '../../src/store/state.js';

const temp = mkdtempSync(path.join(tmpdir(), 'chartpath-journal-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
let n = 0;
/** A data folder whose journal holds exactly `text`. */
function folder(text: string): string {
  const dir = mkdtempSync(path.join(temp, `d${n++}-`));
  writeFileSync(journalFile(dir), text);
  return dir;
}

const at = (iso: string): PersonState => newPerson(new Date(iso));
const ann = at('2026-01-01T00:00:00Z');
const annLater: PersonState = { ...at('2026-01-02T00:00:00Z'), done: { 'rhit:1': '2026-01-02T00:00:00Z' } };
const bob = at('2026-01-03T00:00:00Z');

describe('journalHeader and personLine', () => {
  it('write one JSON line each; a deletion is p: null', () => {
    expect(journalHeader(7)).toBe('{"journal":1,"generation":7}\n');
    expect(JSON.parse(personLine('slack:U1', ann))).toEqual({ k: 'slack:U1', p: ann });
    expect(personLine('slack:U1', undefined)).toBe('{"k":"slack:U1","p":null}\n');
  });
});

describe('replayJournal', () => {
  it('a missing journal is no journal', () => {
    const dir = mkdtempSync(path.join(temp, 'none-'));
    expect(replayJournal(dir, 0, {})).toMatchObject({ exists: false, count: 0, stale: false });
  });

  it("applies the lines of the snapshot's generation in order: the last record wins and a deletion removes", () => {
    const text = journalHeader(3) + personLine('a', ann) + personLine('b', bob) + personLine('a', annLater) + personLine('b', undefined) + personLine('a', annLater);
    const dir = folder(text);
    const people: Record<string, PersonState> = { c: ann, b: ann };
    const read = replayJournal(dir, 3, people);
    expect(people).toEqual({ a: annLater, c: ann });
    expect(read.count).toBe(5);
    expect(read.bytes).toBe(Buffer.byteLength(text));
    expect([...read.lines.keys()]).toEqual(['b', 'a']); // in the order last written
    expect(read.lines.get('a')).toBe(personLine('a', annLater));
    expect(read.stale).toBe(false);
    expect(read.tornLine).toBeUndefined();
  });

  it('a journal of another generation, or without a whole header, is stale and changes nothing', () => {
    const people: Record<string, PersonState> = { c: ann };
    expect(replayJournal(folder(journalHeader(2) + personLine('a', ann)), 3, people).stale).toBe(true);
    expect(replayJournal(folder('{"journal":1,"gener'), 3, people)).toMatchObject({ stale: true, tornLine: 1 });
    expect(people).toEqual({ c: ann });
  });

  it('drops a torn last line and reports its number', () => {
    const people: Record<string, PersonState> = {};
    const read = replayJournal(folder(journalHeader(0) + personLine('a', ann) + '{"k":"b","p":{"go'), 0, people);
    expect(read.tornLine).toBe(3);
    expect(Object.keys(people)).toEqual(['a']);
  });

  it('refuses a damaged whole line with a StoreError naming the file and line, and leaves the file as it was', () => {
    const text = journalHeader(0) + personLine('a', ann) + '{"k":"b","p":{"done":5}}\n' + personLine('c', bob);
    const dir = folder(text);
    const run = () => replayJournal(dir, 0, {});
    expect(run).toThrow(StoreError);
    expect(run).toThrow(`${journalFile(dir)} is damaged at line 3`);
    expect(readFileSync(journalFile(dir), 'utf8')).toBe(text);
  });
});

describe('applyLines', () => {
  it('applies lines as personLine writes them', () => {
    const people: Record<string, PersonState> = { b: bob };
    applyLines(people, [personLine('a', ann), personLine('b', undefined)]);
    expect(people).toEqual({ a: ann });
  });
});
