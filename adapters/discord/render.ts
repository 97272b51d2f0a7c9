// Reply -> Discord message payloads. Pure functions: no client, no network. Every payload built here stays
// within Discord's limits for ANY Reply (text is split at paragraph, line or word boundaries; buttons and
// menus are capped), defuses anything that could mention someone, and carries `allowedMentions: { parse: [] }`.
import {
  ButtonStyle,
  ComponentType,
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type APIComponentInMessageActionRow,
  type APIEmbed,
  type APIEmbedField,
  type APISelectMenuOption,
  type APIStringSelectComponent,
  type MessageMentionOptions,
} from 'discord.js';
import type { Reply, ReplyKind } from '../../src/contract/index.js';
import { plannedButtons, topicMenu, type PlannedButton } from '../shared/buttons.js';
import { discordSyntax, helpText, HOW_TO_ASK, words } from '../shared/commands.js';
import { pack } from '../shared/pack.js';
import { fit, flatLabel, isSafeUrl, splitText as splitAny } from '../shared/text.js';

// ---------------------------------------------------------------------------------------------------------
// Discord's limits (https://discord.com/developers/docs/resources/message, .../interactions/message-components)
// ---------------------------------------------------------------------------------------------------------
export const MAX_CONTENT = 2000;
export const MAX_EMBED_TITLE = 256;
export const MAX_EMBED_DESCRIPTION = 4096;
export const MAX_EMBED_FIELDS = 25;
export const MAX_FIELD_NAME = 256;
export const MAX_FIELD_VALUE = 1024;
export const MAX_FOOTER_TEXT = 2048;
/** Sum of title, description, field names and values, footer text and author name over ALL embeds of a message. */
export const MAX_EMBED_TOTAL = 6000;
export const MAX_EMBEDS_PER_MESSAGE = 10;
export const MAX_ACTION_ROWS = 5;
export const MAX_BUTTONS_PER_ROW = 5;
export const MAX_BUTTON_LABEL = 80;
export const MAX_CUSTOM_ID = 100;
export const MAX_SELECT_OPTIONS = 25;
export const MAX_SELECT_OPTION_TEXT = 100;
export const MAX_SELECT_PLACEHOLDER = 150;
export const MAX_AUTOCOMPLETE_CHOICES = 25;
export const MAX_CHOICE_NAME = 100;
export const MAX_CHOICE_VALUE = 100;

/** No reply can ping anyone: no @everyone/@here, no users, no roles, and replies do not ping the author. */
export const NO_MENTIONS = Object.freeze({ parse: [], repliedUser: false }) as unknown as MessageMentionOptions & {
  parse: [];
  repliedUser: false;
};

/** Custom id prefix of the topic browser's select menus; the selected value is an advisor action payload. */
export const TOPIC_MENU_PREFIX = 'menu:topics:';

// Delivery notes that only Discord needs (where a reply went); everything else comes from the core.
export const DM_SENT_NOTE = "That reply is personal, so I've sent it to you in a direct message.";
export const DM_BLOCKED_NOTE =
  "That reply is personal, but I couldn't send you a direct message. Use a slash command such as `/checklist` (its replies are visible only to you), or allow direct messages from this server's members.";

const COLORS: Record<ReplyKind, number> = {
  answer: 0x2a9d8f,
  clarify: 0xe9c46a,
  decline: 0x8d99ae,
  conversation: 0x2a9d8f,
  help: 0x457b9d,
  topics: 0x457b9d,
  checklist: 0x52b788,
  forget: 0xe76f51,
  notice: 0x8d99ae,
};

export type ActionRow = APIActionRowComponent<APIComponentInMessageActionRow>;

/** One message, ready for interaction.reply/followUp/editReply, message.reply, channel.send or user.send. */
export interface DiscordMessage {
  content?: string;
  embeds: APIEmbed[];
  components: ActionRow[];
  allowedMentions: typeof NO_MENTIONS;
}

