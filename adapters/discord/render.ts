// Reply -> Discord message payloads. Pure functions: no client, no network. Every payload built here stays
// within Discord's limits for ANY Reply (text is split at paragraph, line or word boundaries; buttons and
// menus are capped), defuses anything that could mention someone, and carries `allowedMentions: { parse: [] }`.
import {
  ButtonStyle,
  ComponentType,
  type APIActionRowComponent,
  type APIApplicationCommandOptionChoice,
  type APIButtonComponentWithCustomId,
  type APIComponentInMessageActionRow,
  type APIEmbed,
  type APIEmbedField,
  type APISelectMenuOption,
  type APIStringSelectComponent,
  type MessageMentionOptions,
} from 'discord.js';
import type { Plan } from '../../src/checklist/types.js';
import type { ChecklistView } from '../../src/checklist/view.js';
import { actionPayload, parseAction } from '../../src/core/actions.js';
import type { Reply, ReplyAction, ReplyKind } from '../../src/core/reply.js';

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
  feedback: 0x8d99ae,
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
  /** The whole reply is personal (checklists, forget-me, rate limits): ephemeral, or a DM. */
  personal: boolean;
}

export interface RenderOptions {
  /** Names of the registered slash commands; help lines about commands Discord does not have are dropped. */
  commands?: readonly string[];
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
  const flat = sanitizeMarkdown(
    text
      .replace(/\*\*(.+?)\*\*/g, '$1')
      .replace(/`([^`]*)`/g, '$1')
      .replace(/[\u0000-\u001f\u007f]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  );
  return clamp(flat || '…', max);
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Cuts a text to `max` characters, at a word boundary when one is close, with an ellipsis. */
export function clamp(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return '…'.slice(0, max);
  let cut = max - 1;
  const space = text.lastIndexOf(' ', cut);
  if (space >= Math.floor(max * 0.6)) cut = space;
  if (isHighSurrogate(text.charCodeAt(cut - 1))) cut--;
  return `${text.slice(0, cut).trimEnd()}…`;
}

function unbalancedMarkers(text: string): { bold: boolean; code: boolean } {
  const code = ((text.match(/`/g) ?? []).length % 2) === 1;
  const withoutCode = text.replace(/`[^`]*`/g, '');
  const bold = ((withoutCode.match(/\*\*/g) ?? []).length % 2) === 1;
  return { bold, code };
}

/**
 * Splits a text into pieces of at most `max` characters: at paragraph breaks, else line breaks, else
 * spaces; a single word longer than `max` is cut (never inside a surrogate pair). Bold and code markers
 * left open at a cut are closed and reopened, so each piece renders on its own.
 */
export function splitText(text: string, max: number): string[] {
  if (max < 8) throw new RangeError('splitText: max is too small');
  const out: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const budget = max - 4; // room to close and reopen ** and `
    let cut = -1;
    let sepLength = 0;
    for (const sep of ['\n\n', '\n', ' ']) {
      const at = rest.lastIndexOf(sep, budget);
      if (at > 0 && at >= budget / 2) {
        cut = at;
        sepLength = sep.length;
        break;
      }
    }
    if (cut < 0) {
      // No boundary in the second half: take the last boundary at all, or cut the word.
      const at = Math.max(rest.lastIndexOf('\n', budget), rest.lastIndexOf(' ', budget));
      if (at > 0) {
        cut = at;
        sepLength = 1;
      } else {
        cut = isHighSurrogate(rest.charCodeAt(budget - 1)) ? budget - 1 : budget;
        sepLength = 0;
      }
    }
    let head = rest.slice(0, cut).trimEnd();
    let tail = rest.slice(cut + sepLength).replace(/^\n+/, '');
    const open = unbalancedMarkers(head);
    if (open.code) {
      head += '`';
      tail = `\`${tail}`;
    }
    if (open.bold) {
      head += '**';
      tail = `**${tail}`;
    }
    if (head.trim()) out.push(head);
    rest = tail;
  }
  if (rest.trim()) out.push(rest);
  return out;
}

