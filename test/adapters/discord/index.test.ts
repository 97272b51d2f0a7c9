// adapters/discord/index.ts: startupError (every start-up or gateway failure turned into a message an operator can
// act on), and what the running surface promises beyond answering: health() per shard, `fatal` for closes the client
// cannot recover from (but not while stopping), and stop() letting a running handler finish and deliver before the
// client is destroyed. The client is real (discord.js) against the loopback fake Discord (127.0.0.1), with a scripted
// advisor; logging in, reconnecting and the command check are covered by lifecycle.test.ts.
import { Events } from 'discord.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startDiscord, startupError } from '../../../adapters/discord/index.js';
import { FINAL_CLOSES } from '../../../adapters/discord/scale.js';
import { makeReply, type Reply } from '../../../src/contract/index.js';
import type { Advisor } from '../../../src/core/advisor.js';
import type { Core } from '../../../src/boot.js';
import { loadConfig } from '../../../src/config.js';
import { MemoryStore } from '../../../src/store/memory.js';
import { newPerson, startHarness, type Harness } from './harness.js';

describe('startupError', () => {
  const TOKEN = /^Discord rejected the bot token \(DISCORD_TOKEN\)\. Get a new token .*Reset Token.*DISCORD_TOKEN\.$/;

  it('a rejected token, from REST (TokenInvalid) or the gateway (4004, "Authentication failed"), says to reset it', () => {
    for (const error of [Object.assign(new Error('An invalid token was provided.'), { code: 'TokenInvalid' }), { code: 4004 }, new Error('Authentication failed')]) {
      expect(startupError(error, undefined).message).toMatch(TOKEN);
    }
  });

  it('a refused privileged intent, by code or by message, says where to enable it', () => {
    expect(startupError({ code: 4014 }, undefined).message).toBe(FINAL_CLOSES[4014]);
    expect(startupError(new Error('Used disallowed intents'), undefined).message).toBe(FINAL_CLOSES[4014]);
  });

  it('the other final close codes get their own advice', () => {
    for (const code of [4010, 4011, 4012, 4013]) expect(startupError({ code }, undefined).message).toBe(FINAL_CLOSES[code]);
  });

  it('anything else is a connection problem, naming DISCORD_API_URL when one is set', () => {
    expect(startupError(new Error('connect ECONNREFUSED 127.0.0.1:9'), 'http://127.0.0.1:9/api').message).toBe(
      'Could not connect to Discord at http://127.0.0.1:9/api (DISCORD_API_URL): connect ECONNREFUSED 127.0.0.1:9',
    );
    expect(startupError(new Error('getaddrinfo ENOTFOUND discord.com'), undefined).message).toBe('Could not connect to Discord: getaddrinfo ENOTFOUND discord.com');
    expect(startupError({ code: 4000 }, undefined).message).toMatch(/^Could not connect to Discord: /);
    expect(startupError('plain text', undefined).message).toBe('Could not connect to Discord: plain text');
  });
});

it('startDiscord without DISCORD_TOKEN says what to set', async () => {
  const core = { config: loadConfig({}), logger: { debug() {}, info() {}, warn() {}, error() {} } } as unknown as Core;
  await expect(startDiscord(core)).rejects.toThrow('Discord is not configured: set DISCORD_TOKEN');
});

/** An advisor whose answer the test releases, and which says when a question reached it. */
function heldAdvisor() {
  let release!: (r: Reply) => void;
  let entered!: () => void;
  const reached = new Promise<void>((r) => (entered = r));
  const answer = new Promise<Reply>((r) => (release = r));
  const handle = vi.fn(async () => {
    entered();
    return answer;
  });
  const advisor = { store: new MemoryStore(), plans: () => [], handle } as unknown as Advisor;
  return { advisor, handle, reached, release };
}

const tick = () => new Promise((r) => setImmediate(r));
/** Whether a promise has settled, without waiting for it. */
async function settled(p: Promise<unknown>): Promise<boolean> {
  const pending = Symbol('pending');
  return (await Promise.race([p, tick().then(() => pending)])) !== pending;
}

describe('the running surface', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.stop();
    h = undefined;
  });

  it('health(): ready while its shard is connected; its shard not ready once stopped', async () => {
    h = await startHarness({ advisor: heldAdvisor().advisor });
    expect(h.surface.health!()).toEqual({ ok: true, shards: 1, ready: 1 });
    await h.surface.stop();
    expect(h.surface.health!()).toEqual({ ok: false, shards: 1, ready: 0 });
  });

  it('fatal: a close the client cannot recover from, or an invalidated session, ends the surface with advice', async () => {
    h = await startHarness({ advisor: heldAdvisor().advisor });
    expect(await settled(h.surface.fatal!)).toBe(false);
    h.surface.client.emit(Events.ShardDisconnect, { code: 4014 } as never, 0);
    await expect(h.surface.fatal).resolves.toEqual(new Error(FINAL_CLOSES[4014]));

    const other = await startHarness({ advisor: heldAdvisor().advisor });
    try {
      other.surface.client.emit(Events.Invalidated);
      expect((await other.surface.fatal!).message).toMatch(/invalidated the session/);
    } finally {
      await other.stop();
    }
  });

  it('a close while stopping is not fatal', async () => {
    h = await startHarness({ advisor: heldAdvisor().advisor });
    const stopping = h.surface.stop();
    h.surface.client.emit(Events.ShardDisconnect, { code: 4004 } as never, 0);
    await stopping;
    expect(await settled(h.surface.fatal!)).toBe(false);
  });

  it('stop() lets a running handler finish and deliver its answer before the client is destroyed; twice is the same stop', async () => {
    const held = heldAdvisor();
    h = await startHarness({ advisor: held.advisor, surface: { drainMs: 60_000 } });
    const order: string[] = [];
    const destroy = h.surface.client.destroy.bind(h.surface.client);
    vi.spyOn(h.surface.client, 'destroy').mockImplementation(async () => {
      order.push('destroy');
      return destroy();
    });

    const person = newPerson(h.fake);
    const dm = h.fake.directMessage('what is the RHIT?', person);
    await held.reached;
    const from = h.fake.requests.length;
    const stopping = h.surface.stop();
    expect(h.surface.stop()).toBe(stopping);
    for (let i = 0; i < 5; i++) await tick();
    order.push('answered');
    held.release(makeReply({ id: 'r1', kind: 'answer', text: 'The RHIT is an AHIMA credential.' }));
    await stopping;

    expect(order).toEqual(['answered', 'destroy']);
    const sent = h.fake.requests.slice(from).find((r) => r.method === 'POST' && r.path === `/channels/${dm.channelId}/messages`);
    expect(JSON.stringify(sent?.body)).toContain('AHIMA credential');
    expect(h.logs.some((l) => l.msg === 'discord: logged out')).toBe(true);
  });
});
