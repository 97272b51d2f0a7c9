// Asking a question set through a real advisor and scoring each item by the facts in its last reply. The
// reply is exactly what `chartpath ask --json` prints (its toJson), so the eval and the CLI cannot drift apart.
import { toJson } from '../core/ask-json.js';
import type { Message } from '../contract/index.js';
import { fillCommandRefs, terminalSyntax, type Reply } from '../contract/index.js';
import type { KnowledgeBase } from '../knowledge/types.js';
import { ratio } from './metrics.js';
import { byKindOrder, isScored, judge, type QuestionItem } from './sets.js';

/** What the run needs of an Advisor (tests hand in a stand-in). */
export interface Asker {
  readonly kb: KnowledgeBase;
  ask(message: Message): Promise<Reply>;
}

export interface ItemResult {
  item: QuestionItem;
  passed: boolean;
  why: string;
  /** The last reply, as `chartpath ask --json` shows it. */
  intent: string | null;
  confidence: number;
  answered: boolean;
  answer: string;
}

export interface KindTally {
  passed: number;
  total: number;
  share: number;
}

/** Replies to the follow-up turns of `conv` items that gave one part of a topic, not its whole card. */
export interface NarrowFollowUps {
  /** How many such replies. */
  replies: number;
  /** Mean length (characters of the `answer` field) of those replies. */
  meanLength: number;
  /** Mean length of the whole card (heading and full answer) of the same topics, one per reply. */
  meanCard: number;
  /** meanLength / meanCard (0 when there were none); the target is at most a third. */
  ratio: number;
}

export interface ItemsScore {
  results: ItemResult[];
  kinds: Record<string, KindTally>;
  narrow: NarrowFollowUps;
}

let conversations = 0;

/** The length of a topic's whole card as the `answer` field shows it (heading, then the full answer). */
export function cardLength(kb: KnowledgeBase, intent: string): number | undefined {
  const topic = kb.byId.get(intent);
  return topic?.kind === 'topic' ? [topic.title, topic.answer].filter(Boolean).join('\n\n').length : undefined;
}

/**
 * Whether an answer gave one part of its topic: its text is not the topic's full answer. A reply that starts
 * with the full answer and adds another topic (a comparison) is a whole card, not a narrow part.
 */
export function isNarrow(kb: KnowledgeBase, reply: Reply): boolean {
  const topic = reply.kind === 'answer' && reply.intent ? kb.byId.get(reply.intent) : undefined;
  const text = fillCommandRefs(reply.text, reply.commands, terminalSyntax);
  return Boolean(topic && topic.kind === 'topic' && text !== topic.answer && !text.startsWith(topic.answer));
}

export function tallyKinds(results: readonly { item: QuestionItem; passed: boolean }[]): Record<string, KindTally> {
  const counts = new Map<string, { passed: number; total: number }>();
  for (const r of results) {
    if (!isScored(r.item)) continue;
    const c = counts.get(r.item.kind) ?? { passed: 0, total: 0 };
    c.passed += r.passed ? 1 : 0;
    c.total += 1;
    counts.set(r.item.kind, c);
  }
  return Object.fromEntries([...counts.entries()].sort(([a], [b]) => byKindOrder(a, b)).map(([k, c]) => [k, { ...c, share: ratio(c.passed, c.total) }]));
}

/**
 * Asks every item: a single question in a fresh conversation, the turns of a multi-turn item in order in one
 * conversation (a person and channel nobody else uses); only the last reply is scored.
 */
export async function scoreItems(asker: Asker, items: readonly QuestionItem[]): Promise<ItemsScore> {
  const results: ItemResult[] = [];
  const lengths: { reply: number; card: number }[] = [];
  for (const item of items) {
    const who = { person: `eval-${++conversations}`, channel: `eval-${conversations}`, surface: 'terminal' as const };
    let last: { reply: Reply; json: ReturnType<typeof toJson> } | undefined;
    for (const [turn, text] of item.turns.entries()) {
      const reply = await asker.ask({ ...who, text });
      const json = toJson(text, reply);
      last = { reply, json };
      if (item.kind === 'conv' && turn > 0 && reply.intent && isNarrow(asker.kb, reply)) {
        lengths.push({ reply: json.answer.length, card: cardLength(asker.kb, reply.intent)! });
      }
    }
    const { json } = last!;
    const verdict = judge(item, json);
    results.push({ item, ...verdict, intent: json.intent, confidence: json.confidence, answered: json.answered, answer: json.answer });
  }
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  const meanLength = mean(lengths.map((l) => l.reply));
  const meanCard = mean(lengths.map((l) => l.card));
  return {
    results,
    kinds: tallyKinds(results),
    narrow: { replies: lengths.length, meanLength, meanCard, ratio: meanCard ? meanLength / meanCard : 0 },
  };
}
