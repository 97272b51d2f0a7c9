// src/eval/report.ts: the HTML report on a small handmade evaluation whose figures are known: its header, the summary
// with and without accepted figures (and the gate's verdict), the failures, and the sweep section. (test/eval/real-kb.test.ts
// checks the well-formedness, the heat map and the escaping on the real evaluation.)
import { describe, expect, it } from 'vitest';
import { acceptedFrom } from '../../src/eval/gate.js';
import { renderReport } from '../../src/eval/report.js';
import type { Evaluation } from '../../src/eval/run.js';
import { figuresOf } from '../../src/eval/run.js';
import { DEFAULT_THRESHOLDS } from '../../src/understanding/thresholds.js';
import { handmadeEvaluation, itemResult, setScore } from '../helpers/eval.js';

const e = handmadeEvaluation();
const settings = { folds: 5, seed: 1, thresholds: { ...DEFAULT_THRESHOLDS } };
const NOW = new Date('2026-03-04T05:06:07Z');
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

/** The evaluation with a holdout of ten in items, `passed` of them passing. */
function withHoldout(passed: number): Evaluation {
  const results = Array.from({ length: 10 }, (_, i) => itemResult(`h${i}`, 'in', i < passed));
  const sets = e.sets.map((s) => (s.spec.name === 'holdout' ? { ...s, score: setScore(results) } : s));
  return { ...e, sets, figures: figuresOf(e.cv, sets) };
}

describe('renderReport', () => {
  it('says when and from what it was made, with the thresholds and the cross-validation settings', () => {
    const html = renderReport(e, { now: NOW });
    const topics = e.kb.intents.filter((i) => i.kind === 'topic').length;
    expect(html).toContain(`Generated 2026-03-04 05:06 UTC from ${e.kb.root}: ${topics} topics, ${e.kb.intents.length - topics} conversation intents, 3 examples.`);
    expect(html).toContain('Thresholds: answer 0.35, topicMass 0.55, topicMassWithField 0.3, sureNonTopic 0.6, suggest 0.04. Cross-validation: 5 folds, seed 1.');
    expect(html).toContain('Made by chartpath eval in 3.2 s.');
  });

  it('without accepted figures: the cards and set rows without a comparison, and how to record figures', () => {
    const html = renderReport(e, { now: NOW });
    expect(text(html)).toContain('66.7% CV accuracy 2/3 examples');
    expect(text(html)).toContain('61.2% CV macro-F1 mean over 2 intents');
    expect(html).not.toContain('<th>accepted</th>');
    expect(html).toContain('No accepted figures to compare with');
    expect(html).not.toContain('Quality gate');
    expect(text(html)).toMatch(/holdout never tuned on in 1\/2 50\.0%/);
    expect(html).toContain('<td colspan="3" class="sub">eval/ghost.jsonl: not found, skipped</td>');
  });

  it('against figures accepted from the same run: no change, and the gate passes', () => {
    const html = renderReport(e, { now: NOW, accepted: acceptedFrom(e.figures, settings, undefined, NOW) });
    expect(html).toContain('<th>accepted</th><th>change</th>');
    expect(html).toContain('+0.0 points vs accepted 66.7%');
    expect(html).toContain('<span class="verdict pass">Quality gate: passes');
    expect(html).not.toContain('<tr class="bad">');
    expect(html).toContain('<td colspan="5" class="sub">eval/ghost.jsonl: not found, skipped</td>');
  });

  it('against better accepted figures: the drop is shown, the row marked and the gate fails naming the figure', () => {
    const html = renderReport(withHoldout(5), { now: NOW, accepted: acceptedFrom(withHoldout(10).figures, settings, undefined, NOW) });
    const bad = html.split('\n').filter((l) => l.includes('<tr class="bad">'));
    expect(bad).toHaveLength(1);
    expect(text(bad[0]!)).toMatch(/holdout never tuned on in 5\/10 50\.0% 10\/10 100\.0% -50\.0/);
    expect(html).toMatch(/<span class="verdict fail">Quality gate: FAILS \(holdout in dropped more than 1\.5 points, or one question on a small set, below the figures accepted 2026-03-04\)/);
  });

  it('lists each found set\'s failures (not "either" items) with the question, why and what was got', () => {
    const html = renderReport(e, { now: NOW });
    expect(html).toContain('<h3>dev: 0 of 3</h3>');
    expect(html).toContain('<h3>holdout: 1 of 4</h3>');
    expect(html).not.toContain('<h3>ghost');
    expect(html).toContain('<tr><td>h2</td><td>in</td><td class="q">question h2</td><td>missing x</td><td>- (0.50)<br><span class="sub">answer h2</span></td></tr>');
    expect(html).not.toContain('<td>h4</td>');
  });

  it('says when the sweep was not run, and draws it with the current row marked when it was', () => {
    expect(renderReport(e, { now: NOW })).toContain('<p class="sub">The sweep was not run.</p>');
    const row = (topicMass: number) => ({ thresholds: { ...DEFAULT_THRESHOLDS, topicMass, topicMassWithField: topicMass - 0.2 }, kinds: setScore([itemResult('s', 'in', true), itemResult('t', 'oos', false)]).kinds });
    const html = renderReport({ ...e, sweep: { sets: ['dev', 'tune'], current: 0.55, rows: [row(0.5), row(0.55)] } }, { now: NOW });
    expect(html).toContain('asked the dev + tune sets, never the holdout');
    expect(html).toMatch(/<svg[^>]*class="curve"/);
    const rows = html.split('\n').filter((l) => l.startsWith('<tr') && l.includes('<td class="n">0.5'));
    expect(rows).toEqual([
      '<tr><td class="n">0.50</td><td class="n">0.30</td><td class="n">100.0% (1/1)</td><td class="n">0.0% (0/1)</td><td></td></tr>',
      '<tr class="mark"><td class="n">0.55</td><td class="n">0.35</td><td class="n">100.0% (1/1)</td><td class="n">0.0% (0/1)</td><td>current</td></tr>',
    ]);
  });
});
