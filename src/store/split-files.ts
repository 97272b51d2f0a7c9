// Writing the embedded store's files (their layout: file-layout.ts): lowdb's adapter. A write writes only the files
// whose part changed, each atomically and 0600, so an answer rewrites the small conversations file and nobody's
// profile; and a change of a few people (a mark, a rating) appends their new records to the people's journal
// (people-journal.ts) instead of rewriting chartpath.json. The journal is compacted (the snapshot rewritten with the
// next generation, then the journal reset to its header) when it grows past a bound, on any other change of the
// people's part (forget-me, a retention pass that forgets someone, an installation), and at a start or clean close
// that finds lines in it (lowdb-store.ts).
import { truncate } from 'node:fs/promises';
import path from 'node:path';
import type { Adapter } from 'lowdb';
import { SECTION_FILES, SECTIONS, sectionText, type Section } from './file-layout.js';
import { applyLines, journalFile, journalHeader, personLine } from './people-journal.js';
import { writeAtomic, type StoreFs } from './private-file.js';
import { emptyData, type StoreData } from './state.js';

/** The journal is compacted once it would pass this many bytes, or half the snapshot's size if that is more. */
export const JOURNAL_MIN_BOUND = 256 * 1024;

export interface JournalState {
  /** The generation of the snapshot on disk (and of the journal, unless `stale`). */
  generation: number;
  /** The lines the journal holds beyond the snapshot, the last of each person, in write order. */
  lines: Map<string, string>;
  /** The journal file's size. */
  bytes: number;
}

export class SplitJsonFiles implements Adapter<StoreData> {
  /** The parts changed since the last write (the people's: as a whole, so the snapshot is rewritten). */
  readonly pending = new Set<Section>();
  /** People changed since the last write, when that is all that changed of theirs: appended to the journal. */
  readonly pendingPeople = new Set<string>();
  private generation: number;
  /** What the journal holds beyond the snapshot: what a failed write rolls back to, with `durable`. */
  private readonly lines: Map<string, string>;
  /** The journal's size on disk (what a failed append is cut back to). */
  private journalBytes = 0;
  /**
   * The journal on disk may not be what `lines` says (its reset or the undo of a failed append failed): nothing more
   * is appended to it, and the next write of the people's part compacts.
   */
  private suspect = false;

  constructor(
    private readonly dataDir: string,
    private readonly fs: StoreFs,
    /** The text of the last write of each file that reached the disk: what a failed write rolls back to. */
    readonly durable: Record<Section, string>,
    journal: JournalState,
    /** Compact when the journal would pass this many bytes (default: JOURNAL_MIN_BOUND or half the snapshot). */
    private readonly journalBound?: number | undefined,
  ) {
    this.generation = journal.generation;
    this.lines = new Map(journal.lines);
    this.journalBytes = journal.bytes;
  }

  file(section: Section): string {
    return path.join(this.dataDir, SECTION_FILES[section]);
  }

  /** Whether the journal on disk may not match what this store knows of it (the next people's write compacts). */
  get journalSuspect(): boolean {
    return this.suspect;
  }

  /** Whether the journal holds anything the snapshot does not (a clean close compacts it), or may. */
  get journalHasLines(): boolean {
    return this.lines.size > 0 || this.suspect;
  }

  async read(): Promise<StoreData> {
    return this.restore();
  }

  /** The document as the disk holds it: the files, and the journal's lines over the people's snapshot. */
  restore(): StoreData {
    const data = emptyData();
    for (const s of SECTIONS) {
      const part = JSON.parse(this.durable[s]) as Record<string, unknown>;
      delete part.version;
      delete part.journal;
      Object.assign(data, part);
    }
    applyLines(data.people, this.lines.values());
    return data;
  }

  async write(data: StoreData): Promise<void> {
    // Every text is taken now, before the first await: a change made while the files are written belongs to the next
    // write, never half to this one.
    const texts = SECTIONS.filter((s) => s !== 'people' && this.pending.has(s)).map((s) => [s, sectionText(data, s)] as const);
    const people = this.peopleWrite(data);
    this.pending.clear();
    this.pendingPeople.clear();
    for (const [s, text] of texts) {
      await writeAtomic(this.fs, this.file(s), text);
      this.durable[s] = text;
    }
    if (people?.snapshot !== undefined) await this.compact(people.snapshot);
    else if (people) await this.append(people.lines);
  }

  /** What this write does to the people's part: nothing, a new snapshot, or lines for the journal. */
  private peopleWrite(data: StoreData): { snapshot: string } | { snapshot?: undefined; lines: [string, string][] } | undefined {
    if (!this.pending.has('people') && !this.pendingPeople.size) return undefined;
    const lines = [...this.pendingPeople].map((key) => [key, personLine(key, data.people[key])] as [string, string]);
    const bytes = lines.reduce((sum, [, line]) => sum + Buffer.byteLength(line), 0);
    const bound = this.journalBound ?? Math.max(JOURNAL_MIN_BOUND, this.durable.people.length / 2);
    if (this.pending.has('people') || this.suspect || this.journalBytes + bytes > bound) {
      return { snapshot: sectionText(data, 'people', this.generation + 1) };
    }
    return { lines };
  }

  /** The snapshot with the next generation, then a fresh journal: the old journal's lines are never replayed over it. */
  private async compact(snapshot: string): Promise<void> {
    await writeAtomic(this.fs, this.file('people'), snapshot);
    this.durable.people = snapshot;
    this.generation++;
    this.lines.clear();
    // From here the data is saved (the snapshot holds all of it), and a journal of the old generation is ignored on
    // the next open; a journal that could not be reset only stops further appends until the next compaction.
    this.suspect = true;
    const header = journalHeader(this.generation);
    try {
      await writeAtomic(this.fs, journalFile(this.dataDir), header);
      this.journalBytes = Buffer.byteLength(header);
      this.suspect = false;
    } catch {
      // Left suspect: the next write of the people's part compacts again.
    }
  }

  /** Appends the lines in one write, flushed to the disk; a failed append is cut back off the file. */
  private async append(lines: [string, string][]): Promise<void> {
    const text = lines.map(([, line]) => line).join('');
    const file = journalFile(this.dataDir);
    try {
      await this.fs.appendFile(file, text);
    } catch (error) {
      // A full disk may have written part of it: cut the file back to what it held, or compact on the next write.
      await truncate(file, this.journalBytes).catch(() => (this.suspect = true));
      throw error;
    }
    this.journalBytes += Buffer.byteLength(text);
    for (const [key, line] of lines) {
      this.lines.delete(key);
      this.lines.set(key, line);
    }
  }
}
