// The cues of follow-up.ts: how long a message may be to count as clipped, and the words that mark what kind of
// follow-up it is ("tell me more", "the year before that", "instead", "the outpatient one").
import { saysNewSubject } from './pleasantry.js';

/** From this length on, a message whose own reading is in the field keeps that reading. */
export const OWN_READING_WORDS = 8;
// "cost?", "time limit?": a message this short that names a part is only that part, asked of the context.
export const FACET_ONLY_WORDS = 2;
// "what about coders?", "and for a coder?": short enough to be only the same question asked of someone else.
export const CLIPPED_WORDS = 5;
// "what about clerks?": the message's own reading at this share answers it when the topic in context never names them.
export const CLEAR_CONTINUATION_SHARE = 0.3;

// Asking for the rest of what was just answered in part.
export const MORE = /^\W*(tell me more|more|more (please|pls|info|information|details?)|go on|keep going|details?( please| pls)?|elaborate|the whole (thing|card|answer)|full (answer|card|details)|(tell me )?more (about|on) (that|this|it))\W*$/i;
// "what about the year before that?" after a pass rate: the same thing asked of another year.
export const ANOTHER_YEAR = /\b(the )?(year|one) (before|after) (that|this|it)\b|\b(the )?(previous|prior|next|following) year\b|\bthe year before\b|\b(earlier|previous|prior|other) years\b/i;
// "...a certificate instead?", "...rather than an associate?": the same question asked of something else.
export const SWITCHING = /\b(instead|rather|alternatively)\b/i;
// "the outpatient one", "the hospital one": a side of a comparison picked by what it is.
// "the bachelor's one", "the non-AHIMA one" too.
export const DESCRIBED_SIDE = /\bthe ([a-z][a-z-]+)(?:'s)? one\b/;
// "hrs?" after a credential: how long its exam takes (a credential has no length of its own).
export const HOURS_ONLY = /^\W*(hrs?|hours?|mins?|minutes?|length|duration)\W*$/i;
// What only a credential has: its exam, its eligibility, keeping it, who awards it ("can I do it from home?" is not one).
export const CREDENTIAL_FACETS: ReadonlySet<string> = new Set(['exam', 'exam-online', 'exam-where', 'early-testing', 'eligibility', 'renewal', 'issuer']);
// "is there one for privacy too?", "is there a cert specifically for our tumor registry people?": another credential
// asked for, not the one in context.
export const ANOTHER_ONE = /\b(is there|are there|there is|there are|is there also|do they have|does (ahima|aapc|it) have|any) (also |even )?(an? |another |other |any |some |one )?(other )?(specific |separate |special )?(certs?|certifications?|credentials?|one|ones|exams?)( specifically| just| also)? for\b(?! (that|this|it|them|those|these|one|him|her)\b)|\b(another|other|different) (one|cert|certification|credential)\b|\b(newer|next|updated|replacement) (version|edition|revision)\b/i;
// Someone quoting a figure they saw ("AAPC's page says 9 percent", "I saw 48k", "which is right?").
// "my friend says BLS lists no on-the-job training", "is she wrong?": a claim someone else made, to check.
export const CLAIM_QUOTED = /\b(my|a|the|our|his|her|their) (friend|teacher|instructor|coworker|co-worker|boss|manager|mom|dad|mother|father|professor|classmate|advisor|adviser|counselor|recruiter|lead|supervisor|website|site|book|textbook|brochure|article|video|program director)s?\b[^.?!]{0,40}\b(says?|said|told me|tells me|claims?|claimed|insists?|thinks?|mentioned)\b/i;

export const QUOTING = /\b(says?|said|saw|seen|read|heard|quotes?|quoted|shows?|showed|lists?|listed|claims?|claimed)\b|\bwhich (one|number|figure|is)\b|\b(is|was) (that|this|it) (right|correct|true|accurate)\b|\bwhere (does|did|do) (that|this|the|those) (number|figure|stat)/i;
// "whats the actual %?", "what's the exact gap it reported?": the figure of what was just said.
export const FIGURE_ASKED = /\bwhat(?:'s| is| was| were|s)? (?:the |that )?(?:actual |exact |real |precise )?(?:%|percent|percentage|number|numbers|figure|figures|stat|stats|statistic|rate|amount|gap|share)(?=\W|$)|\bhow (?:big|large|much) (?:is|was) (?:the|that) (?:gap|difference)\b/i;
// "are you sure? my teacher said 1 year", "wait isn't it 48?", "not 2003?": the answer just given, challenged.
export const CHALLENGE = /\b(are|r) (you|u) (sure|certain|positive)\b|\b(you|u|ya) (are )?(sure|certain)\b|^\W*no\W+(my|the|our|a|her|his) [\w-]+ (says?|said|told me)\b|^\W*(is that|that'?s|is it) (really )?(right|correct|true|accurate)\W*$|^\W*(?:(?:wait|but|hmm|huh|so|ok)\W+)?(isn'?t|wasn'?t) it\b|^\W*(?:(?:wait|hmm|huh|but)\W+)?not [\w$.,%-]+\W*\?\W*$|\bi thought it was\b|\bthat'?s (wrong|not right)\b|\bis that not a thing\b/i;
// "My coworker says it's 10 years for everything. Who's right?", "my friend says u need an RHIT to get hired, true?":
// a claim someone made, put to the bot to check. Only a short one, or one quoting a figure, checks the answer just
// given: a longer claim without a figure is usually a question of its own ("My uncle says clerks must have college now
// because of the computer systems. Is it true?"), and a switch ("unrelated to that, ...") always is.
const CLAIM_TO_CHECK = /\b(says?|said|told (me|us|him|her)|tells (me|us)|claims?|claimed|insists?|heard)\b[^?]*\b(true|right|correct|accurate|legit)\s*\?+\W*$|\bwho'?s (right|correct)\b/i;
const SHORT_CLAIM_WORDS = 12;
const ASKS_OF_ITS_OWN = /\b(what|how|which|when|where|why|who|should|shall|can i|could i|do i|will i|would i)\b/i;
// "wait srsly? my prof literally said 30 days in lecture", "ppl in the discord say u need 75 tho": a figure someone
// gave, set against the answer.
const FIGURE_CLAIMED = /\b(prof|professor|teacher|instructor|tutor|advisor|friend|classmate|coworker|co-worker|boss|manager|supervisor|mom|dad|aunt|uncle|cousin|ppl|people|everyone|every1|someone|somebody|they|mods?|reddit|textbook|book|study guide)\b[^?.!]{0,30}\b(says?|said|told (me|us)|tells (me|us)|claims?|claimed|insists?|posted|wrote)\b[^?.!]*\d/i;

/** True when the message puts a claim someone made to check against the answer just given (not a switch of subject). */
export function checksClaim(text: string): boolean {
  // Most messages quote no one: the cheap tests first.
  const figure = FIGURE_CLAIMED.test(text);
  const claim = CLAIM_TO_CHECK.test(text);
  if ((!figure && !claim) || saysNewSubject(text)) return false;
  const short = text.split(/\s+/).filter(Boolean).length <= SHORT_CLAIM_WORDS;
  // A figure claimed in a short message that asks nothing else; a claim with "true?" / "who's right?", short or with a figure.
  return (figure && short && !ASKS_OF_ITS_OWN.test(text)) || (claim && (short || /\d/.test(text)));
}

/** True when the message challenges the answer just given (CHALLENGE), or puts a claim to check against it. */
export function challenges(text: string): boolean {
  return CHALLENGE.test(text) || checksClaim(text);
}

// "an entry-level hire who'd sit for it", "do I need coding experience before I sit for it?": the credential in
// context, pointed at as the exam one sits, whatever else the message is about.
// "Am I even allowed to take it?", "...before I can take it?", "is there a time cap for when i must book it": the
// same, as the exam one takes or books.
export const SITS_FOR_IT = /\b(sit|sits|sitting) for (it|that|this|the exam|the test|that exam|this exam)\b|\b(qualify|qualified|eligible) (for|to take|to sit) (it|that one|that exam|this exam)\b|\b(allowed|able|eligible|qualified|ready|let) (me |her |him |them )?(to )?(take|sit|book|schedule) (it|that|that one|that exam|this exam)\b|\bbefore (i|you|she|he|we|they) (can |could )?(take|sit for|book|schedule) (it|that one|that exam)\b|\b(must|have to|need to|should) (book|schedule) (it|that|that exam)\b/i;
