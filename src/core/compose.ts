// Builds replies from knowledge entries. Every reply text comes from the knowledge base or from the
// fixed phrases here; nothing a person typed is ever echoed back (no links, mentions or markup to inject).
import type { Intent, KnowledgeBase } from '../knowledge/types.js';
import type { Prediction } from '../nlu/classifier.js';
import { newReplyId } from '../contract/index.js';
import { makeReply, type Reply, type ReplyAction, type ReplySource } from '../contract/index.js';
import { pickSources } from './sources.js';
import { sharedFiguresLine } from './shared-figures.js';
import { LEAD_PART, SOURCES_PART, type AnswerPart } from '../knowledge/parts.js';
import { FACETS } from '../understanding/facets.js';
import { splitSentences } from '../nlu/sentences.js';
import { actionPayload } from '../contract/index.js';

/** Where a stranger to the field should start: offered when nothing better fits. */
export const STARTER_TOPICS = ['role-overview', 'education-requirements', 'which-certification-first'];

export function topicAction(topic: Intent): ReplyAction {
  return { label: topic.ask ?? topic.title, action: `topic:${topic.id}` };
}

function topicActions(kb: KnowledgeBase, ids: readonly string[], limit: number): ReplyAction[] {
  return ids
    .map((id) => kb.byId.get(id))
    .filter((t): t is Intent => t?.kind === 'topic')
    .slice(0, limit)
    .map(topicAction);
}

/** Helpful / not helpful: ordinary buttons, the same on every surface (the terminal also takes /good and /bad). */
export function ratingActions(replyId: string): ReplyAction[] {
  return [
    { label: '👍 Helpful', action: actionPayload.rate(replyId, true) },
    { label: '👎 Not helpful', action: actionPayload.rate(replyId, false) },
  ];
}

export interface AnswerShape {
  /** Only this part of the topic (its label): a narrow follow-up. */
  part?: string | undefined;
  /** With a part: another part of the same topic given after it (lead-and-part.ts). */
  besidePart?: string | undefined;
  /** Further topics answered in the same reply (comparisons, two questions in one). */
  also?: readonly Intent[] | undefined;
}

/** The companion's part of the same name as the part answered, if it has one. */
function partLabelled(topic: Intent, partLabel: string): AnswerPart | undefined {
  return topic.layout.parts.find((p) => p.label.toLowerCase() === partLabel.toLowerCase());
}

/**
 * A companion topic inside another answer: its heading and its direct answer, with a button for the rest; or, when
 * the answer is one part ("is it harder than the CPC?": the exam), the companion's part of the same name if it has one.
 */
function companionText(topic: Intent, same: AnswerPart | undefined): string {
  return `**${topic.title}**\n${same?.text ?? (topic.layout.lead || topic.answer)}`;
}

export function answerReply(kb: KnowledgeBase, topic: Intent, confidence: number, shape: AnswerShape = {}): Reply {
  const part = partOf(topic, shape.part);
  const also = shape.also ?? [];
  let text = topic.answer;
  let suggestions = topicActions(kb, topic.related, 3);
  if (part) {
    // A narrow follow-up: the one part, the closing caveat, and a button for the whole card.
    const beside = partOf(topic, shape.besidePart);
    text = [part.text, beside?.text, ...leadSentencesAbout(topic, part), topic.layout.tail].filter(Boolean).join('\n\n');
    suggestions = [{ label: `More about ${shortTitle(topic)}`, action: actionPayload.topic(topic.id) }, ...suggestions.slice(0, 2)];
  }
  if (also.length) {
    const sameParts = also.map((t) => (part ? partLabelled(t, part.label) : undefined));
    // Side by side part by part: the figures every side's part states, said once after them.
    const shared = part && sameParts.every(Boolean) ? sharedFiguresLine([part.text, ...sameParts.map((p) => p!.text)]) : undefined;
    text = [text, ...also.map((t, i) => companionText(t, sameParts[i])), shared].filter(Boolean).join('\n\n');
    suggestions = [...also.map((t) => ({ label: `More about ${shortTitle(t)}`, action: actionPayload.topic(t.id) })), ...suggestions].slice(0, 3);
  }
  const id = newReplyId();
  return makeReply({
    id,
    kind: 'answer',
    title: topic.title,
    text,
    sources: also.length ? pickSources([topic, ...also].flatMap((t) => t.sources.map((s) => ({ title: s.title, url: s.url })))) : sourcesOf(topic),
    reviewed: [topic, ...also].map((t) => t.reviewed ?? '').sort()[0] || topic.reviewed,
    suggestions,
    ratings: ratingActions(id),
    answered: true,
    intent: topic.id,
    confidence,
  });
}

/** A topic's own sources as its answer lists them: the same under every answer of it, so picked once per topic. */
const ownSources = new WeakMap<Intent, ReplySource[]>();

function sourcesOf(topic: Intent): ReplySource[] {
  let picked = ownSources.get(topic);
  if (!picked) ownSources.set(topic, (picked = pickSources(topic.sources.map((s) => ({ title: s.title, url: s.url })))));
  // Each reply gets objects of its own, as before.
  return picked.map((s) => ({ title: s.title, url: s.url }));
}

