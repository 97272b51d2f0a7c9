// Held-out questions and follow-up conversations, asked through the real advisor (a trained Advisor with a
// MemoryStore): each held-out question from a new person, so no context leaks from one to the next.
import { readFileSync } from 'node:fs';
import type { Advisor } from '../core/advisor.js';
import type { Reply } from '../core/reply.js';
import type { KnowledgeBase } from '../knowledge/types.js';
import { EvalDataError } from './errors.js';
import { ratio } from './metrics.js';
import { everyThreshold, stepProfile } from './sweep.js';

export type QuestionKind = 'in-scope' | 'oos' | 'conversation';

export interface HeldoutQuestion {
  line: number;
  text: string;
  /** The expected intent (absent for out-of-scope questions). */
  intent?: string | undefined;
  oos: boolean;
  category?: string | undefined;
}

export interface FollowupTurn {
  line: number;
  session: string;
  text: string;
  intent: string;
}

function readJsonLines(file: string): { line: number; value: Record<string, unknown> }[] {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (error) {
    throw new EvalDataError(`${file}: cannot be read (${(error as Error).message})`);
  }
  const rows: { line: number; value: Record<string, unknown> }[] = [];
  raw.split('\n').forEach((text, i) => {
    if (!text.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw new EvalDataError(`${file}:${i + 1}: not valid JSON`);
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new EvalDataError(`${file}:${i + 1}: expected a JSON object`);
    rows.push({ line: i + 1, value: value as Record<string, unknown> });
  });
  return rows;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v : undefined);

/** `{"text", "intent"}` or `{"text", "oos": true, "category"}`, one per line. */
export function readHeldout(file: string): HeldoutQuestion[] {
  return readJsonLines(file).map(({ line, value }) => {
    const text = str(value.text);
    if (!text) throw new EvalDataError(`${file}:${line}: "text" is missing`);
    const oos = value.oos === true;
    const intent = str(value.intent);
    if (!oos && !intent) throw new EvalDataError(`${file}:${line}: give either "intent" or "oos": true`);
    if (oos && intent) throw new EvalDataError(`${file}:${line}: an out-of-scope question has no "intent"`);
    return { line, text, intent, oos, category: str(value.category) };
  });
}

/** `{"session", "text", "intent"}`, one per line, the turns of a session in order. */
export function readFollowups(file: string): FollowupTurn[] {
  return readJsonLines(file).map(({ line, value }) => {
    const session = str(value.session);
    const text = str(value.text);
    const intent = str(value.intent);
    if (!session || !text || !intent) throw new EvalDataError(`${file}:${line}: needs "session", "text" and "intent"`);
    return { line, session, text, intent };
  });
}

/** Fails with the file and line when a question expects an intent the knowledge base does not have. */
export function checkIntents(kb: KnowledgeBase, file: string, rows: readonly { line: number; intent?: string | undefined }[]): void {
  const unknown = rows.filter((r) => r.intent !== undefined && !kb.byId.has(r.intent));
  if (unknown.length) {
    throw new EvalDataError(
      unknown
        .slice(0, 10)
        .map((r) => `${file}:${r.line}: "${r.intent}" is not an intent of the knowledge base`)
        .join('\n'),
    );
  }
}

export function questionKind(kb: KnowledgeBase, q: HeldoutQuestion): QuestionKind {
  if (q.oos) return 'oos';
  return kb.byId.get(q.intent!)?.kind === 'topic' ? 'in-scope' : 'conversation';
}

/**
 * Whether a reply is right for a question: a topic question needs an answer with that topic, an out-of-scope
 * question needs no answer (a decline, "not sure" or a conversational reply), a conversational question needs
 * its intent's reply (help and checklist replies carry no intent: their reply kind tells).
 */
export function replyIsRight(kb: KnowledgeBase, kind: QuestionKind, expected: string | undefined, reply: Reply): boolean {
  if (kind === 'oos') return !reply.answered;
  if (kind === 'in-scope') return reply.answered && reply.intent === expected;
  if (reply.intent === expected) return true;
  const expectedKind = kb.byId.get(expected ?? '')?.kind;
  return (expectedKind === 'help' && reply.kind === 'help') || (expectedKind === 'checklist' && reply.kind === 'checklist');
}

/** What a reply did, in a few words: a topic id, "not sure", "declined (decline-medical)"... */
export function describeReply(reply: Reply): string {
  if (reply.answered) return reply.intent ?? '(answer)';
  if (reply.kind === 'clarify') {
    const offered = reply.choices.map((c) => c.action.replace(/^topic:/, ''));
    return offered.length ? `not sure (offered ${offered.join(', ')})` : 'not sure';
  }
  if (reply.kind === 'decline') return `declined (${reply.intent ?? '?'})`;
  if (reply.intent) return reply.intent;
  return reply.kind;
}

export interface QuestionOutcome {
  question: HeldoutQuestion;
  kind: QuestionKind;
  correct: boolean;
  got: string;
  gotIntent: string | null;
  answered: boolean;
  replyKind: string;
  confidence: number;
  /** With thresholds: whether the reply would be right at each threshold. */
  profile?: boolean[] | undefined;
}

export interface Tally {
  correct: number;
  total: number;
  share: number;
}

const tally = (outcomes: readonly { correct: boolean }[]): Tally => {
  const correct = outcomes.filter((o) => o.correct).length;
  return { correct, total: outcomes.length, share: ratio(correct, outcomes.length) };
};

export interface HeldoutScore {
  file: string;
  outcomes: QuestionOutcome[];
  inScope: Tally;
  oosRejection: Tally;
  conversation: Tally;
  /** Out-of-scope rejection per category (medical, legal, spam...). */
  oosByCategory: Record<string, Tally>;
  /** Topic questions answered right, per expected intent. */
  byIntent: Record<string, Tally>;
}

let asked = 0;
/** A person nobody has been before: no context, no history. */
const stranger = () => ({ person: `eval-${++asked}`, channel: 'eval', surface: 'cli' as const });

export async function scoreHeldout(
  advisor: Advisor,
  questions: readonly HeldoutQuestion[],
  file: string,
  thresholds?: readonly number[],
): Promise<HeldoutScore> {
  const kb = advisor.kb;
  checkIntents(kb, file, questions);
  const outcomes: QuestionOutcome[] = [];
  for (const question of questions) {
    const kind = questionKind(kb, question);
    const reply = await advisor.ask({ ...stranger(), text: question.text });
    const outcome: QuestionOutcome = {
      question,
      kind,
      correct: replyIsRight(kb, kind, question.intent, reply),
      got: describeReply(reply),
      gotIntent: reply.intent,
      answered: reply.answered,
      replyKind: reply.kind,
      confidence: reply.confidence,
    };
    if (thresholds) {
      // A question asked without context: its outcome changes at most once as the threshold rises.
      outcome.profile = await stepProfile(thresholds, async () =>
        replyIsRight(kb, kind, question.intent, await advisor.ask({ ...stranger(), text: question.text })),
      );
    }
    outcomes.push(outcome);
  }
  const of = (kind: QuestionKind) => outcomes.filter((o) => o.kind === kind);
  const groupBy = (list: QuestionOutcome[], key: (o: QuestionOutcome) => string) => {
    const groups: Record<string, QuestionOutcome[]> = {};
    for (const o of list) (groups[key(o)] ??= []).push(o);
    return Object.fromEntries(Object.entries(groups).map(([k, v]) => [k, tally(v)]));
  };
  return {
    file,
    outcomes,
    inScope: tally(of('in-scope')),
    oosRejection: tally(of('oos')),
    conversation: tally(of('conversation')),
    oosByCategory: groupBy(of('oos'), (o) => o.question.category ?? 'other'),
    byIntent: groupBy([...of('in-scope'), ...of('conversation')], (o) => o.question.intent!),
  };
}

export interface TurnOutcome {
  turn: FollowupTurn;
  /** The turn's position in its session (0 = the opening question). */
  position: number;
  previous: string[];
  correct: boolean;
  got: string;
  confidence: number;
  profile?: boolean[] | undefined;
}

export interface FollowupScore {
  file: string;
  sessions: number;
  turns: TurnOutcome[];
  /** The turns after the first of each session: the ones that lean on context. */
  followups: Tally;
  /** The opening turns, for reference. */
  openers: Tally;
}

/** Asks a session's turns in order, as one person in one channel; returns whether each reply was right. */
async function askSession(advisor: Advisor, turns: readonly FollowupTurn[]): Promise<{ correct: boolean; reply: Reply }[]> {
  const who = stranger();
  const out: { correct: boolean; reply: Reply }[] = [];
  for (const turn of turns) {
    const reply = await advisor.ask({ ...who, channel: `eval-${turn.session}`, text: turn.text });
    const kind = advisor.kb.byId.get(turn.intent)?.kind === 'topic' ? 'in-scope' : 'conversation';
    out.push({ correct: replyIsRight(advisor.kb, kind, turn.intent, reply), reply });
  }
  return out;
}

export async function scoreFollowups(
  advisor: Advisor,
  turns: readonly FollowupTurn[],
  file: string,
  thresholds?: readonly number[],
): Promise<FollowupScore> {
  checkIntents(advisor.kb, file, turns);
  const sessions = new Map<string, FollowupTurn[]>();
  for (const t of turns) {
    const list = sessions.get(t.session);
    if (list) list.push(t);
    else sessions.set(t.session, [t]);
  }
  const outcomes: TurnOutcome[] = [];
  for (const list of sessions.values()) {
    const replies = await askSession(advisor, list);
    // Context can change the decision more than once as the threshold moves: ask the whole session at each.
    const profiles = thresholds ? await everyThreshold(thresholds, async () => (await askSession(advisor, list)).map((r) => r.correct)) : undefined;
    list.forEach((turn, position) => {
      const { correct, reply } = replies[position]!;
      outcomes.push({
        turn,
        position,
        previous: list.slice(0, position).map((t) => t.text),
        correct,
        got: describeReply(reply),
        confidence: reply.confidence,
        profile: profiles?.map((p) => p[position]!),
      });
    });
  }
  return {
    file,
    sessions: sessions.size,
    turns: outcomes,
    followups: tally(outcomes.filter((o) => o.position > 0)),
    openers: tally(outcomes.filter((o) => o.position === 0)),
  };
}
