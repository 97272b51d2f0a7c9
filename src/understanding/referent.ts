// The topic a follow-up refers to: the one last answered, unless it was a general one that hands over to the
// entity named with it ("how many CEUs for the CPC?" answered by the CPC, remembered beside the general topic).
import type { Intent, KnowledgeBase } from '../knowledge/types.js';
import type { ConversationContext } from '../store/state.js';

export interface Referent {
  target: Intent | undefined;
  ctxTopic: Intent | undefined;
  ctxEntity: Intent | undefined;
}

/** True when a general topic hands over to this entity's kind ("CEUs" to a credential named with it). */
export function handsOverTo(general: Intent | undefined, entity: Intent | undefined): entity is Intent {
  return Boolean(general && entity?.entity && general !== entity && general.deferTo.includes(entity.entity.type));
}

export function referentOf(context: ConversationContext, kb: KnowledgeBase): Referent {
  const ctxTopic = context.topic ? kb.byId.get(context.topic) : undefined;
  const ctxEntity = context.entity ? kb.byId.get(context.entity) : undefined;
  return { target: handsOverTo(ctxTopic, ctxEntity) ? ctxEntity : (ctxTopic ?? ctxEntity), ctxTopic, ctxEntity };
}
