// "...My rent is about $1,400 a month. Given the number you just gave me, what is that per hour?": a long message
// whose question opens by pointing back at the last answer asks that question of it. The story around it only
// says who is asking (the whole message was checked for declines first).
import { questionSentences } from '../nlu/sentences.js';
import { SITS_FOR_IT } from './follow-up-cues.js';

// A clause that points back at the answer just given, then a comma: "Given that,", "Based on what you just said,",
// "Going by your answer,", "From what you explained,", "Considering what you just said about remote coding,".
const POINTING_BACK_CLAUSE =
  /^\W*(?:(?:so|ok|okay|and|but|well|thanks)\W+)?(?:given|based on|going by|from|considering|according to|with|after)\b[^,?.!]{0,50}?\b(?:that|this|all that|your answer|the answer|the rules?|that rule|what you(?: just)? (?:said|explained|wrote|listed|mentioned|gave)|you(?: just)? (?:said|explained|wrote|listed|mentioned|gave)(?: me)?)\b[^,?.!]{0,40}?,\s*/i;

/** The question a long message asks of the last answer, without its pointing-back clause; undefined for any other message. */
export function backReferredQuestion(text: string): string | undefined {
  const asked = questionSentences(text);
  const last = asked.at(-1);
  if (!last || last === text.trim()) return undefined;
  const clause = POINTING_BACK_CLAUSE.exec(last);
  if (!clause) return undefined;
  const question = last.slice(clause[0].length).trim();
  return question.split(/\s+/).length >= 2 ? question : undefined;
}

/**
 * "...I finish my final classes in April, but the college won't send transcripts until June. Do I really have to wait
 * until I've graduated before I can take it?": the question of a longer story that points at the exam in context,
 * and at nothing of the story.
 */
export function examQuestionOfStory(text: string): string | undefined {
  // Most messages point at no exam: the sentences are split only for one that does.
  if (!SITS_FOR_IT.test(text)) return undefined;
  const asked = questionSentences(text);
  if (asked.length === 1 && asked[0] === text.trim()) return undefined;
  // "does that matter if i want to sit for it after?": "that" is something of the story, which the question needs.
  return asked.findLast((q) => SITS_FOR_IT.test(q) && !/\b(that|this|those|these)\b/i.test(q.replace(SITS_FOR_IT, ' ')));
}
