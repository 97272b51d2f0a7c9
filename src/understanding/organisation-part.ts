// "how many CEUs does AAPC require?": a general card (continuing education) answers, and the message names one of
// the bodies that card gives a part of its own (AHIMA, AAPC, NHA). The reply is that body's part, not every body's
// rules: the next message ("and if I hold two certifications?") then continues from the AAPC's.
import type { AnswerPart } from '../knowledge/parts.js';
import type { KnowledgeBase } from '../knowledge/types.js';
import { askedPart, facetsAsked } from './facets.js';
import type { Decision } from './decision.js';
import { nameAsWord } from './part-finder.js';

export function organisationPart(decision: Decision, text: string, kb: KnowledgeBase): Decision {
  const topic = decision.intent;
  const body = decision.entity ? kb.byId.get(decision.entity) : undefined;
  if (topic?.kind !== 'topic' || topic.entity || body === topic || body?.entity?.type !== 'organization') return decision;
  if (decision.part || decision.also?.length || decision.route !== 'classifier') return decision;
  // Only for a question of what the card says of the body: "what does AAPC stand for?" asks nothing of it, and
  // "how often do NHA certifications renew?" has a part for renewal of its own.
  if (!facetsAsked(text).length) return decision;
  const ofBody = (part: AnswerPart, names: readonly string[]) => names.some((name) => nameAsWord(name, 'i').test(part.label));
  const named = body.entity.names.filter((name) => nameAsWord(name, 'i').test(text));
  const parts = topic.layout.parts.filter((part) => ofBody(part, named));
  const asked = askedPart(text, topic.layout)?.part;
  return parts.length === 1 && (!asked || asked === parts[0]) ? { ...decision, part: parts[0]!.label } : decision;
}
