// What in a message points back at the conversation: pronouns ("is it hard?"), continuations ("and the CPC?"),
// the sides of a comparison ("the second one"), and names that only say who is asking or what they hold.
import { askedClauses, questionSentences } from '../nlu/sentences.js';
import type { EntityMention } from '../nlu/entities.js';
import { facetsAsked, WHAT_IS_IT } from './facets.js';
import type { Ranking } from './ranker.js';
import type { ConversationContext } from '../store/state.js';
import { CHALLENGE, checksClaim, DESCRIBED_SIDE } from './follow-up-cues.js';
import { CLEAR_OWN_SHARE } from './shares.js';

/** Longer messages are read on their own: a stray "it" in them refers to something inside the message. */
export const MAX_FOLLOW_UP_WORDS = 14;

export const PRONOUNS = new Set(['it', 'its', 'that', 'this', 'they', 'them', 'those', 'these', 'one', 'ones', 'same', 'other', 'she', 'he', 'her', 'him']);
// Pronouns that nearly always point back at what was said ("one", "its" and "other" often do not).
const POINTING_BACK = new Set(['it', 'that', 'this', 'they', 'them', 'those', 'these', 'she', 'he', 'her', 'him']);

const PEOPLE = new Set(['she', 'he', 'her', 'him']);

/**
 * True when the words point back at what was said before ("is that a law?", "when will it start?"). Without
 * `people`, "she" and "him" do not count: in a question of its own they are a person in it ("what should she do?").
 */
export function pointsBack(words: readonly string[], people = true): boolean {
  return words.some((w, i) => POINTING_BACK.has(w) && (people || !PEOPLE.has(w)) && !(DETERMINERS.has(w) && TIMES.has(words[i + 1] ?? '')));
}
// "this year", "that week", "these days": a time, not something said before.
const DETERMINERS = new Set(['this', 'that', 'these', 'those']);
const TIMES = new Set(['year', 'yr', 'years', 'month', 'months', 'week', 'weeks', 'weekend', 'morning', 'afternoon', 'evening', 'time', 'times', 'day', 'days', 'semester', 'summer', 'fall', 'spring', 'winter', 'quarter']);
// "wait, I thought you could qualify with experience?" answers back to what was just said.
// "what if the stolen laptop was encrypted?" asks the same thing of a changed case.
// "n the us?", "n lvl 1?": chat's "n" is "and".
const CONTINUATIONS = ['and', 'n', 'also', 'plus', 'or', 'but', 'what about', 'how about', 'then', 'so what about', 'same for', 'ok and', 'ok what about', 'wait', 'i thought', 'but i thought', 'what if', 'and what if', 'so what if'];
// "vs an RHIT, what's the education difference?" after the RHIA, "Compare it with the CCS-P: ...": the thing named is
// set beside the one in context.
// "and how does that compare with the CCS?": words that ask for two things side by side, not the same of another.
export const COMPARING = /\b(compare[sd]?|comparison|vs\.?|versus|differ\w*|difference)\b/i;
export const STARTS_COMPARING = /^\W*(?:(?:and|so|ok|okay)\W+)?(?:vs\.?|versus|compared (?:to|with)|as opposed to|compare (?:it|that|this|them) (?:with|to|against))\s/i;
export const CONTINUATION_WORDS = new Set(CONTINUATIONS.flatMap((c) => c.split(' ')));
// Openings that continue by setting something beside what was said (not words to drop from a follow-up's own).
const OPENINGS = [...CONTINUATIONS, 'vs', 'versus', 'compared to', 'compared with', 'as opposed to'];
// A name after these is a condition of the question, not its subject: "what do I need if I have my RHIT".
const CONDITIONS = new Set(['if', 'since', 'already', 'because', 'cause']);

// "I passed my CCA last month": a credential already earned is who is asking.
const HAVING = new Set(['has', 'have', 'hold', 'holds', 'got', 'earned', 'with', 'passed', 'finished', 'completed']);
const POSSESSIVES = new Set(['my', 'her', 'his', 'their', 'our', 'your', 'an', 'a']);

/**
 * Names that are only conditions of the question ("...if I have my RHIT", "she has her RHIT", "I'm an RHIT") are dropped,
 * unless they are all there is and keeping a credential up is asked ("I passed my RHIT... how many CEUs to keep it?").
 */
