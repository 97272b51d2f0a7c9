// /forget-me: everything kept about one person leaves the data file (their feedback stays as anonymous counts).
import type { ReviewLog } from '../review/review-log.js';
import type { Store } from '../store/port.js';

/** Deletes a person's state, their conversation contexts and their review-log lines. True when anything was kept. */
export async function forgetPerson(store: Store, reviewLog: ReviewLog, key: string): Promise<boolean> {
  const hadAnything = await store.update((d) => {
    let found = false;
    if (d.people[key]) {
      found = true;
      delete d.people[key];
    }
    const prefix = `${key}|`;
    for (const ctxKey of Object.keys(d.contexts)) {
      if (ctxKey.startsWith(prefix)) {
        delete d.contexts[ctxKey];
        found = true;
      }
    }
    if (reviewLog.forget(d, key)) found = true;
    return found;
  });
  await store.purgeOldCopies();
  return hadAnything;
}
