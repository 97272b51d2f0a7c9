// The single entry point of the core. Adapters hand it messages, commands and button payloads and
// render the Reply it returns; everything that decides what to say happens here.
import { ChecklistService } from '../checklist/service.js';
import type { Intent, KnowledgeBase } from '../knowledge/types.js';
import { inspectForPhi } from '../privacy/phi.js';
import { ReviewLog } from '../review/review-log.js';
import type { AdvisorOptions } from './options.js';
import { MAX_INPUT_CHARS_LIMIT } from '../config.js';
import type { Store } from '../store/port.js';
import { erasePeopleWithPrefix } from '../store/erase.js';
import { pruneRequest, RETENTION_DEFAULTS, type RetentionPolicy } from '../store/retention.js';
import { newReplyId, parseAction, personKey, type ChecklistView, type Command, type Input, type Message, type Reply, type Surface, type Who } from '../contract/index.js';
import { guardCommand } from './command-guard.js';
import { referenceCommands } from './command-refs.js';
import { parseLine } from './commands.js';
import { forgetReply, rateReply, welcomeReply, type PersonDataDeps } from './person-data.js';
import { answerReply, conversationReply, emergencyReply, helpReply, noticeReply, unresolvedReply, unsureReply } from './compose.js';
import { prepareInput } from './input.js';
import { silentLogger, type Logger } from '../log.js';
import { PHRASES } from './phrases.js';
import { RateLimiter } from './rate-limit.js';
import { MAX_REMEMBERED_REPLIES, RecentReplies } from './recent.js';
import { topicGroups, topicsReply } from './topics-browser.js';
import { Understanding, type Decision } from '../understanding/understand.js';
import { DECLINING } from '../understanding/ranker.js';
import { answeredContext, ConversationMemory, type ReadContext } from './conversation-memory.js';

export type { AdvisorOptions } from './options.js';

export type { Who } from '../contract/index.js';

/** An answer whose topic had less than this share of the ranking is logged for review as well. */
const UNCERTAIN_SHARE = 0.25;
/** Retention runs at most this often (and once at start-up, see housekeeping). */
const HOUSEKEEPING_EVERY_MS = 60 * 60_000;

/** Button payloads that move a personal flow forward: their reply is the panel's next state, shown in its place. */
const FLOW_ACTIONS = new Set(['step', 'start', 'checklist', 'forget', 'reset']);

export class Advisor {
  readonly understanding: Understanding;
  private readonly checklists: ChecklistService;
  private readonly log: Logger;
  private readonly now: () => Date;
  /** The conversation's context between messages (the topic answered, choices offered, a declined question). */
  private readonly memory: ConversationMemory;
  private readonly maxInput: number;
  private readonly personLimit: RateLimiter;
  private readonly channelLimit: RateLimiter;
  private readonly recent = new RecentReplies();
  readonly reviewLog: ReviewLog;
  private readonly retention: RetentionPolicy;
  private lastHousekeeping = 0;

  constructor(
    readonly kb: KnowledgeBase,
    readonly store: Store,
    options: AdvisorOptions = {},
  ) {
    this.log = options.logger ?? silentLogger;
    this.now = options.now ?? (() => new Date());
    this.memory = new ConversationMemory(store, options.contextTtlMs ?? 30 * 60_000, this.now);
    this.maxInput = Math.min(options.maxInputChars ?? 1000, MAX_INPUT_CHARS_LIMIT);
    this.reviewLog = new ReviewLog(kb, options.reviewLog);
    this.retention = options.retention ?? RETENTION_DEFAULTS;
    const clock = () => this.now().getTime();
    this.personLimit = new RateLimiter(options.rateLimitPerMinute ?? 0, clock);
    this.channelLimit = new RateLimiter(options.channelRateLimitPerMinute ?? 0, clock);
    this.understanding = options.understanding ?? new Understanding(kb, options.engine, options.modelCacheDir);
    this.checklists = new ChecklistService(kb, store, this.now);
  }

