// The traffic of `npm run bench:load`, generated from a seed so that the load generator, the app process and the
// core-alone replays all see the same requests. Pure: no I/O, no clock.
import { EDUCATION_LEVELS, EXPERIENCE_LEVELS } from '../../src/contract/index.js';
import type { KnowledgeBase } from '../../src/knowledge/types.js';
import { seededRandom } from '../../src/util/seeded-random.js';

/** The project's seeded generator (deterministic runs). */
export const rng = seededRandom;

export const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

/** In-scope questions (the follow-up questions of the knowledge base's topics) plus a few vague or off-topic ones. */
export function questions(kb: KnowledgeBase): string[] {
  const asks = kb.intents.filter((i) => i.kind === 'topic' && i.ask).map((i) => i.ask!);
  return [...asks, 'what should I study?', 'is it a good job', 'how do I get started in medical records?', 'tell me about the weather on mars'];
}

/** Topic ids a follow-up button can carry (`topic:<id>`). */
export function topicIds(kb: KnowledgeBase): string[] {
  return kb.intents.filter((i) => i.kind === 'topic').map((i) => i.id);
}

/** `checklist start <goal> <education> <experience>` for person n: every plan and profile is used. */
export function startCommand(kb: KnowledgeBase, n: number): string {
  const plan = kb.plans[n % kb.plans.length]!;
  const education = EDUCATION_LEVELS[Math.floor(n / kb.plans.length) % EDUCATION_LEVELS.length]!;
  const experience = EXPERIENCE_LEVELS[n % EXPERIENCE_LEVELS.length]!;
  return `checklist start ${plan.id} ${education} ${experience}`;
}

// ------------------------------------------------------------------------------------------------
// The Slack mix
// ------------------------------------------------------------------------------------------------

export type SlackRequestKind = 'slash-ask' | 'slash-done' | 'slash-start' | 'app_mention' | 'message.im' | 'block_actions';

export interface SlackRequestSpec {
  /** Unique id: the response_url id, and (for events) the key of the reply at the stub. */
  id: string;
  kind: SlackRequestKind;
  user: string;
  channel: string;
  /** Slash command text, event text, or the button's payload. */
  text: string;
  /** Events: the message ts (replies in a channel thread carry it as thread_ts). */
  ts?: string | undefined;
  /** slash-done: the person and step number whose state the final check expects done. */
  step?: number | undefined;
}

export const SLACK_MIX: Record<Exclude<SlackRequestKind, 'slash-start'>, number> = {
  'slash-ask': 0.3,
  'slash-done': 0.3,
  app_mention: 0.15,
  'message.im': 0.15,
  block_actions: 0.1,
};

export const CHECKLIST_PEOPLE = 250;
export const ASKING_PEOPLE = 500;
export const CHANNELS = 20;

export const checklistUser = (n: number) => `UCK${String(n).padStart(5, '0')}`;

/** The warm-up: every checklist person starts a checklist (untimed; also warms the JIT). */
export function slackWarmup(kb: KnowledgeBase): SlackRequestSpec[] {
  return Array.from({ length: CHECKLIST_PEOPLE }, (_, n) => ({
    id: `w${n}`,
    kind: 'slash-start' as const,
    user: checklistUser(n),
    channel: `C${String(n % CHANNELS).padStart(6, '0')}`,
    text: startCommand(kb, n),
  }));
}

/**
 * `count` requests in the proportions of SLACK_MIX. `totals[user]` is the number of steps in that person's
 * checklist (`checklist done N` stays within it). Ids start with `prefix`.
 */
