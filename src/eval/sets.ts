// Question sets scored by the facts in each reply: the maintainers' rule, exactly as
// ../shared/tools/score_facts.py applies it (see eval/README.md). Pure functions: reading a set, the questions
// after an opener, and the verdict on one reply.
import { existsSync, readFileSync } from 'node:fs';
import { EvalDataError } from './errors.js';

/** Kinds whose last reply must not be an answer; every other kind is scored by its `expect` groups. */
export const DECLINE_KINDS: readonly string[] = ['oos', 'ctx-oos'];
/** The order kinds are shown in; kinds outside it follow alphabetically. */
export const KIND_ORDER: readonly string[] = ['in', 'oos', 'conv', 'ctx-in', 'ctx-oos'];

export interface QuestionItem {
  id: string;
  kind: string;
  /** The messages, in order, in one conversation; a single question has one. */
  turns: string[];
  /** Whether the item was written with "turns" (the scorer reads `expect` from the last turn then). */
  multiTurn: boolean;
  /** The last turn's groups: each needs one of its strings in the reply. */
  expect: string[][];
  forbid: string[];
  /** "decline": the last turn must be declined, whatever the kind says. */
  decline: boolean;
  /** 1-based line in its file (0 for generated items). */
  line: number;
}

/** The set's file could not be found: reported and skipped, never a crash. */
export interface MissingSet {
  missing: true;
  file: string;
}

/** Python's truthiness, for "decline" (the scorer tests `it.get("decline")`). */
function truthy(v: unknown): boolean {
  if (v === undefined || v === null || v === false || v === 0 || v === '') return false;
  if (Array.isArray(v)) return v.length > 0;
  if (typeof v === 'object') return Object.keys(v).length > 0;
  return true;
}

function strings(v: unknown, where: string, what: string): string[] {
  if (v === undefined) return [];
  if (!Array.isArray(v) || v.some((s) => typeof s !== 'string')) throw new EvalDataError(`${where}: "${what}" must be a list of strings`);
  return v as string[];
}

function groups(v: unknown, where: string): string[][] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) throw new EvalDataError(`${where}: "expect" must be a list of lists of strings`);
  return v.map((g) => strings(g, where, 'expect'));
}

/** One JSON line of a set, checked: what the scorer needs must be there. */
export function parseItem(value: unknown, where: string, line = 0): QuestionItem {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new EvalDataError(`${where}: expected a JSON object`);
  const o = value as Record<string, unknown>;
  const id = typeof o.id === 'string' || typeof o.id === 'number' ? String(o.id) : '';
  if (!id) throw new EvalDataError(`${where}: "id" is missing`);
  if (typeof o.kind !== 'string' || !o.kind) throw new EvalDataError(`${where}: "kind" is missing`);
  const forbid = strings(o.forbid, where, 'forbid');
  const base = { id, kind: o.kind, forbid, decline: truthy(o.decline), line };
  if ('turns' in o) {
    if (!Array.isArray(o.turns) || !o.turns.length) throw new EvalDataError(`${where}: "turns" must be a non-empty list`);
    const turns = o.turns.map((t, i) => {
      const q = (t as { q?: unknown } | null)?.q;
      if (typeof q !== 'string') throw new EvalDataError(`${where}: turn ${i + 1} has no "q"`);
      return q;
    });
    const last = o.turns[o.turns.length - 1] as { expect?: unknown };
    return { ...base, turns, multiTurn: true, expect: groups(last.expect, where) };
  }
  if (typeof o.q !== 'string') throw new EvalDataError(`${where}: "q" is missing`);
  return { ...base, turns: [o.q], multiTurn: false, expect: groups(o.expect, where) };
}

/** The items of a JSON-lines set, or MissingSet when the file does not exist. */
export function readSet(file: string): QuestionItem[] | MissingSet {
  if (!existsSync(file)) return { missing: true, file };
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (error) {
    throw new EvalDataError(`${file}: cannot be read (${(error as Error).message})`);
  }
  const items: QuestionItem[] = [];
  const ids = new Set<string>();
  raw.split('\n').forEach((text, i) => {
    if (!text.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw new EvalDataError(`${file}:${i + 1}: not valid JSON`);
    }
    const item = parseItem(value, `${file}:${i + 1}`, i + 1);
    if (ids.has(item.id)) throw new EvalDataError(`${file}:${i + 1}: the id "${item.id}" is used twice`);
    ids.add(item.id);
    items.push(item);
  });
  return items;
}

/**
 * The unrelated career questions asked first, round-robin in file order over the single `in` and `oos`
 * items: the openers of eval/holdout/context.jsonl.
 */
export const OPENERS: readonly string[] = [
  "what's the cca?",
  'tell me about the rhit',
  'what does HIPAA protect',
  'how do i get a job in medical records',
  'what is the CPC',
  'can records clerks work remotely',
  'what does a medical records clerk do',
  'what is icd-10',
];

/** Every single `in`/`oos` question again as the second turn after an opener (kinds ctx-in / ctx-oos, ids x<id>). */
export function afterOpener(items: readonly QuestionItem[], openers: readonly string[] = OPENERS): QuestionItem[] {
  return items
    .filter((it) => !it.multiTurn && (it.kind === 'in' || it.kind === 'oos'))
    .map((it, n) => ({ ...it, id: `x${it.id}`, kind: `ctx-${it.kind}`, turns: [openers[n % openers.length]!, it.turns[0]!], multiTurn: true, line: 0 }));
}

/** Lowercase; curly apostrophes to '; the dashes U+2010-U+2015 to -. */
export function normalise(text: string | null | undefined): string {
  return (text ?? '').toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/[\u2010-\u2015]/g, '-');
}

export function mustDecline(item: QuestionItem): boolean {
  return DECLINE_KINDS.includes(item.kind) || item.decline;
}

/** Items of this kind are not scored (the scorer skips them). */
export const isScored = (item: QuestionItem): boolean => item.kind !== 'either';

export interface Verdict {
  passed: boolean;
  /** Why it failed, in a few words ("" when it passed). */
  why: string;
}

/** What the scorer reads of a reply: the `answer` and `answered` fields of `chartpath ask --json`. */
export interface ScoredReply {
  answer?: string | null | undefined;
  answered?: unknown;
}

/** The verdict on an item's last reply. */
export function judge(item: QuestionItem, reply: ScoredReply): Verdict {
  const answer = normalise(reply.answer);
  const answered = reply.answered === true;
  const forbidden = item.forbid.filter((f) => answer.includes(normalise(f)));
  if (mustDecline(item)) {
    return { passed: !answered && !forbidden.length, why: answered ? 'answered' : forbidden.length ? `echoed ${forbidden.join(',')}` : '' };
  }
  const missing = item.expect.filter((g) => !g.some((s) => answer.includes(normalise(s))));
  const why = [answered ? '' : 'not answered', missing.length ? `missing ${missing.map((g) => g[0] ?? '(empty group)').join('|')}` : '', forbidden.length ? `echoed ${forbidden.join(',')}` : '']
    .filter(Boolean)
    .join('; ');
  return { passed: answered && !missing.length && !forbidden.length, why };
}

export function kindRank(kind: string): number {
  const i = KIND_ORDER.indexOf(kind);
  return i < 0 ? KIND_ORDER.length : i;
}

export const byKindOrder = (a: string, b: string): number => kindRank(a) - kindRank(b) || a.localeCompare(b);