  /**
   * The one entry point of the surfaces: a question, a command line, a structured command, a button or a home screen,
   * from one person. Never throws.
   */
  async handle(who: Who, input: Input): Promise<Reply> {
    switch (input.kind) {
      case 'text':
        return this.ask({ ...who, text: input.text });
      case 'line':
        return this.run(who, parseLine(input.text, input.strict === true));
      case 'command':
        return this.run(who, input.command);
      case 'action':
        return this.act(who, input.payload);
      case 'home':
        return this.home(who);
    }
  }

  /** A free-text question. Never throws: any failure becomes an apology reply. */
  async ask(message: Message): Promise<Reply> {
    try {
      const limited = this.rateLimited(message);
      if (limited) return this.finish(message, limited);
      await this.housekeeping();
      return this.finish(message, await this.answer(message));
    } catch (error) {
      this.log.error({ err: error, surface: message.surface }, 'failed to answer a message');
      return this.finish(message, noticeReply(PHRASES.error));
    }
  }

  /** A slash command, parsed by the surface (or by parseCommand for text surfaces). Never throws. */
  async run(who: Who, command: Command): Promise<Reply> {
    try {
      const limited = this.rateLimited(who);
      if (limited) return this.finish(who, limited);
      const blocked = guardCommand(command);
      if (blocked) {
        this.log.info({ surface: who.surface, command: command.name, kinds: blocked.kinds }, 'command looked like it carried patient details; reminded and kept nothing');
        return blocked.reply;
      }
      await this.housekeeping();
      return this.finish(who, await this.execute(who, command));
    } catch (error) {
      this.log.error({ err: error, surface: who.surface, command: command.name }, 'failed to run a command');
      return this.finish(who, noticeReply(PHRASES.error));
    }
  }

  /** A button payload from Reply.suggestions, choices or checklist toggles. Never throws. */
  async act(who: Who, payload: unknown): Promise<Reply> {
    try {
      const limited = this.rateLimited(who);
      if (limited) return this.finish(who, limited);
      const action = parseAction(payload);
      const reply = this.finish(who, await this.action(who, action));
      // A bare notice (a rate, a stale button) is said apart; a panel's next state takes the panel's place.
      const bareNotice = reply.kind === 'notice' && !reply.checklist && !reply.choices.length;
      reply.replaces = FLOW_ACTIONS.has(action.kind) && !bareNotice;
      return reply;
    } catch (error) {
      this.log.error({ err: error, surface: who.surface }, 'failed to handle a button');
      return this.finish(who, noticeReply(PHRASES.error));
    }
  }

  private async action(who: Who, action: ReturnType<typeof parseAction>): Promise<Reply> {
    const key = personKey(who.surface, who.person);
    switch (action.kind) {
      case 'topic':
      case 'part': {
        const topic = this.kb.byId.get(action.topic);
        if (topic?.kind !== 'topic') return noticeReply(PHRASES.unknownAction);
        const part = action.kind === 'part' ? topic.layout.parts[action.part]?.label : undefined;
        if (action.kind === 'part' && !part) return noticeReply(PHRASES.unknownAction);
        return await this.present(who, topic, { intent: topic, confidence: 1, route: 'classifier', candidates: [], entity: topic.entity ? topic.id : undefined, part }, undefined);
      }
      case 'rate':
        return await rateReply(this.people(), key, action.replyId, action.helpful);
      case 'step':
        return await this.checklists.mark(key, action.step, action.done);
      case 'start':
        return await this.checklists.start(key, action.goal, action.education, action.experience);
      case 'checklist':
        return this.checklists.show(key);
      case 'forget':
        return await forgetReply(this.people(), who, action.confirmed, true);
      case 'reset':
        return await this.checklists.reset(key, action.confirmed, true);
      default:
        return noticeReply(PHRASES.unknownAction);
    }
  }

  /** Every reply on its way out: commands become references, and a ratable answer becomes "the last answer" shown. */
  private finish(who: Who, reply: Reply): Reply {
    referenceCommands(reply);
    if (reply.ratings.length) this.recent.shown(personKey(who.surface, who.person), reply.id);
    return reply;
  }

