// Understanding.decide held as a conversation, the way the advisor keeps its context between messages
// (Advisor.present): shared by the tests of routing and follow-ups.
import { expect } from 'vitest';
import { answeredContext } from '../../src/core/conversation-memory.js';
import type { ConversationContext } from '../../src/store/state.js';
import type { Decision } from '../../src/understanding/understand.js';
import { realKnowledge, sharedUnderstanding } from './core.js';

export function conversation() {
  const understanding = sharedUnderstanding();
  const kb = realKnowledge();

  /** The context the advisor keeps after answering a decision (without the other sides: see `last`). */
  const contextAfter = (d: Decision): ConversationContext => ({ ...answeredContext(d, d.intent?.id), also: undefined, alsoBefore: undefined, at: 0 });
  const decide = (text: string, ctx?: ConversationContext) => understanding.decide(text, ctx);

  /** The context after a conversation of several messages, each answered with a topic. */
  function contextOf(...messages: string[]): ConversationContext | undefined {
    let ctx: ConversationContext | undefined;
    for (const m of messages) {
      const d = decide(m, ctx);
      expect(d.intent?.kind, `"${m}" should be answered to build the context`).toBe('topic');
      ctx = contextAfter(d);
    }
    return ctx;
  }

  /** The decision for the last message, each earlier one setting the context (comparisons included). */
  function last(...messages: string[]): Decision {
    let ctx: ConversationContext | undefined;
    let d: Decision | undefined;
    for (const m of messages) {
      d = decide(m, ctx);
      ctx = { ...answeredContext(d, d.intent?.id), at: 0 };
    }
    return d!;
  }

  /** The label of a topic's part, found by a pattern (fails loudly when the knowledge base lost it). */
  const partOf = (topic: string, label: RegExp) => {
    const part = kb.byId.get(topic)!.layout.parts.find((p) => label.test(p.label));
    expect(part, `${topic} has a part matching ${label}`).toBeDefined();
    return part!.label;
  };

  return { understanding, kb, decide, contextOf, last, partOf, words: (text: string) => understanding.analyze(text).tokens.length };
}
