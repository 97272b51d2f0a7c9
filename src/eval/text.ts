// The plain-text tables `chartpath eval` prints.
import path from 'node:path';
import type { Tally } from './heldout.js';
import type { Evaluation } from './run.js';
import { describeRow } from './sweep.js';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const tallyText = (t: Tally) => `${`${t.correct}/${t.total}`.padStart(7)}  ${pct(t.share).padStart(6)}`;

function table(header: string[], rows: string[][], rightAligned: boolean[]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (rightAligned[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)];
}

function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

export function formatEvaluation(e: Evaluation, options: { worst?: number; reportFile?: string | undefined; cwd?: string } = {}): string {
  const cwd = options.cwd ?? process.cwd();
  const rel = (f: string) => path.relative(cwd, f) || f;
  const topics = e.kb.intents.filter((i) => i.kind === 'topic').length;
  const out: string[] = [];
  out.push(
    `ChartPath evaluation: ${rel(e.kb.root)}/ (${topics} topics, ${e.kb.intents.length - topics} conversation intents, ` +
      `${e.cv.items.length} examples), answer threshold ${e.threshold}`,
    '',
    `Cross-validation: ${e.cv.folds} folds, seed ${e.cv.seed}; the classifier's first choice for examples it was not trained on`,
    `  accuracy ${pct(e.cv.accuracy)}   macro-F1 ${pct(e.cv.macroF1)}`,
  );

  const worst = options.worst ?? 12;
  const mistakenFor = (intent: string) => {
    const row = e.cv.confusion.get(intent);
    let best: [string, number] | undefined;
    for (const [p, n] of row ?? []) if (p !== intent && (!best || n > best[1])) best = [p, n];
    return best ? `${best[0]} (${best[1]})` : '';
  };
  const scores = [...e.cv.scores].sort((a, b) => a.f1 - b.f1 || a.recall - b.recall || a.intent.localeCompare(b.intent));
  out.push(`  Weakest intents (worst F1 first; all ${scores.length} are in the report and in --json):`);
  out.push(
    ...table(
      ['intent', 'examples', 'precision', 'recall', 'F1', 'most often taken for'],
      scores.slice(0, worst).map((s) => [s.intent, String(s.support), pct(s.precision), pct(s.recall), pct(s.f1), mistakenFor(s.intent)]),
      [false, true, true, true, true, false],
    ).map((l) => `    ${l}`),
  );

  out.push('  Most confused pairs (both directions; an example of each):');
  out.push(
    ...table(
      ['pair', 'count', 'a as b', 'b as a', 'example'],
      e.cv.pairs.slice(0, 10).map((p) => [
        `${p.a} <-> ${p.b}`,
        String(p.total),
        String(p.aAsB),
        String(p.bAsA),
        shorten(`"${p.aAsBExamples[0] ?? p.bAsAExamples[0] ?? ''}"${p.aAsBExamples.length ? ` (${p.a})` : ` (${p.b})`}`, 70),
      ]),
      [false, true, true, true, false],
    ).map((l) => `    ${l}`),
  );

  const h = e.heldout;
  out.push(
    '',
    `Held-out questions (${rel(h.file)}), each asked by a new person through the advisor`,
    `  in-scope accuracy       ${tallyText(h.inScope)}   answered with the right topic`,
    `  out-of-scope rejection  ${tallyText(h.oosRejection)}   not answered (declined or "not sure")`,
    `  conversation            ${tallyText(h.conversation)}   greeting, help, thanks... given their reply`,
  );
  const cats = Object.entries(h.oosByCategory).map(([c, t]) => `${c} ${t.correct}/${t.total}`);
  if (cats.length) out.push(`  out of scope by category: ${cats.join(', ')}`);
  const f = e.followups;
  out.push(
    `Follow-ups (${rel(f.file)}), ${f.sessions} conversations asked turn by turn`,
    `  follow-up accuracy      ${tallyText(f.followups)}   turns after the first (opening turns ${f.openers.correct}/${f.openers.total})`,
  );
  const misses = h.outcomes.filter((o) => !o.correct).length + f.turns.filter((t) => !t.correct && t.position > 0).length;
  out.push(`  ${misses} misses: ${options.reportFile ? 'listed in the report' : 'listed by --json and in the report (chartpath eval)'}`);

  if (e.sweep) {
    const s = e.sweep;
    out.push('', 'Threshold sweep: what the advisor does at each answer threshold (held-out; CV in-scope = out-of-fold topic examples)');
    out.push(
      ...table(
        ['threshold', 'in-scope', 'OOS rejected', 'balanced', 'conversation', 'follow-ups', 'CV in-scope', ''],
        s.rows.map((r) => [
          r.threshold.toFixed(2),
          pct(r.inScope),
          pct(r.oosRejection),
          pct(r.balanced),
          pct(r.conversation),
          pct(r.followups),
          r.cvInScope === undefined ? '-' : pct(r.cvInScope),
          [r.threshold === s.current ? '<- current' : '', r.threshold === s.best ? '<- best balanced' : ''].filter(Boolean).join(' '),
        ]),
        [true, true, true, true, true, true, true, false],
      ).map((l) => `  ${l}`),
    );
    const cur = s.rows.find((r) => r.threshold === s.current)!;
    const best = s.rows.find((r) => r.threshold === s.best)!;
    out.push(
      s.best === s.current
        ? `  The current threshold ${s.current} is the best balanced one (${describeRow(cur)}).`
        : `  Best balanced: ${s.best} (${describeRow(best)})\n  current:       ${s.current} (${describeRow(cur)})`,
    );
  }
  if (options.reportFile) out.push('', `Report: ${rel(options.reportFile)}`);
  out.push(`(${e.timings.total.toFixed(1)} s: cross-validation ${e.timings.crossValidation.toFixed(1)} s, advisor ${e.timings.advisor.toFixed(1)} s)`);
  return out.join('\n');
}
