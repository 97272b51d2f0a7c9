// Deleting many people's data at once, without a request from each of them: when a workspace removes the app
// (Slack's app_uninstalled / tokens_revoked), everything kept about the people who used it there goes. What is
// deleted matches /forget-me (src/core/advisor.ts): the person's profile and checklists, their conversation contexts;
// feedback stays only as anonymous counts. Older copies (the start-up backup) are purged too.
import type { Store } from './port.js';

/** Deletes every person whose key starts with `prefix` (e.g. "slack:T0123/"); returns how many there were. */
export async function erasePeopleWithPrefix(store: Store, prefix: string): Promise<number> {
  if (!prefix) throw new Error('erasePeopleWithPrefix: an empty prefix would delete everyone');
  const erased = await store.forgetPeopleWithPrefix(prefix);
  await store.purgeOldCopies();
  return erased;
}
