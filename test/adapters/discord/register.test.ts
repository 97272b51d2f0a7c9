// `npm run discord:register`: pushes the slash commands only when they differ, per guild or globally.
import path from 'node:path';
import { Writable } from 'node:stream';
import { REST } from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commandDefinitions } from '../../../adapters/discord/commands/index.js';
import { diffCommands, main, normaliseCommand, syncCommands } from '../../../adapters/discord/register.js';
import { runScript, type RunResult } from '../../helpers/cli.js';
import { realKnowledge, repoRoot } from '../../helpers/core.js';
import { FakeDiscord } from './fake-discord.js';

let fake: FakeDiscord;
let rest: REST;
beforeEach(async () => {
  fake = await FakeDiscord.start();
  rest = new REST({ api: fake.apiUrl, retries: 0 }).setToken(fake.token);
});
afterEach(async () => {
  rest.clearHashSweeper();
  rest.clearHandlerSweeper();
  await fake.close();
});

const plans = () => realKnowledge().plans;
const puts = () => fake.requests.filter((r) => r.method === 'PUT');

describe('command definitions', () => {
  it('/ask takes no more than the core reads (MAX_INPUT_CHARS); "Ask ChartPath" is a message context-menu command', () => {
    const ask = (max?: number) => (commandDefinitions({ plans: plans(), maxQuestion: max }).find((d) => d.name === 'ask') as any).options[0];
    expect(ask(undefined).max_length).toBe(1000);
    expect(ask(1500).max_length).toBe(1500);
    const menu = commandDefinitions({ plans: plans() }).find((d) => d.name === 'Ask ChartPath') as any;
    expect(menu.type).toBe(3); // ApplicationCommandType.Message
    expect(menu.description ?? '').toBe('');
  });

  it('are /ask, /checklist (start, show, done, undo, reset), /topics, /help, /forget-me, usable in servers and DMs', () => {
    const defs = commandDefinitions({ plans: plans() });
    expect(defs.map((d) => d.name)).toEqual(['ask', 'checklist', 'topics', 'help', 'forget-me', 'Ask ChartPath']);
    const checklist = defs.find((d) => d.name === 'checklist')!;
    expect(checklist.options!.map((o) => o.name)).toEqual(['start', 'show', 'done', 'undo', 'reset']);
    const start = (checklist.options as any[])[0];
    expect(start.options.find((o: any) => o.name === 'goal').choices.map((c: any) => c.value)).toEqual(plans().map((p) => p.id));
    expect(start.options.find((o: any) => o.name === 'education').choices.map((c: any) => c.value)).toEqual(['none', 'high-school', 'some-college', 'associate', 'bachelor']);
    expect(start.options.find((o: any) => o.name === 'experience').choices.map((c: any) => c.value)).toEqual(['none', 'office', 'healthcare']);
    const done = (checklist.options as any[])[2];
    expect(done.options[0]).toMatchObject({ name: 'step', required: true, autocomplete: true });
    for (const d of defs) {
      expect(d.contexts).toEqual([0, 1]);
      expect(d.integration_types).toEqual([0]);
    }
  });

  it('the goal option autocompletes instead when there are no plans (or more than 25)', () => {
    const none = commandDefinitions({ plans: [] }).find((d) => d.name === 'checklist') as any;
    expect(none.options[0].options[0]).toMatchObject({ name: 'goal', autocomplete: true });
    const many = Array.from({ length: 30 }, (_, i) => ({ id: `plan-${i}`, title: `Plan ${i}` }));
    const lots = commandDefinitions({ plans: many }).find((d) => d.name === 'checklist') as any;
    expect(lots.options[0].options[0].choices).toBeUndefined();
    expect(lots.options[0].options[0].autocomplete).toBe(true);
  });

  it('normalise what Discord returns (ids, versions, nulls, omitted falses) to what was sent', () => {
    const sent = commandDefinitions({ plans: plans() }) as any[];
    const returned = sent.map((c) => ({ ...c, id: '1', application_id: '2', version: '3', dm_permission: true, name_localizations: null, default_member_permissions: null, nsfw: false }));
    expect(diffCommands(sent, returned, 'global')).toEqual({ added: [], removed: [], changed: [] });
    const edited = structuredClone(returned);
    edited[0].description = 'something else';
    expect(diffCommands(sent, edited, 'global').changed).toEqual(['ask']);
    expect(normaliseCommand({ name: 'x', description: 'd' }, 'guild')).not.toHaveProperty('contexts');
  });
});

