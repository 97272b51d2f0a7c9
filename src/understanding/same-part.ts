// A part asked again across turns: "how long is it?" after the exam, "the year before that", "and the CPC?" after
// the CCA's exam (the same part of another topic); and the part next to a guessed one (secondClosest).
import { LEAD_PART, type AnswerPart } from '../knowledge/parts.js';
import type { Intent } from '../knowledge/types.js';
import type { ConversationContext } from '../store/state.js';
import { facetNamed, facetsAsked, FACETS, partFor, TIME_OF_IT, type Facet } from './facets.js';
import { challenges, HOURS_ONLY } from './follow-up-cues.js';
import type { PartFinder } from './part-finder.js';

/** "how long is it?" just after a question about the exam, or of a credential (no length of its own), is its exam. */
export function examTimeAfterExam(text: string, context: ConversationContext, topic: Intent): { part: AnswerPart } | undefined {
  if (!(TIME_OF_IT.test(text) || HOURS_ONLY.test(text)) || facetsAsked(text)[0]?.name !== 'length') return undefined;
  const length = facetNamed('length')!;
  if (context.asked !== 'exam' && topic.layout.parts.some((p) => length.label.test(p.label.toLowerCase()))) return undefined;
  const part = partFor(topic.layout, facetNamed('exam')!);
  return part ? { part } : undefined;
}

/** The part the previous answer gave, or the one its question asked of a whole card. */
export function sameAgain(context: ConversationContext, topic: Intent): AnswerPart | undefined {
  if (context.part) return context.part === LEAD_PART ? { label: LEAD_PART, text: topic.layout.lead } : topic.layout.parts.find((p) => p.label === context.part);
  const asked = facetNamed(context.asked);
  return asked ? partFor(topic.layout, asked) : undefined;
}

/** "and the CPC?" after the CCA's exam: the CPC's part about the same thing. */
export function samePart(context: ConversationContext, from: Intent, to: Intent): AnswerPart | undefined {
  // A whole card answered a question that asked one thing ("how long is an associate degree?"): the same of this one.
  const asked = context.part ? undefined : facetNamed(context.asked);
  if (asked) return partFor(to.layout, asked);
  if (!context.part) return undefined;
  const previous = from.layout.parts.find((p) => p.label === context.part);
  if (!previous) return undefined;
  const facet = FACETS.find((f) => f.label.test(previous.label.toLowerCase()));
  return facet ? partFor(to.layout, facet) : undefined;
}

/**
 * "so how many years exactly for someone like me?" after the CHPS's eligibility: a figure of the kind the part just
 * given states ("RHIT plus 4 years"), asked of a card with no part labelled for it, is that part again, not the first
 * part that happens to hold such a figure (the lead's "from 1 to 6 years").
 */
export function figureOfSamePart(asked: { facet?: Facet; part: AnswerPart }, context: ConversationContext, topic: Intent): AnswerPart | undefined {
  if (!asked.facet?.text || asked.facet.label.test(asked.part.label.toLowerCase()) || !context.part || context.part === LEAD_PART) return undefined;
  const previous = topic.layout.parts.find((p) => p.label === context.part);
  return previous && previous !== asked.part && asked.facet.text.test(previous.text) ? previous : undefined;
}

// Words that set two figures side by side: "how does the 2024 number compare?", "is that higher or lower?".
const COMPARES = /\b(compare[sd]?|comparison|higher|lower|more or less|bigger|smaller|differ\w*|vs\.?|versus|went up|gone up|go up|went down|increase[sd]?|decrease[sd]?)\b/;

/**
 * "And how does the 2024 number compare?" after May 2023's median: the year asked is the lead's current figure, and
 * the comparison needs the older ones too. The card's part of older figures (the answer gives it beside the lead's
 * figures) holds both.
 */
export function olderBeside(text: string, topic: Intent, year: AnswerPart | undefined): AnswerPart | undefined {
  // A year asked that only the lead gives, or that several parts give (the lead's and the range's "May 2024").
  if ((year && year.label !== LEAD_PART) || !COMPARES.test(text) || !/\b(19|20)\d\d\b/.test(text)) return undefined;
  return partFor(topic.layout, facetNamed('older')!);
}

// "what year is that figure from?", "is that 70% from this year or is it old": when what was just said is from.
const WHEN_FROM = /\b(what|which) (years?|edition|date)\b|\b(for|from|covering|over) (which|what) (years?|period|time ?frame|span)\b|\bfrom (which|what) (year|edition)\b|\bhow (old|recent|current|up to date) (is|are) (that|this|those|these)( number| figure| figures| data| stat| stats)?\W*$|\bthis year or\b|\b(is|was) (that|it|this)( number| figure| stat)? (old|outdated|current|recent)\b/i;

// A figure quoted with its unit: "its 4 hrs", "it is 80 percent", "it is 30 days".
const UNITS: readonly RegExp[] = [
  /\b\d+(\.\d+)?\s*(hours?|hrs?)\b/i,
  /\b\d+\s*(minutes?|mins?)\b/i,
  /\b\d+\s*(calendar |business )?days?\b/i,
  /\b\d+\s*(weeks?|wks?)\b/i,
  /\b\d+(\.\d+)?\s*(%|percent)/i,
  /\b\d+\s*(questions?|items?)\b/i,
  /\b\d+\s*(CEUs?|CE units?|credits?)\b/i,
];

/**
 * The part the last answer gave (or its question asked), when the message challenges it or asks when it is from.
 * A challenge quoting a figure with its unit ("u sure? my classmate said its 4 hrs") is the part that states a figure
 * of that unit: the one given if it does, else the direct answer if it does, else the only part of the card that does.
 */
export function partAgain(text: string, context: ConversationContext, topic: Intent): AnswerPart | undefined {
  const challenged = challenges(text);
  if (!challenged && !WHEN_FROM.test(text)) return undefined;
  const again = sameAgain(context, topic);
  // When a figure is from: a part that gives a year; the direct answer first, where the figure asked about usually is.
  const units = challenged ? UNITS.filter((u) => u.test(text)) : [YEAR];
  if (!units.length) return again;
  const states = (part: AnswerPart) => units.some((u) => u.test(part.text));
  if (again && states(again)) return again;
  const lead = { label: LEAD_PART, text: topic.layout.lead };
  const stating = [lead, ...topic.layout.parts].filter(states);
  return stating.length === 1 || stating[0] === lead ? stating[0] : again;
}

const YEAR = /\b(19|20)\d\d\b/;

/**
 * The part (not the direct answer) that shares the most of the question's words after `first`. A follow-up tied to
 * the card in context only by the words it shares with one part ("And the lowest people and the highest people, how
 * much they get?" after the pay) is a guess: this part is given beside it, so that a near miss still carries the
 * facts. Narrow answers stay narrow (a third of the card on average).
 */
export function secondClosest(parts: PartFinder, text: string, topic: Intent, first: AnswerPart): AnswerPart | undefined {
  if (first.label === LEAD_PART) return undefined;
  const rest = topic.layout.parts.filter((part) => part !== first);
  return parts.closest(text, { ...topic, layout: { ...topic.layout, lead: '', parts: rest } });
}
