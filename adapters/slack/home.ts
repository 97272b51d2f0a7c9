// The App Home tab: how to ask, with a button that opens the Ask ChartPath modal, the person's checklist (a checkbox
// per step) or the way to start one, and the topic browser. The core decides what the home shows (handle(who, { kind:
// 'home' })); this lays it out as a view.
import type { Reply } from '../../src/contract/index.js';
import { HOW_TO_ASK, slackSyntax, words } from '../shared/commands.js';
import { ACTION_ASK_OPEN, DEFAULT_COMMAND, MAX_BLOCKS_PER_VIEW, type HomeView, type RenderOptions, type SlackBlock } from './blocks.js';
import { contexts, escapeSlack, header, mrkdwn, plain, sections, toMrkdwn } from './mrkdwn.js';
import { buttonBlocks, checklistBlocks, topicSelect } from './render.js';
import { plannedButtons } from '../shared/buttons.js';

/** `notice` is a short note shown on top (e.g. "please wait", a rate limit). */
export function renderHome(reply: Reply, options: RenderOptions & { notice?: string | undefined } = {}): HomeView {
  const command = options.command ?? DEFAULT_COMMAND;
  const counter = { n: 0 };
  const blocks: SlackBlock[] = [];
  if (options.notice) blocks.push(...contexts([`:warning: ${toMrkdwn(options.notice)}`]));
  blocks.push(...sections(toMrkdwn(HOW_TO_ASK.slack(command))));
  // A way to ask from the Home tab itself: the Ask ChartPath modal, answered in a direct message.
  blocks.push({ type: 'actions', elements: [{ type: 'button', text: plain('Ask a question', 75), action_id: ACTION_ASK_OPEN, value: 'ask', style: 'primary' }] });
  if (reply.topics?.length) blocks.push(...contexts(['Or browse what I know:']), ...topicSelect(reply));
  blocks.push({ type: 'divider' });
  const title = reply.title ? header(reply.title) : undefined;
  if (title) blocks.push(title);
  if (reply.checklist) blocks.push(...checklistBlocks(reply, reply.checklist, command, counter));
  else blocks.push(...sections(toMrkdwn(words(reply, reply.text, slackSyntax(command)))));
  const planned = plannedButtons(reply, { steps: false });
  blocks.push(...buttonBlocks(planned.filter((b) => b.kind === 'choice' || b.kind === 'danger' || b.kind === 'suggestion'), counter));
  if (blocks.length > MAX_BLOCKS_PER_VIEW) {
    blocks.length = MAX_BLOCKS_PER_VIEW - 1;
    blocks.push({ type: 'context', elements: [mrkdwn(`… more in \`${escapeSlack(command)} checklist\``)] });
  }
  return { type: 'home', blocks };
}
