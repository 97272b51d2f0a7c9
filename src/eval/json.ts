// What `chartpath eval --json` prints: every figure as one plain object.
import type { KindTally } from './facts.js';
import { relative, type Evaluation } from './run.js';

const r4 = (x: number) => Math.round(x * 10000) / 10000;
const kinds = (k: Record<string, KindTally>) => Object.fromEntries(Object.entries(k).map(([kind, t]) => [kind, { passed: t.passed, total: t.total, share: r4(t.share) }]));

export function summary(e: Evaluation): Record<string, unknown> {
  const byId = e.kb.byId;
  return {
    knowledge: e.kb.root,
    intents: e.kb.intents.length,
    topics: e.kb.intents.filter((i) => i.kind === 'topic').length,
    examples: e.cv.items.length,
    thresholds: e.thresholds,
    figures: {
      cvAccuracy: r4(e.figures.cvAccuracy),
      cvMacroF1: r4(e.figures.cvMacroF1),
      sets: Object.fromEntries(Object.entries(e.figures.sets).map(([name, s]) => [name, Object.fromEntries(Object.entries(s.kinds).map(([k, t]) => [k, r4(t.share)]))])),
    },
    sets: e.sets.map((s) => ({
      name: s.spec.name,
      file: relative(s.spec.file),
      about: s.spec.about,
      tunedOn: s.spec.tunedOn,
      found: Boolean(s.score),
      kinds: s.score ? kinds(s.score.kinds) : null,
      narrowFollowUps: s.score
        ? { replies: s.score.narrow.replies, meanLength: r4(s.score.narrow.meanLength), meanCard: r4(s.score.narrow.meanCard), ratio: r4(s.score.narrow.ratio) }
        : null,
      failures: (s.score?.results ?? [])
        .filter((r) => !r.passed && r.item.kind !== 'either')
        .map((r) => ({ id: r.item.id, kind: r.item.kind, turns: r.item.turns, why: r.why, intent: r.intent, confidence: r.confidence })),
    })),
    drift: e.drift.map((d) => ({ set: d.set, kind: d.kind, dev: r4(d.dev), holdout: r4(d.holdout), difference: r4(d.difference), flagged: d.flagged })),
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
    sweep: e.sweep && {
      sets: e.sweep.sets,
      current: e.sweep.current,
      rows: e.sweep.rows.map((r) => ({ topicMass: r.thresholds.topicMass, topicMassWithField: r.thresholds.topicMassWithField, kinds: kinds(r.kinds) })),
    },
    seconds: { crossValidation: r4(e.timings.crossValidation), sets: r4(e.timings.sets), sweep: r4(e.timings.sweep), total: r4(e.timings.total) },
  };
}
