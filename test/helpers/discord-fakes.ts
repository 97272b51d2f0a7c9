// Structural stand-ins for discord.js interactions and messages that record the calls made on them (no network).
import { MessageFlags } from 'discord.js';
import type { CommandInteraction, ComponentInteraction } from '../../adapters/discord/delivery.js';
import type { Message } from 'discord.js';
import type { CommandContext } from '../../adapters/discord/commands/types.js';
import type { Reply, Who } from '../../src/contract/index.js';
import { silentLogger, type Core } from '../../src/index.js';

export interface Call {
  op: string;
  payload?: any;
}

export interface FakeInteraction {
  calls: Call[];
  replied: boolean;
  deferred: boolean;
}

function recorder(target: FakeInteraction, ops: string[]): Record<string, (payload?: any) => Promise<void>> {
  const out: Record<string, (payload?: any) => Promise<void>> = {};
  for (const op of ops) out[op] = async (payload?: any) => void target.calls.push(payload === undefined ? { op } : { op, payload });
  return out;
}

/** A slash command or context-menu command interaction. */
export function fakeCommandInteraction(state: { replied?: boolean; deferred?: boolean } = {}): CommandInteraction & FakeInteraction {
  const fake: FakeInteraction = { calls: [], replied: state.replied ?? false, deferred: state.deferred ?? false };
  Object.assign(fake, recorder(fake, ['reply', 'deferReply', 'editReply', 'deleteReply', 'followUp']));
  return fake as unknown as CommandInteraction & FakeInteraction;
}

/** A button or menu interaction on a message that is ephemeral or not, in a guild or a DM. */
export function fakeComponentInteraction(where: { ephemeral?: boolean; inGuild?: boolean } = {}): ComponentInteraction & FakeInteraction {
  const fake: FakeInteraction & Record<string, unknown> = { calls: [], replied: false, deferred: false };
  Object.assign(fake, recorder(fake, ['reply', 'deferUpdate', 'update', 'editReply', 'followUp']));
  fake.message = { flags: { has: (f: number) => f === MessageFlags.Ephemeral && (where.ephemeral ?? false) } };
  fake.inGuild = () => where.inGuild ?? true;
  return fake as unknown as ComponentInteraction & FakeInteraction;
}

export interface FakeMessage {
  /** In order: message.reply, message.channel.send and message.author.send, by name. */
  calls: Call[];
}

/** A message from a person; `dmError` is thrown by author.send (e.g. a DiscordAPIError for closed DMs). */
export function fakeMessage(where: { inGuild?: boolean; dmError?: Error; authorId?: string; channelId?: string } = {}): Message & FakeMessage {
  const calls: Call[] = [];
  const fake = {
    calls,
    channelId: where.channelId ?? 'c1',
    inGuild: () => where.inGuild ?? true,
    author: {
      id: where.authorId ?? 'u1',
      send: async (payload: any) => {
        if (where.dmError) throw where.dmError;
        calls.push({ op: 'dm', payload });
      },
    },
    channel: { isSendable: () => true, send: async (payload: any) => void calls.push({ op: 'send', payload }) },
    reply: async (payload: any) => void calls.push({ op: 'reply', payload }),
  };
  return fake as unknown as Message & FakeMessage;
}

/** A CommandContext whose advisor records what it is asked and answers `reply`; `slow` makes delivery defer first. */
export function fakeCommandContext(reply: Reply, options: { slow?: boolean } = {}): CommandContext & { handled: { who: Who; input: unknown }[] } {
  const handled: { who: Who; input: unknown }[] = [];
  const advisor = {
    handle: async (who: Who, input: unknown) => {
      handled.push({ who, input });
      return reply;
    },
  };
  const who: Who = { person: 'u1', channel: 'c1', surface: 'discord', shared: true };
  return {
    handled,
    core: { advisor } as unknown as Core,
    delivery: { deferAfterMs: options.slow ? 0 : 60_000, logger: silentLogger, toldAboutDm: new Set() },
    who: () => who,
  };
}
