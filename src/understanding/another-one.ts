// "is there one for privacy too?" after the RHIT, "is there one for data people?": another thing of the kind in
// context asked for, not a part of the one in context.
import type { Intent, KnowledgeBase } from '../knowledge/types.js';
import type { EntityMention } from '../nlu/entities.js';
import { ANOTHER_ONE } from './follow-up-cues.js';
import type { Ranking } from './ranker.js';
import { GUESS_OWN_SHARE } from './shares.js';

// Of the things of the kind in context, the message's first reading stands out at this share and this many times the next.
const CLEAR_OF_KIND_SHARE = 0.05;
const CLEAR_OF_KIND_LEAD = 2;

/**
 * The other thing asked for: the message's own reading when it has one ("privacy" reads as the CHPS), else the thing
 * of the same kind that its reading clearly puts first ("data people": the CHDA, well ahead of any other credential).
 */
export function anotherOne(text: string, ranking: Ranking, mentions: readonly EntityMention[], target: Intent, kb: KnowledgeBase): Intent | undefined {
  if (!ANOTHER_ONE.test(text) || mentions.length) return undefined;
  const [first] = ranking.best;
  if (first && first.intent !== target.id && first.confidence >= GUESS_OWN_SHARE) return kb.byId.get(first.intent);
  const kind = target.entity?.type;
  if (!kind) return undefined;
  const [best, next] = ranking.topics.filter((p) => kb.byId.get(p.intent)?.entity?.type === kind);
  if (!best || best.intent === target.id || best.confidence < CLEAR_OF_KIND_SHARE || (next && best.confidence < next.confidence * CLEAR_OF_KIND_LEAD)) return undefined;
  return kb.byId.get(best.intent);
}
