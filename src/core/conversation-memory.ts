// What the advisor keeps between one message and the next in a conversation (a person in a channel): the topic
// answered, the part given, the choices offered, a declined career question. Each entry expires after
// CONTEXT_TTL_MINUTES; nothing in it is a message's text except a short declined question without patient details.
import { personKey, type Who } from '../contract/index.js';
import type { Store } from '../store/port.js';
import type { ConversationContext } from '../store/state.js';
import type { Decision } from '../understanding/decision.js';

/**
 * What a topic answered leaves for the next message: the topic, the part given and what was asked, and the other
 * sides kept for "which one...?" (those answered with it and those it is being compared with, in the order named).
 */
export function answeredContext(decision: Decision, topic: string | undefined): Omit<ConversationContext, 'at' | 'entity'> & { entity: string | undefined } {
  const also = [...new Set([...(decision.also ?? []), ...(decision.compared ?? [])].map((t) => t.id))];
  return {
    topic,
    entity: decision.entity,
    named: decision.named,
    part: decision.part,
    asked: decision.part ? undefined : decision.asked,
    also: also.length ? also : undefined,
    // "and the CPC?" after the CCA: the CCA was named first.
    alsoBefore: decision.compared?.length && !decision.also?.length ? true : undefined,
  };
}

/** The context already read for the message being answered (by `fresh`): writing after it needs no second read. */
export interface ReadContext {
  context: ConversationContext | undefined;
}

export class ConversationMemory {
  constructor(
    private readonly store: Store,
    private readonly ttl: number,
    private readonly now: () => Date,
  ) {}

  private key(who: Who): string {
    return `${personKey(who.surface, who.person)}|${who.channel}`;
  }

  /** What the conversation held before this write: as read for the message, else from the store. */
  private previous(key: string, at: number, read: ReadContext | undefined): Promise<ConversationContext | undefined> {
    return read ? Promise.resolve(read.context) : this.store.getContext(key, at);
  }

  /** The context of the conversation, unless it is older than the current TTL. */
  async fresh(who: Who): Promise<ConversationContext | undefined> {
    const now = this.now().getTime();
    const ctx = await this.store.getContext(this.key(who), now);
    // The TTL is checked here too: a context written under a longer CONTEXT_TTL_MINUTES is not used past the current one.
    return ctx && now - ctx.at <= this.ttl ? ctx : undefined;
  }

  /** After a topic answered (whole or in part), with the other sides kept for "which one...?". */
  async answered(who: Who, context: Omit<ConversationContext, 'at' | 'entity'> & { entity: string | undefined }, read?: ReadContext): Promise<void> {
    const at = this.now().getTime();
    const key = this.key(who);
    const previous = await this.previous(key, at, read);
    const entity = context.entity ?? previous?.entity;
    // The entity's name stays while the conversation stays on its topic ("when was it founded?", "and its certs?").
    const named = context.named ?? (previous?.topic === context.topic ? previous?.named : undefined);
    await this.store.putContext(key, { ...context, entity, named, at }, at + this.ttl);
  }

  /** After "not sure": "yes" can take a single offered topic; the earlier topic stays for follow-ups. */
  async offered(who: Who, choices: string[], read?: ReadContext): Promise<void> {
    const at = this.now().getTime();
    const key = this.key(who);
    const previous = await this.previous(key, at, read);
    await this.store.putContext(key, { topic: previous?.topic, entity: previous?.entity, offered: choices.length ? choices : undefined, at }, at + this.ttl);
  }

  /**
   * After a decline: the declined question ("What does a {career} make?") for "what about medical records?" next,
   * or none (an older one is dropped). The topic in context stays for its own follow-ups.
   */
  async declined(who: Who, declined: string | undefined, read?: ReadContext): Promise<void> {
    const at = this.now().getTime();
    const key = this.key(who);
    const previous = await this.previous(key, at, read);
    if (!declined && !previous?.declined) return;
    const { expiresAt: _expiresAt, ...kept } = previous ?? { at };
    await this.store.putContext(key, { ...kept, declined, at }, at + this.ttl);
  }
}
