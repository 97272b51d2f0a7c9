// Long messages carry the question in one sentence or clause among personal context ("I'm 52, did retail
// for 20 years... do I need a degree?"). This finds the parts that ask something.

const QUESTION_START = /^(?:who|what|whats|what's|when|where|which|why|how|is|are|am|was|were|do|does|did|can|could|should|would|will|shall|may|might|must|any|anyone|tell|explain|help)\b/i;

/** The message split into sentences (on . ! ? and line breaks), trimmed, empty ones dropped. */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => /[\p{L}\p{N}]/u.test(s));
}

/** The sentences that ask something: a question mark, or a question word at the start. */
export function questionSentences(text: string): string[] {
  return splitSentences(text).filter((s) => s.includes('?') || QUESTION_START.test(s));
}

/**
 * The clauses that ask something, finer than questionSentences: in "I work in a hospital's records department,
 * my father's sugar is 250, which tablet is good for him" only the last clause asks. A sentence is cut at
 * commas, semicolons and colons; the clauses kept start with a question word, or end a sentence that has a
 * question mark.
 */
export function askedClauses(text: string): string[] {
  const out: string[] = [];
  for (const sentence of splitSentences(text)) {
    const clauses = sentence
      .split(/[,;:]\s+|\s+-+\s+|\s+\u2014\s+/)
      .map((c) => c.trim())
      .filter((c) => /[\p{L}\p{N}]/u.test(c));
    const asking = clauses.filter((c, i) => QUESTION_START.test(c) || (i === clauses.length - 1 && c.includes('?')));
    out.push(...asking);
  }
  return out;
}

// A second question joined to the first: "what does a coder do and how much do they make", "..., and how fast is it growing".
const JOINED_QUESTION = /(?:,\s*|\s+)(?:and|also|plus)\s+(?=(?:how|what|whats|what's|where|when|who|which|is|are|do|does|can|could|should|will|would)\b)|,\s+(?=(?:how|what|whats|what's|where|when|who|which)\b)/i;

// Only words announcing questions ("3 quick ones:", "two things:"): "CPC exam: how long is it..." names its subject.
const PREAMBLE = /^(?:[\w']+\s+){0,3}(?:questions?|qs|q's|ones|things)\s*:\s+(?=\S)/i;
// A hedge before the question word: "roughly how long...", "so what...".
const HEDGE = /^(?:(?:so|ok|okay|and|but|also|roughly|about|approximately|basically|honestly|realistically)[,:\s]+)+/i;

/** The questions of one sentence that asks two or more ("what does a coder do and how much do they make?"). */
export function joinedQuestions(sentence: string): string[] {
  // A few words announcing the questions go first: "3 quick ones: what's the median pay, how fast is it growing...".
  const parts = sentence
    .replace(PREAMBLE, '')
    .split(JOINED_QUESTION)
    .map((p) => p.trim())
    .filter((p) => /[\p{L}\p{N}]/u.test(p));
  return parts.length >= 2 && QUESTION_START.test(parts[0]!.replace(HEDGE, '')) ? parts : [];
}

/** A story: at least this many words in at least this many sentences (below, the whole message is what it asks). */
const STORY_WORDS = 40;
const STORY_SENTENCES = 3;

/**
 * Where a long story asks its question: the spans (start, end) of its asking sentences, when they are only part of
 * it. Undefined for a short message, or a story that asks nothing or little else. In "I did 2 years as a CNA and the
 * constant patient contact wore me out... how much of the job is talking to clinical people?" the CNA years are
 * background; only the last sentence asks.
 */
export function askingSpans(text: string): [number, number][] | undefined {
  if (text.split(/\s+/).length < STORY_WORDS) return undefined;
  const spans = sentenceSpans(text);
  if (spans.length < STORY_SENTENCES) return undefined;
  const asking = spans.filter(([start, end]) => {
    const sentence = text.slice(start, end);
    return sentence.includes('?') || QUESTION_START.test(sentence);
  });
  const asked = asking.reduce((n, [s, e]) => n + e - s, 0);
  return asking.length && asked < text.length * 0.6 ? asking : undefined;
}

/** Where each sentence of splitSentences stands in the text: its start and end offsets. */
export function sentenceSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let from = 0;
  for (const sentence of splitSentences(text)) {
    const start = text.indexOf(sentence, from);
    from = start + sentence.length;
    spans.push([start, from]);
  }
  return spans;
}
