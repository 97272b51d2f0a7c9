// Some messages ask about more than one topic: a comparison ("rhit vs rhia", "cca or ccs?") or two questions
// in one ("what is the CCA and how do I keep my HIPAA training current?"). The reply answers each side.
import type { Intent, KnowledgeBase } from '../knowledge/types.js';
import type { EntityMention } from '../nlu/entities.js';
import { joinedQuestions, questionSentences } from '../nlu/sentences.js';
import type { Ranker, Ranking } from './ranker.js';
import { isBareQuestion } from './pointing.js';
import { nameAsWord } from './part-finder.js';
import type { Thresholds } from './thresholds.js';

export const COMPARING = /\b(vs\.?|versus|or|difference|differences|diff|differ|compare|compared|comparison|better|between)\b|\b(harder|easier|tougher|longer|shorter|cheaper|pricier|worse|quicker|faster)(?: [\w']+){0,3}? than\b(?! (?:i|we|you|expected|thought|planned|usual|normal|before|last|ever)\b)/i;
const MAX_COMPANIONS = 2;
const SIDES = /\b(?:vs\.?|versus|or|and|compared to|compared with)\b/i;

export function companions(
  text: string,
  mentions: EntityMention[],
  primary: Intent,
  kb: KnowledgeBase,
  ranker: Ranker,
  thresholds: Thresholds,
): Intent[] {
  const out: Intent[] = [];
  const add = (t: Intent | undefined) => {
    if (t && t.kind === 'topic' && t !== primary && !out.includes(t) && out.length < MAX_COMPANIONS) out.push(t);
  };
  if (COMPARING.test(text)) {
    // Named things compared ("rhit vs rhia"), or the sides of "the difference between X and Y" read one by one.
    if (mentions.length >= 2) for (const m of mentions) add(kb.byId.get(m.topic));
    else {
      for (const side of text.split(SIDES)) {
        // Two companions found: no other side can be added (ranking one changes nothing else).
        if (out.length >= MAX_COMPANIONS) return out;
        if (side.trim().split(/\s+/).length < 2) continue;
        const r = ranker.rank(side);
        if (r.mass.topic >= thresholds.topicMass && r.best[0]!.confidence >= 0.3) add(kb.byId.get(r.best[0]!.intent));
      }
    }
  }
  // Two questions asked: in two sentences, or joined in one ("what does a coder do and how much do they make?").
  const sentences = questionSentences(text);
  const asked = sentences.length >= 2 ? sentences : sentences.length === 1 ? joinedQuestions(sentences[0]!) : [];
  if (asked.length >= 2) {
    for (const sentence of asked) {
      if (out.length >= MAX_COMPANIONS) return out;
      const r: Ranking = ranker.rank(sentence);
      const best = r.best[0]!;
      // "...and how often?" asks it of the same thing: a question word alone names no topic of its own.
      if (isBareQuestion(r.analysis.tokens)) continue;
      if (r.mass.topic >= thresholds.topicMass && best.confidence >= 0.4) add(kb.byId.get(best.intent));
    }
  }
  return out;
}

/**
 * "rhit vs rhia": the sides in the order the person named them, so that "the second one" is the RHIA. Only for
 * things of one kind compared with each other, not a credential named on the way to other questions.
 */
export function inNamedOrder(text: string, mentions: EntityMention[], sides: Intent[], kb: KnowledgeBase): Intent[] {
  const named = [...new Set([...mentions].sort((a, b) => (a.at ?? 0) - (b.at ?? 0)).map((m) => kb.byId.get(m.topic)!))];
  const onlyNamed = named.length === sides.length && named.every((n) => sides.includes(n) && n.entity?.type === named[0]!.entity?.type);
  const ordered = onlyNamed && COMPARING.test(text) ? named : sides;
  // "...for the CCS or the COC. What is the COC for?": the side the one question names is what is asked first.
  const asked = questionSentences(text);
  if (ordered !== named || asked.length !== 1 || asked[0] === text.trim()) return ordered;
  const inQuestion = ordered.filter((side) => (side.entity?.names ?? []).some((n) => nameAsWord(n, 'i').test(asked[0]!)));
  return inQuestion.length === 1 ? [inQuestion[0]!, ...ordered.filter((side) => side !== inQuestion[0])] : ordered;
}

/**
 * "whats the difference between cpc and coc": two things of one kind named and compared are the answer; a general
 * topic read from "difference" is not a third side, unless the comparison asks what it is all about ("... pay?").
 * An organisation named beside them only says whose they are ("AHIMA's two coding credentials, the CCA and the CCS").
 */
export function namedSidesFirst(text: string, mentions: EntityMention[], sides: Intent[], allAbout: () => Intent | undefined): Intent[] {
  const named = new Set(mentions.map((m) => m.topic));
  const compared = (side: Intent) => named.has(side.id) && side.entity?.type !== 'organization';
  const namedSides = sides.filter(compared);
  if (namedSides.length < 2 || !COMPARING.test(text) || !namedSides.every((side) => side.entity && side.entity.type === namedSides[0]!.entity?.type)) return sides;
  const about = allAbout();
  return sides.filter((side) => compared(side) || side === about);
}
