// Sends rendered replies through discord.js: interaction replies (with deferReply for slow work), in-place
// updates of checklist panels, ephemeral follow-ups, message replies and direct messages.
import {
  DiscordAPIError,
  MessageFlags,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Message,
  type MessageContextMenuCommandInteraction,
  type StringSelectMenuInteraction,
  type User,
} from 'discord.js';
import type { Logger } from '../../src/index.js';
import type { Reply } from '../../src/contract/index.js';
import { DM_BLOCKED_NOTE, DM_SENT_NOTE, renderReply, textMessages, type DiscordMessage } from './render.js';

export type CommandInteraction = ChatInputCommandInteraction | MessageContextMenuCommandInteraction;
export type ComponentInteraction = ButtonInteraction | StringSelectMenuInteraction;

export interface DeliveryOptions {
  /** Answer directly when the core replies within this time, else deferReply first (Discord allows 3 s). */
  deferAfterMs: number;
  logger: Logger;
  /** People told in a channel that a reply went to their DMs ("person|channel"): told once, not on every reply. */
  toldAboutDm: Set<string>;
}

const MAX_TOLD = 10_000;

type Settled<T> = { done: true; value: T } | { done: false };

/** Waits for `work` at most `ms`; never leaves a rejection unhandled (the caller awaits `work` again). */
async function within<T>(work: Promise<T>, ms: number): Promise<Settled<T>> {
  work.catch(() => undefined);
  if (ms <= 0) return { done: false };
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<Settled<T>>((resolve) => {
    timer = setTimeout(() => resolve({ done: false }), ms);
  });
  try {
    return await Promise.race([work.then((value): Settled<T> => ({ done: true, value })), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

const EPHEMERAL = MessageFlags.Ephemeral;

function forEdit(m: DiscordMessage): DiscordMessage & { content: string } {
  // An edit replaces the whole message: say explicitly that there is no content when there is none.
  return { ...m, content: m.content ?? '' };
}

/**
 * A slash command. `privateHint`: the command's replies are expected to be private (checklist, forget-me, help,
 * topics), so a deferral is ephemeral from the start. The hint only shapes the deferral: the reply is shown as the core
 * decided. A deferral that turns out the other way is deleted and replaced by a follow-up of the reply's own
 * visibility, so personal content never shows in the channel and a public reply is not hidden.
 */
export async function respondToCommand(
  interaction: CommandInteraction,
  work: Promise<Reply>,
  privateHint: boolean,
  options: DeliveryOptions,
): Promise<void> {
  const quick = await within(work, options.deferAfterMs);
  let deferredEphemeral: boolean | undefined;
  let reply: Reply;
  if (quick.done) reply = quick.value;
  else {
    await interaction.deferReply(privateHint ? { flags: EPHEMERAL } : {});
    deferredEphemeral = privateHint;
    reply = await work;
  }
  const rendered = renderReply(reply);
  const ephemeral = rendered.private;
  const [first, ...rest] = rendered.messages;
  if (deferredEphemeral === undefined) {
    await interaction.reply({ ...first!, ...(ephemeral ? { flags: EPHEMERAL } : {}) });
  } else if (ephemeral === deferredEphemeral) {
    await interaction.editReply(forEdit(first!));
  } else {
    await interaction.deleteReply();
    await interaction.followUp({ ...first!, ...(ephemeral ? { flags: EPHEMERAL } : {}) });
  }
  for (const m of rest) await interaction.followUp({ ...m, ...(ephemeral ? { flags: EPHEMERAL } : {}) });
  for (const m of rendered.privateNotices) await interaction.followUp({ ...m, flags: EPHEMERAL });
}

/**
 * A button or menu. When the clicked message is private to the person (ephemeral, or in a DM) and the
 * reply is a checklist or forget-me panel, the message is updated in place; otherwise the reply is a
 * new message, ephemeral when it is personal or the clicked message was.
 */
export async function respondToComponent(interaction: ComponentInteraction, work: Promise<Reply>, options: DeliveryOptions): Promise<void> {
  const clickedEphemeral = interaction.message.flags.has(MessageFlags.Ephemeral);
  const privatePlace = clickedEphemeral || !interaction.inGuild();
  const quick = await within(work, options.deferAfterMs);
  let deferred = false;
  let reply: Reply;
  if (quick.done) reply = quick.value;
  else {
    await interaction.deferUpdate();
    deferred = true;
    reply = await work;
  }
  const rendered = renderReply(reply);
  const [first, ...rest] = rendered.messages;
  const ephemeral = rendered.private || clickedEphemeral;
  // The core says the reply is the panel's next state; it is edited in place where only the person sees the panel.
  if (privatePlace && reply.replaces) {
    if (deferred) await interaction.editReply(forEdit(first!));
    else await interaction.update(forEdit(first!));
  } else if (deferred) {
    await interaction.followUp({ ...first!, ...(ephemeral ? { flags: EPHEMERAL } : {}) });
  } else {
    await interaction.reply({ ...first!, ...(ephemeral ? { flags: EPHEMERAL } : {}) });
  }
  for (const m of rest) await interaction.followUp({ ...m, ...(ephemeral ? { flags: EPHEMERAL } : {}) });
  for (const m of rendered.privateNotices) await interaction.followUp({ ...m, flags: EPHEMERAL });
}

/** Answers an autocomplete or a failed interaction with a short ephemeral text, whatever state it is in. */
export async function apologizeToInteraction(interaction: CommandInteraction | ComponentInteraction, text: string): Promise<void> {
  const [first] = textMessages(text);
  const payload = { ...first!, flags: EPHEMERAL } as const;
  if (interaction.replied || interaction.deferred) await interaction.followUp(payload);
  else await interaction.reply(payload);
}

async function sendDirect(user: User, messages: DiscordMessage[]): Promise<boolean> {
  try {
    for (const m of messages) await user.send(m);
    return true;
  } catch (error) {
    // 50007: the person does not accept direct messages from this server's members.
    if (error instanceof DiscordAPIError) return false;
    throw error;
  }
}

/**
 * A mention in a guild channel or a direct message. Where ephemeral messages do not exist, personal
 * replies and privacy notices go to the person's DMs (from a guild) or come as separate messages (in a DM).
 */
export async function respondToMessage(message: Message, reply: Reply, options: DeliveryOptions): Promise<void> {
  const rendered = renderReply(reply);
  const inGuild = message.inGuild();
  const [first, ...rest] = rendered.messages;
  // A channel has no ephemeral messages: personal content goes to the person's DMs, never into the channel.
  if (inGuild && reply.personal) {
    const sent = await sendDirect(message.author, [...rendered.messages, ...rendered.privateNotices]);
    if (!sent) options.logger.info({ surface: 'discord' }, 'discord: could not send a personal reply as a direct message');
    // The channel is told where the reply went once per person, not on every reply (twelve rate-limited mentions
    // would otherwise post twelve notes); a failed DM is said each time, since nothing else reaches them.
    const told = `${message.author.id}|${message.channelId}`;
    if (sent && options.toldAboutDm.has(told)) return;
    if (sent) {
      options.toldAboutDm.add(told);
      if (options.toldAboutDm.size > MAX_TOLD) options.toldAboutDm.delete(options.toldAboutDm.values().next().value!);
    }
    const [note] = textMessages(sent ? DM_SENT_NOTE : DM_BLOCKED_NOTE);
    await message.reply(note!);
    return;
  }
  await message.reply(first!);
  for (const m of rest) await sendAfter(message, m);
  if (!rendered.privateNotices.length) return;
  if (!inGuild) {
    for (const m of rendered.privateNotices) await sendAfter(message, m);
  } else if (!(await sendDirect(message.author, rendered.privateNotices))) {
    options.logger.info({ surface: 'discord' }, 'discord: could not send a privacy reminder as a direct message');
  }
}

/** A further message in the same channel (the first one is a reply to the person's message). */
async function sendAfter(message: Message, m: DiscordMessage): Promise<void> {
  if (message.channel.isSendable()) await message.channel.send(m);
  else await message.reply(m);
}

export async function apologizeToMessage(message: Message, text: string): Promise<void> {
  const [first] = textMessages(text);
  await message.reply(first!);
}
