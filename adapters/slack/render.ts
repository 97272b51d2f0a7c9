// Renders the core's Reply as Slack Block Kit. Pure functions: no SDK client, no I/O, so tests can fuzz them.
// Every payload built here stays within Slack's documented limits for ANY Reply: long text is split at paragraph,
// line or word boundaries (a single over-long word is cut), lists of buttons and options are capped.
// All text is escaped (&, <, >) so that nothing can mention anyone, open a link or inject control sequences.
import { actionPayload } from '../../src/core/actions.js';
import type { Reply, ReplyAction, ReplySource } from '../../src/core/reply.js';
import type { ChecklistView } from '../../src/checklist/view.js';

// --- Slack's limits (https://docs.slack.dev/reference/block-kit) ---
/** Text of a section block (and of any text object we send). */
export const MAX_SECTION_TEXT = 3000;
/** Blocks in one message. */
export const MAX_BLOCKS_PER_MESSAGE = 50;
/** Blocks in a Home tab (or modal) view. */
export const MAX_BLOCKS_PER_VIEW = 100;
/** Elements in one actions block. */
export const MAX_ACTIONS_ELEMENTS = 25;
/** Elements in one context block. */
export const MAX_CONTEXT_ELEMENTS = 10;
/** Text of a button. */
export const MAX_BUTTON_TEXT = 75;
/** Value of a button (the core's payload travels here unchanged). */
export const MAX_BUTTON_VALUE = 2000;
/** plain_text of a header block. */
export const MAX_HEADER_TEXT = 150;
/** Text of an option (select menus, checkboxes) and of an option group label. */
export const MAX_OPTION_TEXT = 75;
/** Value of an option. */
export const MAX_OPTION_VALUE = 150;
/** Option groups in one select menu, and options in one group. */
export const MAX_OPTION_GROUPS = 100;
export const MAX_OPTIONS = 100;
/** Characters of option text in one select menu (keeps a message small). */
export const MAX_SELECT_CHARS = 6000;
/** Placeholder of a select menu. */
export const MAX_PLACEHOLDER_TEXT = 150;
/** block_id and action_id. */
export const MAX_BLOCK_ID = 255;
export const MAX_ACTION_ID = 255;
/** A link we write into mrkdwn; longer URLs are shown as their title only. */
export const MAX_LINK_URL = 2000;
/** The top-level `text` fallback (Slack truncates at 40,000; notifications show far less). */
export const MAX_FALLBACK_TEXT = 3000;
/** Total text in one message: Slack refuses very large messages (msg_too_long) well before 50 full sections. */
export const MAX_MESSAGE_CHARS = 12_000;
/** Messages one reply may become: a response_url accepts five responses. */
export const MAX_MESSAGES_PER_REPLY = 5;

/** The slash command as created by manifest.yml. */
export const DEFAULT_COMMAND = '/chartpath';

// --- action ids: every interactive element we render starts with this prefix ---
export const ACTION_PREFIX = 'cp_';
export const ACTION_BUTTON = 'cp_btn'; // followed by _<n>: buttons whose value is a core payload
export const ACTION_TOPIC_SELECT = 'cp_topic'; // static select whose selected value is a core payload
export const ACTION_STEP = 'cp_step'; // checkbox of one checklist step; the block_id is the core payload step:<id>

// --- Block Kit shapes we produce ---
export interface PlainText {
  type: 'plain_text';
  text: string;
  emoji?: boolean;
}
export interface MrkdwnText {
  type: 'mrkdwn';
  text: string;
  /** true: Slack does not auto-link names, channels or URLs in this text. */
  verbatim?: boolean;
}
export interface OptionObject {
  text: PlainText | MrkdwnText;
  value: string;
}
export interface ButtonElement {
  type: 'button';
  text: PlainText;
  action_id: string;
  value: string;
  style?: 'primary' | 'danger';
}
export interface StaticSelectElement {
  type: 'static_select';
  action_id: string;
  placeholder: PlainText;
  option_groups: { label: PlainText; options: OptionObject[] }[];
}
export interface CheckboxesElement {
  type: 'checkboxes';
  action_id: string;
  options: OptionObject[];
  initial_options?: OptionObject[];
}
export interface SectionBlock {
  type: 'section';
  block_id?: string;
  text: MrkdwnText;
  accessory?: CheckboxesElement;
}
export interface HeaderBlock {
  type: 'header';
  text: PlainText;
}
export interface ContextBlock {
  type: 'context';
  elements: MrkdwnText[];
}
export interface ActionsBlock {
  type: 'actions';
  elements: (ButtonElement | StaticSelectElement)[];
}
export interface DividerBlock {
  type: 'divider';
}
export type SlackBlock = SectionBlock | HeaderBlock | ContextBlock | ActionsBlock | DividerBlock;