/** Drops help lines about commands this platform does not have (e.g. the terminal's /quit, /good, /bad). */
export function adaptHelpText(text: string, commands: readonly string[]): string {
  const known = new Set(commands.map((c) => c.toLowerCase()));
  return text
    .split('\n')
    .filter((line) => {
      if (!/^\s*- /.test(line)) return true;
      const named = [...line.matchAll(/`\/([a-z][a-z-]*)/gi)].map((m) => m[1]!.toLowerCase());
      return named.length === 0 || named.some((n) => known.has(n));
    })
    .join('\n');
}

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
  if (!url || !/^https?:\/\/[^\s<>]+$/i.test(url) || url.length > 512) return undefined;
  return url.replace(/\(/g, '%28').replace(/\)/g, '%29');
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

function packEmbeds(embeds: APIEmbed[]): APIEmbed[][] {
  const groups: APIEmbed[][] = [];
  let current: APIEmbed[] = [];
  let size = 0;
  for (const e of embeds) {
    const n = embedLength(e);
    if (current.length && (current.length >= MAX_EMBEDS_PER_MESSAGE || size + n > MAX_EMBED_TOTAL)) {
      groups.push(current);
      current = [];
      size = 0;
    }
    current.push(e);
    size += n;
  }
  if (current.length) groups.push(current);
  return groups;
}

// ---------------------------------------------------------------------------------------------------------
// Components
// ---------------------------------------------------------------------------------------------------------

type Button = APIButtonComponentWithCustomId;

function button(action: ReplyAction | { label: string; action: string }, style: ButtonStyle, emoji?: string): Button | undefined {
  if (typeof action.action !== 'string' || !action.action || action.action.length > MAX_CUSTOM_ID) return undefined;
  return {
    type: ComponentType.Button,
    style,
    label: plainLabel(action.label, MAX_BUTTON_LABEL),
    custom_id: action.action,
    ...(emoji ? { emoji: { name: emoji } } : {}),
  } as Button;
}

function choiceStyle(action: string): ButtonStyle {
  const parsed = parseAction(action);
  return parsed.kind === 'forget' && parsed.confirmed ? ButtonStyle.Danger : ButtonStyle.Primary;
}

function stepButtons(view: ChecklistView): Button[] {
  return view.steps.flatMap((s) => {
    const b = button(
      { label: `${s.number}. ${s.title}`, action: actionPayload.step(s.id) },
      s.done ? ButtonStyle.Success : s.next ? ButtonStyle.Primary : ButtonStyle.Secondary,
      s.done ? '✅' : '⬜',
    );
    return b ? [b] : [];
  });
}

function learnMoreButtons(view: ChecklistView): Button[] {
  const next = view.steps.find((s) => s.next);
  return (next?.learnMore ?? []).flatMap((t) => {
    const b = button({ label: t.ask, action: actionPayload.topic(t.id) }, ButtonStyle.Secondary, '📖');
    return b ? [b] : [];
  });
}

function topicMenus(reply: Reply): APIStringSelectComponent[] {
  const options: APISelectMenuOption[] = [];
  const groupsOfOption: string[] = [];
  for (const g of reply.topics ?? []) {
    for (const t of g.topics) {
      const value = actionPayload.topic(t.id);
      if (value.length > MAX_SELECT_OPTION_TEXT) continue;
      options.push({
        label: plainLabel(t.title, MAX_SELECT_OPTION_TEXT),
        value,
        description: plainLabel(g.title, MAX_SELECT_OPTION_TEXT),
      });
      groupsOfOption.push(plainLabel(g.title, 60));
    }
  }
  const menus: APIStringSelectComponent[] = [];
  for (let i = 0; i < options.length; i += MAX_SELECT_OPTIONS) {
    const slice = options.slice(i, i + MAX_SELECT_OPTIONS);
    const groups = [...new Set(groupsOfOption.slice(i, i + MAX_SELECT_OPTIONS))];
    menus.push({
      type: ComponentType.StringSelect,
      custom_id: `${TOPIC_MENU_PREFIX}${menus.length + 1}`,
      placeholder: clamp(`Pick a topic: ${groups.join(', ')}`, MAX_SELECT_PLACEHOLDER),
      min_values: 1,
      max_values: 1,
      options: slice,
    });
  }
  return menus;
}

/** Lays out buttons and menus: at most 5 rows of at most 5 buttons, unique custom ids, feedback kept. */
function layoutComponents(reply: Reply): ActionRow[] {
  const seen = new Set<string>();
  const unique = (buttons: (Button | undefined)[]): Button[] =>
    buttons.filter((b): b is Button => {
      if (!b || seen.has(b.custom_id)) return false;
      seen.add(b.custom_id);
      return true;
    });

  const feedback = reply.feedback
    ? unique([
        button({ label: 'Helpful', action: actionPayload.rate(reply.id, true) }, ButtonStyle.Secondary, '👍'),
        button({ label: 'Not helpful', action: actionPayload.rate(reply.id, false) }, ButtonStyle.Secondary, '👎'),
      ])
    : [];
  let rowsLeft = MAX_ACTION_ROWS - (feedback.length ? 1 : 0);
  const rows: ActionRow[] = [];
  const addButtons = (buttons: Button[]) => {
    for (let i = 0; i < buttons.length && rowsLeft > 0; i += MAX_BUTTONS_PER_ROW) {
      rows.push({ type: ComponentType.ActionRow, components: buttons.slice(i, i + MAX_BUTTONS_PER_ROW) });
      rowsLeft--;
    }
  };

  addButtons(unique(reply.choices.map((c) => button(c, choiceStyle(c.action)))));
  if (reply.checklist) addButtons(unique(stepButtons(reply.checklist)));
  addButtons(unique(reply.suggestions.map((s) => button(s, ButtonStyle.Secondary, '💬'))));
  for (const menu of topicMenus(reply)) {
    if (rowsLeft <= 0) break;
    rows.push({ type: ComponentType.ActionRow, components: [menu] });
    rowsLeft--;
  }
  if (reply.checklist) addButtons(unique(learnMoreButtons(reply.checklist)));
  if (feedback.length) rows.push({ type: ComponentType.ActionRow, components: feedback });
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
export function renderReply(reply: Reply, options: RenderOptions = {}): RenderedReply {
  const text = reply.kind === 'help' && options.commands ? adaptHelpText(reply.text, options.commands) : reply.text;
  const messages = isPlainNotice(reply) ? textMessages(text) : packEmbeds(buildEmbeds(reply, text)).map((embeds) => message({ embeds }));

  const notices = reply.notices.filter((n) => n.trim());
  let privateNotices: DiscordMessage[] = [];
  if (notices.length) {
    const rendered = noticeMessages(notices);
    if (reply.privacyWarning) privateNotices = rendered;
    else if (rendered.length === 1 && messages[0]!.content === undefined) messages[0]!.content = rendered[0]!.content;
    else messages.unshift(...rendered);
  }

  const components = layoutComponents(reply);
  if (components.length) messages[messages.length - 1]!.components = components;
  return { messages, privateNotices, personal: reply.personal };
}

/** Where a platform can show a reply to one person only, should it? Personal things and notices addressed to them. */
export function preferPrivate(reply: Reply): boolean {
  return reply.personal || reply.kind === 'notice';
}

// ---------------------------------------------------------------------------------------------------------
// Slash command choices and autocomplete
// ---------------------------------------------------------------------------------------------------------

export type Choice = APIApplicationCommandOptionChoice<string>;

export function choice(name: string, value: string): Choice | undefined {
  if (!value || value.length > MAX_CHOICE_VALUE) return undefined;
  return { name: plainLabel(name, MAX_CHOICE_NAME), value };
}

/** Goal choices for `/checklist start goal:` (at most 25: Discord's limit for static choices). */
export function planChoices(plans: readonly Pick<Plan, 'id' | 'title'>[], query = ''): Choice[] {
  const q = query.trim().toLowerCase();
  return plans
    .filter((p) => !q || p.id.includes(q) || p.title.toLowerCase().includes(q))
    .flatMap((p) => {
      const c = choice(p.title, p.id);
      return c ? [c] : [];
    })
    .slice(0, MAX_AUTOCOMPLETE_CHOICES);
}

/**
 * Autocomplete for `/checklist done step:` and `undo step:`: the person's own steps, not-done ones for
 * "done" and done ones for "undo" (all steps when none fits), filtered by what was typed.
 */
export function stepChoices(view: ChecklistView | undefined, typed: string, mode: 'done' | 'undo'): Choice[] {
  if (!view) return [];
  const q = typed.trim().toLowerCase();
  const relevant = view.steps.filter((s) => (mode === 'done' ? !s.done : s.done));
  const pool = relevant.length ? relevant : view.steps;
  return pool
    .filter((s) => !q || String(s.number).startsWith(q) || s.title.toLowerCase().includes(q) || s.id.includes(q))
    .flatMap((s) => {
      const c = choice(`${s.number}. ${s.title}${s.done ? ' (done)' : ''}`, s.id);
      return c ? [c] : [];
    })
    .slice(0, MAX_AUTOCOMPLETE_CHOICES);
}