  /** A home screen (Slack's Home tab): the checklist or the way to start one, and the topic browser. Never throws. */
  async home(who: Who): Promise<Reply> {
    try {
      const reply = await this.checklists.show(personKey(who.surface, who.person));
      reply.topics = topicGroups(this.kb);
      return this.finish(who, reply);
    } catch (error) {
      this.log.error({ err: error, surface: who.surface }, 'failed to build a home screen');
      return this.finish(who, noticeReply(PHRASES.error));
    }
  }

  /** The first time a person opens a conversation with the bot: a greeting, once per person (person-data.ts). */
  async welcome(who: Who): Promise<Reply | undefined> {
    const reply = await welcomeReply(this.people(), this.kb, personKey(who.surface, who.person));
    return reply && this.finish(who, reply);
  }

  /** Everyone on `surface` whose id starts with `prefix` (a Slack workspace that removed the app) is forgotten; returns how many. */
  forgetPeople = (surface: Surface, prefix: string): Promise<number> => erasePeopleWithPrefix(this.store, personKey(surface, prefix));

  /** The goals a checklist can work toward (Discord lists them as choices). */
  plans(): { id: string; title: string }[] {
    return this.checklists.plans().map((p) => ({ id: p.id, title: p.title }));
  }

  /** The person's checklist as data (Discord's step autocomplete), or undefined when they have none. */
  async checklist(who: Who): Promise<ChecklistView | undefined> {
    return this.checklists.view(personKey(who.surface, who.person));
  }

  private async execute(who: Who, command: Command): Promise<Reply> {
    const key = personKey(who.surface, who.person);
    switch (command.name) {
      case 'ask':
        return this.answer({ ...who, text: command.question });
      case 'help':
        return helpReply(this.kb);
      case 'topics':
        return topicsReply(this.kb);
      case 'checklist-show':
        return this.checklists.show(key);
      case 'checklist-start':
        if (command.words?.length) return this.checklists.startFromWords(key, command.words);
        return this.checklists.start(key, command.goal, command.education, command.experience);
      case 'checklist-done':
        return this.checklists.mark(key, command.step, true);
      case 'checklist-undo':
        return this.checklists.mark(key, command.step, false);
      case 'checklist-reset':
        return this.checklists.reset(key, command.confirmed);
      case 'rate':
        return rateReply(this.people(), key, command.replyId ?? this.recent.lastShownTo(key), command.helpful);
      case 'forget':
        return forgetReply(this.people(), who, command.confirmed, false);
      case 'invalid':
        return noticeReply(command.message);
    }
  }

  private rateLimited(who: Who): Reply | undefined {
    const wait = this.personLimit.take(personKey(who.surface, who.person));
    if (wait) return noticeReply(PHRASES.rateLimited(wait), { personal: true });
    if (who.shared) {
      const channelWait = this.channelLimit.take(`${who.surface}:${who.channel}`);
      if (channelWait) return noticeReply(PHRASES.channelRateLimited(channelWait), { personal: true });
    }
    return undefined;
  }

  private async answer(message: Message): Promise<Reply> {
    const input = prepareInput(message.text, this.maxInput);
    // A prompt to ask something is nothing private: it answers where the message was posted.
    if (!input.ok) return noticeReply(input.reason === 'empty' ? PHRASES.empty : PHRASES.unreadable, { personal: false, visibility: 'public' });
    const phi = inspectForPhi(input.text);
    // From here on only the scrubbed text exists: patient details never reach a log, the context or a store.
    const question = phi.detected ? phi.scrubbed : input.text;
    const read: ReadContext = { context: await this.memory.fresh(message) };
    const understood = this.understanding.decide(question, read.context);
    // A declined question is kept for the next message only when neither privacy scrub finds anything in it.
    const decision = understood.declined === undefined || this.reviewLog.isPlain(understood.declined, phi) ? understood : { ...understood, declined: undefined };
    if (decision.emergency) return emergencyReply(PHRASES.emergency);
    // The review log keeps only what passed the guard at every level, then the stricter scrub (review/review-log.ts).
    let reply = await this.present(message, decision.intent, decision, this.reviewLog.loggable(input.text, phi), read);
    if (phi.detected) {
      this.log.info({ surface: message.surface, kinds: phi.kinds }, 'message looked like it carried patient details; reminded and kept nothing');
      if (!reply.answered) reply = noticeReply(PHRASES.privacyOnly, { personal: true });
      reply.notices.unshift(PHRASES.privacy);
      reply.privacyWarning = true;
    }
    if (input.truncated) reply.notices.push(PHRASES.truncated(this.maxInput));
    return reply;
  }

