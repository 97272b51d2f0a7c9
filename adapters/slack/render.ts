// Renders the core's Reply as Slack Block Kit. Pure functions: no SDK client, no I/O, so tests can fuzz them.
// Every payload built here stays within Slack's documented limits for ANY Reply: long text is split at paragraph,
// line or word boundaries (a single over-long word is cut), lists of buttons and options are capped.
// All text is escaped (&, <, >) so that nothing can mention anyone, open a link or inject control sequences.
import { actionPayload, type ChecklistView, type Reply, type ReplySource } from '../../src/contract/index.js';
import { plannedButtons, topicMenu, type PlannedButton } from '../shared/buttons.js';
import { helpText, HOW_TO_ASK, slackSyntax, words } from '../shared/commands.js';
import { pack } from '../shared/pack.js';
import {
  ACTION_BUTTON,
  ACTION_STEP,
  ACTION_TOPIC_SELECT,
  DEFAULT_COMMAND,
  MAX_ACTIONS_ELEMENTS,
  MAX_BLOCK_ID,
  MAX_BLOCKS_PER_MESSAGE,
  MAX_BUTTON_TEXT,
  MAX_BUTTON_VALUE,
  MAX_FALLBACK_TEXT,
  MAX_MESSAGE_CHARS,
  MAX_MESSAGES_PER_REPLY,
  MAX_OPTION_GROUPS,
  MAX_OPTION_TEXT,
  MAX_OPTION_VALUE,
  MAX_OPTIONS,
  MAX_PLACEHOLDER_TEXT,
  MAX_SECTION_TEXT,
  MAX_SELECT_CHARS,
  type ActionsBlock,
  type ButtonElement,
  type CheckboxesElement,
  type ContextBlock,
  type OptionObject,
  type RenderedReply,
  type RenderOptions,
  type SectionBlock,
  type SlackBlock,
  type SlackMessage,
  type StaticSelectElement,
} from './blocks.js';
import { contexts, escapeSlack, fit, header, linkOrTitle, mrkdwn, plain, sections, toMrkdwn, toPlain } from './mrkdwn.js';

export * from './blocks.js';
export { escapeSlack, fit, splitText, toMrkdwn, toPlain } from './mrkdwn.js';

/** Buttons whose values are the core's payloads, unchanged; a payload too long for Slack is left out (never cut). */
export function buttonBlocks(buttons: readonly PlannedButton[], counter: { n: number }): ActionsBlock[] {
  const elements: ButtonElement[] = [];
  for (const b of buttons) {
    const label = toPlain(b.label);
    if (b.action.length > MAX_BUTTON_VALUE || !label) continue;
    const button: ButtonElement = { type: 'button', text: plain(label, MAX_BUTTON_TEXT), action_id: `${ACTION_BUTTON}_${counter.n++}`, value: b.action };
    if (b.kind === 'danger') button.style = 'danger';
    elements.push(button);
  }
  const blocks: ActionsBlock[] = [];
  for (let i = 0; i < elements.length; i += MAX_ACTIONS_ELEMENTS) blocks.push({ type: 'actions', elements: elements.slice(i, i + MAX_ACTIONS_ELEMENTS) });
  return blocks;
}

function sourcesBlocks(sources: ReplySource[]): SectionBlock[] {
  if (!sources.length) return [];
  const lines = sources.map((s) => `• ${linkOrTitle(s.url, s.title)}`);
  return sections(`*Sources*\n${lines.join('\n')}`);
}

/** The topic browser as one select menu with a group per topic group. */
export function topicSelect(reply: Reply): ActionsBlock[] {
  let total = 0;
  let chars = 0;
  const groups: StaticSelectElement['option_groups'] = [];
  for (const g of topicMenu(reply).slice(0, MAX_OPTION_GROUPS)) {
    const options: OptionObject[] = [];
    for (const t of g.options) {
      const value = t.action;
      const text = toPlain(t.label);
      if (value.length > MAX_OPTION_VALUE || total >= MAX_OPTIONS || !text) continue;
      const option: OptionObject = { text: plain(text, MAX_OPTION_TEXT), value };
      if (chars + option.text.text.length > MAX_SELECT_CHARS) continue;
      options.push(option);
      chars += option.text.text.length;
      total++;
    }
    const label = plain(toPlain(g.title) || '…', MAX_OPTION_TEXT);
    if (options.length) {
      groups.push({ label, options });
      chars += label.text.length;
    }
  }
  if (!groups.length) return [];
  return [{ type: 'actions', elements: [{ type: 'static_select', action_id: ACTION_TOPIC_SELECT, placeholder: plain('Pick a topic', MAX_PLACEHOLDER_TEXT), option_groups: groups }] }];
}

