// Two Slack processes on one PostgreSQL database (issue 14): an event Slack delivers to both (a retry that the load
// balancer sends to the other process) is answered exactly once, because the record of handled events is the
// database's (Store.claim), not each process's memory. Two real Slack adapters, each with its own store and
// connection pool on the same database, against the local fake of Slack.
import { setTimeout as sleep } from 'node:timers/promises';
import { expect, it } from 'vitest';
import { PgStore } from '../../../src/store/pg/pg-store.js';
import { makeAdvisor } from '../../helpers/core.js';
import { describePg, useFreshDatabase } from '../../helpers/pg.js';
import { startHarness, type Harness } from './harness.js';

describePg('Slack event de-duplication shared through PostgreSQL', (server) => {
  const url = useFreshDatabase(server);

  it('the same events delivered to two Slack processes at once are each answered once', async () => {
    const stores = [await PgStore.open(url(), { poolMax: 2 }), await PgStore.open(url(), { poolMax: 2 })];
    const processes: Harness[] = [];
    try {
      for (const store of stores) processes.push(await startHarness({ core: (c) => ({ ...c, store, advisor: makeAdvisor({}, store) }) }));
      const marks = processes.map((h) => h.fake.mark());
      const answers = () => processes.reduce((n, h, i) => n + h.fake.since(marks[i]!).calls.filter((c) => c.method === 'chat.postMessage').length, 0);
      const EVENTS = 6;
      for (let i = 0; i < EVENTS; i++) {
        const event = { type: 'app_mention', user: `U0SHARE${i}`, text: `<@${processes[0]!.fake.botUserId}> what is the RHIT?`, channel: 'C0SHARE', ts: `17000007${i}0.000100` };
        // Both deliveries at once; the second is Slack's retry (its own headers, so not the same signed request).
        await Promise.all([
          processes[0]!.event(event, { eventId: `Ev0SHARE${i}` }),
          processes[1]!.event(event, { eventId: `Ev0SHARE${i}`, headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } }),
        ]);
      }
      await processes[0]!.fake.waitFor(() => answers() >= EVENTS || undefined, 15_000, 'an answer to every event');
      await sleep(500); // room for a second answer to any of them, which must not come
      expect(answers()).toBe(EVENTS);
    } finally {
      for (const h of processes) await h.close();
      for (const s of stores) await s.close();
    }
  }, 60_000);
});
