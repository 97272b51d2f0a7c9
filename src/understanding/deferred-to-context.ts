// A general topic that hands over to credentials (how the exams work, CEUs) read from a message that names no
// credential, while one is in context: the question is that credential's.
import type { Intent, KnowledgeBase } from '../knowledge/types.js';
import type { ConversationContext } from '../store/state.js';
import { askedPart } from './facets.js';
import { handsOverTo } from './referent.js';

// "that exam", "that coding exam", "this cert", "that one", "one of those things"; "the codes" of a code set.
const POINTS_AT_CREDENTIAL = /\b(that|this|the same)( \w+)? (exam|test|cert|certs|certification|credential)\b|\b(that|this) one\b|\bone of those\b|\b(the|those|these|its|their) codes\b/i;

/**
 * "back to that coding exam - do i need 6 months of experience to take it?" after the CCA, "is that one of those
 * things you have to keep renewing? how much CE" after the CHDA: the general card's own reading gives way to the part
 * of the credential in context that the message asks. Only when that card has such a part: a question it does not
 * answer stays with the general topic, and so does a message that does not point back at anything.
 */
export function deferredToContext(own: Intent, text: string, named: number, context: ConversationContext | undefined, kb: KnowledgeBase): { intent: Intent; part: string } | undefined {
  // The message must point back at the credential ("that exam", "is that one of those things..."): "why more training
  // after I am already certified?" after the RHIT asks about continuing education in general, and the "it" of "can I
  // retake it if I fail the exam?" is the exam the message itself names.
  if (named || !own.deferTo.length || !context?.entity || !POINTS_AT_CREDENTIAL.test(text)) return undefined;
  const held = kb.byId.get(context.entity);
  if (!handsOverTo(own, held)) return undefined;
  const asked = askedPart(text, held.layout);
  return asked && { intent: held, part: asked.part.label };
}