export function slackRequests(kb: KnowledgeBase, count: number, totals: Record<string, number>, seed: number, prefix = 'm'): SlackRequestSpec[] {
  const random = rng(seed);
  const qs = questions(kb);
  const topics = topicIds(kb);
  const out: SlackRequestSpec[] = [];
  const kinds = Object.entries(SLACK_MIX) as [keyof typeof SLACK_MIX, number][];
  for (let i = 0; i < count; i++) {
    let r = random();
    let kind = kinds[0]![0];
    for (const [k, share] of kinds) {
      kind = k;
      if ((r -= share) < 0) break;
    }
    const id = `${prefix}${i}`;
    const channel = `C${String(Math.floor(random() * CHANNELS)).padStart(6, '0')}`;
    const asker = `UAS${String(Math.floor(random() * ASKING_PEOPLE)).padStart(5, '0')}`;
    // a unique ts per request: replies in a thread are matched to their request by it
    const ts = `1700000000.${String(100000 + i).padStart(6, '0')}`;
    switch (kind) {
      case 'slash-ask':
        out.push({ id, kind, user: asker, channel, text: `ask ${pick(random, qs)}` });
        break;
      case 'slash-done': {
        const user = checklistUser(Math.floor(random() * CHECKLIST_PEOPLE));
        const step = 1 + Math.floor(random() * (totals[user] ?? 1));
        out.push({ id, kind, user, channel, text: `checklist done ${step}`, step });
        break;
      }
      case 'app_mention':
        // one person per mention: a personal (ephemeral) reply is matched to its request by channel and user
        out.push({ id, kind, user: `UMN${String(i).padStart(5, '0')}`, channel, text: pick(random, qs), ts });
        break;
      case 'message.im':
        // one DM channel per request: the reply is matched by its channel
        out.push({ id, kind, user: asker, channel: `D${String(i).padStart(8, '0')}`, text: pick(random, qs), ts });
        break;
      case 'block_actions':
        out.push({ id, kind, user: asker, channel, text: `topic:${pick(random, topics)}`, ts });
        break;
    }
  }
  return out;
}

// ------------------------------------------------------------------------------------------------
// The core burst
// ------------------------------------------------------------------------------------------------

export type CoreOp =
  | { kind: 'ask'; person: string; channel: string; text: string }
  | { kind: 'run'; person: string; channel: string; line: string; done?: { step: number; value: boolean } | undefined };

export const BURST_PEOPLE = 1000;
export const burstPerson = (n: number) => `P${String(n).padStart(5, '0')}`;

/** One `checklist start` per person (setup, untimed). */
export function burstSetup(kb: KnowledgeBase): CoreOp[] {
  return Array.from({ length: BURST_PEOPLE }, (_, n) => ({ kind: 'run' as const, person: burstPerson(n), channel: `c${n % 50}`, line: startCommand(kb, n) }));
}

/**
 * `count` messages from BURST_PEOPLE people: questions (typed, and as `ask` commands), `checklist done N` and
 * `undo N`, `checklist` and `topics`/`help`.
 */
export function burstOps(kb: KnowledgeBase, count: number, totals: Record<string, number>, seed: number): CoreOp[] {
  const random = rng(seed);
  const qs = questions(kb);
  const out: CoreOp[] = [];
  for (let i = 0; i < count; i++) {
    const person = burstPerson(Math.floor(random() * BURST_PEOPLE));
    const channel = `c${Math.floor(random() * 50)}`;
    const r = random();
    const total = totals[person] ?? 1;
    if (r < 0.4) out.push({ kind: 'ask', person, channel, text: pick(random, qs) });
    else if (r < 0.5) out.push({ kind: 'run', person, channel, line: `ask ${pick(random, qs)}` });
    else if (r < 0.78) {
      const step = 1 + Math.floor(random() * total);
      out.push({ kind: 'run', person, channel, line: `checklist done ${step}`, done: { step, value: true } });
    } else if (r < 0.9) {
      const step = 1 + Math.floor(random() * total);
      out.push({ kind: 'run', person, channel, line: `checklist undo ${step}`, done: { step, value: false } });
    } else if (r < 0.96) out.push({ kind: 'run', person, channel, line: 'checklist' });
    else out.push({ kind: 'run', person, channel, line: random() < 0.5 ? 'topics' : 'help' });
  }
  return out;
}

/** Percentiles (nearest rank) of an unsorted list of numbers. */
export function summarize(values: number[]): { n: number; mean: number; p50: number; p99: number; max: number } {
  const sorted = Float64Array.from(values).sort();
  const at = (q: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]! : NaN);
  const mean = sorted.length ? sorted.reduce((a, b) => a + b, 0) / sorted.length : NaN;
  return { n: sorted.length, mean, p50: at(0.5), p99: at(0.99), max: sorted.length ? sorted[sorted.length - 1]! : NaN };
}

/** A clock comparable between the load generator and the app process (milliseconds since the epoch, sub-ms). */
export const clock = () => performance.timeOrigin + performance.now();
