import { beforeAll, describe, expect, it } from 'vitest';
import { acceptedFrom, checkGate, type AcceptedFigures } from '../../src/eval/gate.js';
import { renderReport } from '../../src/eval/report.js';
import type { Evaluation } from '../../src/eval/run.js';
import { formatEvaluation } from '../../src/eval/text.js';
import { summary } from '../../src/eval/json.js';
import { repoRoot } from '../helpers/core.js';
import { realEvaluation, SETS } from '../helpers/eval.js';

let e: Evaluation;
/** Figures accepted from this very run: the report shows its comparison columns. */
let accepted: AcceptedFigures;
beforeAll(async () => {
  e = await realEvaluation();
  accepted = acceptedFrom(e.figures, { folds: 5, seed: 1, thresholds: e.thresholds });
}, 240_000);

describe('the real knowledge base', () => {
  it('cross-validates every example exactly once, and scores every intent', () => {
    const examples = e.kb.intents.reduce((n, i) => n + i.examples.length, 0);
    expect(e.cv.items).toHaveLength(examples);
    expect(new Set(e.cv.items.map((i) => i.fold))).toEqual(new Set([0, 1, 2, 3, 4]));
    expect(e.cv.scores.map((s) => s.intent)).toEqual(e.kb.intents.map((i) => i.id));
    for (const s of e.cv.scores) expect(s.support).toBe(e.kb.byId.get(s.intent)!.examples.length);
  });

  it('scores every set that exists, fresh and after an opener, and reports the missing one as skipped', () => {
    expect(e.sets.map((s) => s.spec.name)).toEqual(SETS.map((s) => s.name));
    const ghost = e.sets.find((s) => s.spec.name === 'ghost')!;
    expect(ghost.score).toBeUndefined();
    expect(e.figures.sets.ghost).toBeUndefined();
    const holdout = e.sets.find((s) => s.spec.name === 'holdout')!.score!;
    expect(Object.keys(holdout.kinds)).toEqual(['in', 'oos', 'conv', 'ctx-in', 'ctx-oos']);
    expect(holdout.kinds['ctx-in']!.total).toBe(holdout.kinds.in!.total);
    expect(holdout.kinds['ctx-oos']!.total).toBe(holdout.kinds.oos!.total);
    const text = formatEvaluation(e, { cwd: repoRoot });
    expect(text).toMatch(/\nghost: \S+questions\.jsonl: not found, skipped\n/);
    expect(text).toMatch(/\nholdout: eval\/holdout\/questions\.jsonl \([^)]*never tuned on[^)]*\)\n\s+kind\s+passed\/total\s+share\n\s+in\s+\d+\/160\s+[\d.]+%\n\s+oos\s+\d+\/45/);
  });

  it('prints the difference dev minus holdout for in and oos, flagged beyond 5 points', () => {
    const dev = e.sets.find((s) => s.spec.name === 'dev')?.score;
    if (!dev) return; // no ../shared here: nothing to compare
    const holdout = e.sets.find((s) => s.spec.name === 'holdout')!.score!;
    expect(e.drift.map((d) => d.kind)).toEqual(['in', 'oos']);
    for (const d of e.drift) {
      expect(d.difference).toBeCloseTo((dev.kinds[d.kind]!.share - holdout.kinds[d.kind]!.share) * 100, 10);
      expect(d.flagged).toBe(Math.abs(d.difference) > 5);
    }
    expect(formatEvaluation(e)).toMatch(/\nDev minus holdout: in [+-][\d.]+ points \([\d.]+% vs [\d.]+%\), oos [+-][\d.]+ points/);
  });

  it('measures narrow follow-ups against the whole card of the same topics', () => {
    for (const s of e.sets) {
      const n = s.score?.narrow;
      if (!n || !n.replies) continue;
      expect(n.ratio).toBeCloseTo(n.meanLength / n.meanCard, 10);
      expect(n.meanCard).toBeGreaterThan(0);
    }
  });

  it('sweeps topicMass on the tuned-on sets only, and its current row is the run itself', () => {
    const sweep = e.sweep!;
    expect(sweep.sets).not.toContain('holdout');
    expect(sweep.sets).toEqual(e.sets.filter((s) => s.spec.tunedOn && s.score).map((s) => s.spec.name));
    expect(sweep.rows.length).toBeGreaterThanOrEqual(9);
    const current = sweep.rows.find((r) => r.thresholds.topicMass === sweep.current)!;
    const tuned = e.sets.filter((s) => sweep.sets.includes(s.spec.name)).map((s) => s.score!);
    for (const kind of ['in', 'oos', 'ctx-in', 'ctx-oos']) {
      expect(current.kinds[kind]!.passed).toBe(tuned.reduce((n, s) => n + (s.kinds[kind]?.passed ?? 0), 0));
      expect(current.kinds[kind]!.total).toBe(tuned.reduce((n, s) => n + (s.kinds[kind]?.total ?? 0), 0));
    }
    expect(formatEvaluation(e)).toMatch(/topicMass sweep on [^\n]*never the holdout[^\n]*\n[^\n]*topicMass - 0\.2[^\n]*\n\s+topicMass\s+with field\s+in\s+oos\s+ctx-in\s+ctx-oos/);
    expect(formatEvaluation(e)).toMatch(/<- current/);
  });

  it('--json holds every figure in one object', () => {
    const j = JSON.parse(JSON.stringify(summary(e))) as { figures: { sets: Record<string, Record<string, number>> }; sets: { name: string; found: boolean }[] };
    expect(j.figures.sets.holdout).toMatchObject({ in: expect.any(Number), oos: expect.any(Number), conv: expect.any(Number), 'ctx-in': expect.any(Number), 'ctx-oos': expect.any(Number) });
    expect(j.sets.find((s) => s.name === 'ghost')!.found).toBe(false);
  });

  it('passes the gate against figures accepted from itself', () => {
    const gate = checkGate(e.figures, accepted);
    expect(gate.checks.filter((c) => c.failed)).toEqual([]);
    expect(gate.passed).toBe(true);
  });
});

