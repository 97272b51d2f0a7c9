// Slack listeners: each one acknowledges at once, hands the person's input to the core and sends back the
// rendered Reply. No answer logic lives here: only where a reply goes (thread, ephemeral, Home tab) and how.
import type { AllMiddlewareArgs, App, BlockAction, Context, RespondArguments, RespondFn, types } from '@slack/bolt';
import type { Core } from '../../src/boot.js';
import type { Who } from '../../src/core/advisor.js';
import { parseAction } from '../../src/core/actions.js';
import { parseCommand, type Command } from '../../src/core/commands.js';
import { personKey } from '../../src/core/message.js';
import { PHRASES } from '../../src/core/phrases.js';
import { makeReply, type Reply } from '../../src/core/reply.js';
import { fromSlackText, isDirectChannel } from './incoming.js';
import { ACTION_PREFIX, ACTION_STEP, DEFAULT_COMMAND, allMessages, apologyMessage, renderHome, renderReply, type SlackMessage } from './render.js';

type WebClient = AllMiddlewareArgs['client'];

const SURFACE = 'slack' as const;

/** Button payloads that move a personal flow forward: their answer replaces the message they came from. */
const FLOW_ACTIONS = new Set(['step', 'start', 'checklist', 'forget']);

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

  /** Answers go to everyone where the question was asked; everything else (personal, notices, help) to the person only. */
  const isPublicAnswer = (reply: Reply) => reply.kind === 'answer' && !reply.personal && !reply.privacyWarning;

  async function publishHome(client: WebClient, user: string, person: string, reply?: Reply, notice?: string): Promise<void> {
    const shown = reply ?? (await advisor.checklists.show(personKey(SURFACE, person)));
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
        const text = fromSlackText(command.text);
        const parsed: Command = text ? (parseCommand(text) ?? { name: 'ask', question: text }) : { name: 'help' };
        const reply = await advisor.run(who, parsed);
        advisor.noteShown(who, reply);
        const rendered = renderReply(reply, { command: name });
        const isPublic = isPublicAnswer(reply);
        await respondAll(respond, isPublic ? rendered.messages : allMessages(rendered), { response_type: isPublic ? 'in_channel' : 'ephemeral' });
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
        const reply = await advisor.ask({ ...who, text: fromSlackText(event.text) });
        advisor.noteShown(who, reply);
        const rendered = renderReply(reply);
        if (rendered.privateNotice) await postEphemeral(client, channel, user, rendered.privateNotice, ephemeralThread);
        for (const m of rendered.messages) {
          if (reply.personal) await postEphemeral(client, channel, user, m, ephemeralThread);
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
        const reply = await advisor.ask({ ...who, text: fromSlackText('text' in event ? event.text : '') });
        advisor.noteShown(who, reply);
        for (const m of allMessages(renderReply(reply))) await postMessage(client, channel, m, threadTs);
      },
    );
  });

  // The App Home tab: the person's checklist (or a way to start one).
  app.event('app_home_opened', async ({ event, client, context }) => {
    if (event.tab !== 'home') return;
    const user = event.user;
    const person = personOf(context, user);
    await guarded(
      'home tab',
      () => client.views.publish({ user_id: user, view: renderHome(makeReply({ id: 'error', kind: 'notice', text: PHRASES.error })) as unknown as types.HomeView }),
      () => publishHome(client, user, person),
    );
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
    const key = personKey(SURFACE, who.person);

    await guarded(
      'button',
      () =>
        !inHome && respond
          ? respond({ response_type: 'ephemeral', replace_original: false, text: apology().text, blocks: blocksOf(apology()) })
          : postMessage(client, user, apology()),
      async () => {
        let payload: string | undefined;
        let reply: Reply;
        if (action.type === 'checkboxes' && action.action_id === ACTION_STEP) {
          // A step's checkbox: its block_id is the core's payload step:<id>; the box says the state the person wants.
          payload = action.block_id;
          const parsed = parseAction(payload);
          const wanted = (action.selected_options ?? []).length > 0;
          const current = parsed.kind === 'step' ? (await advisor.checklists.view(key))?.steps.find((s) => s.id === parsed.step) : undefined;
          reply = current && current.done === wanted ? await advisor.checklists.show(key) : await advisor.act(who, payload);
        } else {
          payload = action.type === 'button' ? action.value : action.type === 'static_select' ? action.selected_option?.value : undefined;
          reply = await advisor.act(who, payload);
        }
        advisor.noteShown(who, reply);
        const kind = parseAction(payload).kind;

        if (inHome) {
          if (reply.checklist || reply.kind === 'checklist') await publishHome(client, user, who.person, reply);
          else if (reply.kind === 'notice' && !reply.choices.length) await publishHome(client, user, who.person, undefined, reply.text);
          else for (const m of allMessages(renderReply(reply))) await postMessage(client, user, m); // e.g. a topic: answered in the DM
          return;
        }
        if (!respond) return;
        const rendered = renderReply(reply);
        const sourceEphemeral = Boolean(container.is_ephemeral);
        const direct = isDirectChannel(channel);
        const bareNotice = reply.kind === 'notice' && !reply.checklist && !reply.choices.length;
        if (FLOW_ACTIONS.has(kind) && !bareNotice && (sourceEphemeral || direct)) {
          // The checklist or the start / forget-me question is updated in place (in a DM it is an ordinary message).
          await respondAll(respond, allMessages(rendered), { response_type: sourceEphemeral ? 'ephemeral' : 'in_channel', replace_original: true });
          return;
        }
        const isPublic = isPublicAnswer(reply) && !sourceEphemeral;
        const threadTs = direct ? undefined : isPublic ? (container.thread_ts ?? b.message?.thread_ts ?? b.message?.ts) : (container.thread_ts ?? b.message?.thread_ts);
        await respondAll(respond, isPublic ? rendered.messages : allMessages(rendered), {
          response_type: isPublic ? 'in_channel' : 'ephemeral',
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
