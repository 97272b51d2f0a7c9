// What a person can do about their own data: rate answers, and have everything kept about them deleted (/forget-me;
// their feedback stays as anonymous counts per intent).
import { actionPayload, makeReply, newReplyId, personKey, type Reply, type Who } from '../contract/index.js';
import type { KnowledgeBase } from '../knowledge/types.js';
import type { Logger } from '../log.js';
import { personTag, type ReviewLog } from '../review/review-log.js';
import type { Store } from '../store/port.js';
import { conversationReply, noticeReply } from './compose.js';
import { PHRASES } from './phrases.js';
import type { RecentReplies } from './recent.js';

export interface PersonDataDeps {
  store: Store;
  now: () => Date;
  recent: RecentReplies;
  reviewLog: ReviewLog;
  log: Logger;
  logUnanswered(text: string, reason: 'low-confidence' | 'unhelpful', candidates: { intent: string; confidence: number }[], person: string): Promise<void>;
}

/** Deletes a person's state, their conversation contexts and their review-log lines. True when anything was kept. */
async function forgetPerson(store: Store, key: string): Promise<boolean> {
  // Feedback stays as anonymous counts per intent; the person's link to it goes with them.
  const hadAnything = await store.forgetPerson(key, personTag(key));
  await store.purgeOldCopies();
  return hadAnything;
}

/** A rating of an answer (a button, or /good and /bad): recorded once per person and answer; "not helpful" is logged for review. */
export async function rateReply(deps: PersonDataDeps, key: string, replyId: string | undefined, helpful: boolean): Promise<Reply> {
  const known = replyId ? await deps.store.getReply(replyId) : undefined;
  if (!replyId || !known) return noticeReply(PHRASES.feedbackUnknown, { personal: true });
  const vote = helpful ? 'up' : 'down';
  const at = deps.now().toISOString();
  // The vote is checked and changed in one atomic change of the person, so two clicks count once.
  let changed = false;
  await deps.store.changePerson(key, (current) => {
    const person = current ?? { goals: [], done: {}, rated: {}, updatedAt: at };
    if (person.rated[replyId] === vote) return undefined;
    changed = true;
    person.rated[replyId] = vote;
    person.updatedAt = at;
    return person;
  });
  if (changed) {
    await deps.store.putFeedback({ replyId, intent: known.intent, helpful, at });
    const recent = deps.recent.get(replyId);
    if (!helpful && recent?.question) {
      await deps.logUnanswered(recent.question, 'unhelpful', recent.intent ? [{ intent: recent.intent, confidence: 1 }] : [], recent.asker);
    }
  }
  return noticeReply(helpful ? PHRASES.feedbackThanks : PHRASES.feedbackSorry, { personal: true });
}

/** /forget-me: asks first; on "yes" everything kept about the person goes. */
export async function forgetReply(deps: PersonDataDeps, who: Who, confirmed: boolean, fromButton: boolean): Promise<Reply> {
  const key = personKey(who.surface, who.person);
  if (!confirmed) {
    if (fromButton) return noticeReply(PHRASES.forgetCancelled, { personal: true, kind: 'forget' });
    return makeReply({
      id: newReplyId(),
      kind: 'forget',
      personal: true,
      text: PHRASES.forgetAsk,
      choices: [
        { label: 'Yes, delete everything', action: actionPayload.forget(true) },
        { label: 'No, keep it', action: actionPayload.forget(false) },
      ],
    });
  }
  const hadAnything = await forgetPerson(deps.store, key);
  deps.recent.forget(key);
  deps.log.info({ surface: who.surface }, 'a person asked to be forgotten; their data was deleted');
  return noticeReply(hadAnything ? PHRASES.forgetDone : PHRASES.forgetNothing, { personal: true, kind: 'forget' });
}

/**
 * The first time a person opens a conversation with the bot (Slack's Messages tab): a greeting with starter topics,
 * once per person. It is kept with their data, so /forget-me forgets it too. Undefined when they were welcomed before.
 */
export async function welcomeReply(deps: PersonDataDeps, kb: KnowledgeBase, key: string): Promise<Reply | undefined> {
  const at = deps.now().toISOString();
  // Checked and set in one atomic change: two "opened" events at once welcome once.
  let first = false;
  await deps.store.changePerson(key, (current) => {
    if (current?.welcomedAt) return undefined;
    first = true;
    const person = current ?? { goals: [], done: {}, rated: {}, updatedAt: at };
    person.welcomedAt = at;
    return person;
  });
  if (!first) return undefined;
  const greeting = kb.intents.find((i) => i.kind === 'greeting');
  return greeting ? conversationReply(kb, greeting, 1) : undefined;
}
