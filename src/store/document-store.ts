// The row-level port over one in-memory document (StoreData): what the lowdb file and the memory store share.
// Each operation is one `update`, applied synchronously to the document in call order, so within the one process
// that owns the document no change is lost; the lowdb store then persists it (coalesced with its neighbours).
import type { Section } from './file-layout.js';
import { recordFeedback } from './feedback-index.js';
import type { InstallationPlatform, InstallationRecord } from './installations.js';
import { AgeOrder } from './age-order.js';
import type { PruneRequest, PruneResult, Store } from './port.js';
import type { ConversationContext, FeedbackEntry, PersonState, ReplyRecord, StoreData, UnansweredEntry, UnansweredStatus } from './state.js';

const installationId = (platform: InstallationPlatform, key: string) => `${platform}:${key}`;
/** Expired contexts and handled-request records are swept from the front every so many writes, not on every one. */
const SWEEP_EVERY = 128;
/** Handled-request records kept at most (a bound even under a flood of distinct requests). */
const MAX_SEEN = 50_000;

// The parts each operation touches. An answer writes TALK only: nobody's profile is rewritten for it.
const PEOPLE: readonly Section[] = ['people'];
const TALK: readonly Section[] = ['talk'];
const RATINGS: readonly Section[] = ['ratings'];

const clone = <T>(value: T): T => structuredClone(value);
/**
 * A copy of plain data (what the store holds is JSON: objects, arrays, strings, numbers, booleans, null): the same
 * result as structuredClone for it, several times cheaper for the small context each answer reads and writes.
 */
function copyPlain<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(copyPlain) as T;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const v = copyPlain((value as Record<string, unknown>)[key]);
    // An own "__proto__" key stays a key, as structuredClone keeps it, instead of setting the prototype.
    if (key === '__proto__') Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
    else out[key] = v;
  }
  return out as T;
}
/** The age order of a document's `replies` (see putReply) and of its `contexts` once swept (sweepExpiredFront), by record. */
const ageOrders = new WeakMap<object, AgeOrder>();
/** The record's age order, made from it (insertion order) the first time it is asked for. */
function ageOrderOf(record: Record<string, unknown>): AgeOrder {
  let order = ageOrders.get(record);
  if (!order) ageOrders.set(record, (order = new AgeOrder(record)));
  return order;
}

export abstract class DocumentStore implements Store {
  abstract readonly kind: 'memory' | 'lowdb';
  /** The whole document: for this store's own tests and tools; the core uses the row operations. */
  abstract readonly data: StoreData;
  /**
   * Applies a change to the document and persists it; changes are applied in call order. `sections` names the parts
   * it touches (file-layout.ts), so the lowdb store rewrites only their files; every part when not given. `people`,
   * when given, names every person the change touches in the people's part, and it touches nothing else there: the
   * lowdb store then appends their records to its journal instead of rewriting every profile.
   */
  abstract update<T>(change: (data: StoreData) => T, sections?: readonly Section[], people?: readonly string[]): Promise<T>;
  abstract flush(): Promise<void>;
  abstract purgeOldCopies(): Promise<void>;
  abstract close(): Promise<void>;

  private writes = 0;

  // Copies go out and come in, so a caller holding a result can never change the document behind the store's back.
  async getPerson(key: string): Promise<PersonState | undefined> {
    const person = this.data.people[key];
    return person && clone(person);
  }

  async changePerson(key: string, change: (person: PersonState | undefined) => PersonState | undefined): Promise<PersonState | undefined> {
    // The person is named for the journal only when the change keeps something: a change that keeps nothing writes
    // nothing (not even the key of someone with no data). Filled by the change, which runs before the write is queued.
    const changed: string[] = [];
    return this.update(
      (d) => {
        const current = d.people[key];
        const next = change(current && clone(current));
        if (next) {
          d.people[key] = clone(next);
          if (!changed.length) changed.push(key);
        }
        return next && clone(next);
      },
      PEOPLE,
      changed,
    );
  }

  async forgetPerson(key: string, reviewTag: string): Promise<boolean> {
    return this.update((d) => {
      let found = Boolean(d.people[key]);
      delete d.people[key];
      const prefix = `${key}|`;
      for (const ctxKey of Object.keys(d.contexts)) {
        if (ctxKey.startsWith(prefix)) {
          delete d.contexts[ctxKey];
          found = true;
        }
      }
      const before = d.unanswered.length;
      if (d.unanswered.some((e) => e.by === reviewTag)) d.unanswered = d.unanswered.filter((e) => e.by !== reviewTag);
      return found || d.unanswered.length !== before;
    });
  }

