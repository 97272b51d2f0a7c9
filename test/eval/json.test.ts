// src/eval/json.ts: what `chartpath eval --json` prints, on a small handmade evaluation whose every figure is known.
import { describe, expect, it } from 'vitest';
import { summary } from '../../src/eval/json.js';
import type { Sweep } from '../../src/eval/sweep.js';
import { DEFAULT_THRESHOLDS } from '../../src/understanding/thresholds.js';
import { handmadeEvaluation, setScore, itemResult } from '../helpers/eval.js';

const e = handmadeEvaluation();
const [a, b] = e.cv.scores.map((s) => s.intent);
const j = JSON.parse(JSON.stringify(summary(e))) as Record<string, any>;

describe('summary', () => {
  it('counts the knowledge base and gives the thresholds', () => {
    expect(j.knowledge).toBe(e.kb.root);
    expect(j.intents).toBe(e.kb.intents.length);
    expect(j.topics).toBe(e.kb.intents.filter((i) => i.kind === 'topic').length);
    expect(j.examples).toBe(3);
    expect(j.thresholds).toEqual(DEFAULT_THRESHOLDS);
  });

  it('rounds every figure to four decimals', () => {
    expect(j.figures).toEqual({ cvAccuracy: 0.6667, cvMacroF1: 0.6123, sets: { dev: { in: 1, oos: 1 }, holdout: { in: 0.5, oos: 1 } } });
    expect(j.seconds).toEqual({ crossValidation: 1.2346, sets: 2, sweep: 0, total: 3.2346 });
  });

  it('one entry per set: found or not, its kinds, narrow follow-ups and failures ("either" items and passes left out)', () => {
    expect(j.sets.map((s: { name: string; file: string; found: boolean }) => [s.name, s.file, s.found])).toEqual([
      ['dev', 'eval/dev.jsonl', true],
      ['holdout', 'eval/holdout.jsonl', true],
      ['ghost', 'eval/ghost.jsonl', false],
    ]);
    const [dev, holdout, ghost] = j.sets;
    expect(dev.failures).toEqual([]);
    expect(holdout.kinds).toEqual({ in: { passed: 1, total: 2, share: 0.5 }, oos: { passed: 1, total: 1, share: 1 } });
    expect(holdout.narrowFollowUps).toEqual({ replies: 2, meanLength: 100.4, meanCard: 400.6, ratio: 0.2506 });
    expect(holdout.failures).toEqual([{ id: 'h2', kind: 'in', turns: ['question h2'], why: 'missing x', intent: null, confidence: 0.5 }]);
    expect(ghost).toMatchObject({ kinds: null, narrowFollowUps: null, failures: [], tunedOn: true, about: 'missing' });
  });

  it('the drift, and cross-validation per intent with its kind and group', () => {
    expect(j.drift).toEqual([
      { set: 'holdout', kind: 'in', dev: 1, holdout: 0.5, difference: 50, flagged: true },
      { set: 'holdout', kind: 'oos', dev: 1, holdout: 1, difference: 0, flagged: false },
    ]);
    expect(j.crossValidation).toMatchObject({ folds: 5, seed: 1, accuracy: 0.6667, macroF1: 0.6123, confusedPairs: e.cv.pairs });
    expect(j.crossValidation.intents).toEqual([
      { intent: a, kind: 'topic', group: e.kb.byId.get(a!)!.group ?? null, support: 2, precision: 0.5, recall: 0.5, f1: 0.5 },
      { intent: b, kind: 'topic', group: e.kb.byId.get(b!)!.group ?? null, support: 1, precision: 0.75, recall: 0.75, f1: 0.75 },
    ]);
  });

  it('no sweep: undefined; a sweep: its sets, current value and each row\'s thresholds and kinds', () => {
    expect(j.sweep).toBeUndefined();
    const row = (topicMass: number) => ({ thresholds: { ...DEFAULT_THRESHOLDS, topicMass, topicMassWithField: topicMass - 0.2 }, kinds: setScore([itemResult('s', 'in', true), itemResult('t', 'in', false), itemResult('u', 'in', false)]).kinds });
    const sweep: Sweep = { sets: ['dev'], current: 0.55, rows: [row(0.5), row(0.55)] };
    expect((summary({ ...e, sweep }) as { sweep: unknown }).sweep).toEqual({
      sets: ['dev'],
      current: 0.55,
      rows: [
        { topicMass: 0.5, topicMassWithField: 0.5 - 0.2, kinds: { in: { passed: 1, total: 3, share: 0.3333 } } },
        { topicMass: 0.55, topicMassWithField: 0.55 - 0.2, kinds: { in: { passed: 1, total: 3, share: 0.3333 } } },
      ],
    });
  });
});
