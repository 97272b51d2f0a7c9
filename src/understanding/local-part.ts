// The part of a card that alone uses a question's words: words weighed within the card, not across the knowledge
// base, so "where can I earn them cheap" after CEUs is "Where to earn them" though many topics say "earn".
import type { AnswerPart } from '../knowledge/parts.js';
import type { Intent } from '../knowledge/types.js';

/**
 * The part (not the lead) with the most of the asked words that no other part and not the direct answer uses; none
 * when no part has such a word or two parts have as many. A word the direct answer also uses ("hour" in the pay's
 * "$24.16 an hour") tells no part apart.
 */
export function partSayingAlone(asked: readonly string[], topic: Intent, stems: (text: string) => string[]): AnswerPart | undefined {
  const words = new Set(asked);
  if (!words.size) return undefined;
  const parts = topic.layout.parts;
  const stemsOf = parts.map((p) => new Set([...stems(p.label), ...stems(p.text)]));
  const lead = new Set(stems(topic.layout.lead));
  const alone = (w: string, i: number) => stemsOf[i]!.has(w) && !lead.has(w) && stemsOf.every((s, j) => j === i || !s.has(w));
  const scores = parts.map((_, i) => [...words].filter((w) => alone(w, i)).length);
  const best = Math.max(0, ...scores);
  const at = scores.flatMap((score, i) => (score === best ? [i] : []));
  return best > 0 && at.length === 1 ? parts[at[0]!] : undefined;
}