export function subjectMentions(ranking: Ranking, mentions: EntityMention[]): EntityMention[] {
  const t = ranking.analysis.tokens;
  // Keeping a credential up is asked of the one held: "I passed my RHIT in March... how many CEUs to keep it?"
  const held = (m: EntityMention) => m.at !== undefined && keepsUp(t) && possessedAt(t, m.at);
  const condition = (at: number) => {
    const before = t.slice(Math.max(0, at - 4), at);
    const possessed = possessedAt(t, at);
    // "I'm an RHIT and want to move into privacy": who is asking, not what is asked about.
    const article = before.at(-1) === 'a' || before.at(-1) === 'an' ? 1 : 0;
    const selfNamed = before.at(-1 - article) === 'am' && before.at(-2 - article) === 'i';
    return possessed || selfNamed || before.some((w) => CONDITIONS.has(w));
  };
  const kept = mentions.filter((m) => m.at === undefined || !condition(m.at));
  return kept.length ? kept : mentions.filter(held);
}

/** The names of things asked about: an organisation named beside them only says whose they are ("AHIMA's CCA"). */
export function thingsNamed(mentions: readonly EntityMention[]): EntityMention[] {
  return mentions.filter((m) => m.type !== 'organization');
}

/** The one name of a message, or its one thing when an organisation is named beside it ("AHIMA's CCA"). */
export function oneNamed(mentions: readonly EntityMention[]): EntityMention | undefined {
  if (mentions.length === 1) return mentions[0];
  const things = thingsNamed(mentions);
  return things.length === 1 ? things[0] : undefined;
}

/** True when the credential at `at` is one the asker has ("passed my", "have an"). */
export function possessedAt(t: readonly string[], at: number): boolean {
  const before = t.slice(Math.max(0, at - 4), at);
  return (before.at(-1) !== undefined && POSSESSIVES.has(before.at(-1)!) && HAVING.has(before.at(-2) ?? '')) || HAVING.has(before.at(-1) ?? '');
}

/** True when the words ask what keeping a credential takes (renewal, CEUs, expiry). */
function keepsUp(t: readonly string[]): boolean {
  return facetsAsked(t.join(' ')).some((f) => f.name === 'renewal');
}

/** "and ...", "what about ...": the message continues the previous one. */
export function continues(ranking: Ranking): boolean {
  const t = ranking.analysis.tokens;
  const start2 = `${t[0]} ${t[1] ?? ''}`.trim();
  const start3 = `${start2} ${t[2] ?? ''}`.trim();
  return OPENINGS.some((c) => c === t[0] || c === start2 || c === start3);
}

/** A message that leans on what was said before: "and ...?", a pronoun, a part asked for, or a short question with no name of its own. */
export function leansOnContext(text: string, ranking: Ranking, mentions: EntityMention[]): boolean {
  const t = ranking.analysis.tokens;
  // "Compared with the CPC, which would make more sense if...": set beside the one in context, however long.
  if (STARTS_COMPARING.test(text) && oneNamed(mentions)) return true;
  // "are you sure? my friend told me it is AHIMA": the answer just given, challenged, whatever it names.
  if (CHALLENGE.test(text)) return true;
  // A claim put to check it, unless it reads clearly as a question of its own ("my boss says HIPAA wants 7 years, true?"
  // after an unrelated first question).
  if (checksClaim(text) && (ranking.best[0]?.confidence ?? 0) < CLEAR_OWN_SHARE) return true;
  if (!t.length || t.length > MAX_FOLLOW_UP_WORDS) return false;
  if (continues(ranking)) return true;
  // A name compared with something pointed back at: "how is it different from the CCA?".
  // "is that more than AHIMA asks for a CCA?": the organisation only says whose the thing is.
  if (mentions.length) return oneNamed(mentions) !== undefined && ((pointsBack(t, false) && ABOUT_BOTH.test(text)) || asksQuantityOfName(text, t));
  return t.length <= 6 || t.some((w) => PRONOUNS.has(w)) || facetsAsked(text).length > 0;
}

/**
 * "aapc?" after "ahima founded year": a name alone, after a question that asked one thing (when it was founded), asks
 * that thing of it (AAPC's founding), the way "and AAPC?" does.
 */
export function nameAloneAfterAsked(ranking: Ranking, mentions: EntityMention[], context: ConversationContext | undefined): boolean {
  if (!context?.asked || mentions.length !== 1) return false;
  const name = new Set(mentions[0]!.name.toLowerCase().split(/[^a-z0-9]+/));
  const words = ranking.analysis.tokens.filter((w) => w !== 'the');
  return words.length > 0 && words.length <= 3 && words.every((w) => name.has(w));
}