  async forgetPeopleWithPrefix(prefix: string): Promise<number> {
    if (!prefix) throw new Error('forgetPeopleWithPrefix: an empty prefix would delete everyone');
    return this.update((d) => {
      let people = 0;
      for (const key of Object.keys(d.people)) {
        if (key.startsWith(prefix)) {
          delete d.people[key];
          people++;
        }
      }
      // Context keys are "<person key>|<channel>".
      for (const key of Object.keys(d.contexts)) if (key.startsWith(prefix)) delete d.contexts[key];
      return people;
    }, ['people', 'talk']);
  }

  async getContext(key: string, now: number): Promise<ConversationContext | undefined> {
    const ctx = this.data.contexts[key];
    return ctx && expiryOf(ctx) > now ? stripExpiry(copyPlain(ctx)) : undefined;
  }

  async putContext(key: string, context: ConversationContext, expiresAt: number): Promise<void> {
    await this.update((d) => {
      delete d.contexts[key]; // re-inserted last: the map stays in write order, so a sweep can stop early
      d.contexts[key] = { ...copyPlain(context), expiresAt };
      ageOrders.get(d.contexts)?.push(key);
      if (++this.writes % SWEEP_EVERY === 0) sweepExpiredFront(d, context.at);
    }, TALK);
  }

  async pruneContexts(now: number): Promise<number> {
    return this.update((d) => sweepContexts(d, now), TALK);
  }

  async getReply(id: string): Promise<ReplyRecord | undefined> {
    const r = this.data.replies[id];
    return r && { ...r };
  }

  async putReply(id: string, record: ReplyRecord, keep: number): Promise<void> {
    await this.update((d) => {
      // Kept once per replies object beside it, then up to date here (the only place that adds or drops replies).
      const order = ageOrderOf(d.replies);
      delete d.replies[id];
      d.replies[id] = { ...record };
      order.push(id);
      // Insertion order is age order: the oldest leave from the front.
      while (order.size > keep) {
        const old = order.shiftOldest();
        if (old === undefined) break;
        delete d.replies[old];
      }
    }, TALK);
  }

  async putFeedback(entry: FeedbackEntry): Promise<void> {
    await this.update((d) => recordFeedback(d.feedback, { ...entry }), RATINGS);
  }

  async listFeedback(): Promise<FeedbackEntry[]> {
    return clone(this.data.feedback);
  }

  async addReview(entry: UnansweredEntry, maxEntries: number): Promise<void> {
    await this.update((d) => {
      d.unanswered.push(clone(entry));
      const over = d.unanswered.length - maxEntries;
      if (over > 0) d.unanswered.splice(0, over);
    }, RATINGS);
  }

  async listReview(status?: UnansweredStatus): Promise<UnansweredEntry[]> {
    return clone(status ? this.data.unanswered.filter((e) => e.status === status) : this.data.unanswered);
  }

  async setReviewStatus(ids: string[], status: UnansweredStatus, resolvedTo?: string): Promise<number> {
    const wanted = new Set(ids);
    return this.update((d) => {
      let n = 0;
      for (const e of d.unanswered) {
        if (!wanted.has(e.id)) continue;
        e.status = status;
        if (resolvedTo !== undefined) e.resolvedTo = resolvedTo;
        n++;
      }
      return n;
    }, RATINGS);
  }

  async deleteReview(ids: string[]): Promise<number> {
    const gone = new Set(ids);
    return this.update((d) => {
      const before = d.unanswered.length;
      if (d.unanswered.some((e) => gone.has(e.id))) d.unanswered = d.unanswered.filter((e) => !gone.has(e.id));
      return before - d.unanswered.length;
    }, RATINGS);
  }

  async prune(r: PruneRequest): Promise<PruneResult> {
    // Only the parts it changed are written: a pass that removes nobody leaves chartpath.json (the large file) alone.
    const changed: Section[] = [];
    return this.update((d) => {
      const result = pruneDocument(d, r);
      if (result.feedback || result.reviewLog) changed.push('ratings');
      if (result.people) changed.push('people', 'talk');
      return result;
    }, changed);
  }

  async claim(ids: string[], now: number, until: number): Promise<boolean> {
    return this.update((d) => {
      const first = !ids.some((id) => (d.seen[id] ?? 0) > now);
      for (const id of ids) {
        delete d.seen[id]; // re-inserted last: the record stays in expiry order
        d.seen[id] = until;
      }
      // Expired entries leave from the front on every call (a few at a time); the size cap is checked now and then.
      const over = ++this.writes % SWEEP_EVERY === 0 ? Object.keys(d.seen).length - MAX_SEEN : 0;
      sweepSeen(d.seen, now, over);
      return first;
    }, TALK);
  }

  async claimed(id: string, now: number): Promise<boolean> {
    return (this.data.seen[id] ?? 0) > now;
  }

  async getInstallation(platform: InstallationPlatform, key: string): Promise<InstallationRecord | undefined> {
    const r = this.data.installations?.[installationId(platform, key)];
    return r && clone(r);
  }