export interface SlackMessage {
  /** Plain fallback for notifications and clients without Block Kit (escaped, like every text). */
  text: string;
  blocks: SlackBlock[];
}

export interface HomeView {
  type: 'home';
  blocks: SlackBlock[];
}

export interface RenderedReply {
  /** The reply, in order; usually one message. */
  messages: SlackMessage[];
  /** When the reply carries a privacy warning: its notices, to be shown only to the person. */
  privateNotice?: SlackMessage | undefined;
}

export interface RenderOptions {
  /** The slash command as the person typed it (default /chartpath): the core's `/checklist ...` becomes `/chartpath checklist ...`. */
  command?: string | undefined;
}

// ------------------------------------------------------------------------------------------------
// Text: escaping, Markdown to mrkdwn, the platform's command syntax, splitting and fitting
// ------------------------------------------------------------------------------------------------

/**
 * Escapes text for Slack: &, < and > become entities (Slack's rule), so no `<!channel>`, `<@U…>` or `<url>` can form;
 * control characters are dropped and lone surrogates replaced (U+FFFD).
 * Bare @channel / @here / @everyone get an invisible word joiner so no client can parse them as a broadcast either.
 */
export function escapeSlack(text: string): string {
  return text
    // Control characters (but tab and newline) are dropped and lone surrogates replaced: Slack cannot show them, and
    // each would become a six-character JSON escape, bloating the payload far past the size its text suggests.
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    // Every @channel / @here / @everyone, even inside a longer word: a later cut ("@channelX" -> "@channel…") or
    // conversion ("@channel__x__" -> "@channel*x*") must not be able to complete one.
    .replace(/@(channel|here|everyone)/gi, '@\u2060$1');
}

/** The core's commands, as typed in the terminal, written as Slack's subcommands of one slash command. */
const CORE_COMMANDS = ['checklist', 'checklists', 'plan', 'topics', 'topic', 'help', 'forget-me', 'forgetme', 'good', 'bad', 'ask'];
const COMMAND_RE = new RegExp(`(^|[\\s\`"'(\\[])\\/(${CORE_COMMANDS.join('|')})(?![\\w-])`, 'gim');

