// A follow-up answered with one part of a topic may ask a second thing of the same topic. The second part is given
// after the first, so the reply holds both without the whole card:
// - "what is that per hour, and what do the lowest paid ones make?" after the pay: the direct answer ("In short")
//   and the part the message also speaks of in that part's words ("lowest");
// - "how long is the exam and how much does it cost?" after the CCA: two questions, each asking a part;
// - "cat ii vs cat iii" after CPT: two parts compared, each named by its label.
import { LEAD_PART, type AnswerPart } from '../knowledge/parts.js';
import type { Intent } from '../knowledge/types.js';
import { joinedQuestions, questionSentences } from '../nlu/sentences.js';
import type { Decision } from './decision.js';
import { askedPart } from './facets.js';
import type { PartFinder } from './part-finder.js';
import { COMPARING } from './pointing.js';

export function withPartSpokenOf(decision: Decision, text: string, parts: PartFinder): Decision {
  if (decision.route !== 'context' || !decision.part || !decision.intent || decision.also?.length) return decision;
  const topic = decision.intent;
  // Two parts compared are given in the card's order.
  const compared = comparedLabel(text, decision, parts);
  if (compared) {
    const order = topic.layout.parts;
    const [first, then] = order.indexOf(compared) < order.findIndex((p) => p.label === decision.part) ? [compared.label, decision.part] : [decision.part, compared.label];
    return { ...decision, part: first, besidePart: then };
  }
  const second = secondAsked(text, decision)
    ?? (decision.part === LEAD_PART ? besideLead(parts, text, topic) : undefined);
  return second && second.label !== LEAD_PART && second.label !== decision.part ? { ...decision, besidePart: second.label } : decision;
}

/** The part that another question of the message asks of the same topic, when each of its questions asks one. */
function secondAsked(text: string, decision: Decision) {
  const sentences = questionSentences(text);
  const asked = sentences.length >= 2 ? sentences : sentences.length === 1 ? joinedQuestions(sentences[0]!) : [];
  if (asked.length < 2) return undefined;
  const found = asked.map((q) => askedPart(q, decision.intent!.layout)?.part);
  return found.find((p) => p && p.label !== decision.part);
}

function besideLead(parts: PartFinder, text: string, topic: Intent): AnswerPart | undefined {
  const local = parts.locallyClosest(text, topic);
  if (local) return local;
  const closest = parts.closest(text, topic);
  return closest && closest.label !== LEAD_PART ? closest : undefined;
}

/** The other of exactly two parts a comparison names by their labels, one of them the part decided. */
function comparedLabel(text: string, decision: Decision, parts: PartFinder): AnswerPart | undefined {
  if (!COMPARING.test(text)) return undefined;
  const named = parts.labelsNamedIn(text, decision.intent!);
  return named.length === 2 && named.some((p) => p.label === decision.part) ? named.find((p) => p.label !== decision.part) : undefined;
}
