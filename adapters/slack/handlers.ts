// Slack listeners: each one acknowledges at once, hands the person's input to the core and sends back the
// rendered Reply. No answer logic lives here: only where a reply goes (thread, ephemeral, Home tab) and how.
import type { AllMiddlewareArgs, App, BlockAction, Context, RespondArguments, RespondFn, types } from '@slack/bolt';
import type { Core } from '../../src/index.js';
import { PHRASES } from '../../src/index.js';
import { makeReply, type Reply, type Who } from '../../src/contract/index.js';
import { fromSlackText, isDirectChannel } from './incoming.js';
import { renderHome } from './home.js';
import { registerAskModal } from './ask-modal.js';
import { ACTION_PREFIX, ACTION_STEP, DEFAULT_COMMAND, allMessages, apologyMessage, renderReply, type SlackMessage } from './render.js';

type WebClient = AllMiddlewareArgs['client'];

const SURFACE = 'slack' as const;

/** The callback id of the "Ask ChartPath" message shortcut (manifest.yml). */
export const ASK_MESSAGE_SHORTCUT = 'chartpath_ask_message';

function blocksOf(m: SlackMessage): types.KnownBlock[] {
  return m.blocks as unknown as types.KnownBlock[];
}

export interface HandlerDeps {
  core: Core;
  /** The retry memory: RecentIds, or PersistedIds to survive a restart. */
  recent: { firstTime(id: string): boolean | Promise<boolean> };
  /** The person id the core sees for a Slack user: the user id, or in OAuth mode "<installation>/<user>" (oauth.ts). */
  personOf?: (context: Context, userId: string) => string;
}

