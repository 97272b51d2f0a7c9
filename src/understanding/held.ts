// "i have my rhit already" after the CHPS: a statement that the person holds a credential the card in context's
// eligibility names tells what they would qualify with. It is not a question about the RHIT itself.
import type { Intent, KnowledgeBase } from '../knowledge/types.js';
import type { EntityMention } from '../nlu/entities.js';
import type { ConversationContext } from '../store/state.js';
import { facetNamed, partFor } from './facets.js';
import { nameAsWord } from './part-finder.js';
import { SITS_FOR_IT } from './follow-up-cues.js';
import { ASKS } from './pleasantry.js';
import { possessedAt } from './pointing.js';

/** The eligibility part of the credential in context, when the message only says the person holds one it names. */
export function heldForEligibility(
  text: string,
  tokens: readonly string[],
  found: readonly EntityMention[],
  context: ConversationContext | undefined,
  kb: KnowledgeBase,
): { intent: Intent; part: string } | undefined {
  const inContext = context?.entity ? kb.byId.get(context.entity) : undefined;
  // "who can sit for it w/ an RHIT, how many yrs": a question about sitting for the one in context, with the other.
  const sits = SITS_FOR_IT.test(text);
  if (inContext?.entity?.type !== 'credential' || (ASKS.test(text) && !sits)) return undefined;
  // Only the one name, held ("my rhit", "have an RHIT"), of another credential than the one in context.
  const held = found.length === 1 && found[0]!.type === 'credential' ? found[0]! : undefined;
  if (!held || held.topic === inContext.id || held.at === undefined || !(sits || possessedAt(tokens, held.at))) return undefined;
  const eligibility = partFor(inContext.layout, facetNamed('eligibility')!);
  const names = kb.byId.get(held.topic)?.entity?.names ?? [];
  return eligibility && names.some((n) => nameAsWord(n, '').test(eligibility.text)) ? { intent: inContext, part: eligibility.label } : undefined;
}
