import { describe, expect, it } from 'vitest';
import { THRESHOLDS } from '../../src/core/thresholds.js';
import { Understanding } from '../../src/core/understand.js';
import { withExamples } from '../../src/eval/crossval.js';
import { readHeldout, replyIsRight, questionKind } from '../../src/eval/heldout.js';
import { atThreshold, bestBalanced, buildSweep, everyThreshold, stepProfile, SWEEP_GRID, sweepThresholds, type SweepRow } from '../../src/eval/sweep.js';
import { makeAdvisor, realKnowledge, repoRoot } from '../helpers/core.js';
import path from 'node:path';

describe('threshold override', () => {
  it('the grid runs from 0.05 to 0.95 in steps of 0.05, and the current threshold is added when off the grid', () => {
    expect(SWEEP_GRID).toHaveLength(19);
    expect(SWEEP_GRID[0]).toBe(0.05);
    expect(SWEEP_GRID[18]).toBe(0.95);
    expect(SWEEP_GRID).toContain(0.35);
    expect(sweepThresholds(0.33)).toContain(0.33);
    expect(sweepThresholds(0.33)).toHaveLength(20);
    expect(sweepThresholds(0.35)).toHaveLength(19);
  });

  it('sets THRESHOLDS.answer while the function runs and restores it, even when it throws', async () => {
    const real = THRESHOLDS.answer;
    expect(await atThreshold(0.8, () => THRESHOLDS.answer)).toBe(0.8);
    await expect(atThreshold(0.1, () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(THRESHOLDS.answer).toBe(real);
  });
});

describe('step profile', () => {
  const thresholds = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];
  // A question whose top confidence is 0.42: answered up to 0.4, not sure from 0.5 on.
  const probeCounter = () => {
    const seen: number[] = [];
    const at = (t: number) => {
      expect(THRESHOLDS.answer).toBe(t);
      seen.push(t);
      return THRESHOLDS.answer <= 0.42 ? 'answer' : 'unsure';
    };
    return { seen, at };
  };
  const expected = thresholds.map((t) => (t <= 0.42 ? 'answer' : 'unsure'));

  it('finds the change point by bisection', async () => {
    const { seen, at } = probeCounter();
    expect(await stepProfile(thresholds, at)).toEqual(expected);
    expect(seen.length).toBeLessThanOrEqual(2 + Math.ceil(Math.log2(thresholds.length)));
  });

  it('with the known change point, probes twice (once on each side)', async () => {
    const { seen, at } = probeCounter();
    expect(await stepProfile(thresholds, at, Object.is, 0.42)).toEqual(expected);
    expect(seen).toEqual([0.4, 0.5]);
  });

  it('handles change points outside the grid and constant outcomes', async () => {
    const seen: number[] = [];
    const stepAt = (c: number) => (t: number) => {
      seen.push(t);
      return t <= c ? 'answer' : 'unsure';
    };
    expect(await stepProfile(thresholds, () => 'x')).toEqual(thresholds.map(() => 'x'));
    expect(await stepProfile(thresholds, stepAt(0.05), Object.is, 0.05)).toEqual(thresholds.map(() => 'unsure'));
    expect(await stepProfile(thresholds, stepAt(0.99), Object.is, 0.99)).toEqual(thresholds.map(() => 'answer'));
    expect(seen).toEqual([0.1, 0.9]);
    expect(await stepProfile(thresholds, stepAt(0.05))).toEqual(thresholds.map(() => 'unsure'));
    expect(await stepProfile([], stepAt(0.5))).toEqual([]);
  });

  it('everyThreshold probes each threshold', async () => {
    const { seen, at } = probeCounter();
    expect(await everyThreshold(thresholds, at)).toEqual(expected);
    expect(seen).toEqual(thresholds);
  });
});

describe('sweep table', () => {
  const row = (threshold: number, inScope: number, oosRejection: number): SweepRow => ({
    threshold,
    inScope,
    oosRejection,
    balanced: (inScope + oosRejection) / 2,
    conversation: 1,
    followups: 1,
    cvInScope: undefined,
  });

  it('the best balanced threshold maximises the mean of in-scope accuracy and rejection; ties go to the nearest to the current, then the lower', () => {
    expect(bestBalanced([row(0.1, 1, 0.5), row(0.2, 0.9, 0.9), row(0.3, 0.8, 0.9)], 0.3)).toBe(0.2);
    expect(bestBalanced([row(0.1, 0.9, 0.9), row(0.2, 0.8, 1), row(0.3, 1, 0.8), row(0.4, 0.5, 0.5)], 0.25)).toBe(0.2);
    expect(bestBalanced([row(0.1, 0.9, 0.9), row(0.2, 0.8, 1), row(0.3, 1, 0.8)], 0.3)).toBe(0.3);
  });

  it('turns per-question profiles into shares per threshold', () => {
    const sweep = buildSweep({
      thresholds: [0.2, 0.4],
      current: 0.4,
      inScope: [
        [true, true],
        [true, false],
      ],
      oos: [
        [false, true],
        [false, true],
      ],
      conversation: [[true, true]],
      followups: [],
      cvInScope: [
        [true, false],
        [true, false],
        [false, false],
        [true, true],
      ],
    });
    expect(sweep.rows).toEqual([
      { threshold: 0.2, inScope: 1, oosRejection: 0, balanced: 0.5, conversation: 1, followups: 0, cvInScope: 0.75 },
      { threshold: 0.4, inScope: 0.5, oosRejection: 1, balanced: 0.75, conversation: 1, followups: 0, cvInScope: 0.25 },
    ]);
    expect(sweep.best).toBe(0.4);
  });
});

describe('the fast sweep measures what the bot would do at each threshold', () => {
  const thresholds = sweepThresholds();
  const kb = realKnowledge();

  it('held-out questions through the advisor: bisection equals asking at every threshold', async () => {
    const advisor = makeAdvisor();
    const file = path.join(repoRoot, 'eval', 'heldout.jsonl');
    const questions = readHeldout(file).filter((_, i) => i % 3 === 0);
    let n = 0;
    for (const q of questions) {
      const kind = questionKind(kb, q);
      const right = async () => replyIsRight(kb, kind, q.intent, await advisor.ask({ person: `sw${n++}`, channel: 'c', surface: 'cli', text: q.text }));
      expect(await stepProfile(thresholds, right), q.text).toEqual(await everyThreshold(thresholds, right));
    }
  }, 60_000);

  it('out-of-fold examples through Understanding: two probes at the top confidence equal deciding at every threshold', async () => {
    const understanding = new Understanding(withExamples(kb, (_i, _e, n) => n % 5 !== 0));
    const heldBack = kb.intents.filter((i) => i.kind === 'topic').flatMap((i) => i.examples.filter((_, n) => n % 5 === 0).map((text) => ({ text, intent: i.id })));
    expect(heldBack.length).toBeGreaterThan(200);
    for (const { text, intent } of heldBack) {
      const right = () => understanding.decide(text, undefined).intent?.id === intent;
      const top = understanding.classifier.predict(text, 1)[0]!.confidence;
      expect(await stepProfile(thresholds, right, Object.is, top), text).toEqual(await everyThreshold(thresholds, right));
    }
  }, 60_000);
});
