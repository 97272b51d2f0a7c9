// The unanswered-question log that curators review (chartpath review): what it may keep, and for how long.
// Defence in depth: a question is kept only when the PHI guard flagged nothing in it at any level, and then only
// after the stricter scrub (strict-scrub.ts) has masked every name and number that is not field vocabulary. Each
// line carries a one-way tag of the person who asked, so /forget-me removes their lines; nothing else links them.
import type { KnowledgeBase } from '../knowledge/types.js';
import type { PhiFinding } from '../privacy/phi.js';
import type { UnansweredEntry, UnansweredReason } from '../store/state.js';
import { nodeCrypto } from '../util/lazy-crypto.js';
import { FieldVocabulary, strictScrub } from './strict-scrub.js';

export interface ReviewLogSettings {
  /** REVIEW_LOG=off keeps no question text at all. Default: on. */
  enabled?: boolean | undefined;
  /** REVIEW_LOG_DAYS: lines older than this leave the log. Default: 90. */
  retentionDays?: number | undefined;
  /** At most this many lines; the oldest go first. */
  maxEntries?: number | undefined;
}

export const REVIEW_LOG_DEFAULTS = { enabled: true, retentionDays: 90, maxEntries: 5000 };

/** A one-way tag of a person key: enough to find their lines on /forget-me, not to tell who they are. */
export function personTag(personKey: string): string {
  // The same person's lines come one after another (a terminal or stdin run is one person): the last tag is kept.
  if (personKey !== taggedKey) {
    lastTag = nodeCrypto().createHash('sha256').update(`chartpath review log\u0000${personKey}`).digest('hex').slice(0, 16);
    taggedKey = personKey;
  }
  return lastTag;
}
let taggedKey: string | undefined;
let lastTag = '';

export class ReviewLog {
  readonly enabled: boolean;
  readonly retentionMs: number;
  readonly maxEntries: number;
  private vocab: FieldVocabulary | undefined;

  constructor(
    private readonly kb: KnowledgeBase,
    settings: ReviewLogSettings = {},
  ) {
    this.enabled = settings.enabled ?? REVIEW_LOG_DEFAULTS.enabled;
    this.retentionMs = (settings.retentionDays ?? REVIEW_LOG_DEFAULTS.retentionDays) * 86_400_000;
    this.maxEntries = settings.maxEntries ?? REVIEW_LOG_DEFAULTS.maxEntries;
  }

  /** Built on first use: most runs never log anything. */
  get vocabulary(): FieldVocabulary {
    return (this.vocab ??= FieldVocabulary.of(this.kb));
  }

  /**
   * The text the log may keep for a question, or undefined when it may keep nothing: the log is off, or the guard
   * flagged anything at all (an identifier, a name, a date it could not place).
   */
  loggable(text: string, phi: PhiFinding): string | undefined {
    if (!this.enabled || phi.detected || phi.kinds.length) return undefined;
    return strictScrub(text, this.vocabulary).text.slice(0, 500);
  }

  /**
   * True when neither the guard nor the stricter scrub finds anything in a text: the only kind of message text kept in
   * a conversation context (a short declined question, for the next message), whether or not the log is on.
   */
  isPlain(text: string, phi: PhiFinding): boolean {
    return !phi.detected && !phi.kinds.length && strictScrub(text, this.vocabulary).text === text;
  }

  /** The line to append for a question (Store.addReview, with maxEntries as the cap), or undefined when the log is off. */
  line(entry: { id: string; text: string; reason: UnansweredReason; candidates: UnansweredEntry['candidates']; at: Date; person: string }): UnansweredEntry | undefined {
    if (!this.enabled) return undefined;
    return {
      id: entry.id,
      text: entry.text,
      reason: entry.reason,
      candidates: entry.candidates,
      at: entry.at.toISOString(),
      status: 'open',
      by: personTag(entry.person),
    };
  }
}