  /** Turns a decision into a reply and records what the feature needs (context, reply id, unanswered log). */
  private async present(who: Who, intent: Intent | undefined, decision: Decision, loggable: string | undefined, read?: ReadContext): Promise<Reply> {
    const key = personKey(who.surface, who.person);
    if (!intent) {
      const offered = decision.route === 'unresolved' ? decision.offer?.[0] : undefined;
      const reply = offered
        ? unresolvedReply(offered, decision.confidence)
        : unsureReply(this.kb, decision.candidates, decision.confidence, this.understanding.thresholds.suggest);
      if (loggable !== undefined) await this.logUnanswered(loggable, 'low-confidence', decision.candidates, key);
      await this.memory.offered(who, reply.choices.map((c) => /^topic:(.+)$/.exec(c.action)?.[1]).filter((id): id is string => Boolean(id)), read);
      return reply;
    }
    switch (intent.kind) {
      case 'topic': {
        const reply = answerReply(this.kb, intent, decision.confidence, { part: decision.part, besidePart: decision.besidePart, also: decision.also });
        this.recent.remember(reply.id, { intent: intent.id, question: loggable, asker: key });
        // Answered, but the topics were close: curators see it in the review, where a wrong guess can be fixed.
        const share = decision.candidates[0]?.confidence ?? 1;
        if (loggable !== undefined && decision.route === 'classifier' && share < UNCERTAIN_SHARE) await this.logUnanswered(loggable, 'low-confidence', decision.candidates, key);
        // Two rows, two writes: the lowdb store coalesces them into one, PostgreSQL writes each row alone.
        await Promise.all([
          this.memory.answered(who, answeredContext(decision, intent.id), read),
          this.store.putReply(reply.id, { intent: intent.id, at: this.now().getTime() }, MAX_REMEMBERED_REPLIES),
        ]);
        return reply;
      }
      case 'checklist':
        return this.checklists.show(key);
      case 'help':
        return helpReply(this.kb);
      default:
        // A decline replaces the declined question kept for "what about medical records?"; thanks or a greeting does not.
        if (DECLINING.has(intent.kind)) await this.memory.declined(who, decision.declined, read);
        return conversationReply(this.kb, intent, decision.confidence);
    }
  }

  /** What the person-data replies (ratings, forget-me) need of the advisor. */
  private people(): PersonDataDeps {
    return { store: this.store, now: this.now, recent: this.recent, reviewLog: this.reviewLog, log: this.log, logUnanswered: (...a) => this.logUnanswered(...a) };
  }

  private async logUnanswered(text: string, reason: 'low-confidence' | 'unhelpful', candidates: { intent: string; confidence: number }[], person: string): Promise<void> {
    const line = this.reviewLog.line({
      id: newReplyId(),
      text: text.slice(0, 500),
      reason,
      candidates: candidates.slice(0, 3).map((c) => ({ intent: c.intent, confidence: Math.round(c.confidence * 1000) / 1000 })),
      at: this.now(),
      person,
    });
    if (line) await this.store.addReview(line, this.reviewLog.maxEntries);
  }

  /**
   * Retention: feedback, inactive people and review-log lines past their periods leave the data file. Runs at most
   * once an hour from ask/run, and whenever called with force (boot does, at start-up).
   */
  async housekeeping(force = false): Promise<void> {
    const now = this.now();
    if (!force && now.getTime() - this.lastHousekeeping < HOUSEKEEPING_EVERY_MS) return;
    this.lastHousekeeping = now.getTime();
    const pruned = await this.store.prune(pruneRequest(now, this.retention, this.reviewLog));
    const contexts = await this.store.pruneContexts(now.getTime());
    if (pruned.feedback || pruned.people || pruned.reviewLog) this.log.info({ ...pruned, contexts }, 'retention: dropped data past its retention period');
  }
}
