// "what is that per hour, and what do the lowest paid ones make?" after the pay: a follow-up answered with the
// topic's direct answer ("In short") may also speak of one of its parts in words the part uses ("lowest"). That
// part is given after the direct answer, so the reply holds both without the whole card.
import { LEAD_PART } from '../knowledge/parts.js';
import type { Decision } from './decision.js';
import type { PartFinder } from './part-finder.js';

export function withPartSpokenOf(decision: Decision, text: string, parts: PartFinder): Decision {
  if (decision.route !== 'context' || decision.part !== LEAD_PART || !decision.intent || decision.also?.length) return decision;
  const spoken = parts.closest(text, decision.intent);
  return spoken && spoken.label !== LEAD_PART ? { ...decision, besidePart: spoken.label } : decision;
}