  async putInstallation(record: Omit<InstallationRecord, 'installedAt' | 'updatedAt'>, now: Date): Promise<InstallationRecord> {
    return this.update((d) => {
      const all = (d.installations ??= {});
      const id = installationId(record.platform, record.key);
      const stored: InstallationRecord = { ...clone(record), installedAt: all[id]?.installedAt ?? now.toISOString(), updatedAt: now.toISOString() };
      all[id] = stored;
      return clone(stored);
    }, PEOPLE);
  }

  async deleteInstallation(platform: InstallationPlatform, key: string): Promise<boolean> {
    if (!this.data.installations?.[installationId(platform, key)]) return false;
    await this.update((d) => {
      if (d.installations) delete d.installations[installationId(platform, key)];
    }, PEOPLE);
    return true;
  }

  async listInstallations(platform: InstallationPlatform): Promise<InstallationRecord[]> {
    return Object.values(this.data.installations ?? {})
      .filter((r) => r.platform === platform)
      .map(clone);
  }
}

/** One retention pass over the document (Store.prune). */
function pruneDocument(d: StoreData, r: PruneRequest): PruneResult {
  const feedbackBefore = d.feedback.length;
  const fCut = r.feedbackBefore.getTime();
  let kept = d.feedback.some((f) => Date.parse(f.at) < fCut) ? d.feedback.filter((f) => Date.parse(f.at) >= fCut) : d.feedback;
  if (kept.length > r.maxFeedback) kept = kept.slice(kept.length - r.maxFeedback);
  // A new array (only when something went) gets a fresh index in feedback-index.ts.
  if (kept !== d.feedback) d.feedback = kept;

  const pCut = r.peopleBefore.getTime();
  let people = 0;
  for (const [key, person] of Object.entries(d.people)) {
    if (Date.parse(person.updatedAt) < pCut) {
      delete d.people[key];
      for (const ctxKey of Object.keys(d.contexts)) if (ctxKey.startsWith(`${key}|`)) delete d.contexts[ctxKey];
      people++;
    }
  }

  // Review lines are appended in time order: the old ones are at the front.
  const reviewBefore = d.unanswered.length;
  const rCut = r.reviewBefore.getTime();
  let drop = 0;
  while (drop < d.unanswered.length && Date.parse(d.unanswered[drop]!.at) < rCut) drop++;
  const over = d.unanswered.length - drop - r.maxReview;
  if (over > 0) drop += over;
  if (drop) d.unanswered.splice(0, drop);
  return { feedback: feedbackBefore - d.feedback.length, people, reviewLog: reviewBefore - d.unanswered.length };
}

function stripExpiry(ctx: ConversationContext): ConversationContext {
  delete ctx.expiresAt;
  return ctx;
}

/** A context written before expiries were stored (no expiresAt) counts as expired: contexts are short-lived anyway. */
const expiryOf = (ctx: ConversationContext): number => ctx.expiresAt ?? ctx.at;

/**
 * The sweep on the way (every SWEEP_EVERY writes): expired contexts leave from the front, up to the first that is not
 * expired. Contexts are re-inserted on every write with the same TTL, so the front is the oldest; one written out of
 * that order (a clock step back, a longer TTL) waits for the next full sweep (pruneContexts, at housekeeping) and is
 * never read meanwhile (getContext checks the expiry). A full pass over every context here made a process that answers
 * many conversations (a stdin run: one per line) quadratic in their number; so did for-in even when it stopped at the
 * first key (it collects and sorts every key of a dictionary-mode object first: some 38 us a write at 30,000
 * contexts). The order is kept beside the record instead (as for replies), made from it on the first sweep; a key
 * deleted elsewhere (forget, prune) is skipped, as for-in would not visit it.
 */
function sweepExpiredFront(d: StoreData, now: number): void {
  const order = ageOrderOf(d.contexts);
  for (let key = order.oldest(); key !== undefined; key = order.oldest()) {
    const ctx = Object.hasOwn(d.contexts, key) ? d.contexts[key] : undefined;
    if (ctx && expiryOf(ctx) > now) break;
    order.shiftOldest();
    if (ctx) delete d.contexts[key];
  }
}

function sweepContexts(d: StoreData, now: number): number {
  let n = 0;
  for (const [key, ctx] of Object.entries(d.contexts)) {
    if (expiryOf(ctx) <= now) {
      delete d.contexts[key];
      n++;
    }
  }
  return n;
}

/** Drops expired entries from the front (insertion order is expiry order), and `over` more of the oldest. */
function sweepSeen(seen: Record<string, number>, t: number, over: number): void {
  for (const id in seen) {
    if (seen[id]! > t && over <= 0) break;
    delete seen[id];
    over--;
  }
}