export function registerHandlers(app: App, { core, recent, personOf = (_context, userId) => userId }: HandlerDeps): void {
  const { advisor, logger } = core;

  /** Runs a handler; on any exception, logs it and sends the person a short apology. Never throws. */
  async function guarded(what: string, apologize: () => Promise<unknown>, fn: () => Promise<void>): Promise<void> {
    try {
      await fn();
    } catch (error) {
      logger.error({ surface: SURFACE, handler: what, err: error }, `Slack ${what} handler failed; apologised to the person`);
      try {
        await apologize();
      } catch (second) {
        logger.error({ surface: SURFACE, handler: what, err: second }, 'could not send the apology either');
      }
    }
  }

  const apology = () => apologyMessage(PHRASES.error);

  async function postMessage(client: WebClient, channel: string, m: SlackMessage, threadTs?: string): Promise<void> {
    await client.chat.postMessage({ channel, text: m.text, blocks: blocksOf(m), unfurl_links: false, unfurl_media: false, ...(threadTs ? { thread_ts: threadTs } : {}) });
  }

  async function postEphemeral(client: WebClient, channel: string, user: string, m: SlackMessage, threadTs?: string): Promise<void> {
    await client.chat.postEphemeral({ channel, user, text: m.text, blocks: blocksOf(m), ...(threadTs ? { thread_ts: threadTs } : {}) });
  }

  async function respondAll(respond: RespondFn, messages: SlackMessage[], base: Omit<RespondArguments, 'text' | 'blocks'>): Promise<void> {
    for (const [i, m] of messages.entries()) {
      await respond({ ...base, ...(i > 0 ? { replace_original: false } : {}), text: m.text, blocks: blocksOf(m), unfurl_links: false, unfurl_media: false } as RespondArguments);
    }
  }

  /** The core decides who sees a reply: public replies go to everyone where the question was asked. */
  const isPublic = (reply: Reply) => reply.visibility === 'public';

  async function publishHome(client: WebClient, user: string, who: Who, reply?: Reply, notice?: string): Promise<void> {
    const shown = reply?.checklist || !reply ? await advisor.handle(who, { kind: 'home' }) : reply;
    await client.views.publish({ user_id: user, view: renderHome(shown, { notice }) as unknown as types.HomeView });
  }

  // Retried deliveries: each event is handled once (Slack resends when it thinks we were too slow).
  app.use(async ({ body, context, next }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId === 'string' && !(await recent.firstTime(eventId))) {
      logger.info({ surface: SURFACE, eventId, retryNum: context.retryNum, retryReason: context.retryReason }, 'ignored a repeated delivery of an event already handled');
      return;
    }
    if (context.retryNum) logger.info({ surface: SURFACE, eventId, retryNum: context.retryNum, retryReason: context.retryReason }, 'handling a retried delivery seen for the first time');
    await next();
  });

  // /chartpath <question> | ask <question> | checklist ... | topics | help | forget-me
  app.command(/^\/[\w-]+$/, async ({ command, ack, respond, context }) => {
    await ack();
    const who: Who = { person: personOf(context, command.user_id), channel: command.channel_id, surface: SURFACE };
    const name = command.command || DEFAULT_COMMAND;
    await guarded(
      'slash command',
      () => respond({ response_type: 'ephemeral', text: apology().text, blocks: blocksOf(apology()) }),
      async () => {
        const reply = await advisor.handle(who, { kind: 'line', text: fromSlackText(command.text) });
        const rendered = renderReply(reply, { command: name });
        const open = isPublic(reply) && !reply.privacyWarning;
        await respondAll(respond, open ? rendered.messages : allMessages(rendered), { response_type: open ? 'in_channel' : 'ephemeral' });
      },
    );
  });

  // @ChartPath in a channel: answered in a thread; personal replies and privacy notices only to the person.
  app.event('app_mention', async ({ event, client, context }) => {
    const user = event.user;
    if (!user || event.bot_id) return;
    const channel = event.channel;
    const who: Who = { person: personOf(context, user), channel, surface: SURFACE, shared: true };
    // An ephemeral message shows in a thread only when the thread already exists.
    const ephemeralThread = event.thread_ts;
    await guarded(
      'mention',
      () => postEphemeral(client, channel, user, apology(), ephemeralThread),
      async () => {
        const reply = await advisor.handle(who, { kind: 'text', text: fromSlackText(event.text) });
        const rendered = renderReply(reply);
        if (rendered.privateNotice) await postEphemeral(client, channel, user, rendered.privateNotice, ephemeralThread);
        for (const m of rendered.messages) {
          if (!isPublic(reply)) await postEphemeral(client, channel, user, m, ephemeralThread);
          else await postMessage(client, channel, m, event.thread_ts ?? event.ts);
        }
      },
    );
  });

  // Direct messages: a private conversation, so everything is answered in it.
  app.event('message', async ({ event, client, context }) => {
    if (event.channel_type !== 'im') return;
    if (event.subtype !== undefined || ('bot_id' in event && event.bot_id)) return; // edits, joins, other bots
    const user = 'user' in event ? event.user : undefined;
    if (!user) return;
    const channel = event.channel;
    const threadTs = 'thread_ts' in event ? event.thread_ts : undefined;
    const who: Who = { person: personOf(context, user), channel, surface: SURFACE };
    await guarded(
      'direct message',
      () => postMessage(client, channel, apology(), threadTs),
      async () => {
        const reply = await advisor.handle(who, { kind: 'text', text: fromSlackText('text' in event ? event.text : '') });
        for (const m of allMessages(renderReply(reply))) await postMessage(client, channel, m, threadTs);
      },
    );
  });

  // The App Home: the Home tab shows how to ask, the checklist and the topics; the Messages tab, opened for the first
  // time, gets a welcome (the core greets each person once).
  app.event('app_home_opened', async ({ event, client, context }) => {
    const user = event.user;
    const who: Who = { person: personOf(context, user), channel: event.tab === 'messages' ? event.channel : 'home', surface: SURFACE };
    if (event.tab === 'messages') {
      await guarded('welcome', async () => undefined, async () => {
        const welcome = await advisor.welcome(who);
        if (welcome) for (const m of allMessages(renderReply(welcome))) await postMessage(client, event.channel, m);
      });
      return;
    }
    if (event.tab !== 'home') return;
    await guarded(
      'home tab',
      () => client.views.publish({ user_id: user, view: renderHome(makeReply({ id: 'error', kind: 'notice', text: PHRASES.error })) as unknown as types.HomeView }),
      () => publishHome(client, user, who),
    );
  });

  // "Ask ChartPath" on a message (its ⋮ menu): the message's text as a question, answered where it was posted.
  // Shortcuts also work in threads, where slash commands do not.
  app.shortcut(ASK_MESSAGE_SHORTCUT, async ({ shortcut, ack, respond, context }) => {
    await ack();
    if (shortcut.type !== 'message_action') return;
    const user = shortcut.user.id;
    const who: Who = { person: personOf(context, user), channel: shortcut.channel.id, surface: SURFACE };
    await guarded(
      'message shortcut',
      () => respond({ response_type: 'ephemeral', text: apology().text, blocks: blocksOf(apology()) }),
      async () => {
        const reply = await advisor.handle(who, { kind: 'text', text: fromSlackText(shortcut.message.text) });
        const rendered = renderReply(reply);
        const open = isPublic(reply) && !reply.privacyWarning;
        const threadTs = shortcut.message.thread_ts ?? shortcut.message.ts;
        await respondAll(respond, open ? rendered.messages : allMessages(rendered), { response_type: open ? 'in_channel' : 'ephemeral', ...(open ? { thread_ts: threadTs } : {}) });
      },
    );
  });

  // "Ask ChartPath" from the shortcuts menu: a modal for the question (ask-modal.ts), answered like /chartpath.
  registerAskModal(app, {
    handle: (who, text) => advisor.handle(who, { kind: 'text', text }),
    personOf,
    guarded,
    apology,
    directMessage: (client, user, m) => postMessage(client, user, m),
    respondAll,
  });

  // Buttons, the topic menu and step checkboxes: every interactive element we render has an action_id cp_...
  app.action(new RegExp(`^${ACTION_PREFIX}`), async ({ ack, body, action, respond, client, context }) => {
    await ack();
    if (body.type !== 'block_actions') return;
    const b = body as BlockAction;
    const user = b.user.id;
    const container = (b.container ?? {}) as { type?: string; channel_id?: string; is_ephemeral?: boolean; thread_ts?: string; message_ts?: string };
    const inHome = b.view?.type === 'home' || container.type === 'view';
    const channel = b.channel?.id ?? container.channel_id;
    const who: Who = { person: personOf(context, user), channel: inHome ? 'home' : (channel ?? 'unknown'), surface: SURFACE };

    await guarded(
      'button',
      () =>
        !inHome && respond
          ? respond({ response_type: 'ephemeral', replace_original: false, text: apology().text, blocks: blocksOf(apology()) })
          : postMessage(client, user, apology()),
      async () => {
        let payload: string | undefined;
        if (action.type === 'checkboxes' && action.action_id === ACTION_STEP) {
          // A step's checkbox: a ticked box sends its option's payload (step:<id>:done), a cleared one the block's
          // (step:<id>:undo). The core's step actions are idempotent, so a repeated or stale event changes nothing.
          payload = action.selected_options?.[0]?.value ?? action.block_id;
        } else {
          payload = action.type === 'button' ? action.value : action.type === 'static_select' ? action.selected_option?.value : undefined;
        }
        const reply = await advisor.handle(who, { kind: 'action', payload });

        if (inHome) {
          if (reply.checklist || reply.kind === 'checklist') await publishHome(client, user, who, reply);
          else if (reply.kind === 'notice' && !reply.choices.length) await publishHome(client, user, who, undefined, reply.text);
          else for (const m of allMessages(renderReply(reply))) await postMessage(client, user, m); // e.g. a topic: answered in the DM
          return;
        }
        if (!respond) return;
        const rendered = renderReply(reply);
        const sourceEphemeral = Boolean(container.is_ephemeral);
        const direct = isDirectChannel(channel);
        if (reply.replaces && (sourceEphemeral || direct)) {
          // The checklist or the start / forget-me question is updated in place (in a DM it is an ordinary message).
          await respondAll(respond, allMessages(rendered), { response_type: sourceEphemeral ? 'ephemeral' : 'in_channel', replace_original: true });
          return;
        }
        const open = isPublic(reply) && !reply.privacyWarning && !sourceEphemeral;
        const threadTs = direct ? undefined : open ? (container.thread_ts ?? b.message?.thread_ts ?? b.message?.ts) : (container.thread_ts ?? b.message?.thread_ts);
        await respondAll(respond, open ? rendered.messages : allMessages(rendered), {
          response_type: open ? 'in_channel' : 'ephemeral',
          replace_original: false,
          ...(threadTs ? { thread_ts: threadTs } : {}),
        });
      },
    );
  });

  app.error(async (error) => {
    logger.error({ surface: SURFACE, err: error, code: (error as { code?: string }).code }, 'Slack app error');
  });
}
