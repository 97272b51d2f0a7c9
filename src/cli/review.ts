// `chartpath review`: the curator's loop over questions the bot could not answer well.
import { createInterface } from 'node:readline/promises';
import { Understanding } from '../understanding/understand.js';
import { inspectKnowledge, loadKnowledge } from '../knowledge/load.js';
import { formatProblem } from '../knowledge/problems.js';
import type { KnowledgeBase } from '../knowledge/types.js';
import { addGroupToIntent, markOutOfScope, reviewGroups, type ReviewGroup } from '../review/review.js';
import type { Store } from '../store/port.js';

export interface ReviewOptions {
  list?: boolean;
  json?: boolean;
  add?: string;
  to?: string;
  outOfScope?: string;
}

function describe(g: ReviewGroup): string {
  const reasons = new Set(g.entries.map((e) => e.reason));
  return [
    `Group ${g.number}: ${g.entries.length} question${g.entries.length === 1 ? '' : 's'} (${[...reasons].join(', ')})`,
    ...g.entries.slice(0, 8).map((e) => `    - ${e.text}`),
    ...(g.entries.length > 8 ? [`    ... and ${g.entries.length - 8} more`] : []),
    `  closest intents: ${g.closest.map((c) => `${c.intent} (${c.confidence.toFixed(2)})`).join(', ') || 'none'}`,
  ].join('\n');
}

/** Refused lines are shown with why, so the curator knows nothing of them reached the knowledge base. */
function writeRefused(out: NodeJS.WritableStream, refused: { text: string; reasons: string[] }[]): void {
  if (!refused.length) return;
  out.write(`Refused ${refused.length} line(s) with identifier-like tokens (not added, and removed from the log):\n`);
  for (const r of refused) out.write(`    - ${r.text}\n      why: ${r.reasons.join('; ')}\n`);
}

function checkAfterEdit(root: string, out: NodeJS.WritableStream): boolean {
  const errors = inspectKnowledge(root).problems.filter((p) => p.severity === 'error');
  if (errors.length) {
    out.write(`The knowledge check now reports ${errors.length} error(s):\n${errors.map(formatProblem).join('\n')}\n`);
    return false;
  }
  out.write('The knowledge check passes.\n');
  return true;
}

function pickGroup(groups: ReviewGroup[], n: string | undefined): ReviewGroup {
  const g = groups.find((x) => String(x.number) === String(n).trim());
  if (!g) throw new Error(`There is no group ${n}; run \`chartpath review --list\` to see the ${groups.length} open group(s).`);
  return g;
}

export async function runReview(kbRoot: string, store: Store, options: ReviewOptions, io: { input: NodeJS.ReadableStream; output: NodeJS.WritableStream; interactive: boolean }): Promise<number> {
  let kb: KnowledgeBase = loadKnowledge(kbRoot);
  let understanding = new Understanding(kb);
  let groups = await reviewGroups(store, understanding);
  const out = io.output;

  if (options.add || options.outOfScope) {
    if (options.add) {
      if (!options.to) throw new Error('Say which intent to add the questions to: --to <intent-id>');
      const r = await addGroupToIntent(pickGroup(groups, options.add), options.to, kb, store);
      out.write(`Added ${r.added.length} example(s) to ${r.file}${r.skipped.length ? `; skipped ${r.skipped.length} already known` : ''}.\n`);
      writeRefused(out, r.refused);
    }
    if (options.outOfScope) out.write(`Marked ${await markOutOfScope(pickGroup(groups, options.outOfScope), store)} question(s) out of scope.\n`);
    return checkAfterEdit(kbRoot, out) ? 0 : 1;
  }

  if (options.list || options.json || !io.interactive) {
    if (options.json) out.write(`${JSON.stringify(groups.map((g) => ({ number: g.number, questions: g.entries.map((e) => ({ text: e.text, reason: e.reason, at: e.at })), closest: g.closest })))}\n`);
    else out.write(groups.length ? `${groups.map(describe).join('\n\n')}\n` : 'No open questions to review.\n');
    return 0;
  }

  if (!groups.length) {
    out.write('No open questions to review.\n');
    return 0;
  }
  const rl = createInterface({ input: io.input, output: out });
  try {
    for (let i = 0; i < groups.length; i++) {
      const g = groups[i]!;
      const top = g.closest[0]?.intent;
      out.write(`\n${describe(g)}\n`);
      const answer = (await rl.question(`  [a] add to ${top ?? '...'}  [i] add to another intent  [x] out of scope  [s] skip  [q] quit > `)).trim().toLowerCase();
      if (answer === 'q') break;
      if (answer === 'x') out.write(`  marked ${await markOutOfScope(g, store)} out of scope\n`);
      else if (answer === 'a' || answer === 'i') {
        const target = answer === 'a' && top ? top : (await rl.question('  intent id > ')).trim();
        if (!kb.byId.has(target)) {
          out.write(`  "${target}" is not an intent; skipped\n`);
          continue;
        }
        const r = await addGroupToIntent(g, target, kb, store);
        out.write(`  added ${r.added.length} example(s) to ${r.file}\n`);
        writeRefused(out, r.refused);
        checkAfterEdit(kbRoot, out);
        kb = loadKnowledge(kbRoot);
        understanding = new Understanding(kb);
      }
    }
  } finally {
    rl.close();
  }
  groups = await reviewGroups(store, understanding);
  out.write(`\n${groups.length} group(s) still open.\n`);
  return 0;
}
