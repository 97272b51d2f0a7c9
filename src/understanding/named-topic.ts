// A topic chosen by a name in the message ("rhia eligibility", "how many CEUs for the CPC"): the named thing's own
// card, a general topic it hands over to, or none when the message's own topic is very clear.
import type { Intent, KnowledgeBase } from '../knowledge/types.js';
import type { EntityMention } from '../nlu/entities.js';
import { questionSentences } from '../nlu/sentences.js';
import { askedPart, facetsAsked } from './facets.js';
import { nameAsWord, SOFT_RARITY, type PartFinder } from './part-finder.js';
import { asksWhatItIs, COMPARING, oneNamed, possessedAt } from './pointing.js';
import type { Ranker, Ranking } from './ranker.js';
import type { Route } from './decision.js';
import { CLEAR_BESIDE_ORGANISATION, VERY_CLEAR_OWN_SHARE } from './shares.js';

export interface Named {
  intent: Intent;
  confidence: number;
  route: Route;
}

/** A topic chosen by a name in the message: the entity's own topic, or a general topic handed over to it. */
export function namedTopic(text: string, ranking: Ranking, mentions: EntityMention[], kb: KnowledgeBase, parts: PartFinder, ranker: Ranker): Named | undefined {
  // "AHIMA's CCA": an organisation named beside the one thing asked about only says whose it is.
  const mention = oneNamed(mentions) ?? oneNotHeld(mentions, ranking.analysis.tokens, text);
  if (!mention) return undefined;
  const entityTopic = kb.byId.get(mention.topic)!;
  const best = kb.byId.get(ranking.best[0]!.intent)!;
  // "how much do RHITs make?", "where do CPCs work?": asked of the people who hold it, about something its card has
  // no part for and one topic is all about (the pay card says what certification adds).
  const home = entityTopic.entity?.type !== 'organization' && !askedPart(text, entityTopic.layout) ? parts.allAbout(text) : undefined;
  if (home && home !== entityTopic) return { intent: home, confidence: ranking.mass.topic, route: 'classifier' };
  if (best === entityTopic) return { intent: entityTopic, confidence: ranking.mass.topic, route: 'entity' };
  // "how many CEUs for the CPC": the general topic hands over to the credential's own topic.
  if (best.deferTo.includes(mention.type)) return { intent: entityTopic, confidence: ranking.mass.topic, route: 'deferred' };
  // A topic of its own that is very clear ("what counts as a HIPAA breach?", "hipaa training") is not the
  // named thing's card just because the question is short.
  // A topic of a thing of its own counts when the message says its title's own words: "What are the 18 HIPAA
  // identifiers?" is the PHI topic (titled for the 18 identifiers), not HIPAA's.
  const ownIsVeryClear = (!best.entity || saysTitleOf(ranking, best, entityTopic, parts, ranker)) && ranking.best[0]!.confidence >= (entityTopic.entity?.type === 'organization' ? CLEAR_BESIDE_ORGANISATION : VERY_CLEAR_OWN_SHARE);
  // A short question that is mostly the name ("and CPT?", "rhia eligibility"), or one that asks a part the
  // entity's own card has ("to take the CPC exam do I need a degree?").
  // A very clear topic of its own that has the part asked keeps it: "how many CEUs, after AHIMA's 2025 change?" is
  // continuing education, and "where can I take the AHIMA exam?" exam logistics.
  // An organisation named with it only says whose it is.
  const ownHasIt = ownIsVeryClear && (entityTopic.entity?.type === 'organization' || askedPart(text, best.layout) !== undefined);
  // A part of its card that only mentions a figure of the kind asked ("6 years" for "how long") does not outweigh a
  // very clear topic of the message's own: "how long does a provider have to respond... under HIPAA" is the right of access.
  const entityPart = askedPart(text, entityTopic.layout);
  const partAsked = entityPart && (!ownIsVeryClear || entityPart.facet.label.test(entityPart.part.label.toLowerCase()));
  // "how many ceus does aapc require": a short question naming an organisation asks what its card has no part for
  // (CEUs): the message's own best topic answers, not the organisation's card.
  const elsewhere = entityTopic.entity?.type === 'organization' && !entityPart && facetsAsked(text).length > 0;
  // "whats the difference between AAPC and AHIMA?": two names of one card compared, and that card holds both sides.
  const comparesItsOwnNames = COMPARING.test(text) && separateNames(text, entityTopic.entity?.names ?? []) >= 2;
  if (comparesItsOwnNames) return { intent: entityTopic, confidence: ranking.mass.topic, route: 'entity' };
  if ((ranking.analysis.tokens.length <= 6 && !ownIsVeryClear && !elsewhere) || (partAsked && !ownHasIt) || (asksWhatItIs(text) && !ownIsVeryClear)) {
    return { intent: entityTopic, confidence: ranking.mass.topic, route: 'entity' };
  }
  return undefined;
}

/** True when the message has a rarer word of one topic's title that the other's title lacks. */
function saysTitleOf(ranking: Ranking, topic: Intent, other: Intent, parts: PartFinder, ranker: Ranker): boolean {
  const others = new Set(parts.stems(other.title));
  const own = parts.stems(topic.title).filter((s) => !others.has(s) && s.length > 2 && ranker.rarity(s) >= SOFT_RARITY);
  return own.some((s) => ranking.analysis.stems.includes(s));
}

/** How many of the names occur apart from each other: "CPC-A" is one name, not also the "CPC" inside it. */
function separateNames(text: string, names: readonly string[]): number {
  const spans = names.flatMap((name) => {
    const m = nameAsWord(name, 'i').exec(text);
    return m ? [{ start: m.index, end: m.index + m[0].length }] : [];
  });
  return spans.filter((a) => !spans.some((b) => b !== a && b.start <= a.start && a.end <= b.end && b.end - b.start > a.end - a.start)).length;
}

/**
 * "She already has her CCA and wants to go for the CCS": of two credentials named, the one the person holds only
 * says where they stand; the one they do not hold is what they ask about.
 */
function oneNotHeld(mentions: readonly EntityMention[], tokens: readonly string[], text: string): EntityMention | undefined {
  const credentials = [...new Map(mentions.filter((m) => m.type === 'credential').map((m) => [m.topic, m])).values()];
  if (credentials.length !== 2 || credentials.some((m) => m.at === undefined)) return undefined;
  // The question itself names one of them: that one ("She has her CCA... How much does the CCA renewal cost?").
  const asked = questionSentences(text).join(' ');
  const inQuestion = credentials.filter((m) => nameAsWord(m.name, 'i').test(asked));
  if (inQuestion.length === 1) return inQuestion[0];
  const notHeld = credentials.filter((m) => !mentions.some((other) => other.topic === m.topic && other.at !== undefined && possessedAt(tokens, other.at)));
  return notHeld.length === 1 ? notHeld[0] : undefined;
}
