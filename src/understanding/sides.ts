// The sides of a comparison in context: which one "the first one", "the other one" or "the outpatient one" means.
import type { Intent, KnowledgeBase } from '../knowledge/types.js';
import type { ConversationContext } from '../store/state.js';
import { DESCRIBED_SIDE } from './follow-up-cues.js';
import type { PartFinder } from './part-finder.js';
import { FIRST_SIDE, OTHER_SIDE, SECOND_SIDE } from './pointing.js';

// Every side a message describes ("the AHIMA one or the AAPC one"), built once rather than for each message.
const DESCRIBED_SIDES = new RegExp(DESCRIBED_SIDE.source, 'g');

/** The ids of the sides of the comparison in context, in the order they were named; none without a comparison. */
export function sideIdsOf(context: ConversationContext | undefined): (string | undefined)[] {
  if (!context?.also?.length) return [];
  return context.alsoBefore ? [...context.also, context.topic] : [context.topic, ...context.also];
}

/** The side of the comparison in context that "the first one" / "the second one" / "the other one" points at. */
export function sideNamed(text: string, context: ConversationContext, kb: KnowledgeBase, parts: PartFinder): Intent | undefined {
  const sides = sideIdsOf(context).map((id) => (id ? kb.byId.get(id) : undefined)).filter((t): t is Intent => t?.kind === 'topic');
  if (sides.length < 2) return undefined;
  // "ok back to the first one" after the CCA and then the CPC is the CCA; "the other one" is whichever was not just answered.
  if (FIRST_SIDE.test(text)) return sides[0];
  if (OTHER_SIDE.test(text)) return sides.find((side) => side.id !== context.topic);
  if (SECOND_SIDE.test(text)) return sides[1];
  // "the outpatient one": the only side whose title or direct answer says it ("the better one" names none).
  // "the AHIMA one or the AAPC one": both sides described, so both are asked (the comparison answers it).
  if ([...text.toLowerCase().matchAll(DESCRIBED_SIDES)].length > 1) return undefined;
  const described = DESCRIBED_SIDE.exec(text.toLowerCase())?.[1];
  const stem = described ? parts.stems(described)[0] : undefined;
  if (!stem) return undefined;
  const saying = sides.filter((side) => parts.stems(`${side.title} ${side.layout.lead}`).includes(stem));
  return saying.length === 1 ? saying[0] : undefined;
}
