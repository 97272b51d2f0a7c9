// The last resort before "not sure": a message with no reading of its own that still asks something of the card in
// context, as a claim someone made about it or as a question that points back at it.
import type { Intent, KnowledgeBase } from '../knowledge/types.js';
import { askedClauses } from '../nlu/sentences.js';
import type { ConversationContext } from '../store/state.js';
import { askedPart } from './facets.js';
import { CLAIM_QUOTED } from './follow-up-cues.js';
import type { PartFinder } from './part-finder.js';
import { pointsBack } from './pointing.js';

// "so i wouldnt have to deal w patients?": a question that opens by carrying on from the answer.
const CARRIES_ON = /^\W*(so|and|but|then|ok so|okay so|wait)\b/i;

/**
 * "my friend says BLS lists no on-the-job training. So is she wrong?" after on-the-job training: a claim about the card
 * in context, checked against its closest part. "One of them earned extra CEUs. Can she roll the surplus into the next
 * one?" after AAPC CEUs: the asking clause points back (or carries on: "so i wouldnt have to deal w patients?") and
 * asks a part the card has ("whats the zumba pass rate?" does neither: its subject is its own).
 */
export function partAskedOfContext(text: string, context: ConversationContext | undefined, kb: KnowledgeBase, parts: PartFinder): { intent: Intent; part: string } | undefined {
  const target = context?.topic ? kb.byId.get(context.topic) : undefined;
  if (!target) return undefined;
  if (CLAIM_QUOTED.test(text)) {
    const part = parts.closest(text, target);
    return part && { intent: target, part: part.label };
  }
  const asking = askedClauses(text).join(' ');
  const leans = pointsBack(asking.toLowerCase().split(/[^a-z']+/)) || CARRIES_ON.test(asking);
  const part = leans ? askedPart(asking, target.layout)?.part : undefined;
  return part && { intent: target, part: part.label };
}
