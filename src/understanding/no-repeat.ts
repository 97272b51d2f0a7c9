// A few words answered by the very card the last reply showed whole ("cpc-a?" after the CPC, "over 500?" after
// breach notification) get the part of it closest to what was asked, or its direct answer, not the whole card again.
// A full question is answered in full, whatever was said before.
import { LEAD_PART } from '../knowledge/parts.js';
import type { ConversationContext } from '../store/state.js';
import { askedPart } from './facets.js';
import type { PartFinder } from './part-finder.js';
import type { Decision } from './understand.js';

// At most this many words: a clipped follow-up, not a question of its own.
const CLIPPED_WORDS = 4;

export function notTheSameCardAgain(decision: Decision, text: string, context: ConversationContext | undefined, parts: PartFinder): Decision {
  const intent = decision.intent;
  if (!context?.topic || intent?.kind !== 'topic' || intent.id !== context.topic) return decision;
  if (text.split(/\s+/).filter(Boolean).length > CLIPPED_WORDS) return decision;
  // The last reply gave a part or a comparison, or this one does: the whole card is not a repeat.
  // Nor is a card the person just said yes to.
  if (context.part || context.also?.length || decision.part || decision.also?.length || decision.route === 'confirm') return decision;
  return { ...decision, part: (askedPart(text, intent.layout)?.part ?? parts.closest(text, intent))?.label ?? LEAD_PART };
}
