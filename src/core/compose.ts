// Builds replies from knowledge entries. Every reply text comes from the knowledge base or from the
// fixed phrases here; nothing a person typed is ever echoed back (no links, mentions or markup to inject).
import type { Intent, KnowledgeBase } from '../knowledge/types.js';
import type { Prediction } from '../nlu/classifier.js';
import { newReplyId } from './ids.js';
import { makeReply, type Reply, type ReplyAction } from './reply.js';

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

export function answerReply(kb: KnowledgeBase, topic: Intent, confidence: number): Reply {
  return makeReply({
    id: newReplyId(),
    kind: 'answer',
    title: topic.title,
    text: topic.answer,
    sources: topic.sources.map((s) => ({ title: s.title, url: s.url })),
    reviewed: topic.reviewed,
    suggestions: topicActions(kb, topic.related, 3),
    feedback: true,
    answered: true,
    intent: topic.id,
    confidence,
  });
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
