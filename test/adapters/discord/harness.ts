// Starts the real Discord adapter (startDiscord, a real discord.js Client) against the fake Discord.
import { startDiscord, type DiscordSurface, type DiscordSurfaceOptions } from '../../../adapters/discord/index.js';
import type { Core } from '../../../src/boot.js';
import { loadConfig } from '../../../src/config.js';
import type { Advisor } from '../../../src/core/advisor.js';
import type { Logger } from '../../../src/log.js';
import { MemoryStore } from '../../../src/store/memory.js';
import { makeAdvisor } from '../../helpers/core.js';
import { FakeDiscord, snowflake, type RecordedRequest } from './fake-discord.js';

export interface LogLine {
  level: 'debug' | 'info' | 'warn' | 'error';
  obj: Record<string, unknown>;
  msg: string | undefined;
}

export function recordingLogger(): Logger & { lines: LogLine[] } {
  const lines: LogLine[] = [];
  const at = (level: LogLine['level']) => (obj: object, msg?: string) => void lines.push({ level, obj: obj as Record<string, unknown>, msg });
  return { lines, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

export interface Harness {
  fake: FakeDiscord;
  core: Core;
  logs: LogLine[];
  surface: DiscordSurface;
  stop(): Promise<void>;
}

export async function startHarness(options: { advisor?: Advisor; surface?: DiscordSurfaceOptions; fake?: FakeDiscord; env?: Record<string, string> } = {}): Promise<Harness> {
  const fake = options.fake ?? (await FakeDiscord.start());
  const logger = recordingLogger();
  const store = options.advisor?.store ?? new MemoryStore();
  const config = loadConfig({
    DISCORD_TOKEN: fake.token,
    DISCORD_API_URL: fake.apiUrl,
    DISCORD_APPLICATION_ID: fake.applicationId,
    DISCORD_GUILD_ID: fake.guildId,
    ...options.env,
  });
  const advisor = options.advisor ?? makeAdvisor({ logger }, store);
  const core: Core = { config, advisor, store, logger };
  let surface: DiscordSurface;
  try {
    surface = await startDiscord(core, { checkCommands: false, ...options.surface });
  } catch (error) {
    await fake.close();
    throw error;
  }
  return {
    fake,
    core,
    logs: logger.lines,
    surface,
    async stop() {
      // The order matters: the client first, then the fake (else the client reconnects forever).
      await surface.stop();
      await fake.close();
    },
  };
}

let people = 0;
/** A fresh person, so that tests sharing one bot do not share checklists or rate limits. */
export function newPerson(fake: FakeDiscord) {
  people++;
  return fake.user(snowflake(), `student${people}`);
}

/** The message data the bot sent in a request (callback data, webhook or channel message body). */
export function sentData(r: RecordedRequest): any {
  if (r.path.endsWith('/callback')) return r.body?.data ?? {};
  return r.body ?? {};
}

export function embedsText(data: any): string {
  return (data.embeds ?? []).map((e: any) => e.description ?? '').join('\n\n');
}

export function buttons(data: any): { custom_id: string; label: string; style: number }[] {
  return (data.components ?? []).flatMap((row: any) => row.components).filter((c: any) => c.type === 2);
}

export function isEphemeral(data: any): boolean {
  return ((data.flags ?? 0) & 64) === 64;
}

/** Waits until the bot has finished answering an interaction: `count` message-bearing requests recorded. */
export async function answersTo(fake: FakeDiscord, sent: { id: string; token: string }, count = 1, timeoutMs = 5000): Promise<RecordedRequest[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = fake.forInteraction(sent).filter((r) => r.method !== 'DELETE' && !(r.path.endsWith('/callback') && [5, 6].includes(r.body?.type)));
    if (found.length >= count) return found;
    if (Date.now() > deadline) throw new Error(`no answer to interaction ${sent.id} (have ${found.length}/${count}): ${JSON.stringify(fake.forInteraction(sent).map((r) => `${r.method} ${r.path}`))}`);
    await fake.waitFor(() => true, { from: fake.requests.length, timeoutMs: 200 }).catch(() => undefined);
  }
}

/** Waits for messages the bot posted in a channel (mentions, DMs), from request index `from`. */
export async function channelPosts(fake: FakeDiscord, channelId: string, from: number, count = 1, timeoutMs = 5000): Promise<RecordedRequest[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = fake.requests.slice(from).filter((r) => r.method === 'POST' && r.path === `/channels/${channelId}/messages`);
    if (found.length >= count) return found;
    if (Date.now() > deadline) throw new Error(`expected ${count} message(s) in channel ${channelId}, got ${found.length}`);
    await fake.waitFor(() => true, { from: fake.requests.length, timeoutMs: 200 }).catch(() => undefined);
  }
}

/** Gives the bot a moment to (not) act, then returns what it sent since `from`. */
export async function settle(fake: FakeDiscord, from: number, ms = 300): Promise<RecordedRequest[]> {
  await new Promise((r) => setTimeout(r, ms));
  return fake.requests.slice(from);
}
