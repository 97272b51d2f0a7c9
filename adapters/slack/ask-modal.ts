// "Ask ChartPath" from Slack's shortcuts menu (a global shortcut): it works everywhere, also in threads where slash
// commands do not. Slack gives a global shortcut no channel, so it opens a modal (views.open with its trigger_id)
// asking for the question and, optionally, where to answer. The submitted question goes through the core's one entry
// point exactly like /chartpath; this file only builds the modal and delivers the rendered reply.
// Slack's docs: https://api.slack.com/interactivity/shortcuts/using#global_shortcuts and
// https://api.slack.com/surfaces/modals#preserving_input (response_url_enabled for replies in a conversation).
import type { AllMiddlewareArgs, App, Context, RespondFn, types, ViewOutput } from '@slack/bolt';
import type { Reply, Who } from '../../src/contract/index.js';
import { fromSlackText } from './incoming.js';
import { ACTION_ASK_OPEN, allMessages, renderReply, type SlackMessage } from './render.js';

/** The callback id of the "Ask ChartPath" global shortcut (manifest.yml). */
export const ASK_GLOBAL_SHORTCUT = 'chartpath_ask_global';
/** The callback id of the modal it opens. */
export const ASK_MODAL = 'chartpath_ask_modal';
/** Block and action ids of the modal's fields, read back from view.state on submission. */
export const QUESTION_BLOCK = 'question';
export const QUESTION_ACTION = 'text';
export const WHERE_BLOCK = 'where';
export const WHERE_ACTION = 'conversation';

/** Slack's own limit for a plain_text_input; longer questions are cut by the core with its usual notice. */
const SLACK_INPUT_MAX = 3000;

const plain = (text: string) => ({ type: 'plain_text' as const, text });

export function askModal(): types.ModalView {
  return {
    type: 'modal',
    callback_id: ASK_MODAL,
    title: plain('Ask ChartPath'),
    submit: plain('Ask'),
    close: plain('Cancel'),
    blocks: [
      {
        type: 'input',
        block_id: QUESTION_BLOCK,
        label: plain('Your question'),
        element: {
          type: 'plain_text_input',
          action_id: QUESTION_ACTION,
          multiline: true,
          max_length: SLACK_INPUT_MAX,
          placeholder: plain('Do I need a degree to be a medical records clerk?'),
        },
      },
      {
        // response_url_enabled gives the submission a response_url for the chosen conversation (Slack preselects the
        // one the shortcut was used in); left empty, the answer comes in the app's direct messages.
        type: 'input',
        block_id: WHERE_BLOCK,
        optional: true,
        label: plain('Answer in'),
        hint: plain('Leave empty to get the answer in a direct message from ChartPath.'),
        element: { type: 'conversations_select', action_id: WHERE_ACTION, response_url_enabled: true, default_to_current_conversation: true, filter: { exclude_bot_users: true } },
      },
      { type: 'context', elements: [{ type: 'mrkdwn', text: 'Never share patient information with ChartPath.' }] },
    ],
  };
}

/** What a modal submission carries that matters here. */
export function readSubmission(view: ViewOutput): { question: string; conversation?: string | undefined } {
  const values = view.state.values;
  const question = values[QUESTION_BLOCK]?.[QUESTION_ACTION]?.value ?? '';
  const conversation = values[WHERE_BLOCK]?.[WHERE_ACTION]?.selected_conversation ?? undefined;
  return { question, conversation };
}

export interface AskModalDeps {
  handle(who: Who, text: string): Promise<Reply>;
  personOf(context: Context, userId: string): string;
  /** Runs fn; on an exception logs it and sends the apology through `apologize` (handlers.ts). */
  guarded(what: string, apologize: () => Promise<unknown>, fn: () => Promise<void>): Promise<void>;
  apology(): SlackMessage;
  /** Posts a message in the app's direct messages with the person (with this workspace's client). */
  directMessage(client: AllMiddlewareArgs['client'], user: string, m: SlackMessage): Promise<void>;
  respondAll(respond: RespondFn, messages: SlackMessage[], base: { response_type: 'in_channel' | 'ephemeral' }): Promise<void>;
}

export function registerAskModal(app: App, deps: AskModalDeps): void {
  // The trigger_id expires after 3 seconds: the modal is opened at once, before anything else.
  async function open(client: AllMiddlewareArgs['client'], triggerId: string | undefined, logger: AllMiddlewareArgs['logger']): Promise<void> {
    if (!triggerId) return;
    try {
      await client.views.open({ trigger_id: triggerId, view: askModal() });
    } catch (error) {
      logger.error('could not open the Ask ChartPath modal', error);
    }
  }

  app.shortcut(ASK_GLOBAL_SHORTCUT, async ({ shortcut, ack, client, logger }) => {
    await ack();
    await open(client, shortcut.trigger_id, logger);
  });

  // The Home tab's "Ask a question" button (home.ts) opens the same modal; a click carries a trigger_id too.
  app.action(ACTION_ASK_OPEN, async ({ ack, body, client, logger }) => {
    await ack();
    await open(client, (body as { trigger_id?: string }).trigger_id, logger);
  });

  app.view(ASK_MODAL, async ({ ack, body, view, respond, context, client }) => {
    // Closing the modal at once: the answer is delivered like /chartpath's, so empty, unreadable or long questions
    // get the core's own messages (its notices) rather than a second wording here.
    await ack();
    const user = body.user.id;
    const { question, conversation } = readSubmission(view);
    // respond posts to the chosen conversation's response_url (Bolt sets it from body.response_urls).
    const inConversation = Boolean(conversation && respond);
    const who: Who = { person: deps.personOf(context, user), channel: inConversation ? conversation! : user, surface: 'slack' };
    const apologize = () => (inConversation ? deps.respondAll(respond!, [deps.apology()], { response_type: 'ephemeral' }) : deps.directMessage(client, user, deps.apology()));
    await deps.guarded(
      'ask modal',
      apologize,
      async () => {
        const reply = await deps.handle(who, fromSlackText(question));
        const rendered = renderReply(reply);
        if (!inConversation) {
          for (const m of allMessages(rendered)) await deps.directMessage(client, user, m);
          return;
        }
        // The core decides who sees it: a public answer for the conversation, anything else only to the person.
        const open = reply.visibility === 'public' && !reply.privacyWarning;
        await deps.respondAll(respond!, open ? rendered.messages : allMessages(rendered), { response_type: open ? 'in_channel' : 'ephemeral' });
      },
    );
  });
}
