// "What does a pharmacy tech make?" is declined as another career; the reply invites a question about this field,
// and people answer it the way they talk: "what about medical records specialists?". That asks the declined
// question again, of something this field covers. The declined question is kept (with the other career taken out)
// only for the next message, and only when it is short and carried no patient details (advisor.ts).

/** Where the other career stood in the declined question. */
export const CAREER_SLOT = '{career}';

/** Longer questions are stories, not a question that can be asked again of something else. */
const MAX_FRAME_WORDS = 16;
const MAX_SUBJECT_WORDS = 6;

// Openers that only lead into the pivot ("ok", "hmm", "actually").
const LEAD_IN = String.raw`(?:(?:ok(?:ay)?|k|so|and|but|hmm+|well|actually|oh|ah|alright|sorry|then)[\s,.!]+)*`;
// Words after the subject that add nothing ("then", "instead", "though").
const TAIL = String.raw`(?:[\s,]+(?:then|instead|though|tho|too|as well|jobs?|careers?|roles?|people|workers))?`;
const PIVOTS: RegExp[] = [
  // "what about medical records specialists?", "how about for coders then?"
  new RegExp(String.raw`^\W*${LEAD_IN}(?:what|how|wbu|wat)\s+about\s+(?:for\s+|with\s+|in\s+|as\s+)?(?:a\s+|an\s+|the\s+)?([^?.!]+?)${TAIL}\s*[?.!]*\s*$`, 'i'),
  // "and medical records?", "but for a records clerk?"
  new RegExp(String.raw`^\W*(?:and|but|ok(?:ay)?|so)\s+(?:for\s+|in\s+|as\s+)?(?:a\s+|an\s+|the\s+)?([^?.!]+?)${TAIL}\s*\?+\s*$`, 'i'),
  // "I meant medical records", "sorry, i was asking about coders"
  new RegExp(String.raw`^\W*${LEAD_IN}i\s+(?:meant|mean|was (?:asking|talking) about|want(?:ed)? to know about)\s+(?:for\s+|in\s+|as\s+)?(?:a\s+|an\s+|the\s+)?([^?.!]+?)${TAIL}\s*[?.!]*\s*$`, 'i'),
  // "medical records instead?", "for coders then?"
  new RegExp(String.raw`^\W*(?:for\s+|in\s+)?(?:a\s+|an\s+|the\s+)?([^?.!]+?)[\s,]+(?:then|instead)\s*\?*\s*$`, 'i'),
];

// The declined question was asked of a job, so only a job of this field can take its place: "what about medical
// records?" or "and coders?", not "what about HIPAA training?" (a question of its own).
const A_JOB_OF_THE_FIELD = /\b(?:clerks?|specialists?|technicians?|techs?|coders?|coding|billers?|billing|analysts?|administrators?|registrars?|medical records?|health information|health info|him|hit|rhits?|rhias?|ccas?|ccs|cpcs?|chda|records?)\b/i;

/** The declined question with the other career taken out, or undefined when it is no short question. */
export function declinedFrame(text: string, career: { start: number; end: number }): string | undefined {
  const words = text.trim().split(/\s+/).length;
  if (words > MAX_FRAME_WORDS || text.includes(CAREER_SLOT)) return undefined;
  return `${text.slice(0, career.start)}${CAREER_SLOT}${text.slice(career.end)}`.trim();
}

/** What "what about X?" asks about: X, or undefined when the message is not such a pivot. */
export function pivotSubject(text: string): string | undefined {
  for (const re of PIVOTS) {
    const subject = re.exec(text)?.[1]?.trim();
    if (!subject) continue;
    if (subject.split(/\s+/).length > MAX_SUBJECT_WORDS || !A_JOB_OF_THE_FIELD.test(subject)) return undefined;
    return subject;
  }
  return undefined;
}

/** The declined question asked again of the subject: "What does a {career} make?" and "coders": "What does a coders make?". */
export function askedAgainOf(frame: string, subject: string): string {
  return frame.replace(CAREER_SLOT, subject);
}