// "how many do I need for the RHIT?" after CEUs: a quantity asked of a name, with no word of what it counts.
const QUANTITY_ONLY = /^\W*(?:and |so |ok )?(?:how (?:many|much|long|often)|when) (?:do|does|did|is|are|was|were|will|would|can|could|should|for)\b/i;

/** True for a short question asking how many / how long of the one thing it names, and no part of its own. */
export function asksQuantityOfName(text: string, tokens: readonly string[]): boolean {
  return tokens.length <= 8 && QUANTITY_ONLY.test(text) && !facetsAsked(text).length;
}

// "how long?", "how fast": a question word alone asks it of what was just said, however the classifier reads it.
const BARE_QUESTION = /^(and |so )?(how (long|much|many|often|soon|fast|quickly)|when|why|where|who)( tho| though)?$/;

/** True for a question word alone ("how long?", "and how fast"): it says nothing without the conversation. */
export function isBareQuestion(tokens: readonly string[]): boolean {
  return BARE_QUESTION.test(tokens.join(' '));
}

// The sides of a comparison, in the order they were named.
export const FIRST_SIDE = /\b(first one|1st one|former)\b/i;
export const SECOND_SIDE = /\b(second one|2nd one|latter|other one)\b/i;
export const OTHER_SIDE = /\bother one\b/i;

// "which of the two could I sit for?": every side of the comparison, named by counting them.
const BOTH_SIDES = /\bwhich (?:one )?of (the|those|these) (two|2)\b|\bwhich of (them|both)\b|\b(either|neither|both) of (them|those|the two)\b/i;

/** True when the message picks a side of a comparison, or asks of both ("the second one", "the bachelor's one", "which of the two"). */
export function refersToSide(text: string): boolean {
  return FIRST_SIDE.test(text) || SECOND_SIDE.test(text) || BOTH_SIDES.test(text) || DESCRIBED_SIDE.test(text.toLowerCase());
}

/**
 * The one question of a long message when it picks a side of a comparison ("Ok that helps. And how long is the
 * second one's exam? I get test anxiety..."): a pronoun in a long message often points inside the message itself,
 * a side of the comparison never does.
 */
export function sideQuestion(text: string): string | undefined {
  const asked = questionSentences(text);
  if (asked.length !== 1 || asked[0] === text.trim()) return undefined;
  const question = asked[0]!;
  return refersToSide(question) && question.split(/\s+/).length <= MAX_FOLLOW_UP_WORDS ? question : undefined;
}

const JOINED = /\s+(?:and|also|plus)\s+/i;

/**
 * "I see COC on some resumes. What is it?": the message, longer than its one question, asks first what it named is.
 * Without a question mark the one clause that asks counts, and its first question: "my coworker keeps talking about
 * her RHIA like its a big deal, what even is that and why is it harder to get".
 */
export function asksWhatItIs(text: string): boolean {
  const asked = questionSentences(text);
  if (asked.length === 1 && asked[0] !== text.trim()) return WHAT_IS_IT.test(asked[0]!);
  const clauses = askedClauses(text);
  if (clauses.length !== 1 || clauses[0] === text.trim()) return false;
  return WHAT_IS_IT.test(clauses[0]!.split(JOINED)[0]!);
}


// "which one pays more?", "is either online?": a question about every side of the comparison in context.
export const ABOUT_BOTH = /\bwhich (one|ones|of|is|are|pays|has|takes|should|would|do|does|needs|costs|gets|makes|offers|was)\b|\b(both|either|neither|better|more|less|difference|different|differ|compare|compared|vs|same as|harder|easier|tougher|cheaper|faster|longer|shorter|worse|unlike)\b|\bthat (a|an|the) [\w-]+ (doesn'?t|does not|don'?t|do not|can'?t|cannot|won'?t|isn'?t)\b/i;

/**
 * True when the message's own best topic is clear and is a thing it names: "...My manager tell me I cannot take CHPS
 * until I have 6 years experience. With the rules you tell me, this is correct for me?" is about the CHPS, whatever
 * its last clause alone reads as.
 */
export function ownClearlyNamed(ranking: Ranking, mentions: readonly EntityMention[]): boolean {
  const best = ranking.best[0];
  return best !== undefined && best.confidence >= CLEAR_OWN_SHARE && mentions.some((m) => m.topic === best.intent);
}
