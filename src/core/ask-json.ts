// A reply as JSON: what `chartpath ask --json` prints and what the eval scores, so the two cannot drift apart.
import { fillCommandRefs, terminalSyntax, type Reply } from '../contract/index.js';
import { scrub } from '../privacy/phi.js';

/** The JSON object of `chartpath ask --json` (README, "Answers as JSON"), field for field. */
export interface AskJson {
  text: string;
  intent: string | null;
  confidence: number;
  answered: boolean;
  answer: string;
  sources: { title: string; url?: string }[];
  suggestions: string[];
}

export function toJson(question: string, reply: Reply): AskJson {
  return {
    // The question as the guard scrubbed it: anything it recognises as an identifier, at any level (a name below the
    // alarm too), is never echoed. Ordinary questions come back as they were asked.
    text: scrub(question),
    intent: reply.intent,
    confidence: Math.round(reply.confidence * 10_000) / 10_000,
    answered: reply.answered,
    // The heading is part of what a person sees on every surface ("RHIT (Registered Health Information Technician)").
    answer: fillCommandRefs([...reply.notices, reply.kind === 'answer' ? reply.title : undefined, reply.text].filter(Boolean).join('\n\n'), reply.commands, terminalSyntax),
    sources: reply.sources.map((s) => (s.url ? { title: s.title, url: s.url } : { title: s.title })),
    suggestions: reply.suggestions.map((s) => s.label),
  };
}

