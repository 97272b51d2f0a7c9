// "how many CEUs does AAPC require?": a general card (continuing education) answers, and the message names one of
// the bodies that card gives a part of its own (AHIMA, AAPC, NHA). The reply is that body's part, not every body's
// rules: the next message ("and if I hold two certifications?") then continues from the AAPC's.
import type { KnowledgeBase } from '../knowledge/types.js';
import { askedPart, facetsAsked } from './facets.js';
import type { Decision } from './decision.js';
import { nameAsWord, type PartFinder } from './part-finder.js';

export function organisationPart(decision: Decision, text: string, kb: KnowledgeBase, parts: PartFinder): Decision {
  const topic = decision.intent;
  const body = decision.entity ? kb.byId.get(decision.entity) : undefined;
  if (topic?.kind !== 'topic' || topic.entity || body === topic || body?.entity?.type !== 'organization') return decision;
  if (decision.part || decision.also?.length || decision.route !== 'classifier') return decision;
  // Only for a question of what the card says of the body: "what does AAPC stand for?" asks nothing of it, and
  // "how often do NHA certifications renew?" has a part for renewal of its own.
  if (!facetsAsked(text).length) return decision;
  const named = body.entity.names.filter((name) => nameAsWord(name, 'i').test(text));
  const labelled = new Set(named.map((name) => parts.labelNaming(topic, name)).filter((part) => part !== undefined));
  const [part] = labelled;
  const asked = askedPart(text, topic.layout)?.part;
  return labelled.size === 1 && (!asked || asked === part) ? { ...decision, part: part!.label } : decision;
}
