// The single entry point of the core. Adapters hand it messages, commands and button payloads and
// render the Reply it returns; everything that decides what to say happens here.
import { ChecklistService } from '../checklist/service.js';
import type { Intent, KnowledgeBase } from '../knowledge/types.js';
import type { EngineOptions } from '../nlu/classifier.js';
import { inspectForPhi } from '../privacy/phi.js';
import { personTag, ReviewLog, type ReviewLogSettings } from '../review/review-log.js';
import { MAX_INPUT_CHARS_LIMIT } from '../config.js';
import type { Store } from '../store/port.js';
import { pruneRequest, RETENTION_DEFAULTS, type RetentionPolicy } from '../store/retention.js';
import type { ConversationContext } from '../store/state.js';
import { parseAction } from './actions.js';
import { guardCommand } from './command-guard.js';
import type { Command } from './commands.js';
import { answerReply, conversationReply, emergencyReply, noticeReply, unresolvedReply, unsureReply } from './compose.js';
import { newReplyId } from './ids.js';
import { prepareInput } from './input.js';
import { silentLogger, type Logger } from './logger.js';
import { personKey, type Message, type Surface } from './message.js';
import { PHRASES } from './phrases.js';
import { RateLimiter } from './rate-limit.js';
import { makeReply, type Reply } from './reply.js';
import { topicsReply } from './topics-browser.js';
import { Understanding, type Decision } from '../understanding/understand.js';

export interface AdvisorOptions {
  contextTtlMs?: number;
  maxInputChars?: number;
  rateLimitPerMinute?: number;
  channelRateLimitPerMinute?: number;
  logger?: Logger;
  now?: () => Date;
  engine?: EngineOptions;
  /** An already trained understanding of the same knowledge base (tests share one instead of retraining). */
  understanding?: Understanding;
  /** Where to keep the trained model between runs (see nlu/model-cache.ts); none means always train. */
  modelCacheDir?: string;
  /** The unanswered-question log: on or off, retention (REVIEW_LOG, REVIEW_LOG_DAYS). */
  reviewLog?: ReviewLogSettings;
  /** How long feedback and inactive people are kept (FEEDBACK_RETENTION_DAYS, PEOPLE_RETENTION_DAYS). */
  retention?: RetentionPolicy;
}

/** No setting may make a message longer than this: every per-message cost (the guard, the speller) is bounded by it. */
export { MAX_INPUT_CHARS_LIMIT } from '../config.js';

/** Who is asking, on which surface and where: enough to find their state and context. */
export interface Who {
  person: string;
  channel: string;
  surface: Surface;
  shared?: boolean | undefined;
}

const MAX_REMEMBERED_REPLIES = 2000;
/** An answer whose topic had less than this share of the ranking is logged for review as well. */
const UNCERTAIN_SHARE = 0.25;
/** Retention runs at most this often (and once at start-up, see housekeeping). */
const HOUSEKEEPING_EVERY_MS = 60 * 60_000;

interface RecentReply {
  intent: string | null;
  /** The question as the review log may keep it (review/review-log.ts), in memory only, for the unhelpful-answer log. */
  question: string | undefined;
  /** Who asked: their lines leave the log on /forget-me. */
  asker: string;
}

