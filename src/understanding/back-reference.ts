// "...My rent is about $1,400 a month. Given the number you just gave me, what is that per hour?": a long message
// whose question opens by pointing back at the last answer asks that question of it. The story around it only
// says who is asking (the whole message was checked for declines first).
import { questionSentences } from '../nlu/sentences.js';

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
