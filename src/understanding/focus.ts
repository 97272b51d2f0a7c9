// Which credential a question answered by a general topic is about, when the topic hands over to credentials and the
// question names the part that covers one of them.
import type { Intent } from '../knowledge/types.js';
import type { Analyzer } from '../nlu/analyzer.js';
import type { EntityMatcher } from '../nlu/entities.js';
import type { PartFinder } from './part-finder.js';

/**
 * "is there a cert for privacy stuff?", answered by a topic that hands over to credentials (the specialty roles):
 * the one credential named in the part the question asked about (the CHPS), so "who offers it?" next asks of it.
 */
export function focusedEntity(text: string, topic: Intent, parts: PartFinder, entities: EntityMatcher, analyzer: Analyzer): string | undefined {
  // Only topics that hand over can name a credential that counts (below); the rest skip the reading.
  if (!topic.deferTo.length) return undefined;
  const part = parts.labelSharing(text, topic);
  if (!part) return undefined;
  const named = new Set(
    entities
      .find(analyzer.analyze(part.text))
      .filter((m) => topic.deferTo.includes(m.type) && m.topic !== topic.id)
      .map((m) => m.topic),
  );
  return named.size === 1 ? [...named][0] : undefined;
}
