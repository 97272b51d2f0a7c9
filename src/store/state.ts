// Everything ChartPath keeps, in one JSON document (README.md "Data"). Ids and labels only: no message text except
// the scrubbed unanswered-question log and, for the next message only, a short declined question that neither
// privacy scrub found anything in (ConversationContext.declined).
import type { Profile } from '../contract/index.js';
import type { InstallationRecord } from './installations.js';

export interface ConversationContext {
  /** The last topic answered in this conversation (none when the last reply only offered choices). */
  topic?: string | undefined;
  /** The topic of the last named entity (credential, code set...), for pronouns like "it". */
  entity?: string | undefined;
  /** The part of the topic the last answer gave (its label), so "and the CPC?" asks the same of the CPC. */
  part?: string | undefined;
  /** What the last message asked of a topic answered whole ("how long is an associate degree?": length), so "and a
   * bachelor's?" asks the same of the next one. */
  asked?: string | undefined;
  /** Other topics the last answer covered (a comparison's other side): "which one pays more?" asks of all. */
  also?: string[] | undefined;
  /** The other sides were named before the topic ("and the CPC?" after the CCA), so "the first one" is among them. */
  alsoBefore?: boolean | undefined;
  /** The last message was declined as another career's short question, that career taken out ("What does a
   * {career} make?"): "what about medical records?" next asks it of this field. Never kept when it held patient details. */
  declined?: string | undefined;
  /** The name the conversation used for the topic's entity when it lists several ("AAPC" among the associations): a
   * knowledge base name, never the person's words. "when was it founded?" then asks of that one. */
  named?: string | undefined;
  /** Topics the last reply offered as "did you mean" choices: "yes" takes a single one. */
  offered?: string[] | undefined;
  /** Milliseconds since the epoch; the context expires after CONTEXT_TTL_MINUTES. */
  at: number;
  /** When the store drops it (ms since the epoch); set by Store.putContext, never handed back by getContext. */
  expiresAt?: number | undefined;
}

export interface GoalRecord {
  goal: string;
  startedAt: string;
}

export interface PersonState {
  profile?: Profile | undefined;
  /** The goal whose checklist is active. */
  activeGoal?: string | undefined;
  /** Every goal the person has started, oldest first; earlier ones stay readable. */
  goals: GoalRecord[];
  /** Steps marked done, by step id: shared steps count for every goal that has them. */
  done: Record<string, string>;
  /** Reply ids this person rated, so a second click changes the rating instead of adding one. */
  rated: Record<string, 'up' | 'down'>;
  /** When the bot first greeted the person in its conversation (Slack's Messages tab): they are greeted once. */
  welcomedAt?: string | undefined;
  updatedAt: string;
}

export interface FeedbackEntry {
  replyId: string;
  intent: string | null;
  helpful: boolean;
  at: string;
}

export type UnansweredReason = 'low-confidence' | 'unhelpful';
export type UnansweredStatus = 'open' | 'added' | 'out-of-scope';

export interface UnansweredEntry {
  id: string;
  /** The question with anything that looks like personal details replaced by placeholders. */
  text: string;
  reason: UnansweredReason;
  candidates: { intent: string; confidence: number }[];
  at: string;
  status: UnansweredStatus;
  /** The intent the curator added it to, when status is "added". */
  resolvedTo?: string | undefined;
  /** A one-way tag of who asked (review/review-log.ts), so /forget-me can remove the line. */
  by?: string | undefined;
}

export interface ReplyRecord {
  intent: string | null;
  at: number;
}

export interface StoreData {
  version: 1;
  people: Record<string, PersonState>;
  contexts: Record<string, ConversationContext>;
  feedback: FeedbackEntry[];
  unanswered: UnansweredEntry[];
  /** Recent answered replies (id -> intent), so feedback can name the intent; capped, oldest dropped. */
  replies: Record<string, ReplyRecord>;
  /**
   * Requests already handled (a hash of a signed Slack request, an event id, a trigger id) -> when the record
   * expires (ms since the epoch): a replay within Slack's signature window is applied once, across restarts too.
   */
  seen: Record<string, number>;
  /** Slack OAuth mode: each workspace's (or organisation's) installation, by "<platform>:<key>" (src/store/installations.ts). */
  installations?: Record<string, InstallationRecord> | undefined;
}

export function emptyData(): StoreData {
  return { version: 1, people: {}, contexts: {}, feedback: [], unanswered: [], replies: {}, seen: {} };
}

export function newPerson(now = new Date()): PersonState {
  return { goals: [], done: {}, rated: {}, updatedAt: now.toISOString() };
}
