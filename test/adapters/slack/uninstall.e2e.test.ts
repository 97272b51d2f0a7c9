// Single-workspace mode (SLACK_BOT_TOKEN): when the workspace removes the app, everything kept about its people goes,
// and the surface reports that it cannot go on (src/start.ts then exits non-zero so the operator is told).
import { afterEach, expect, it } from 'vitest';
import { eventCallback, postSigned } from './fake-slack.js';
import { SIGNING_SECRET, startHarness, type Harness } from './harness.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

async function withPeople(): Promise<Harness> {
  const harness = await startHarness();
  await harness.slash('checklist start rhit high-school none', { user: 'U0SINGLE1' });
  await harness.slash('checklist start cca high-school office', { user: 'U0SINGLE2' });
  expect(Object.keys(harness.core.store.data.people).sort()).toEqual(['slack:U0SINGLE1', 'slack:U0SINGLE2']);
  return harness;
}

it('app_uninstalled deletes every Slack person and ends the surface with an error that says what to do', async () => {
  h = await withPeople();
  let fatal: Error | undefined;
  void h.surface.fatal!.then((e) => (fatal = e));
  const res = await h.event({ type: 'app_uninstalled' });
  expect(res.status).toBe(200);
  await h.fake.waitFor(() => fatal, 5000, 'the surface to report the removal');
  expect(fatal!.message).toMatch(/removed from the workspace.*data of its 2 people was deleted.*SLACK_BOT_TOKEN no longer works/);
  expect(Object.keys(h.core.store.data.people)).toEqual([]);
  expect(Object.keys(h.core.store.data.contexts).filter((k) => k.startsWith('slack:'))).toEqual([]);
});

it('tokens_revoked for another bot, or for people\'s own tokens only, changes nothing; for this bot it is a removal', async () => {
  h = await withPeople();
  let fatal: Error | undefined;
  void h.surface.fatal!.then((e) => (fatal = e));
  const post = (tokens: Record<string, string[]>) =>
    postSigned(h!.url, SIGNING_SECRET, JSON.stringify(eventCallback({ type: 'tokens_revoked', tokens }, { botUserId: h!.fake.botUserId })));
  await post({ oauth: ['U0SINGLE1'] });
  await post({ bot: ['UOTHERBOT'] });
  await new Promise((r) => setTimeout(r, 300));
  expect(fatal).toBeUndefined();
  expect(Object.keys(h.core.store.data.people)).toHaveLength(2);
  await post({ bot: [h.fake.botUserId] });
  await h.fake.waitFor(() => fatal, 5000, 'the removal');
  expect(Object.keys(h.core.store.data.people)).toEqual([]);
});
