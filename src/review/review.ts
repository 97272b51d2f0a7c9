// The unanswered-question review: group what the bot could not answer (or answered unhelpfully),
// show the closest intents, and let a curator turn a group into examples or mark it out of scope.
import path from 'node:path';
import type { Understanding } from '../understanding/understand.js';
import { exampleKey } from '../knowledge/check.js';
import type { KnowledgeBase } from '../knowledge/types.js';
import type { Store } from '../store/port.js';
import type { UnansweredEntry } from '../store/state.js';
import { addExamplesToFile } from './add-examples.js';
import { groupSimilar } from './cluster.js';
import { FieldVocabulary, identifierReasons } from './strict-scrub.js';

export interface ReviewGroup {
  /** 1-based, in the order shown: biggest group first. */
  number: number;
  entries: UnansweredEntry[];
  /** The intents the classifier finds closest for the group as a whole. */
  closest: { intent: string; confidence: number }[];
}

export async function reviewGroups(store: Store, understanding: Understanding): Promise<ReviewGroup[]> {
  const open = await store.listReview('open');
  const groups = groupSimilar(open, understanding.classifier.analyzer);
  return groups.map((g, i) => {
    const totals = new Map<string, number>();
    for (const e of g.members) for (const p of understanding.classifier.predict(e.text, 5)) totals.set(p.intent, (totals.get(p.intent) ?? 0) + p.confidence);
    const closest = [...totals.entries()]
      .map(([intent, sum]) => ({ intent, confidence: Math.round((sum / g.members.length) * 1000) / 1000 }))
      .sort((a, b) => b.confidence - a.confidence)
      .slice(0, 3);
    return { number: i + 1, entries: g.members, closest };
  });
}

export interface AddResult {
  file: string;
  added: string[];
  /** Questions already present as an example somewhere in the knowledge base. */
  skipped: string[];
  /**
   * Lines refused because they hold identifier-like tokens, each with why (never the tokens themselves). They are
   * removed from the log: nothing of the kind is kept, and the knowledge base is tracked in git and trained into
   * every install.
   */
  refused: { text: string; reasons: string[] }[];
}

/** Adds the group's questions to an intent's examples (editing its file in place) and closes the entries. */
export async function addGroupToIntent(group: ReviewGroup, intentId: string, kb: KnowledgeBase, store: Store): Promise<AddResult> {
  const intent = kb.byId.get(intentId);
  if (!intent) throw new Error(`"${intentId}" is not the id of any intent in ${kb.root}`);
  const existing = new Set(kb.intents.flatMap((i) => i.examples.map(exampleKey)));
  const vocab = FieldVocabulary.of(kb);
  const added: string[] = [];
  const skipped: string[] = [];
  const refused: AddResult['refused'] = [];
  const refusedIds = new Set<string>();
  for (const e of group.entries) {
    const key = exampleKey(e.text);
    const reasons = identifierReasons(e.text, vocab);
    if (reasons.length) {
      refused.push({ text: e.text, reasons });
      refusedIds.add(e.id);
    } else if (!key || existing.has(key)) skipped.push(e.text);
    else {
      added.push(e.text);
      existing.add(key);
    }
  }
  const file = path.join(kb.root, intent.file);
  if (added.length) addExamplesToFile(file, added);
  const ids = new Set(group.entries.map((e) => e.id));
  if (refusedIds.size) await store.deleteReview([...refusedIds]);
  await store.setReviewStatus([...ids].filter((id) => !refusedIds.has(id)), 'added', intentId);
  if (refusedIds.size) await store.purgeOldCopies();
  return { file: intent.file, added, skipped, refused };
}

export async function markOutOfScope(group: ReviewGroup, store: Store): Promise<number> {
  return store.setReviewStatus(
    group.entries.map((e) => e.id),
    'out-of-scope',
  );
}
