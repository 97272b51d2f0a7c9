// The storage port: the core talks to this interface only, one row at a time (a person, a conversation, a rating, a
// review line, a handled request, an installation), never to a whole document. That is what lets a server database
// (PostgreSQL, pg-store.ts) implement it for several processes, with the same behaviour as the embedded lowdb file
// (lowdb-store.ts) and the in-memory store: test/store/contract.ts is the one suite every implementation passes.
import type { InstallationRecord, InstallationPlatform } from './installations.js';
import type { ConversationContext, FeedbackEntry, PersonState, ReplyRecord, UnansweredEntry, UnansweredStatus } from './state.js';

/** Every cut-off of one retention pass (store/retention.ts computes them from the policy). */
export interface PruneRequest {
  /** Ratings given before this leave; then at most maxFeedback stay, newest kept. */
  feedbackBefore: Date;
  maxFeedback: number;
  /** People inactive since before this are forgotten, with their conversation contexts. */
  peopleBefore: Date;
  /** Review lines written before this leave; then at most maxReview stay, newest kept. */
  reviewBefore: Date;
  maxReview: number;
}

export interface PruneResult {
  feedback: number;
  people: number;
  reviewLog: number;
}

export interface Store {
  /** Which implementation this is (for logs and /healthz): 'memory', 'lowdb' or 'postgres'. */
  readonly kind: 'memory' | 'lowdb' | 'postgres';

  getPerson(key: string): Promise<PersonState | undefined>;
  /**
   * Changes one person atomically: `change` gets the current state (undefined when there is none), may change it in
   * place or make a new one, and returns what to keep (undefined: keep nothing new). Concurrent changes of the same
   * person, from this process or another, are applied one after the other: none is lost. Returns what was kept.
   */
  changePerson(key: string, change: (person: PersonState | undefined) => PersonState | undefined): Promise<PersonState | undefined>;
  /**
   * /forget-me: deletes the person, their conversation contexts (keys "<person>|...") and the review lines tagged
   * `reviewTag`. True when there was anything to delete.
   */
  forgetPerson(key: string, reviewTag: string): Promise<boolean>;
  /** Deletes every person whose key starts with `prefix`, with their contexts (an uninstalled workspace). */
  forgetPeopleWithPrefix(prefix: string): Promise<number>;

  /** The context of a conversation, unless it expired (its expiresAt is not after `now`, ms since the epoch). */
  getContext(key: string, now: number): Promise<ConversationContext | undefined>;
  putContext(key: string, context: ConversationContext, expiresAt: number): Promise<void>;
  /** Expired contexts leave; returns how many. */
  pruneContexts(now: number): Promise<number>;

  /** An answered reply (id -> intent), so a later rating can name the intent. */
  getReply(id: string): Promise<ReplyRecord | undefined>;
  /** Remembers a reply; at most `keep` are remembered, the oldest leave first. */
  putReply(id: string, record: ReplyRecord, keep: number): Promise<void>;

  /** Records a rating: replaces the entry of the same reply id, or adds one. */
  putFeedback(entry: FeedbackEntry): Promise<void>;
  listFeedback(): Promise<FeedbackEntry[]>;

  /** Appends a line to the review log (unanswered questions), then keeps at most `maxEntries`, newest kept. */
  addReview(entry: UnansweredEntry, maxEntries: number): Promise<void>;
  /** The review log in the order written, optionally only lines of one status. */
  listReview(status?: UnansweredStatus): Promise<UnansweredEntry[]>;
  /** Sets the status (and the intent it went to) of these lines; returns how many changed. */
  setReviewStatus(ids: string[], status: UnansweredStatus, resolvedTo?: string): Promise<number>;
  deleteReview(ids: string[]): Promise<number>;

  /** One retention pass (see PruneRequest). */
  prune(request: PruneRequest): Promise<PruneResult>;

  /**
   * Handled requests (Slack's replay and retry de-duplication): records every id until `until` (ms since the epoch)
   * and returns true when none of them was already recorded and unexpired at `now`. Shared by every process on the
   * same store, so a request delivered to two processes is applied once.
   */
  claim(ids: string[], now: number, until: number): Promise<boolean>;
  /** Whether an id is recorded and unexpired at `now`. */
  claimed(id: string, now: number): Promise<boolean>;

  getInstallation(platform: InstallationPlatform, key: string): Promise<InstallationRecord | undefined>;
  /** Adds or replaces; a reinstall keeps the first installedAt. */
  putInstallation(record: Omit<InstallationRecord, 'installedAt' | 'updatedAt'>, now: Date): Promise<InstallationRecord>;
  deleteInstallation(platform: InstallationPlatform, key: string): Promise<boolean>;
  listInstallations(platform: InstallationPlatform): Promise<InstallationRecord[]>;

  /** Waits for every pending write. */
  flush(): Promise<void>;
  /**
   * Makes every older copy the store keeps (a backup file, for instance) match the current data, so that data
   * deleted on request (forget-me) is gone everywhere, not just from the live data.
   */
  purgeOldCopies(): Promise<void>;
  close(): Promise<void>;
}
