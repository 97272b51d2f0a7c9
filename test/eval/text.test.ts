// src/eval/text.ts: the plain-text tables `chartpath eval` prints, on a small handmade evaluation (test/helpers/eval.ts)
// whose every figure is known. (test/eval/real-kb.test.ts checks the text of the real evaluation.)
import { describe, expect, it } from 'vitest';
import { driftOf } from '../../src/eval/run.js';
import { driftLine, formatEvaluation, narrowLine, setTable, thresholdsText } from '../../src/eval/text.js';
import { DEFAULT_THRESHOLDS } from '../../src/understanding/thresholds.js';
import { repoRoot } from '../helpers/core.js';
import { handmadeEvaluation, itemResult, setScore } from '../helpers/eval.js';

describe('the small parts', () => {
  it('thresholdsText names every threshold with its value, in order', () => {
    expect(thresholdsText(DEFAULT_THRESHOLDS)).toBe('answer 0.35, topicMass 0.55, topicMassWithField 0.3, sureNonTopic 0.6, suggest 0.04');
  });

  it('setTable: a header and one row per kind, counts and shares right-aligned', () => {
    expect(setTable({ in: { passed: 7, total: 160, share: 7 / 160 }, oos: { passed: 45, total: 45, share: 1 } })).toEqual([
      'kind  passed/total   share',
      'in           7/160    4.4%',
      'oos          45/45  100.0%',
    ]);
  });

  it('narrowLine: the replies, rounded mean lengths and the ratio; or says there were none', () => {
    expect(narrowLine(setScore([], { replies: 2, meanLength: 100.4, meanCard: 400.6, ratio: 0.25061 }))).toBe(
      'narrow follow-ups: 2 replies, mean 100 characters vs 401 for the whole card of the same topics (ratio 0.25; target at most 0.33)',
    );
    expect(narrowLine(setScore([]))).toMatch(/^narrow follow-ups: none/);
  });
});

describe('driftLine', () => {
  const e = handmadeEvaluation();
  const withSets = (dev: boolean[], holdout: boolean[]) => {
    const sets = [
      { spec: { ...e.sets[0]!.spec }, score: setScore(dev.map((p, i) => itemResult(`d${i}`, 'in', p))) },
      { spec: { ...e.sets[1]!.spec }, score: setScore(holdout.map((p, i) => itemResult(`h${i}`, 'in', p))) },
    ];
    return { ...e, sets, drift: driftOf(sets) };
  };

  it('dev minus the measure-only set in points, signed, flagged beyond 5 points', () => {
    expect(driftLine(withSets([true, true], [true, false]))).toBe(
      'Dev minus holdout: in +50.0 points (100.0% vs 50.0%); DRIFT: in more than 5 points apart: the bot is being fitted to the dev set',
    );
    expect(driftLine(withSets([true, false], [true, true]))).toMatch(/^Dev minus holdout: in -50\.0 points \(50\.0% vs 100\.0%\); DRIFT/);
    expect(driftLine(withSets(Array(20).fill(true), [...Array(19).fill(true), false]))).toBe('Dev minus holdout: in +5.0 points (100.0% vs 95.0%); within 5 points');
  });

  it('says when it cannot be computed', () => {
    expect(driftLine({ ...e, drift: [] })).toBe('Dev minus holdout: not available (dev and a measure-only set are needed)');
  });
});

describe('formatEvaluation', () => {
  const e = handmadeEvaluation();
  const [a, b] = e.cv.scores.map((s) => s.intent);
  const text = formatEvaluation(e, { cwd: repoRoot });
  const lines = text.split('\n');

  it('opens with the knowledge base, its counts and the thresholds', () => {
    const topics = e.kb.intents.filter((i) => i.kind === 'topic').length;
    expect(lines[0]).toBe(
      `ChartPath evaluation: knowledge/ (${topics} topics, ${e.kb.intents.length - topics} conversation intents, 3 examples); thresholds: ${thresholdsText(DEFAULT_THRESHOLDS)}`,
    );
  });

  it('shows each set with its path relative to the working folder, or as skipped', () => {
    expect(text).toContain('\ndev: eval/dev.jsonl (the dev set)\n  kind  passed/total   share\n  in             2/2  100.0%\n  oos            1/1  100.0%\n  narrow follow-ups: none');
    expect(text).toContain('\nholdout: eval/holdout.jsonl (never tuned on)\n');
    expect(text).toContain('\nghost: eval/ghost.jsonl: not found, skipped\n');
    expect(formatEvaluation(e, { cwd: '/' })).toContain(`\nghost: ${repoRoot.slice(1)}/eval/ghost.jsonl: not found`);
  });

  it('lists the weakest intents worst first with what they were taken for, limited by `worst`', () => {
    const weakest = lines.slice(lines.findIndex((l) => l.includes('Weakest intents')) + 1);
    expect(weakest[1]).toMatch(new RegExp(`^    ${a}\\s+2\\s+50\\.0%\\s+50\\.0%\\s+50\\.0%\\s+${b} \\(1\\)$`));
    expect(weakest[2]).toMatch(new RegExp(`^    ${b}\\s+1\\s+75\\.0%\\s+75\\.0%\\s+75\\.0%$`));
    const one = formatEvaluation(e, { worst: 1 }).split('\n');
    const at = one.findIndex((l) => l.includes('Weakest intents'));
    expect(one[at + 3]).toContain('Most confused pairs');
  });

  it('shows the confused pairs with an example, counts the failures (not "either" items) and the timings', () => {
    expect(text).toMatch(new RegExp(`    ${a} <-> ${b}\\s+1\\s+1\\s+0\\s+"qa2" \\(${a}\\)`));
    expect(text).toContain('\n1 failures, each with its question and what was missing: listed by --json\n');
    expect(lines.at(-1)).toBe('(3.2 s: cross-validation 1.2 s, question sets 2.0 s)');
    expect(text).not.toContain('topicMass sweep');
  });

  it('names the report when one was written', () => {
    const withReport = formatEvaluation(e, { cwd: repoRoot, reportFile: `${repoRoot}/data/eval/report.html` });
    expect(withReport).toContain('listed by --json and in the report\nReport: data/eval/report.html\n');
  });
});
