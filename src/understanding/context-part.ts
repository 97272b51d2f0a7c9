// The last resort before "not sure": a message with no reading of its own that still asks something of the card in
// context, as a claim someone made about it or as a question that points back at it.
import { LEAD_PART, type AnswerPart } from '../knowledge/parts.js';
import type { Intent, KnowledgeBase } from '../knowledge/types.js';
import { askedClauses } from '../nlu/sentences.js';
import type { ConversationContext } from '../store/state.js';
import { askedPart } from './facets.js';
import { CLAIM_QUOTED } from './follow-up-cues.js';
import type { PartFinder } from './part-finder.js';
import type { Ranking } from './ranker.js';
import { pointsBack } from './pointing.js';
import { handsOverTo } from './referent.js';

// "so i wouldnt have to deal w patients?": a question that opens by carrying on from the answer.
const CARRIES_ON = /^\W*(so|and|but|then|ok so|okay so|wait)\b/i;

/**
 * "my friend says BLS lists no on-the-job training. So is she wrong?" after on-the-job training: a claim about the card
 * in context, checked against its closest part. "One of them earned extra CEUs. Can she roll the surplus into the next
 * one?" after AAPC CEUs: the asking clause points back (or carries on: "so i wouldnt have to deal w patients?") and
 * asks a part the card has ("whats the zumba pass rate?" does neither: its subject is its own).
 */
export function partAskedOfContext(text: string, context: ConversationContext | undefined, kb: KnowledgeBase, parts: PartFinder): { intent: Intent; part: string } | undefined {
  const target = context?.topic ? kb.byId.get(context.topic) : undefined;
  if (!target) return undefined;
  if (CLAIM_QUOTED.test(text)) {
    const part = parts.closest(text, target);
    return part && { intent: target, part: part.label };
  }
  const asking = askedClauses(text).join(' ');
  const leans = pointsBack(asking.toLowerCase().split(/[^a-z']+/)) || CARRIES_ON.test(asking);
  const part = leans ? askedPart(asking, target.layout)?.part : undefined;
  return part && { intent: target, part: part.label };
}

/**
 * "what are the 18 things we have to memorize" after PHI: a message too unclear to answer alone whose own best guess
 * is the topic already in context. The two readings agree, so the part of that card the message asks (or shares the
 * most words with) answers it; with no such part it stays "not sure".
 */
export function partOfAgreeingContext(text: string, context: ConversationContext | undefined, ownBest: string | undefined, kb: KnowledgeBase, parts: PartFinder): { intent: Intent; part: string } | undefined {
  const target = context?.topic && context.topic === ownBest ? kb.byId.get(context.topic) : handedOver(ownBest, context, kb);
  if (!target) return undefined;
  const part = askedPart(text, target.layout)?.part ?? parts.byFigure(text, target) ?? partWithNumber(text, target) ?? parts.closest(text, target);
  return part && { intent: target, part: part.label };
}

/**
 * "ok once im cleared how long do i have before i gotta book a test date" after the RHIT: a best guess that is a card
 * handing over to credentials (how the exams work, CEUs) agrees with the credential in context.
 */
function handedOver(ownBest: string | undefined, context: ConversationContext | undefined, kb: KnowledgeBase): Intent | undefined {
  const held = context?.entity ? kb.byId.get(context.entity) : undefined;
  return handsOverTo(ownBest ? kb.byId.get(ownBest) : undefined, held) ? held : undefined;
}

/** The one part (the lead included) stating a number the message names: "the 18 things" is the "18 identifiers". */
function partWithNumber(text: string, topic: Intent): AnswerPart | undefined {
  const numbers = [...text.matchAll(/\b\d+\b/g)].map((m) => m[0]);
  if (!numbers.length) return undefined;
  const says = (t: string) => numbers.some((n) => new RegExp(`(?<![\\d.,$])${n}(?![\\d.,]\\d)`).test(t));
  const all: AnswerPart[] = [{ label: LEAD_PART, text: topic.layout.lead }, ...topic.layout.parts];
  // A part named for the number first ("The 18 identifiers"), then the one part whose text states it.
  const named = all.filter((p) => says(p.label));
  const found = named.length ? named : all.filter((p) => says(p.text));
  return found.length === 1 ? found[0] : undefined;
}

// Past half of its reading declining, a message is no question about the card in context; nearly half is too much for
// a mere agreement of best guesses ("OCR sent us a letter, what penalty will we get?" after the breach rules).
const MAX_DECLINE = 0.5;
const AGREEING_MAX_DECLINE = 0.4;

/** Before "not sure", for a message that names nothing: a claim or question about the card in context, or one whose own best guess it is. */
export function lastResortPart(text: string, context: ConversationContext | undefined, ranking: Ranking, kb: KnowledgeBase, parts: PartFinder): { intent: Intent; part: string; confidence: number } | undefined {
  const asked = ranking.mass.decline < MAX_DECLINE ? partAskedOfContext(text, context, kb, parts) : undefined;
  if (asked) return { ...asked, confidence: 1 };
  const best = ranking.best[0];
  const agreeing = best && ranking.mass.decline < AGREEING_MAX_DECLINE ? partOfAgreeingContext(text, context, best.intent, kb, parts) : undefined;
  return agreeing && { ...agreeing, confidence: best!.confidence };
}