export class Advisor {
  readonly understanding: Understanding;
  readonly checklists: ChecklistService;
  private readonly log: Logger;
  private readonly now: () => Date;
  private readonly ttl: number;
  private readonly maxInput: number;
  private readonly personLimit: RateLimiter;
  private readonly channelLimit: RateLimiter;
  private readonly recent = new Map<string, RecentReply>();
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
    this.ttl = options.contextTtlMs ?? 30 * 60_000;
    this.maxInput = Math.min(options.maxInputChars ?? 1000, MAX_INPUT_CHARS_LIMIT);
    this.reviewLog = new ReviewLog(kb, options.reviewLog);
    this.retention = options.retention ?? RETENTION_DEFAULTS;
    const clock = () => this.now().getTime();
    this.personLimit = new RateLimiter(options.rateLimitPerMinute ?? 0, clock);
    this.channelLimit = new RateLimiter(options.channelRateLimitPerMinute ?? 0, clock);
    this.understanding = options.understanding ?? new Understanding(kb, options.engine, options.modelCacheDir);
    this.checklists = new ChecklistService(kb, store, this.now);
  }

  /** A free-text question. Never throws: any failure becomes an apology reply. */
  async ask(message: Message): Promise<Reply> {
    try {
      const limited = this.rateLimited(message);
      if (limited) return limited;
      await this.housekeeping();
      return await this.answer(message);
    } catch (error) {
      this.log.error({ err: error, surface: message.surface }, 'failed to answer a message');
      return noticeReply(PHRASES.error);
    }
  }

  /** A slash command, parsed by the surface (or by parseCommand for text surfaces). Never throws. */
  async run(who: Who, command: Command): Promise<Reply> {
    try {
      const limited = this.rateLimited(who);
      if (limited) return limited;
      const blocked = guardCommand(command);
      if (blocked) {
        this.log.info({ surface: who.surface, command: command.name, kinds: blocked.kinds }, 'command looked like it carried patient details; reminded and kept nothing');
        return blocked.reply;
      }
      await this.housekeeping();
      return await this.execute(who, command);
    } catch (error) {
      this.log.error({ err: error, surface: who.surface, command: command.name }, 'failed to run a command');
      return noticeReply(PHRASES.error);
    }
  }

  /** A button payload from Reply.suggestions, choices or checklist toggles. Never throws. */
  async act(who: Who, payload: unknown): Promise<Reply> {
    try {
      const limited = this.rateLimited(who);
      if (limited) return limited;
      const action = parseAction(payload);
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
          return await this.rate(who, action.replyId, action.helpful);
        case 'step':
          return await this.checklists.toggle(key, action.step);
        case 'start':
          return await this.checklists.start(key, action.goal, action.education, action.experience);
        case 'checklist':
          return await this.checklists.show(key);
        case 'forget':
          return await this.forget(who, action.confirmed, true);
        default:
          return noticeReply(PHRASES.unknownAction);
      }
    } catch (error) {
      this.log.error({ err: error, surface: who.surface }, 'failed to handle a button');
      return noticeReply(PHRASES.error);
    }
  }

  help(): Reply {
    const help = this.kb.intents.find((i) => i.kind === 'help');
    return makeReply({ id: newReplyId(), kind: 'help', title: 'How to use ChartPath', text: help?.answer ?? '' });
  }

  topics(): Reply {
    return topicsReply(this.kb);
  }

  private async execute(who: Who, command: Command): Promise<Reply> {
    const key = personKey(who.surface, who.person);
    switch (command.name) {
      case 'ask':
        return this.answer({ ...who, text: command.question });
      case 'help':
        return this.help();
      case 'topics':
        return this.topics();
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
        return this.checklists.reset(key);
      case 'rate':
        return this.rate(who, command.replyId ?? this.lastRatable(key), command.helpful);
      case 'forget':
        return this.forget(who, command.confirmed, false);
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

  private contextKey(who: Who): string {
    return `${personKey(who.surface, who.person)}|${who.channel}`;
  }

  private async freshContext(who: Who): Promise<ConversationContext | undefined> {
    const now = this.now().getTime();
    const ctx = await this.store.getContext(this.contextKey(who), now);
    // The TTL is checked here too: a context written under a longer CONTEXT_TTL_MINUTES is not used past the current one.
    return ctx && now - ctx.at <= this.ttl ? ctx : undefined;
  }

  private async answer(message: Message): Promise<Reply> {
    const input = prepareInput(message.text, this.maxInput);
    // A prompt to ask something is nothing private: it answers where the message was posted.
    if (!input.ok) return noticeReply(input.reason === 'empty' ? PHRASES.empty : PHRASES.unreadable, { personal: false });
    const phi = inspectForPhi(input.text);
    // From here on only the scrubbed text exists: patient details never reach a log, the context or a store.
    const question = phi.detected ? phi.scrubbed : input.text;
    const decision = this.understanding.decide(question, await this.freshContext(message));
    if (decision.emergency) return emergencyReply(PHRASES.emergency);
    // The review log keeps only what passed the guard at every level, then the stricter scrub (review/review-log.ts).
    let reply = await this.present(message, decision.intent, decision, this.reviewLog.loggable(input.text, phi));
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
  private async present(who: Who, intent: Intent | undefined, decision: Decision, loggable: string | undefined): Promise<Reply> {
    const key = personKey(who.surface, who.person);
    const ctxKey = this.contextKey(who);
    if (!intent) {
      const offered = decision.route === 'unresolved' ? decision.offer?.[0] : undefined;
      const reply = offered
        ? unresolvedReply(offered, decision.confidence)
        : unsureReply(this.kb, decision.candidates, decision.confidence, this.understanding.thresholds.suggest);
      if (loggable !== undefined) await this.logUnanswered(loggable, 'low-confidence', decision.candidates, key);
      // "yes" can take a single offered topic; the earlier topic stays for follow-ups.
      const choices = reply.choices.map((c) => /^topic:(.+)$/.exec(c.action)?.[1]).filter((id): id is string => Boolean(id));
      const at = this.now().getTime();
      const previous = await this.store.getContext(ctxKey, at);
      await this.store.putContext(ctxKey, { topic: previous?.topic, entity: previous?.entity, offered: choices.length ? choices : undefined, at }, at + this.ttl);
      return reply;
    }
    switch (intent.kind) {
      case 'topic': {
        const reply = answerReply(this.kb, intent, decision.confidence, { part: decision.part, also: decision.also });
        this.remember(reply.id, { intent: intent.id, question: loggable, asker: key });
        // Answered, but the topics were close: curators see it in the review, where a wrong guess can be fixed.
        const share = decision.candidates[0]?.confidence ?? 1;
        if (loggable !== undefined && decision.route === 'classifier' && share < UNCERTAIN_SHARE) await this.logUnanswered(loggable, 'low-confidence', decision.candidates, key);
        const at = this.now().getTime();
        const also = decision.also?.map((t) => t.id);
        const entity = decision.entity ?? (await this.store.getContext(ctxKey, at))?.entity;
        // Two rows, two writes: the lowdb store coalesces them into one, PostgreSQL writes each row alone.
        await Promise.all([
          this.store.putContext(ctxKey, { topic: intent.id, entity, part: decision.part, also: also?.length ? also : undefined, at }, at + this.ttl),
          this.store.putReply(reply.id, { intent: intent.id, at }, MAX_REMEMBERED_REPLIES),
        ]);
        return reply;
      }
      case 'checklist':
        return await this.checklists.show(key);
      case 'help':
        return this.help();
      default:
        return conversationReply(this.kb, intent, decision.confidence);
    }
  }

  private remember(id: string, entry: RecentReply): void {
    this.recent.set(id, entry);
    if (this.recent.size > MAX_REMEMBERED_REPLIES) this.recent.delete(this.recent.keys().next().value!);
  }

  private lastRatable(key: string): string | undefined {
    return this.lastReplyByPerson.get(key);
  }

  private readonly lastReplyByPerson = new Map<string, string>();

  /** Surfaces without buttons (the terminal) rate "the last answer": they tell the core which one that was. */
  noteShown(who: Who, reply: Reply): void {
    if (reply.feedback) {
      const key = personKey(who.surface, who.person);
      this.lastReplyByPerson.delete(key);
      this.lastReplyByPerson.set(key, reply.id);
      if (this.lastReplyByPerson.size > 10_000) this.lastReplyByPerson.delete(this.lastReplyByPerson.keys().next().value!);
    }
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

  private async rate(who: Who, replyId: string | undefined, helpful: boolean): Promise<Reply> {
    const key = personKey(who.surface, who.person);
    const known = replyId ? await this.store.getReply(replyId) : undefined;
    if (!replyId || !known) return noticeReply(PHRASES.feedbackUnknown, { personal: true });
    const vote = helpful ? 'up' : 'down';
    const at = this.now().toISOString();
    // The vote is checked and changed in one atomic change of the person, so two clicks count once.
    let changed = false;
    await this.store.changePerson(key, (current) => {
      const person = current ?? { goals: [], done: {}, rated: {}, updatedAt: at };
      if (person.rated[replyId] === vote) return undefined;
      changed = true;
      person.rated[replyId] = vote;
      person.updatedAt = at;
      return person;
    });
    if (changed) {
      await this.store.putFeedback({ replyId, intent: known.intent, helpful, at });
      const recent = this.recent.get(replyId);
      if (!helpful && recent?.question) {
        await this.logUnanswered(recent.question, 'unhelpful', recent.intent ? [{ intent: recent.intent, confidence: 1 }] : [], recent.asker);
      }
    }
    return noticeReply(helpful ? PHRASES.feedbackThanks : PHRASES.feedbackSorry, { personal: true });
  }

  private async forget(who: Who, confirmed: boolean, fromButton: boolean): Promise<Reply> {
    const key = personKey(who.surface, who.person);
    if (!confirmed) {
      if (fromButton) return noticeReply(PHRASES.forgetCancelled, { personal: true, kind: 'forget' });
      return makeReply({
        id: newReplyId(),
        kind: 'forget',
        personal: true,
        text: PHRASES.forgetAsk,
        choices: [
          { label: 'Yes, delete everything', action: 'forget:confirm' },
          { label: 'No, keep it', action: 'forget:cancel' },
        ],
      });
    }
    // The person, their contexts and their review-log lines; feedback stays as anonymous counts per intent.
    const hadAnything = await this.store.forgetPerson(key, personTag(key));
    for (const [id, r] of this.recent) if (r.asker === key) this.recent.delete(id);
    await this.store.purgeOldCopies();
    this.lastReplyByPerson.delete(key);
    this.log.info({ surface: who.surface }, 'a person asked to be forgotten; their data was deleted');
    return noticeReply(hadAnything ? PHRASES.forgetDone : PHRASES.forgetNothing, { personal: true, kind: 'forget' });
  }
}
