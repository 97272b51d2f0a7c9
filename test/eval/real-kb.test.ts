import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { THRESHOLDS } from '../../src/core/thresholds.js';
import { allowedDrop, checkGate, DEFAULT_TOLERANCE, readAccepted } from '../../src/eval/gate.js';
import { renderReport } from '../../src/eval/report.js';
import type { Evaluation } from '../../src/eval/run.js';
import { repoRoot } from '../helpers/core.js';
import { realEvaluation } from './helpers.js';

const accepted = readAccepted(path.join(repoRoot, 'eval', 'accepted.json'));
let e: Evaluation;
beforeAll(async () => {
  e = await realEvaluation();
}, 120_000);

describe('the real knowledge base', () => {
  // The floors are the gate's: the accepted figures minus the drop the gate allows, so the test and the gate agree.
  const floor = (key: 'cvAccuracy' | 'heldoutInScope') => accepted[key] - allowedDrop(DEFAULT_TOLERANCE, e.figures.sizes?.[key]) / 100 - 1e-6;

  it('keeps its cross-validation accuracy above the floor', () => {
    expect(e.cv.accuracy).toBeGreaterThanOrEqual(floor('cvAccuracy'));
  });

  it('keeps its held-out in-scope accuracy above the floor', () => {
    expect(e.heldout.inScope.share).toBeGreaterThanOrEqual(floor('heldoutInScope'));
  });

  it('passes the gate against the accepted figures', () => {
    const gate = checkGate(e.figures, accepted);
    expect(gate.checks.filter((c) => c.failed)).toEqual([]);
    expect(gate.passed).toBe(true);
  });

  it('cross-validates every example exactly once, and scores every intent', () => {
    const examples = e.kb.intents.reduce((n, i) => n + i.examples.length, 0);
    expect(e.cv.items).toHaveLength(examples);
    expect(new Set(e.cv.items.map((i) => i.fold))).toEqual(new Set([0, 1, 2, 3, 4]));
    expect(e.cv.scores.map((s) => s.intent)).toEqual(e.kb.intents.map((i) => i.id));
    for (const s of e.cv.scores) expect(s.support).toBe(e.kb.byId.get(s.intent)!.examples.length);
  });

  it('the sweep at the current threshold reproduces the figures of the unmodified advisor', () => {
    const row = e.sweep!.rows.find((r) => r.threshold === THRESHOLDS.answer)!;
    expect(row.inScope).toBeCloseTo(e.heldout.inScope.share, 10);
    expect(row.oosRejection).toBeCloseTo(e.heldout.oosRejection.share, 10);
    expect(row.conversation).toBeCloseTo(e.heldout.conversation.share, 10);
    expect(row.followups).toBeCloseTo(e.followups.followups.share, 10);
    expect(e.sweep!.current).toBe(THRESHOLDS.answer);
    // Higher thresholds reject at least as many out-of-scope questions.
    const rej = e.sweep!.rows.map((r) => r.oosRejection);
    for (let i = 1; i < rej.length; i++) expect(rej[i]).toBeGreaterThanOrEqual(rej[i - 1]! - 0.02);
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

  it('has the threshold curve, the per-intent table worst first, the confused pairs and the misses', () => {
    expect(html).toMatch(/<svg[^>]*class="curve"/);
    expect(html).toContain(`current ${e.sweep!.current}`.replace(/^current/, e.sweep!.best === e.sweep!.current ? 'current = best balanced' : 'current'));
    const order = [...html.matchAll(/<tr id="intent-([^"]+)"/g)].map((m) => m[1]);
    const f1 = new Map(e.cv.scores.map((s) => [s.intent, s.f1]));
    expect(order).toHaveLength(e.kb.intents.length);
    for (let i = 1; i < order.length; i++) expect(f1.get(order[i]!)!).toBeGreaterThanOrEqual(f1.get(order[i - 1]!)!);
    const pair = e.cv.pairs[0]!;
    expect(html).toContain(`${pair.a} ↔ ${pair.b}: ${pair.total}`);
    for (const o of e.heldout.outcomes.filter((x) => !x.correct)) {
      expect(html).toContain(o.question.text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;'));
    }
    for (const h of ['How to read it', 'Confusion matrix', 'Per intent, worst first', 'Most confused pairs', 'Held-out misses', 'Answer threshold']) expect(html).toContain(h);
  });

  it('escapes every text it shows', () => {
    const evil = '<img src=x onerror="alert(1)"> & \'quotes\'';
    const outcome = { ...e.heldout.outcomes[0]!, correct: false, question: { ...e.heldout.outcomes[0]!.question, text: evil }, got: '<b>got</b>' };
    const pairs = [{ ...e.cv.pairs[0]!, aAsB: 1, aAsBExamples: [evil] }, ...e.cv.pairs.slice(1)];
    const poisoned: Evaluation = { ...e, heldout: { ...e.heldout, outcomes: [outcome, ...e.heldout.outcomes.slice(1)] }, cv: { ...e.cv, pairs } };
    const out = renderReport(poisoned, { accepted });
    expect(out).not.toContain('<img');
    expect(out).not.toContain('<b>got</b>');
    expect(out).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &#39;quotes&#39;');
    expect(checkHtml(out)).toEqual([]);
  });
});