/** Tags must nest and close; text must hold no raw < or >; the document has the usual skeleton. */
function checkHtml(html: string): string[] {
  const problems: string[] = [];
  const VOID = new Set(['meta', 'br', 'hr', 'img', 'input', 'link', 'area', 'base', 'col', 'source', 'wbr']);
  const body = html.replace(/^<!DOCTYPE html>\n/, '');
  const stack: string[] = [];
  const tag = /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+(?:="[^"<>]*")?)*)\s*(\/?)>/g;
  let last = 0;
  let inStyle = false;
  for (let m = tag.exec(body); m; m = tag.exec(body)) {
    const text = body.slice(last, m.index);
    if (!inStyle && /[<>]/.test(text)) problems.push(`raw < or > in text near: ${text.slice(0, 60)}`);
    if (/&(?!(amp|lt|gt|quot|#39|#\d+);)/.test(text)) problems.push(`unescaped & near: ${text.slice(0, 60)}`);
    last = tag.lastIndex;
    const [, closing, name, , selfClosing] = m;
    const n = name!.toLowerCase();
    if (closing) {
      const open = stack.pop();
      if (open !== n) problems.push(`</${n}> closes <${open}>`);
      if (n === 'style') inStyle = false;
    } else if (!selfClosing && !VOID.has(n)) {
      stack.push(n);
      if (n === 'style') inStyle = true;
    }
  }
  if (/[<>]/.test(body.slice(last))) problems.push('raw < or > after the last tag');
  if (stack.length) problems.push(`unclosed: ${stack.join(', ')}`);
  if (!html.startsWith('<!DOCTYPE html>')) problems.push('no doctype');
  for (const part of ['<html lang="en">', '<meta charset="utf-8">', '<title>', '</html>']) if (!html.includes(part)) problems.push(`missing ${part}`);
  return problems;
}

describe('the HTML report', () => {
  let html: string;
  beforeAll(() => {
    html = renderReport(e, { accepted });
  });

  it('is well-formed HTML with escaped text', () => {
    expect(checkHtml(html)).toEqual([]);
    expect(html).not.toMatch(/<script/i);
  });

  it('draws a heat map with one cell per intent pair that has counts, each with its count in a hover title', () => {
    const svg = html.match(/<svg[^>]*class="heatmap"[\s\S]*?<\/svg>/)![0];
    const cells = [...svg.matchAll(/<rect class="cell"[^>]*data-expected="([^"]+)" data-predicted="([^"]+)" data-count="(\d+)"><title>([^<]*)<\/title><\/rect>/g)];
    const expected = [...e.cv.confusion].flatMap(([exp, row]) => [...row].map(([pred, n]) => `${exp}>${pred}:${n}`)).sort();
    expect(cells.map((c) => `${c[1]}>${c[2]}:${c[3]}`).sort()).toEqual(expected);
    expect((svg.match(/<rect class="cell"/g) ?? []).length).toBe(expected.length);
    for (const c of cells) expect(c[4]).toContain(`${c[3]} of `);
    // Every intent labels a row and a column.
    for (const i of e.kb.intents) expect((svg.match(new RegExp(`>${i.id}</text>`, 'g')) ?? []).length).toBe(2);
  });

  it('has the sweep curve, the per-intent table worst first, the confused pairs and the failures', () => {
    expect(html).toMatch(/<svg[^>]*class="curve"/);
    expect(html).toContain(`current ${e.sweep!.current}`);
    const order = [...html.matchAll(/<tr id="intent-([^"]+)"/g)].map((m) => m[1]);
    const f1 = new Map(e.cv.scores.map((s) => [s.intent, s.f1]));
    expect(order).toHaveLength(e.kb.intents.length);
    for (let i = 1; i < order.length; i++) expect(f1.get(order[i]!)!).toBeGreaterThanOrEqual(f1.get(order[i - 1]!)!);
    const pair = e.cv.pairs[0]!;
    expect(html).toContain(`${pair.a} ↔ ${pair.b}: ${pair.total}`);
    const escaped = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
    const failures = e.sets.flatMap((s) => s.score?.results.filter((r) => !r.passed) ?? []);
    expect(failures.length).toBeGreaterThan(0);
    for (const r of failures) expect(html).toContain(`<td>${escaped(r.item.id)}</td>`);
    for (const r of failures.slice(0, 20)) expect(html).toContain(escaped(r.item.turns.at(-1)!));
    for (const h of ['How to read it', 'Confusion matrix', 'Per intent, worst first', 'Most confused pairs', 'Failures', 'Topic-mass sweep', 'Dev minus holdout']) expect(html).toContain(h);
  });

  it('escapes every text it shows', () => {
    const evil = '<img src=x onerror="alert(1)"> & \'quotes\'';
    const set = e.sets.find((s) => s.score)!;
    const first = set.score!.results[0]!;
    const result = { ...first, passed: false, why: '<b>why</b>', answer: '<b>got</b>', item: { ...first.item, id: '<i>', turns: [evil] } };
    const poisonedSet = { ...set, score: { ...set.score!, results: [result, ...set.score!.results.slice(1)] } };
    const pairs = [{ ...e.cv.pairs[0]!, aAsB: 1, aAsBExamples: [evil] }, ...e.cv.pairs.slice(1)];
    const poisoned: Evaluation = { ...e, sets: e.sets.map((s) => (s === set ? poisonedSet : s)), cv: { ...e.cv, pairs } };
    const out = renderReport(poisoned, { accepted });
    expect(out).not.toContain('<img');
    expect(out).not.toContain('<b>why</b>');
    expect(out).not.toContain('<b>got</b>');
    expect(out).not.toContain('<td><i></td>');
    expect(out).toContain('<td>&lt;i&gt;</td>');
    expect(out).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &#39;quotes&#39;');
    expect(checkHtml(out)).toEqual([]);
  });
});
