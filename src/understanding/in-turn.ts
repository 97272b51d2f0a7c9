// Two things of one kind asked in turn ("what is the rhit?", then "what is the rhia?") are being compared: "what's
// the difference?" next asks of both, and a message naming the second that asks which of them fits answers both now.
import type { Intent, KnowledgeBase } from '../knowledge/types.js';
import type { ConversationContext } from '../store/state.js';
import type { Decision } from './decision.js';
import { askedPart } from './facets.js';

// "which one is easier to qualify for?", "which of the two is better": a question about both sides at once.
const WHICH_OF_THEM = /\bwhich (one|ones|is|of (them|the two|the 2|those|these|both))\b/i;

/** The thing of the same kind asked just before, which this one is now compared with. */
export function askedInTurn(intent: Intent, context: ConversationContext | undefined, kb: KnowledgeBase): Intent[] | undefined {
  const previous = context?.topic ? kb.byId.get(context.topic) : undefined;
  const sameKind = previous?.entity && intent.entity && previous !== intent && previous.entity.type === intent.entity.type;
  return sameKind ? [previous] : undefined;
}

/**
 * The decision with what it is compared with: kept for "which one...?" next, or answered beside it when the message
 * already asks which of the two ("or should I do the CPC instead? which one is easier to qualify for?" after the
 * CCA), each side's part asked when the named one has it.
 */
export function comparedInTurn(text: string, decision: Decision, context: ConversationContext | undefined, kb: KnowledgeBase): Decision {
  const compared = askedInTurn(decision.intent!, context, kb);
  if (!compared || !WHICH_OF_THEM.test(text)) return { ...decision, compared };
  return { ...decision, part: askedPart(text, decision.intent!.layout)?.part.label, also: compared };
}