/** The part a follow-up asked for: a labelled part, the lead, or the list of sources. */
function partOf(topic: Intent, label: string | undefined): AnswerPart | undefined {
  if (!label) return undefined;
  if (label === LEAD_PART) return { label, text: topic.layout.lead };
  if (label === SOURCES_PART) {
    const list = pickSources(topic.sources).map((s) => `- ${s.title}`);
    return { label, text: `**${SOURCES_PART}:** this answer rests on these sources (newest reading ${topic.reviewed ?? 'not dated'}):\n${list.join('\n')}` };
  }
  return topic.layout.parts.find((p) => p.label === label);
}

const OTHER_FIGURES = /\b(older|other|earlier|previous)\b.*\b(figures|percentages|numbers|rates|estimates)\b/i;

/** Sentences of the lead that speak of the same facet as the part ("a reasonable, cost-based fee" beside the fees). */
function leadSentencesAbout(topic: Intent, part: AnswerPart): string[] {
  if (part.label === LEAD_PART || part.label === SOURCES_PART) return [];
  // A part of other figures ("Older figures you may find") is read against the current one: "I saw 48k, which is
  // right?" gets the lead's sentences that give a figure too.
  if (OTHER_FIGURES.test(part.label)) return splitSentences(topic.layout.lead).filter((s) => /\d/.test(s));
  const facet = FACETS.find((f) => f.label.test(part.label.toLowerCase()));
  if (!facet) return [];
  return splitSentences(topic.layout.lead).filter((s) => facet.asks.test(s.toLowerCase()) || facet.text?.test(s));
}

/** "CCA" from "CCA (Certified Coding Associate)": the name people use, for button labels. */
function shortTitle(topic: Intent): string {
  return topic.entity?.names[0] ?? topic.title.replace(/\s*\(.*\)\s*$/, '');
}

/** A follow-up that could not be tied to a part of the topic in context: say so, offer its parts. */
export function unresolvedReply(topic: Intent, confidence: number): Reply {
  const choices = topic.layout.parts.slice(0, 4).map((p, i) => ({ label: `${shortTitle(topic)}: ${p.label}`, action: actionPayload.part(topic.id, i) }));
  choices.push({ label: `Everything about ${shortTitle(topic)}`, action: actionPayload.topic(topic.id) });
  return makeReply({
    id: newReplyId(),
    kind: 'clarify',
    text: `I'm not sure what you'd like to know about ${topic.title}. Pick one, or ask it with a few more words.`,
    choices,
    confidence,
  });
}

/** An emergency: the emergency line first, whatever else the message said or the conversation was about. */
export function emergencyReply(text: string): Reply {
  return makeReply({ id: newReplyId(), kind: 'decline', text, intent: 'emergency', confidence: 1 });
}

export function conversationReply(kb: KnowledgeBase, intent: Intent, confidence: number): Reply {
  const isDecline = intent.kind === 'decline';
  return makeReply({
    id: newReplyId(),
    kind: isDecline ? 'decline' : intent.kind === 'help' ? 'help' : 'conversation',
    text: intent.answer,
    suggestions: isDecline || intent.kind === 'greeting' || intent.kind === 'about' ? topicActions(kb, STARTER_TOPICS, 3) : [],
    intent: intent.id,
    confidence,
  });
}

export function unsureReply(kb: KnowledgeBase, candidates: Prediction[], confidence: number, floor: number): Reply {
  const choices = candidates
    .filter((c) => c.confidence >= floor)
    .slice(0, 3)
    .map((c) => kb.byId.get(c.intent))
    .filter((t): t is Intent => t?.kind === 'topic')
    .map(topicAction);
  const text = choices.length
    ? "I'm not sure I understood that. Did you mean one of these?\n\n" + choices.map((c) => `- ${c.label}`).join('\n')
    : "I'm not sure I can help with that. I answer questions about careers in health information: the records clerk and technician roles, education, certifications (RHIT, CCA, CPC...), coding systems, HIPAA, skills and getting hired. Try `/topics` to see everything I know.";
  return makeReply({
    id: newReplyId(),
    kind: 'clarify',
    text,
    choices,
    suggestions: choices.length ? [] : topicActions(kb, STARTER_TOPICS, 3),
    confidence,
  });
}

/** Notices speak to one person (about their input, their rating, their limit): private by default. */
export function noticeReply(text: string, extra: Partial<Reply> = {}): Reply {
  return makeReply({ id: newReplyId(), kind: 'notice', text, personal: true, ...extra });
}

/** How to use ChartPath (knowledge/conversation/help.md); each surface adds its own ways to ask (adapters/shared). */
export function helpReply(kb: KnowledgeBase): Reply {
  const help = kb.intents.find((i) => i.kind === 'help');
  return makeReply({ id: newReplyId(), kind: 'help', title: 'How to use ChartPath', text: help?.answer ?? '' });
}
