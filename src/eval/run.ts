// One evaluation run: cross-validation over the knowledge base's examples, then every question set through a
// real advisor scored by the facts in each reply (fresh, and each single question again after an unrelated
// opener), the dev/holdout drift and, when asked, the topic-mass sweep on the tuning sets. Returns everything
// the text output, the JSON, the report and the gate need.
import path from 'node:path';
import { Advisor } from '../core/advisor.js';
import type { KnowledgeBase } from '../knowledge/types.js';
import type { EngineOptions } from '../nlu/classifier.js';
import { packageRoot } from '../paths.js';
import { MemoryStore } from '../store/memory.js';
import type { Thresholds } from '../understanding/thresholds.js';
import { Understanding } from '../understanding/understand.js';
import { crossValidate, type CrossValidation } from './crossval.js';
import { scoreItems, tallyKinds, type ItemsScore } from './facts.js';
import type { Figures } from './gate.js';
import { afterOpener, readSet, type QuestionItem } from './sets.js';
import { sweepPoints, sweepTopicMass, type Sweep } from './sweep.js';

export interface SetSpec {
  /** dev, tune, tune2, holdout. */
  name: string;
  file: string;
  /** Who wrote it and what it is for, in a few words. */
  about: string;
  /** Tuning may look at it (the sweep runs on these); the holdout is never tuned on. */
  tunedOn: boolean;
}

export interface SetResult {
  spec: SetSpec;
  /** Absent when the file was not found: the set is reported as skipped. */
  score?: ItemsScore | undefined;
}

export interface Drift {
  /** The measure-only set compared with dev (holdout, holdout2, holdout3). */
  set: string;
  kind: string;
  dev: number;
  holdout: number;
  /** dev - holdout, in points. */
  difference: number;
  flagged: boolean;
}

/** Dev and holdout further apart than this (points) is flagged: the bot is being fitted to the dev set. */
export const DRIFT_POINTS = 5;

export interface EvalOptions {
  sets: readonly SetSpec[];
  folds: number;
  seed: number;
  /** Also sweep topicMass on the tuned-on sets. */
  sweep: boolean;
  /** The engine options the bot runs with (the Advisor's default when absent). */
  engine?: EngineOptions | undefined;
  /** An already trained understanding of the same knowledge base (tests share one). */
  understanding?: Understanding | undefined;
}

export interface Evaluation {
  kb: KnowledgeBase;
  thresholds: Thresholds;
  cv: CrossValidation;
  sets: SetResult[];
  drift: Drift[];
  sweep: Sweep | undefined;
  figures: Figures;
  /** Seconds spent in each part. */
  timings: { crossValidation: number; sets: number; sweep: number; total: number };
}

/** The set's own items and each single question again after an opener. */
export function withOpeners(items: readonly QuestionItem[]): QuestionItem[] {
  return [...items, ...afterOpener(items)];
}

export function driftOf(sets: readonly SetResult[]): Drift[] {
  const dev = sets.find((s) => s.spec.name === 'dev')?.score;
  if (!dev) return [];
  return sets
    .filter((s) => !s.spec.tunedOn && s.score)
    .flatMap((measured) =>
      ['in', 'oos'].flatMap((kind) => {
        const d = dev.kinds[kind];
        const h = measured.score!.kinds[kind];
        if (!d || !h) return [];
        const difference = (d.share - h.share) * 100;
        return [{ set: measured.spec.name, kind, dev: d.share, holdout: h.share, difference, flagged: Math.abs(difference) > DRIFT_POINTS + 1e-9 }];
      }),
    );
}

export function figuresOf(cv: CrossValidation, sets: readonly SetResult[]): Figures {
  return {
    cvAccuracy: cv.accuracy,
    cvMacroF1: cv.macroF1,
    cvExamples: cv.items.length,
    intentRecall: Object.fromEntries(cv.scores.map((s) => [s.intent, s.recall])),
    sets: Object.fromEntries(sets.filter((s) => s.score).map((s) => [s.spec.name, { file: relative(s.spec.file), kinds: s.score!.kinds }])),
  };
}

/** A path as the accepted figures and the output name it: relative to the package root. */
export const relative = (file: string): string => path.relative(packageRoot, file) || file;

export async function evaluate(kb: KnowledgeBase, options: EvalOptions): Promise<Evaluation> {
  const started = performance.now();
  // Read the sets first: a typo in them should not cost a cross-validation run.
  const loaded = options.sets.map((spec) => ({ spec, items: readSet(spec.file) }));

  const cv = await crossValidate(kb, { folds: options.folds, seed: options.seed, engine: options.engine });
  const cvDone = performance.now();

  const understanding = options.understanding ?? new Understanding(kb, options.engine ?? {});
  const sets: SetResult[] = [];
  for (const { spec, items } of loaded) {
    if (!Array.isArray(items)) {
      sets.push({ spec });
      continue;
    }
    const advisor = new Advisor(kb, new MemoryStore(), { understanding });
    sets.push({ spec, score: await scoreItems(advisor, withOpeners(items)) });
  }
  const setsDone = performance.now();

  let sweep: Sweep | undefined;
  if (options.sweep) {
    const tuned = sets.filter((s) => s.spec.tunedOn && s.score);
    const results = tuned.flatMap((s) => s.score!.results);
    if (results.length) {
      const items = results.map((r) => r.item);
      const names = tuned.map((s) => s.spec.name);
      sweep = await sweepTopicMass(kb, understanding, items, sweepPoints(understanding.thresholds), names, tallyKinds(results));
    }
  }
  const done = performance.now();
  return {
    kb,
    thresholds: { ...understanding.thresholds },
    cv,
    sets,
    drift: driftOf(sets),
    sweep,
    figures: figuresOf(cv, sets),
    timings: {
      crossValidation: (cvDone - started) / 1000,
      sets: (setsDone - cvDone) / 1000,
      sweep: (done - setsDone) / 1000,
      total: (done - started) / 1000,
    },
  };
}
