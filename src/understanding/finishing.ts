// The last touches on a decision, in order, once the message has been read (Understanding.decide): a few words the
// card just shown answers get a part of it (no-repeat.ts), a body named beside a general card gets its own part
// (organisation-part.ts), a part the message also speaks of is given beside the one asked (lead-and-part.ts), and an
// abbreviation asked about that nothing answered gets the part that spells it out (glossary.ts).
import type { KnowledgeBase } from '../knowledge/types.js';
import type { ConversationContext } from '../store/state.js';
import type { Decision } from './decision.js';
import { glossaryOf } from './glossary.js';
import { withPartSpokenOf } from './lead-and-part.js';
import { notTheSameCardAgain } from './no-repeat.js';
import { organisationPart } from './organisation-part.js';
import type { PartFinder } from './part-finder.js';

export function finished(decision: Decision, text: string, context: ConversationContext | undefined, kb: KnowledgeBase, parts: PartFinder): Decision {
  const shaped = withPartSpokenOf(organisationPart(notTheSameCardAgain(decision, text, context, parts), text, kb, parts), text, parts);
  return glossaryOf(kb).orDefinition(text, shaped);
}