/** `/checklist done 2` -> `/chartpath checklist done 2`; lines about terminal-only commands (`/quit`) are left out. */
export function slackCommandSyntax(markdown: string, command: string = DEFAULT_COMMAND): string {
  const name = /^\/[a-z0-9_-]{1,31}$/i.test(command) ? command.toLowerCase() : DEFAULT_COMMAND;
  return markdown
    .split('\n')
    .filter((line) => !/(^|[\s`"'(])\/quit\b/.test(line))
    .join('\n')
    .replace(COMMAND_RE, (_m, before: string, cmd: string) => `${before}${name} ${cmd.toLowerCase()}`);
}

/**
 * The core's Markdown (**bold**, "- " bullets, `code`) as Slack mrkdwn (*bold*, "• " bullets, `code`), escaped.
 * Code spans are kept as they are (escaped only).
 */
export function toMrkdwn(markdown: string, command: string = DEFAULT_COMMAND): string {
  const escaped = escapeSlack(slackCommandSyntax(markdown, command).replace(/\r\n?/g, '\n'));
  return escaped
    .split(/(`[^`\n]+`)/)
    .map((part, i) => (i % 2 === 1 ? part : inlineMrkdwn(part)))
    .join('');
}

const BOLD_MARK = '\u0001';

function inlineMrkdwn(text: string): string {
  return (
    text
      // headings (not in the core's contract, harmless to support): bold lines
      .replace(/^[ \t]*#{1,6}[ \t]+(.+)$/gm, (_m, s: string) => `${BOLD_MARK}${s.trim()}${BOLD_MARK}`)
      // bullets: "- item", "* item", "+ item"
      .replace(/^([ \t]*)[-*+][ \t]+/gm, '$1• ')
      // **bold** and __bold__
      .replace(/\*\*(?=\S)([^\n]*?\S)\*\*/g, `${BOLD_MARK}$1${BOLD_MARK}`)
      .replace(/__(?=\S)([^\n]*?\S)__/g, `${BOLD_MARK}$1${BOLD_MARK}`)
      // *italic* (Markdown) is _italic_ in mrkdwn
      .replace(/(^|[^\w*])\*(?=\S)([^*\n]*?\S)\*(?![\w*])/g, '$1_$2_')
      // [title](https://url): a link
      .replace(/\[([^\]\n]+)\]\((https?:\/\/[^\s()]+)\)/g, (_m, title: string, url: string) => linkOrTitle(url, title, true))
      .replaceAll(BOLD_MARK, '*')
  );
}

/** Removes Markdown marks for plain_text fields (button labels, headers), then escapes. */
export function toPlain(markdown: string, command: string = DEFAULT_COMMAND): string {
  return escapeSlack(
    slackCommandSyntax(markdown, command)
      .replace(/\*\*(.+?)\*\*/g, '$1')
      .replace(/`([^`\n]+)`/g, '$1')
      .replace(/\s+/g, ' ')
      .trim(),
  );
}

/** A safe end for a cut at `end` (never inside an entity like &amp;, a link or a surrogate pair); at least start + 1. */
function safeCut(text: string, start: number, end: number): number {
  let cut = Math.min(end, text.length);
  if (cut >= text.length) return text.length;
  const amp = text.lastIndexOf('&', cut - 1);
  if (amp >= start && amp > cut - 6) {
    const semi = text.indexOf(';', amp);
    if (semi === -1 || semi >= cut) cut = amp;
  }
  // never inside a link we wrote (<url|title>): every other < is escaped
  const lt = text.lastIndexOf('<', cut - 1);
  if (lt >= start) {
    const gt = text.indexOf('>', lt);
    if (gt === -1 || gt >= cut) cut = lt > start ? lt : cut;
  }
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return cut > start ? cut : Math.min(start + 1, text.length);
}

/**
 * Splits text into chunks of at most `max` characters: at paragraph breaks first, then line breaks, then spaces;
 * a single word longer than `max` is cut (never inside an entity or a surrogate pair). Blank chunks are dropped.
 */
export function splitText(text: string, max: number = MAX_SECTION_TEXT): string[] {
  if (max < 8) throw new RangeError('splitText: max must be at least 8');
  if (text.length <= max) return text.trim() ? [text] : [];
  for (const sep of ['\n\n', '\n', ' ']) {
    const parts = text.split(sep);
    if (parts.length < 2) continue;
    const chunks: string[] = [];
    let current = '';
    for (const part of parts) {
      const candidate = current ? current + sep + part : part;
      if (candidate.length <= max) {
        current = candidate;
        continue;
      }
      if (current.trim()) chunks.push(current);
      if (part.length <= max) current = part;
      else {
        const sub = splitText(part, max);
        chunks.push(...sub.slice(0, -1));
        current = sub.at(-1) ?? '';
      }
    }
    if (current.trim()) chunks.push(current);
    return chunks.filter((c) => c.trim());
  }
  const chunks: string[] = [];
  for (let i = 0; i < text.length; ) {
    const cut = safeCut(text, i, i + max);
    chunks.push(text.slice(i, cut));
    i = cut;
  }
  return chunks.filter((c) => c.trim());
}

/** Fits already-escaped text into `max` characters, ending with "…" when cut (at a word boundary when one is near). */
export function fit(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = max - 1;
  const space = text.lastIndexOf(' ', cut);
  if (space > max * 0.6) cut = space;
  cut = safeCut(text, 0, cut);
  return `${text.slice(0, cut).trimEnd()}…`;
}

function plain(text: string, max: number): PlainText {
  const t = fit(text, max);
  return { type: 'plain_text', text: t.trim() ? t : '…', emoji: true };
}

function mrkdwn(text: string): MrkdwnText {
  return { type: 'mrkdwn', text, verbatim: true };
}

function safeUrl(url: string | undefined): string | undefined {
  if (!url || url.length > MAX_LINK_URL || !/^https?:\/\/[^\s]+$/i.test(url)) return undefined;
  // Characters that would end or split Slack's <url|title> syntax are percent-encoded; & becomes &amp; (Slack's rule).
  return url.replace(/\|/g, '%7C').replace(/</g, '%3C').replace(/>/g, '%3E').replace(/&/g, '&amp;');
}

/** <url|title>, or the title alone when the URL is unusable. `escapedTitle` says the title is already escaped. */
function linkOrTitle(url: string | undefined, title: string, escapedTitle = false): string {
  const label = fit(escapedTitle ? title : escapeSlack(title.replace(/\s+/g, ' ').trim()), 300) || 'link';
  const safe = safeUrl(url?.replace(/&amp;/g, '&'));
  return safe ? `<${safe}|${label}>` : label;
}

// ------------------------------------------------------------------------------------------------
// Blocks
// ------------------------------------------------------------------------------------------------

function sections(text: string): SectionBlock[] {
  return splitText(text, MAX_SECTION_TEXT).map((chunk) => ({ type: 'section', text: mrkdwn(chunk) }));
}

function contexts(lines: string[]): ContextBlock[] {
  const blocks: ContextBlock[] = [];
  let current: MrkdwnText[] = [];
  let size = 0;
  for (const chunk of lines.flatMap((l) => splitText(l, MAX_SECTION_TEXT))) {
    if (current.length && (current.length >= MAX_CONTEXT_ELEMENTS || size + chunk.length > MAX_SECTION_TEXT)) {
      blocks.push({ type: 'context', elements: current });
      current = [];
      size = 0;
    }
    current.push(mrkdwn(chunk));
    size += chunk.length;
  }
  if (current.length) blocks.push({ type: 'context', elements: current });
  return blocks;
}

function header(title: string, command: string): HeaderBlock | undefined {
  const text = toPlain(title, command);
  return text ? { type: 'header', text: plain(text, MAX_HEADER_TEXT) } : undefined;
}

interface ButtonSpec {
  label: string;
  value: string;
  style?: 'primary' | 'danger' | undefined;
}

/** Buttons whose values are the core's payloads, unchanged; a payload too long for Slack is left out (never cut). */
function buttonBlocks(specs: ButtonSpec[], counter: { n: number }, command: string): ActionsBlock[] {
  const buttons: ButtonElement[] = [];
  for (const s of specs) {
    if (!s.value || s.value.length > MAX_BUTTON_VALUE) continue;
    const label = toPlain(s.label, command);
    if (!label) continue;
    const button: ButtonElement = { type: 'button', text: plain(label, MAX_BUTTON_TEXT), action_id: `${ACTION_BUTTON}_${counter.n++}`, value: s.value };
    if (s.style) button.style = s.style;
    buttons.push(button);
  }
  const blocks: ActionsBlock[] = [];
  for (let i = 0; i < buttons.length; i += MAX_ACTIONS_ELEMENTS) blocks.push({ type: 'actions', elements: buttons.slice(i, i + MAX_ACTIONS_ELEMENTS) });
  return blocks;
}

const actionButtons = (actions: ReplyAction[]): ButtonSpec[] => actions.map((a) => ({ label: a.label, value: a.action }));

function sourcesBlocks(sources: ReplySource[]): SectionBlock[] {
  if (!sources.length) return [];
  const lines = sources.map((s) => `• ${linkOrTitle(s.url, s.title)}`);
  return sections(`*Sources*\n${lines.join('\n')}`);
}

function topicSelect(reply: Reply, command: string): ActionsBlock[] {
  if (!reply.topics?.length) return [];
  let total = 0;
  let chars = 0;
  const groups: StaticSelectElement['option_groups'] = [];
  for (const g of reply.topics.slice(0, MAX_OPTION_GROUPS)) {
    const options: OptionObject[] = [];
    for (const t of g.topics) {
      const value = actionPayload.topic(t.id);
      if (value.length > MAX_OPTION_VALUE || total >= MAX_OPTIONS || options.length >= MAX_OPTIONS) continue;
      const text = toPlain(t.title, command);
      if (!text) continue;
      const option: OptionObject = { text: plain(text, MAX_OPTION_TEXT), value };
      if (chars + option.text.text.length > MAX_SELECT_CHARS) continue;
      options.push(option);
      chars += option.text.text.length;
      total++;
    }
    const label = plain(toPlain(g.title, command) || '…', MAX_OPTION_TEXT);
    if (options.length) {
      groups.push({ label, options });
      chars += label.text.length;
    }
  }
  if (!groups.length) return [];
  return [{ type: 'actions', elements: [{ type: 'static_select', action_id: ACTION_TOPIC_SELECT, placeholder: plain('Pick a topic', MAX_PLACEHOLDER_TEXT), option_groups: groups }] }];
}

const STEP_LINE = /^\s*\[[ xX]\]\s+\d+\./;

/** One checklist step: its text, and a checkbox whose block_id is the core's payload `step:<id>`. */
function stepBlock(step: ChecklistView['steps'][number], command: string, usedIds: Set<string>): SectionBlock {
  const title = escapeSlack(`${step.number}. ${step.title}`.replace(/\s+/g, ' ').trim());
  let text = step.next ? `*${title}* _(next)_` : step.done ? `~${title}~` : title;
  if (step.next) text += `\nWhy: ${toMrkdwn(step.why, command)}\nDone when: ${toMrkdwn(step.doneWhen, command)}`;
  const option: OptionObject = { text: { type: 'plain_text', text: 'Done', emoji: true }, value: actionPayload.step(step.id) };
  const block: SectionBlock = { type: 'section', text: mrkdwn(fit(text, MAX_SECTION_TEXT)) };
  const blockId = actionPayload.step(step.id);
  if (blockId.length <= MAX_BLOCK_ID && option.value.length <= MAX_OPTION_VALUE && !usedIds.has(blockId)) {
    usedIds.add(blockId);
    block.block_id = blockId;
    const checkboxes: CheckboxesElement = { type: 'checkboxes', action_id: ACTION_STEP, options: [option] };
    if (step.done) checkboxes.initial_options = [option];
    block.accessory = checkboxes;
  }
  return block;
}

/**
 * A checklist: the reply's own text paragraphs (headline, goal and progress, how to mark steps), with its plain
 * list of steps replaced by one block per step with a checkbox, and buttons to learn about the next step.
 */
function checklistBlocks(reply: Reply, view: ChecklistView, command: string, counter: { n: number }): SlackBlock[] {
  const blocks: SlackBlock[] = [];
  let stepsShown = false;
  const showSteps = () => {
    if (stepsShown) return;
    stepsShown = true;
    const usedIds = new Set<string>();
    for (const step of view.steps) blocks.push(stepBlock(step, command, usedIds));
    const next = view.steps.find((s) => s.next);
    if (next?.learnMore.length) blocks.push(...buttonBlocks(next.learnMore.map((t) => ({ label: t.title, value: actionPayload.topic(t.id) })), counter, command));
  };
  for (const paragraph of reply.text.split(/\n\s*\n/)) {
    const lines = paragraph.split('\n');
    if (view.steps.length && lines.some((l) => STEP_LINE.test(l)) && lines.every((l) => STEP_LINE.test(l) || /^\s{2,}\S/.test(l) || !l.trim())) {
      showSteps();
      continue;
    }
    blocks.push(...sections(toMrkdwn(paragraph, command)));
  }
  showSteps();
  return blocks;
}

/** The blocks of a reply, in order, before they are packed into messages. */
function replyBlocks(reply: Reply, command: string, withNotices: boolean): SlackBlock[] {
  const counter = { n: 0 };
  const blocks: SlackBlock[] = [];
  if (withNotices && reply.notices.length) blocks.push(...contexts(reply.notices.map((n) => `:warning: ${toMrkdwn(n, command)}`)));
  if (reply.title) {
    const h = header(reply.title, command);
    if (h) blocks.push(h);
  }
  if (reply.checklist) blocks.push(...checklistBlocks(reply, reply.checklist, command, counter));
  else blocks.push(...sections(toMrkdwn(reply.text, command)));
  blocks.push(...sourcesBlocks(reply.sources));
  if (reply.reviewed) blocks.push(...contexts([`Reviewed ${escapeSlack(reply.reviewed)}`]));
  blocks.push(...topicSelect(reply, command));
  blocks.push(...buttonBlocks(actionButtons(reply.choices), counter, command));
  if (reply.suggestions.length) {
    const buttons = buttonBlocks(actionButtons(reply.suggestions), counter, command);
    if (buttons.length) blocks.push(...contexts(['You could also ask:']), ...buttons);
  }
  if (reply.feedback) {
    blocks.push(
      ...buttonBlocks(
        [
          { label: ':thumbsup: Helpful', value: actionPayload.rate(reply.id, true) },
          { label: ':thumbsdown: Not helpful', value: actionPayload.rate(reply.id, false) },
        ],
        counter,
        command,
      ),
    );
  }
  return blocks;
}

function blockText(block: SlackBlock): string {
  switch (block.type) {
    case 'section':
      return block.accessory ? `${block.text.text} ${block.accessory.options.map((o) => o.text.text).join(' ')}` : block.text.text;
    case 'header':
      return block.text.text;
    case 'context':
      return block.elements.map((e) => e.text).join(' ');
    case 'actions':
      return block.elements
        .map((e) => (e.type === 'button' ? e.text.text : [e.placeholder.text, ...e.option_groups.flatMap((g) => [g.label.text, ...g.options.map((o) => o.text.text)])].join(' ')))
        .join(' | ');
    default:
      return '';
  }
}

/** The fallback `text` of a message: its readable content, escaped like the blocks, cut to the limit. */
function fallbackText(blocks: SlackBlock[]): string {
  const text = blocks
    .map((b) => (b.type === 'section' || b.type === 'header' ? b.text.text : b.type === 'context' ? blockText(b) : ''))
    .filter(Boolean)
    .join('\n');
  const fitted = fit(text.trim(), MAX_FALLBACK_TEXT);
  return fitted || 'ChartPath';
}

/** Packs blocks into messages within the block and size limits, and at most MAX_MESSAGES_PER_REPLY messages. */
export function packMessages(blocks: SlackBlock[]): SlackMessage[] {
  const groups: SlackBlock[][] = [];
  let current: SlackBlock[] = [];
  let size = 0;
  for (const block of blocks) {
    const n = blockText(block).length;
    if (current.length && (current.length >= MAX_BLOCKS_PER_MESSAGE || size + n > MAX_MESSAGE_CHARS)) {
      groups.push(current);
      current = [];
      size = 0;
    }
    current.push(block);
    size += n;
  }
  if (current.length) groups.push(current);
  if (groups.length > MAX_MESSAGES_PER_REPLY) {
    groups.length = MAX_MESSAGES_PER_REPLY;
    const last = groups[MAX_MESSAGES_PER_REPLY - 1]!;
    const marker: ContextBlock = { type: 'context', elements: [mrkdwn('… (cut short: too long for one Slack reply)')] };
    if (last.length >= MAX_BLOCKS_PER_MESSAGE) last[last.length - 1] = marker;
    else last.push(marker);
  }
  return groups.map((g) => ({ text: fallbackText(g), blocks: g }));
}

/**
 * Renders a reply for a message surface. When the reply carries a privacy warning its notices are rendered apart,
 * in `privateNotice`, so the caller can show them to the person only.
 */
export function renderReply(reply: Reply, options: RenderOptions = {}): RenderedReply {
  const command = options.command ?? DEFAULT_COMMAND;
  const separateNotices = reply.privacyWarning && reply.notices.length > 0;
  const messages = packMessages(replyBlocks(reply, command, !separateNotices));
  const privateNotice = separateNotices ? packMessages(contexts(reply.notices.map((n) => `:lock: ${toMrkdwn(n, command)}`)))[0] : undefined;
  return { messages, privateNotice };
}

/** One message from all of a rendered reply's parts, for the places that can send only one (ephemeral-only flows). */
export function allMessages(rendered: RenderedReply): SlackMessage[] {
  return rendered.privateNotice ? [rendered.privateNotice, ...rendered.messages] : rendered.messages;
}

/** A short apology for a failure on our side (always shown to the person only). */
export function apologyMessage(text: string): SlackMessage {
  const t = toMrkdwn(text);
  return { text: fit(t, MAX_FALLBACK_TEXT), blocks: sections(t).slice(0, 1) };
}

/**
 * The App Home tab: the person's checklist with a checkbox per step, or, when they have none, the core's
 * start flow (goal, then profile) as buttons. `notice` is a short note shown on top (e.g. "please wait").
 */
export function renderHome(reply: Reply, options: RenderOptions & { notice?: string | undefined } = {}): HomeView {
  const command = options.command ?? DEFAULT_COMMAND;
  const counter = { n: 0 };
  const blocks: SlackBlock[] = [];
  if (options.notice) blocks.push(...contexts([`:warning: ${toMrkdwn(options.notice, command)}`]));
  const title = reply.title ? header(reply.title, command) : undefined;
  if (title) blocks.push(title);
  if (reply.checklist) blocks.push(...checklistBlocks(reply, reply.checklist, command, counter));
  else blocks.push(...sections(toMrkdwn(reply.text, command)));
  blocks.push(...buttonBlocks(actionButtons(reply.choices), counter, command));
  blocks.push(...buttonBlocks(actionButtons(reply.suggestions), counter, command));
  if (blocks.length > MAX_BLOCKS_PER_VIEW) {
    blocks.length = MAX_BLOCKS_PER_VIEW - 1;
    blocks.push({ type: 'context', elements: [mrkdwn(`… more in \`${escapeSlack(command)} checklist\``)] });
  }
  if (!blocks.length) blocks.push({ type: 'section', text: mrkdwn('…') });
  return { type: 'home', blocks };
}
