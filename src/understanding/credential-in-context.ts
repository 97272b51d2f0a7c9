// A longer message that names nothing of its own but asks what only a credential has, with a credential in context.
import type { KnowledgeBase } from '../knowledge/types.js';
import type { EntityMention } from '../nlu/entities.js';
import { askedClauses } from '../nlu/sentences.js';
import type { ConversationContext } from '../store/state.js';
import { askedPart } from './facets.js';
import { CREDENTIAL_FACETS, SITS_FOR_IT } from './follow-up-cues.js';
import { MAX_FOLLOW_UP_WORDS } from './pointing.js';
import type { Ranking } from './ranker.js';
import { CLEAR_OWN_SHARE } from './shares.js';

/**
 * "how hard is the exam, like how many questions... i get test anxiety bad" after the CRC asks it of that one. Not
 * when the message reads clearly as a topic of its own, nor when it uses words of the field of its own ("...to become
 * a medical coder": they say what it is about), unless it points at the credential as the exam one sits ("an
 * entry-level hire who'd sit for it").
 */
export function asksOfCredentialInContext(text: string, context: ConversationContext | undefined, ranking: Ranking, mentions: readonly EntityMention[], fieldTerms: readonly string[], kb: KnowledgeBase): boolean {
  const credential = context?.entity ? kb.byId.get(context.entity) : undefined;
  if (credential?.entity?.type !== 'credential' || mentions.length || ranking.analysis.tokens.length > 2 * MAX_FOLLOW_UP_WORDS) return false;
  const asked = askedPart(askedClauses(text).join(' '), credential.layout);
  if (!asked || !CREDENTIAL_FACETS.has(asked.facet.name)) return false;
  const ownIsClear = ranking.best[0]!.confidence >= CLEAR_OWN_SHARE && ranking.best[0]!.intent !== credential.id;
  return (!ownIsClear && !fieldTerms.length) || SITS_FOR_IT.test(text);
}