describe('syncCommands against the fake Discord', () => {
  it('to a guild: pushes once, then only when something changed', async () => {
    const scope = { kind: 'guild' as const, guildId: fake.guildId };
    const first = await syncCommands(rest, fake.applicationId, scope, commandDefinitions({ plans: plans() }));
    expect(first.pushed).toBe(true);
    expect(first.diff.added).toEqual(['ask', 'checklist', 'topics', 'help', 'forget-me', 'Ask ChartPath']);
    expect(puts().map((r) => r.path)).toEqual([`/applications/${fake.applicationId}/guilds/${fake.guildId}/commands`]);
    expect(puts()[0]!.body.every((c: any) => !('contexts' in c) && !('integration_types' in c))).toBe(true);

    const second = await syncCommands(rest, fake.applicationId, scope, commandDefinitions({ plans: plans() }));
    expect(second.pushed).toBe(false);
    expect(puts()).toHaveLength(1);

    const fewerPlans = plans().slice(0, 1);
    const third = await syncCommands(rest, fake.applicationId, scope, commandDefinitions({ plans: fewerPlans }));
    expect(third.pushed).toBe(true);
    expect(third.diff).toEqual({ added: [], removed: [], changed: ['checklist'] });
    expect(puts()).toHaveLength(2);
  });

  it('globally: pushes to /applications/{id}/commands with contexts and integration types, once', async () => {
    const scope = { kind: 'global' as const };
    expect((await syncCommands(rest, fake.applicationId, scope, commandDefinitions({ plans: plans() }))).pushed).toBe(true);
    expect(puts()[0]!.path).toBe(`/applications/${fake.applicationId}/commands`);
    expect(puts()[0]!.body[0].contexts).toEqual([0, 1]);
    expect((await syncCommands(rest, fake.applicationId, scope, commandDefinitions({ plans: plans() }))).pushed).toBe(false);
    expect(puts()).toHaveLength(1);
  });
});

function runRegister(env: Record<string, string>): Promise<RunResult> {
  return runScript(path.join(repoRoot, 'dist', 'adapters', 'discord', 'register.js'), [], { env, cwd: path.join(repoRoot, 'test'), cleanEnv: true });
}

/** main() in-process, with its output captured. */
async function runMain(env: Record<string, string>, args: string[] = []): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const sink = (write: (s: string) => void) => new Writable({ write: (chunk, _enc, done) => (write(String(chunk)), done()) });
  const code = await main(env, sink((s) => (stdout += s)), sink((s) => (stderr += s)), args);
  return { code, stdout, stderr };
}

describe('the discord:register script', () => {
  it('(built, as `npm run discord:register` runs it) registers to the dev guild and prints what it did', async () => {
    const env = { DISCORD_TOKEN: fake.token, DISCORD_APPLICATION_ID: fake.applicationId, DISCORD_GUILD_ID: fake.guildId, DISCORD_API_URL: fake.apiUrl };
    const first = await runRegister(env);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(`Registered 6 commands in server (guild) ${fake.guildId}: added /ask, /checklist, /topics, /help, /forget-me, "Ask ChartPath" (message menu).`);
    const second = await runMain(env);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain(`Already up to date: 6 commands in server (guild) ${fake.guildId}`);
    expect(puts()).toHaveLength(1);
    const removed = await runMain(env, ['--remove']);
    expect(removed.stdout).toContain(`Removed /ask, /checklist, /topics, /help, /forget-me, "Ask ChartPath" (message menu) from server (guild) ${fake.guildId}.`);
    expect(puts()[1]!.body).toEqual([]);
    expect(fake.commands.get(fake.guildId)).toEqual([]);
  });

  it('gives /ask the length the core reads: MAX_INPUT_CHARS, not a limit of its own', async () => {
    const env = { DISCORD_TOKEN: fake.token, DISCORD_APPLICATION_ID: fake.applicationId, DISCORD_API_URL: fake.apiUrl };
    expect((await runMain({ ...env, MAX_INPUT_CHARS: '1500' })).code).toBe(0);
    const ask = () => fake.commands.get('global')!.find((c) => c.name === 'ask').options[0];
    expect(ask()).toMatchObject({ name: 'question', max_length: 1500 });
    // A changed limit is a changed definition: it is pushed again.
    expect((await runMain({ ...env, MAX_INPUT_CHARS: '800' })).stdout).not.toContain('Already up to date');
    expect(ask().max_length).toBe(800);
  });

  it('registers globally without DISCORD_GUILD_ID', async () => {
    const result = await runMain({ DISCORD_TOKEN: fake.token, DISCORD_APPLICATION_ID: fake.applicationId, DISCORD_API_URL: fake.apiUrl });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Registered 6 commands in every server (global commands)');
    expect(puts()[0]!.path).toBe(`/applications/${fake.applicationId}/commands`);
  });

  it('names the missing variables, and explains a rejected token or a wrong guild', async () => {
    const missing = await runMain({ DISCORD_TOKEN: fake.token });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('set DISCORD_APPLICATION_ID');
    const none = await runMain({});
    expect(none.stderr).toContain('set DISCORD_TOKEN and DISCORD_APPLICATION_ID');
    const rejected = await runMain({ DISCORD_TOKEN: 'wrong-token-123', DISCORD_APPLICATION_ID: fake.applicationId, DISCORD_API_URL: fake.apiUrl });
    expect(rejected.code).toBe(1);
    expect(rejected.stderr).toContain('Discord rejected DISCORD_TOKEN');
    const otherGuild = await runMain({ DISCORD_TOKEN: fake.token, DISCORD_APPLICATION_ID: fake.applicationId, DISCORD_GUILD_ID: '123456789', DISCORD_API_URL: fake.apiUrl });
    expect(otherGuild.code).toBe(1);
    expect(otherGuild.stderr).toContain('Discord refused access to server 123456789');
    expect(puts()).toHaveLength(0);
  });
});
