// One evaluation run: cross-validation, the held-out and follow-up files through a real advisor and, when
// asked, the threshold sweep. Returns everything the text output, the JSON, the report and the gate need.
import { Advisor } from '../core/advisor.js';
import { THRESHOLDS } from '../core/thresholds.js';
import type { KnowledgeBase } from '../knowledge/types.js';
import type { EngineOptions } from '../nlu/classifier.js';
import { MemoryStore } from '../store/memory.js';
import { crossValidate, type CrossValidation } from './crossval.js';
import type { Figures } from './gate.js';
import { readFollowups, readHeldout, scoreFollowups, scoreHeldout, type FollowupScore, type HeldoutScore } from './heldout.js';
import { buildSweep, sweepThresholds, type Sweep } from './sweep.js';

export interface EvalOptions {
  heldoutFile: string;
  followupsFile: string;
  folds: number;
  seed: number;
  /** Also sweep the answer threshold (costs about a second more). */
  sweep: boolean;
  /** The engine options the bot runs with (the Advisor's default when absent). */
  engine?: EngineOptions | undefined;
}

export interface Evaluation {
  kb: KnowledgeBase;
  threshold: number;
  cv: CrossValidation;
  heldout: HeldoutScore;
  followups: FollowupScore;
  sweep: Sweep | undefined;
  figures: Figures;
  /** Seconds spent in each part. */
  timings: { crossValidation: number; advisor: number; total: number };
}

export function figuresOf(cv: CrossValidation, heldout: HeldoutScore, followups: FollowupScore): Figures {
  return {
    cvAccuracy: cv.accuracy,
    cvMacroF1: cv.macroF1,
    heldoutInScope: heldout.inScope.share,
    oosRejection: heldout.oosRejection.share,
    followupAccuracy: followups.followups.share,
    intentRecall: Object.fromEntries(cv.scores.map((s) => [s.intent, s.recall])),
    sizes: {
      cvAccuracy: cv.items.length,
      heldoutInScope: heldout.inScope.total,
      oosRejection: heldout.oosRejection.total,
      followupAccuracy: followups.followups.total,
    },
  };
}

export async function evaluate(kb: KnowledgeBase, options: EvalOptions): Promise<Evaluation> {
  const started = performance.now();
  // Read the files first: a typo in them should not cost a cross-validation run.
  const questions = readHeldout(options.heldoutFile);
  const turns = readFollowups(options.followupsFile);
  const threshold = THRESHOLDS.answer;
  const thresholds = options.sweep ? sweepThresholds(threshold) : undefined;

  const cv = await crossValidate(kb, { folds: options.folds, seed: options.seed, engine: options.engine, thresholds });
  const cvDone = performance.now();

  const advisor = new Advisor(kb, new MemoryStore(), { engine: options.engine });
  const heldout = await scoreHeldout(advisor, questions, options.heldoutFile, thresholds);
  const followups = await scoreFollowups(advisor, turns, options.followupsFile, thresholds);
  const done = performance.now();

  let sweep: Sweep | undefined;
  if (thresholds) {
    const profiles = (kind: string) => heldout.outcomes.filter((o) => o.kind === kind).map((o) => o.profile!);
    sweep = buildSweep({
      thresholds,
      current: threshold,
      inScope: profiles('in-scope'),
      oos: profiles('oos'),
      conversation: profiles('conversation'),
      followups: followups.turns.filter((t) => t.position > 0).map((t) => t.profile!),
      cvInScope: cv.items.filter((i) => i.profile).map((i) => i.profile!),
    });
  }
  return {
    kb,
    threshold,
    cv,
    heldout,
    followups,
    sweep,
    figures: figuresOf(cv, heldout, followups),
    timings: { crossValidation: (cvDone - started) / 1000, advisor: (done - cvDone) / 1000, total: (done - started) / 1000 },
  };
}

const r4 = (x: number) => Math.round(x * 10000) / 10000;

/** The figures as one plain JSON-ready object (what `chartpath eval --json` prints). */
export function summary(e: Evaluation): Record<string, unknown> {
  const byId = e.kb.byId;
  return {
    knowledge: e.kb.root,
    intents: e.kb.intents.length,
    topics: e.kb.intents.filter((i) => i.kind === 'topic').length,
    examples: e.cv.items.length,
    threshold: e.threshold,
    figures: {
      cvAccuracy: r4(e.figures.cvAccuracy),
      cvMacroF1: r4(e.figures.cvMacroF1),
      heldoutInScope: r4(e.figures.heldoutInScope),
      oosRejection: r4(e.figures.oosRejection),
      followupAccuracy: r4(e.figures.followupAccuracy),
    },
    crossValidation: {
      folds: e.cv.folds,
      seed: e.cv.seed,
      accuracy: r4(e.cv.accuracy),
      macroF1: r4(e.cv.macroF1),
      intents: e.cv.scores.map((s) => ({
        intent: s.intent,
        kind: byId.get(s.intent)?.kind,
        group: byId.get(s.intent)?.group ?? null,
        support: s.support,
        precision: r4(s.precision),
        recall: r4(s.recall),
        f1: r4(s.f1),
      })),
      confusedPairs: e.cv.pairs,
    },
    heldout: {
      file: e.heldout.file,
      inScope: e.heldout.inScope,
      oosRejection: e.heldout.oosRejection,
      conversation: e.heldout.conversation,
      oosByCategory: e.heldout.oosByCategory,
      misses: e.heldout.outcomes
        .filter((o) => !o.correct)
        .map((o) => ({
          kind: o.kind,
          text: o.question.text,
          expected: o.question.oos ? `out of scope (${o.question.category ?? 'other'})` : o.question.intent,
          got: o.got,
          confidence: r4(o.confidence),
        })),
    },
    followups: {
      file: e.followups.file,
      sessions: e.followups.sessions,
      accuracy: e.followups.followups,
      openers: e.followups.openers,
      misses: e.followups.turns
        .filter((t) => !t.correct)
        .map((t) => ({ session: t.turn.session, turn: t.position + 1, text: t.turn.text, expected: t.turn.intent, got: t.got, confidence: r4(t.confidence) })),
    },
    sweep: e.sweep && {
      current: e.sweep.current,
      best: e.sweep.best,
      rows: e.sweep.rows.map((r) => ({
        threshold: r.threshold,
        inScope: r4(r.inScope),
        oosRejection: r4(r.oosRejection),
        balanced: r4(r.balanced),
        conversation: r4(r.conversation),
        followups: r4(r.followups),
        cvInScope: r.cvInScope === undefined ? null : r4(r.cvInScope),
      })),
    },
    seconds: { crossValidation: r4(e.timings.crossValidation), advisor: r4(e.timings.advisor), total: r4(e.timings.total) },
  };
}