/**
 * One checklist step: its text and a checkbox. The box's option carries the core's payload for "done" and the block_id
 * the payload for "not done" (step:<id>:done|undo): whichever state the person leaves the box in is what is asked for.
 */
function stepBlock(step: ChecklistView['steps'][number], usedIds: Set<string>): SectionBlock {
  const title = escapeSlack(`${step.number}. ${step.title}`.replace(/\s+/g, ' ').trim());
  let text = step.next ? `*${title}* _(next)_` : step.done ? `~${title}~` : title;
  if (step.next) text += `\nWhy: ${toMrkdwn(step.why)}\nDone when: ${toMrkdwn(step.doneWhen)}`;
  const option: OptionObject = { text: { type: 'plain_text', text: 'Done', emoji: true }, value: actionPayload.step(step.id, true) };
  const block: SectionBlock = { type: 'section', text: mrkdwn(fit(text, MAX_SECTION_TEXT)) };
  const blockId = actionPayload.step(step.id, false);
  if (blockId.length <= MAX_BLOCK_ID && option.value.length <= MAX_OPTION_VALUE && !usedIds.has(blockId)) {
    usedIds.add(blockId);
    block.block_id = blockId;
    const checkboxes: CheckboxesElement = { type: 'checkboxes', action_id: ACTION_STEP, options: [option] };
    if (step.done) checkboxes.initial_options = [option];
    block.accessory = checkboxes;
  }
  return block;
}

/** A checklist from its data: what happened, the goal and progress, a checkbox per step, learn-more buttons, the footer. */
export function checklistBlocks(reply: Reply, view: ChecklistView, command: string, counter: { n: number }): SlackBlock[] {
  const say = (text: string) => toMrkdwn(words(reply, text, slackSyntax(command)));
  const blocks: SlackBlock[] = [];
  if (view.headline) blocks.push(...sections(say(view.headline)));
  blocks.push(...sections(`${say(`**${view.goal.title}** (${view.profileLabel})`)}\n${escapeSlack(view.progressBar)}`));
  const usedIds = new Set<string>();
  for (const step of view.steps) blocks.push(stepBlock(step, usedIds));
  const learn = plannedButtons(reply, { steps: false }).filter((b) => b.kind === 'learn');
  blocks.push(...buttonBlocks(learn, counter));
  if (view.footer.length) blocks.push(...contexts(view.footer.map(say)));
  return blocks;
}

/** The blocks of a reply, in order, before they are packed into messages. */
function replyBlocks(reply: Reply, command: string, withNotices: boolean): SlackBlock[] {
  const syntax = slackSyntax(command);
  const counter = { n: 0 };
  const blocks: SlackBlock[] = [];
  if (withNotices && reply.notices.length) blocks.push(...contexts(reply.notices.map((n) => `:warning: ${toMrkdwn(words(reply, n, syntax))}`)));
  const title = reply.title ? header(reply.title) : undefined;
  if (title) blocks.push(title);
  if (reply.checklist) blocks.push(...checklistBlocks(reply, reply.checklist, command, counter));
  else blocks.push(...sections(toMrkdwn(reply.kind === 'help' ? helpText(reply, syntax, HOW_TO_ASK.slack(command)) : words(reply, reply.text, syntax))));
  blocks.push(...sourcesBlocks(reply.sources));
  if (reply.reviewed) blocks.push(...contexts([`Reviewed ${escapeSlack(reply.reviewed)}`]));
  blocks.push(...topicSelect(reply));
  const planned = plannedButtons(reply, { steps: false });
  blocks.push(...buttonBlocks(planned.filter((b) => b.kind === 'choice' || b.kind === 'danger'), counter));
  const suggestions = buttonBlocks(planned.filter((b) => b.kind === 'suggestion'), counter);
  if (suggestions.length) blocks.push(...contexts(['You could also ask:']), ...suggestions);
  blocks.push(...buttonBlocks(planned.filter((b) => b.kind === 'rating'), counter));
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
  const groups = pack(blocks, (block) => blockText(block).length, { maxCount: MAX_BLOCKS_PER_MESSAGE, maxSize: MAX_MESSAGE_CHARS });
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
  const notice = (n: string) => `:lock: ${toMrkdwn(words(reply, n, slackSyntax(command)))}`;
  const privateNotice = separateNotices ? packMessages(contexts(reply.notices.map(notice)))[0] : undefined;
  return { messages, privateNotice, private: reply.visibility === 'private' };
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
