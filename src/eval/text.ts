// The plain-text tables `chartpath eval` prints.
import path from 'node:path';
import type { KindTally } from './facts.js';
import type { Drift, Evaluation, SetResult } from './run.js';
import { DRIFT_POINTS } from './run.js';
import { SWEEP_KINDS } from './sweep.js';
import type { Thresholds } from '../understanding/thresholds.js';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const signed = (x: number) => `${x >= 0 ? '+' : ''}${(Math.round(x * 10) / 10 || 0).toFixed(1)}`;

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

/** "answer 0.35, topicMass 0.55, ...": every threshold the bot runs with. */
export const thresholdsText = (t: Thresholds): string =>
  Object.entries(t)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');

/** The narrow follow-ups line: mean reply length against the whole card of the same topics. */
export function narrowLine(s: NonNullable<SetResult['score']>): string {
  const n = s.narrow;
  if (!n.replies) return 'narrow follow-ups: none (no conv follow-up was answered with one part of a topic)';
  return (
    `narrow follow-ups: ${n.replies} replies, mean ${Math.round(n.meanLength)} characters vs ${Math.round(n.meanCard)} for the whole card ` +
    `of the same topics (ratio ${n.ratio.toFixed(2)}; target at most 0.33)`
  );
}

export function setTable(kinds: Record<string, KindTally>): string[] {
  return table(
    ['kind', 'passed/total', 'share'],
    Object.entries(kinds).map(([k, t]) => [k, `${t.passed}/${t.total}`, pct(t.share)]),
    [false, true, true],
  );
}

export function driftLine(e: Evaluation): string {
  if (!e.drift.length) return 'Dev minus holdout: not available (dev and a measure-only set are needed)';
  const bySet = new Map<string, Drift[]>();
  for (const d of e.drift) bySet.set(d.set, [...(bySet.get(d.set) ?? []), d]);
  return [...bySet]
    .map(([set, drifts]) => {
      const parts = drifts.map((d) => `${d.kind} ${signed(d.difference)} points (${pct(d.dev)} vs ${pct(d.holdout)})`);
      const flagged = drifts.filter((d) => d.flagged).map((d) => d.kind);
      return (
        `Dev minus ${set}: ${parts.join(', ')}` +
        (flagged.length
          ? `; DRIFT: ${flagged.join(' and ')} more than ${DRIFT_POINTS} points apart: the bot is being fitted to the dev set`
          : `; within ${DRIFT_POINTS} points`)
      );
    })
    .join('\n');
}

export function formatEvaluation(e: Evaluation, options: { worst?: number; reportFile?: string | undefined; cwd?: string } = {}): string {
  const cwd = options.cwd ?? process.cwd();
  const rel = (f: string) => path.relative(cwd, f) || f;
  const topics = e.kb.intents.filter((i) => i.kind === 'topic').length;
  const out: string[] = [];
  out.push(
    `ChartPath evaluation: ${rel(e.kb.root)}/ (${topics} topics, ${e.kb.intents.length - topics} conversation intents, ${e.cv.items.length} examples); ` +
      `thresholds: ${thresholdsText(e.thresholds)}`,
    '',
    'Question sets, scored by the facts in each reply (the rule of ../shared/tools/score_facts.py); ctx-in and ctx-oos are the',
    "same single questions asked as the second turn after an unrelated career question; conv scores a conversation's last turn.",
  );
  for (const s of e.sets) {
    out.push('', `${s.spec.name}: ${rel(s.spec.file)}${s.score ? ` (${s.spec.about})` : ': not found, skipped'}`);
    if (!s.score) continue;
    out.push(...setTable(s.score.kinds).map((l) => `  ${l}`), `  ${narrowLine(s.score)}`);
  }
  out.push('', driftLine(e));

  out.push(
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

  if (e.sweep) {
    const s = e.sweep;
    out.push(
      '',
      `topicMass sweep on ${s.sets.join(' + ')} (never the holdout): the same model read with each value;`,
      '  topicMassWithField = topicMass - 0.2, except on the current row, which is the thresholds the bot runs with',
    );
    const kinds = SWEEP_KINDS.filter((k) => s.rows.some((r) => r.kinds[k]));
    out.push(
      ...table(
        ['topicMass', 'with field', ...kinds, ''],
        s.rows.map((r) => [
          r.thresholds.topicMass.toFixed(2),
          r.thresholds.topicMassWithField.toFixed(2),
          ...kinds.map((k) => (r.kinds[k] ? pct(r.kinds[k].share) : '-')),
          r.thresholds.topicMass === s.current ? '<- current' : '',
        ]),
        [true, true, ...kinds.map(() => true), false],
      ).map((l) => `  ${l}`),
    );
  }
  const failures = e.sets.reduce((n, s) => n + (s.score?.results.filter((r) => !r.passed && r.item.kind !== 'either').length ?? 0), 0);
  out.push('', `${failures} failures, each with its question and what was missing: listed by --json${options.reportFile ? ' and in the report' : ''}`);
  if (options.reportFile) out.push(`Report: ${rel(options.reportFile)}`);
  out.push(
    `(${e.timings.total.toFixed(1)} s: cross-validation ${e.timings.crossValidation.toFixed(1)} s, question sets ${e.timings.sets.toFixed(1)} s` +
      (e.sweep ? `, sweep ${e.timings.sweep.toFixed(1)} s)` : ')'),
  );
  return out.join('\n');
}