export interface RenderedReply {
  /** Messages in order; buttons and menus are on the last one. */
  messages: DiscordMessage[];
  /** Notices the person must see privately (reply.privacyWarning): ephemeral follow-up, or a DM. */
  privateNotices: DiscordMessage[];
  /** The core's decision: only the person may see the reply (ephemeral, or a DM where there is no ephemeral). */
  private: boolean;
}

// ---------------------------------------------------------------------------------------------------------
// Text helpers
// ---------------------------------------------------------------------------------------------------------

const ZWSP = '\u200b';

/** Defuses everything in a text that Discord would turn into a mention or a heading. */
export function sanitizeMarkdown(text: string): string {
  return (
    text
      .replace(/\r\n?/g, '\n')
      // @everyone / @here: a zero-width space keeps them readable but inert.
      .replace(/@(everyone|here)/gi, `@${ZWSP}$1`)
      // <@user>, <@!user>, <@&role>, <#channel>, </command:id>, <id:guide>: never resolve.
      .replace(/<(?=[@#/]|id:)/g, `<${ZWSP}`)
      // Headings and subtext at the start of a line ("# ", "## ", "### ", "-# ") stay plain text.
      .replace(/^([ \t]*)(#{1,3}|-#)(?=[ \t])/gm, '$1\\$2')
  );
}

/** Text for places without Markdown (buttons, menu options, titles): one line, no markers, no mentions. */
export function plainLabel(text: string, max: number): string {
  // Defused last: removing ** or ` could otherwise join "<" or "@" to what follows ("<**#1**" -> "<#1").
  return clamp(sanitizeMarkdown(flatLabel(text)) || '…', max);
}

/** Cuts a text to `max` characters, at a word boundary when one is close, with an ellipsis. */
export const clamp = (text: string, max: number): string => fit(text, max);

/** Splits Markdown into pieces of at most `max`, closing and reopening bold and code marks at each cut. */
export const splitText = (text: string, max: number): string[] => splitAny(text, max, { rebalance: true });

// ---------------------------------------------------------------------------------------------------------
// Embeds
// ---------------------------------------------------------------------------------------------------------

export function embedLength(embed: APIEmbed): number {
  let n = (embed.title?.length ?? 0) + (embed.description?.length ?? 0);
  n += embed.footer?.text.length ?? 0;
  n += embed.author?.name.length ?? 0;
  for (const f of embed.fields ?? []) n += f.name.length + f.value.length;
  return n;
}

function safeUrl(url: string | undefined): string | undefined {
  return isSafeUrl(url, 512) ? url.replace(/\(/g, '%28').replace(/\)/g, '%29') : undefined;
}

function linkText(title: string): string {
  return plainLabel(title, 200).replace(/([\\[\]*_~|`>])/g, '\\$1');
}

function sourceFields(reply: Reply, budget: number): APIEmbedField[] {
  const lines = reply.sources.map((s) => {
    const url = safeUrl(s.url);
    const text = linkText(s.title);
    const line = url ? `- [${text}](${url})` : `- ${text}`;
    return line.length <= MAX_FIELD_VALUE ? line : `- ${text}`;
  });
  const fields: APIEmbedField[] = [];
  let used = 0;
  let current = '';
  const flush = () => {
    if (!current) return;
    const name = fields.length ? ZWSP : 'Sources';
    fields.push({ name, value: current });
    used += name.length + current.length;
    current = '';
  };
  for (const line of lines) {
    if (current && current.length + 1 + line.length > MAX_FIELD_VALUE) flush();
    if (fields.length >= MAX_EMBED_FIELDS) break;
    const nameLength = fields.length ? ZWSP.length : 'Sources'.length;
    const next = current ? `${current}\n${line}` : line;
    if (used + nameLength + next.length > budget) break;
    current = next;
  }
  flush();
  return fields;
}

function buildEmbeds(reply: Reply, text: string): APIEmbed[] {
  const color = COLORS[reply.kind] ?? COLORS.notice;
  const title = reply.title ? plainLabel(reply.title, MAX_EMBED_TITLE) : undefined;
  const footer = reply.reviewed ? { text: clamp(`Reviewed ${plainLabel(reply.reviewed, 64)}`, MAX_FOOTER_TEXT) } : undefined;
  const chunks = splitText(sanitizeMarkdown(text), MAX_EMBED_DESCRIPTION);
  const embeds: APIEmbed[] = chunks.map((description, i) => ({ color, ...(i === 0 && title ? { title } : {}), description }));
  if (!embeds.length) embeds.push({ color, ...(title ? { title } : { description: ZWSP }) });

  const metaBudget = MAX_EMBED_TOTAL - (footer?.text.length ?? 0) - 16;
  const fields = sourceFields(reply, metaBudget);
  if (fields.length || footer) {
    const last = embeds[embeds.length - 1]!;
    const extra = fields.reduce((n, f) => n + f.name.length + f.value.length, 0) + (footer?.text.length ?? 0);
    if (embedLength(last) + extra <= MAX_EMBED_TOTAL) {
      if (fields.length) last.fields = fields;
      if (footer) last.footer = footer;
    } else {
      embeds.push({ color, ...(fields.length ? { fields } : { description: ZWSP }), ...(footer ? { footer } : {}) });
    }
  }
  return embeds;
}

/** Embeds into messages: at most 10 per message, 6,000 characters of embed text in all (adapters/shared/pack.ts). */
function packEmbeds(embeds: APIEmbed[]): APIEmbed[][] {
  return pack(embeds, embedLength, { maxCount: MAX_EMBEDS_PER_MESSAGE, maxSize: MAX_EMBED_TOTAL });
}

// ---------------------------------------------------------------------------------------------------------
// Components
// ---------------------------------------------------------------------------------------------------------

type Button = APIButtonComponentWithCustomId;

const STYLE: Record<PlannedButton['kind'], ButtonStyle> = {
  choice: ButtonStyle.Primary,
  danger: ButtonStyle.Danger,
  step: ButtonStyle.Secondary,
  suggestion: ButtonStyle.Secondary,
  learn: ButtonStyle.Secondary,
  rating: ButtonStyle.Secondary,
};
const EMOJI: Partial<Record<PlannedButton['kind'], string>> = { suggestion: '💬', learn: '📖' };

function button(b: PlannedButton): Button | undefined {
  if (b.action.length > MAX_CUSTOM_ID) return undefined;
  const style = b.kind === 'step' ? (b.done ? ButtonStyle.Success : b.next ? ButtonStyle.Primary : ButtonStyle.Secondary) : STYLE[b.kind];
  const emoji = b.kind === 'step' ? (b.done ? '✅' : '⬜') : EMOJI[b.kind];
  return { type: ComponentType.Button, style, label: plainLabel(b.label, MAX_BUTTON_LABEL), custom_id: b.action, ...(emoji ? { emoji: { name: emoji } } : {}) } as Button;
}

function topicMenus(reply: Reply): APIStringSelectComponent[] {
  const options: APISelectMenuOption[] = [];
  const groupsOfOption: string[] = [];
  for (const g of topicMenu(reply)) {
    for (const t of g.options) {
      if (t.action.length > MAX_SELECT_OPTION_TEXT) continue;
      options.push({ label: plainLabel(t.label, MAX_SELECT_OPTION_TEXT), value: t.action, description: plainLabel(g.title, MAX_SELECT_OPTION_TEXT) });
      groupsOfOption.push(plainLabel(g.title, 60));
    }
  }
  const menus: APIStringSelectComponent[] = [];
  for (let i = 0; i < options.length; i += MAX_SELECT_OPTIONS) {
    const groups = [...new Set(groupsOfOption.slice(i, i + MAX_SELECT_OPTIONS))];
    menus.push({
      type: ComponentType.StringSelect,
      custom_id: `${TOPIC_MENU_PREFIX}${menus.length + 1}`,
      placeholder: clamp(`Pick a topic: ${groups.join(', ')}`, MAX_SELECT_PLACEHOLDER),
      min_values: 1,
      max_values: 1,
      options: options.slice(i, i + MAX_SELECT_OPTIONS),
    });
  }
  return menus;
}

/** Lays out the shared button plan: at most 5 rows of at most 5 buttons, topic menus before learn-more, ratings kept. */
function layoutComponents(reply: Reply): ActionRow[] {
  const planned = plannedButtons(reply, { steps: true }).flatMap((b) => {
    const built = button(b);
    return built ? [{ kind: b.kind, built }] : [];
  });
  const ratings = planned.filter((b) => b.kind === 'rating').map((b) => b.built);
  let rowsLeft = MAX_ACTION_ROWS - (ratings.length ? 1 : 0);
  const rows: ActionRow[] = [];
  const addButtons = (buttons: Button[]) => {
    for (let i = 0; i < buttons.length && rowsLeft > 0; i += MAX_BUTTONS_PER_ROW) {
      rows.push({ type: ComponentType.ActionRow, components: buttons.slice(i, i + MAX_BUTTONS_PER_ROW) });
      rowsLeft--;
    }
  };
  const of = (...kinds: PlannedButton['kind'][]) => planned.filter((b) => kinds.includes(b.kind)).map((b) => b.built);
  addButtons(of('choice', 'danger'));
  addButtons(of('step'));
  addButtons(of('suggestion'));
  for (const menu of topicMenus(reply)) {
    if (rowsLeft <= 0) break;
    rows.push({ type: ComponentType.ActionRow, components: [menu] });
    rowsLeft--;
  }
  addButtons(of('learn'));
  if (ratings.length) rows.push({ type: ComponentType.ActionRow, components: ratings });
  return rows;
}

// ---------------------------------------------------------------------------------------------------------
// Messages
// ---------------------------------------------------------------------------------------------------------

function message(init: Partial<DiscordMessage>): DiscordMessage {
  return { embeds: [], components: [], ...init, allowedMentions: NO_MENTIONS };
}

/** Notices as plain message content, split to fit. */
export function noticeMessages(notices: readonly string[]): DiscordMessage[] {
  const text = notices.map((n) => `⚠️ ${sanitizeMarkdown(n.trim())}`).join('\n');
  return splitText(text, MAX_CONTENT).map((content) => message({ content }));
}

/** A short text as one or more plain messages (apologies, delivery notes). */
export function textMessages(text: string): DiscordMessage[] {
  const parts = splitText(sanitizeMarkdown(text), MAX_CONTENT);
  return (parts.length ? parts : [ZWSP]).map((content) => message({ content }));
}

/** A short notice (feedback thanks, rate limit, errors) reads better as plain text than as an embed. */
function isPlainNotice(reply: Reply): boolean {
  return reply.kind === 'notice' && !reply.title && !reply.checklist && !reply.sources.length && !reply.reviewed;
}

/** Renders a core Reply as Discord messages. */
export function renderReply(reply: Reply): RenderedReply {
  const text = reply.kind === 'help' ? helpText(reply, discordSyntax, HOW_TO_ASK.discord) : words(reply, reply.text, discordSyntax);
  const messages = isPlainNotice(reply) ? textMessages(text) : packEmbeds(buildEmbeds(reply, text)).map((embeds) => message({ embeds }));

  const notices = reply.notices.filter((n) => n.trim()).map((n) => words(reply, n, discordSyntax));
  let privateNotices: DiscordMessage[] = [];
  if (notices.length) {
    const rendered = noticeMessages(notices);
    if (reply.privacyWarning) privateNotices = rendered;
    else if (rendered.length === 1 && messages[0]!.content === undefined) messages[0]!.content = rendered[0]!.content;
    else messages.unshift(...rendered);
  }

  const components = layoutComponents(reply);
  if (components.length) messages[messages.length - 1]!.components = components;
  return { messages, privateNotices, private: reply.visibility === 'private' };
}

