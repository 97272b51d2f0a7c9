// "what does the ACDIS one ask of someone like me?" after the CDIP: "the <organisation> one" is that organisation's
// credential, which the card in context describes in the one part that names the organisation.
import type { Intent, KnowledgeBase } from '../knowledge/types.js';
import type { EntityMention } from '../nlu/entities.js';
import { escapeRegExp } from '../nlu/phrase-list.js';
import type { ConversationContext } from '../store/state.js';
import { nameAsWord } from './part-finder.js';

// "the ACDIS one", "that AAPC cert": made once per organisation name (the names are the knowledge base's).
const asOnePatterns = new Map<string, RegExp>();
function asOne(name: string): RegExp {
  let re = asOnePatterns.get(name);
  if (!re) asOnePatterns.set(name, (re = new RegExp(`\\b(the|that|this) ${escapeRegExp(name)}(['\u2019]s)? (one|cert|certification|credential|exam)\\b`, 'i')));
  return re;
}

/** The part of the card in context that names the organisation a message asks about as "the <organisation> one". */
export function organisationsOne(
  text: string,
  found: readonly EntityMention[],
  context: ConversationContext | undefined,
  kb: KnowledgeBase,
): { intent: Intent; part: string } | undefined {
  const topic = context?.topic ? kb.byId.get(context.topic) : undefined;
  const org = found.length === 1 && found[0]!.type === 'organization' ? found[0]! : undefined;
  if (!topic || !org || org.topic === topic.id) return undefined;
  if (!asOne(org.name).test(text)) return undefined;
  const naming = topic.layout.parts.filter((part) => nameAsWord(org.name, 'i').test(part.text));
  return naming.length === 1 ? { intent: topic, part: naming[0]!.label } : undefined;
}
