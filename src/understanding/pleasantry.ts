// "thx! and how long is it good for", "ok cool. is there a cheaper option": thanks or an acknowledgement in front
// of a new question. The question is what the message asks; the pleasantry is only how it starts.

// The words that say another subject comes: "a totally separate thing", "other question", "on an unrelated note".
const OTHER = String.raw`(?:totally |completely |entirely )?(?:separate|different|unrelated|other)`;
const NEW_SUBJECT = String.raw`(?:on an? ${OTHER} note|(?:a |one )?${OTHER} (?:thing|question|topic|subject|q|note|worry|concern|issue))`;
// Also the words that only say a new subject is coming ("anyway, on a totally separate note: ...", "Other question: ...",
// "Totally separate thing: ...", "another question: ...").
const PLEASANTRY = String.raw`(?:ok(?:ay)?|k|cool|great|nice|awesome|perfect|alright|got it|gotcha|i see|makes sense|thanks|thank you|thank u|thx|ty|tysm|ah+|oh+|wow|sweet|good to know|anyway(?:s)?|btw|by the way|${NEW_SUBJECT}|(?:switching|changing) (?:topics|the subject|gears)(?: completely)?|(?:a |one )?(?:quick|random|new|another) (?:thing|question|topic|subject|q)|one more thing)(?:\s+(?:so much|a lot|again))?`;
// One or more pleasantries, then punctuation or a joining word, then the rest.
const LEADING = new RegExp(String.raw`^\s*(?:${PLEASANTRY}[\s,]*)+(?:[!.,:;]+\s*|\s+(?=(?:and|but|so|also)\b))(?:(?:and|but|so|also)\s+)?(.+)$`, 'i');
/** A message that asks something: a question mark, or a question or request word first. */
export const ASKS = /\?|^\W*(what|how|why|when|where|who|which|can|could|do|does|did|is|are|should|would|will|tell|give|show|help|explain|write|list)\b/i;

/** The question after a leading pleasantry, or undefined when there is no pleasantry or nothing asked after it. */
export function afterPleasantry(text: string): string | undefined {
  const rest = LEADING.exec(text)?.[1]?.trim();
  // What is left must ask something of its own.
  if (!rest || rest.split(/\s+/).length < 2 || !ASKS.test(rest)) return undefined;
  return rest;
}

// "Totally separate thing: ...", "other question - ...", "on an unrelated note, ...", after thanks or not: the rest is
// a subject of its own ("another question: how much is it?" may still be about the same one).
const OPENS_NEW_SUBJECT = new RegExp(String.raw`^\W*(?:(?:ok(?:ay)?|thanks|thank you|thx|ty|cool|great|got it)\W+)*${NEW_SUBJECT}\b`, 'i');
// Anywhere in a message: "ok unrelated to that, my study group says...".
const NAMES_NEW_SUBJECT = new RegExp(String.raw`${NEW_SUBJECT}|\banother (?:question|thing|topic|note)\b|\bunrelated to (?:that|this)\b|\bchanging (?:the )?subject\b`, 'i');

/** True when the message opens by saying that a new subject comes (its question is read without the conversation). */
export function switchesSubject(text: string): boolean {
  return OPENS_NEW_SUBJECT.test(text);
}

/** True when the message says anywhere that it is about something new. */
export function saysNewSubject(text: string): boolean {
  return NAMES_NEW_SUBJECT.test(text);
}

// "...asked me how many CEUs she has to turn in. What should I tell her?": a last sentence that only asks how to pass
// the answer on. The question is what was told before it.
const PASSES_ON = /(?:^|[.!?]\s+)(?:so |and |ok |okay )?(?:what|how) (?:should|do|would|can|could|shall) (?:i|we) (?:tell|say to|answer|reply to|respond to|explain (?:it|this|that) to) (?:her|him|them|my [\w-]+|our [\w-]+)\W*$/i;

/** The message before a last sentence that only asks how to pass the answer on, when what is left is a whole message. */
export function beforePassingOn(text: string): string | undefined {
  const m = PASSES_ON.exec(text);
  if (!m || m.index === 0) return undefined;
  const rest = text.slice(0, m.index + 1).trim();
  return rest.split(/\s+/).length >= 4 ? rest : undefined;
}
