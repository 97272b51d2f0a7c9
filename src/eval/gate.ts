// The quality gate: today's figures against the last accepted ones (eval/accepted.json). A pass rate of a
// question set (per kind) or the CV accuracy that drops more than the tolerance (at least one question) fails
// the gate; a set not measured today (its file is missing) is skipped, not failed; intents whose
// cross-validation recall dropped more than the per-intent tolerance are named, so the curator knows where to look.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Thresholds } from '../understanding/thresholds.js';
import { EvalDataError } from './errors.js';

/** Percentage points a headline figure may drop before the gate fails. */
export const DEFAULT_TOLERANCE = 1.5;
/**
 * Percentage points an intent's cross-validation recall may drop before it is named: about 4 of its ~24
 * examples. Smaller drops happen to untouched intents whenever other intents' examples change.
 */
export const DEFAULT_INTENT_TOLERANCE = 15;

/** Pass counts of one kind of one question set. */
export interface KindFigure {
  passed: number;
  total: number;
  share: number;
}

export interface SetFigures {
  /** The set's file, relative to the package root. */
  file: string;
  kinds: Record<string, KindFigure>;
}

/** The figures the gate compares; shares in [0, 1]. */
export interface Figures {
  cvAccuracy: number;
  cvMacroF1: number;
  /** How many examples cross-validation predicted (one example is worth 100/n points). */
  cvExamples: number;
  /** Cross-validation recall of every intent. */
  intentRecall: Record<string, number>;
  /** The question sets that were found this time, by name (dev, tune, tune2, holdout). */
  sets: Record<string, SetFigures>;
}

/**
 * The drop a figure may take: the tolerance, but never less than one question of the set it is measured on
 * (with 25 conversations one is worth 4 points: a single question changing must not fail the gate).
 */
export function allowedDrop(tolerance: number, size: number | undefined): number {
  return size ? Math.max(tolerance, 100 / size) : tolerance;
}

export interface EvalSettings {
  folds: number;
  seed: number;
  thresholds: Thresholds;
}

export interface AcceptedFigures extends Figures {
  /** How the figures were measured; the gate warns when today's run differs. */
  settings: EvalSettings;
  acceptedAt: string;
}

export interface FigureCheck {
  key: string;
  label: string;
  accepted: number;
  current: number;
  /** "passed/total" now and when accepted, for set figures. */
  counts?: { accepted: string; current: string } | undefined;
  /** current - accepted, in percentage points. */
  change: number;
  /** The drop allowed for this figure, in points (see allowedDrop). */
  allowed: number;
  gated: boolean;
  failed: boolean;
}

export interface IntentChange {
  intent: string;
  accepted: number;
  current: number;
  change: number;
}

export interface GateResult {
  passed: boolean;
  tolerance: number;
  intentTolerance: number;
  checks: FigureCheck[];
  /** Accepted sets that were not measured this time (their file is missing): skipped, not failed. */
  skipped: { set: string; file: string }[];
  /** Intents whose CV recall dropped more than the per-intent tolerance, worst first. */
  worse: IntentChange[];
  /** Intents whose CV recall rose more than the per-intent tolerance. */
  better: IntentChange[];
  /** Intents accepted before that the knowledge base no longer has, and new ones. */
  removed: string[];
  added: string[];
  warnings: string[];
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;
const points = (x: number) => x * 100;

export function readAccepted(file: string): AcceptedFigures {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new EvalDataError(`${file}: cannot read the accepted figures (${(error as Error).message}); run \`chartpath eval --accept\` to create it`);
  }
  const d = data as Partial<AcceptedFigures>;
  for (const key of ['cvAccuracy', 'cvMacroF1'] as const) {
    if (typeof d[key] !== 'number') throw new EvalDataError(`${file}: "${key}" is missing or not a number`);
  }
  if (!d.intentRecall || typeof d.intentRecall !== 'object') throw new EvalDataError(`${file}: "intentRecall" is missing`);
  if (!d.sets || typeof d.sets !== 'object') {
    throw new EvalDataError(`${file}: "sets" is missing (figures from before the question sets); run \`chartpath eval --accept\` to record today's`);
  }
  for (const [name, set] of Object.entries(d.sets)) {
    for (const [kind, k] of Object.entries(set?.kinds ?? {})) {
      if (typeof k?.share !== 'number' || typeof k.total !== 'number') throw new EvalDataError(`${file}: sets.${name}.kinds.${kind} needs "share" and "total"`);
    }
  }
  return d as AcceptedFigures;
}

/**
 * The figures to record. The accepted figures of a set that was not measured this time (its file is missing
 * here) are carried over from `previous`, so accepting on a clone without ../shared keeps the dev figures.
 */
export function acceptedFrom(figures: Figures, settings: EvalSettings, previous?: AcceptedFigures, now = new Date()): AcceptedFigures {
  const sets: Record<string, SetFigures> = {};
  for (const [name, set] of Object.entries({ ...previous?.sets, ...figures.sets })) {
    sets[name] = { file: set.file, kinds: Object.fromEntries(Object.entries(set.kinds).map(([k, v]) => [k, { passed: v.passed, total: v.total, share: round6(v.share) }])) };
  }
  return {
    acceptedAt: now.toISOString().slice(0, 10),
    settings,
    cvAccuracy: round6(figures.cvAccuracy),
    cvMacroF1: round6(figures.cvMacroF1),
    cvExamples: figures.cvExamples,
    sets,
    intentRecall: Object.fromEntries(
      Object.entries(figures.intentRecall)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, round6(v)]),
    ),
  };
}

export function writeAccepted(file: string, accepted: AcceptedFigures): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(accepted, null, 2)}\n`);
}

// Figures are stored to 6 decimals: compare with a hair of slack so rounding never fails the gate.
const SLACK = 1e-6;

function check(key: string, label: string, accepted: number, current: number, allowed: number, gated: boolean, counts?: FigureCheck['counts']): FigureCheck {
  const change = points(current) - points(accepted);
  return { key, label, accepted, current, counts, change, allowed, gated, failed: gated && change < -allowed - SLACK };
}

export function checkGate(
  current: Figures,
  accepted: AcceptedFigures,
  options: { tolerance?: number; intentTolerance?: number; settings?: Partial<EvalSettings> } = {},
): GateResult {
  const tolerance = options.tolerance ?? DEFAULT_TOLERANCE;
  const intentTolerance = options.intentTolerance ?? DEFAULT_INTENT_TOLERANCE;
  const warnings: string[] = [];
  const checks: FigureCheck[] = [
    check('cvAccuracy', 'CV accuracy', accepted.cvAccuracy, current.cvAccuracy, allowedDrop(tolerance, current.cvExamples || accepted.cvExamples), true),
    check('cvMacroF1', 'CV macro-F1', accepted.cvMacroF1, current.cvMacroF1, tolerance, false),
  ];
  const skipped: GateResult['skipped'] = [];
  for (const [name, set] of Object.entries(accepted.sets)) {
    const now = current.sets[name];
    if (!now) {
      skipped.push({ set: name, file: set.file });
      continue;
    }
    for (const [kind, before] of Object.entries(set.kinds)) {
      const k = now.kinds[kind];
      if (!k) {
        warnings.push(`${name} ${kind} was accepted (${before.passed}/${before.total}) but the set has no ${kind} items now`);
        continue;
      }
      if (k.total !== before.total) warnings.push(`${name} ${kind} has ${k.total} items, ${before.total} when accepted: the set changed`);
      const counts = { accepted: `${before.passed}/${before.total}`, current: `${k.passed}/${k.total}` };
      checks.push(check(`${name}.${kind}`, `${name} ${kind}`, before.share, k.share, allowedDrop(tolerance, k.total || before.total), true, counts));
    }
  }
  for (const name of Object.keys(current.sets)) {
    if (!accepted.sets[name]) warnings.push(`the set ${name} has no accepted figures: not gated until \`chartpath eval --accept\``);
  }
  const worse: IntentChange[] = [];
  const better: IntentChange[] = [];
  for (const [intent, before] of Object.entries(accepted.intentRecall)) {
    const now = current.intentRecall[intent];
    if (now === undefined) continue;
    const change = points(now) - points(before);
    if (change < -intentTolerance - SLACK) worse.push({ intent, accepted: before, current: now, change });
    else if (change > intentTolerance + SLACK) better.push({ intent, accepted: before, current: now, change });
  }
  worse.sort((a, b) => a.change - b.change || a.intent.localeCompare(b.intent));
  better.sort((a, b) => b.change - a.change || a.intent.localeCompare(b.intent));
  const s = options.settings;
  if (s && accepted.settings) {
    for (const k of ['folds', 'seed'] as const) {
      if (s[k] !== undefined && s[k] !== accepted.settings[k]) warnings.push(`${k} is ${s[k]} but the accepted figures were measured with ${accepted.settings[k]}`);
    }
    const was = accepted.settings.thresholds;
    if (s.thresholds && was && JSON.stringify(s.thresholds) !== JSON.stringify(was)) {
      warnings.push(`the thresholds are ${JSON.stringify(s.thresholds)} but the accepted figures were measured with ${JSON.stringify(was)}`);
    }
  }
  return {
    passed: !checks.some((c) => c.failed),
    tolerance,
    intentTolerance,
    checks,
    skipped,
    worse,
    better,
    removed: Object.keys(accepted.intentRecall).filter((i) => current.intentRecall[i] === undefined),
    added: Object.keys(current.intentRecall).filter((i) => accepted.intentRecall[i] === undefined),
    warnings,
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const signed = (x: number) => {
  const r = Math.round(x * 10) / 10 || 0;
  return `${r >= 0 ? '+' : ''}${r.toFixed(1)}`;
};

export function formatGate(result: GateResult, acceptedFile: string, acceptedAt?: string): string {
  const lines: string[] = [];
  lines.push(
    `Quality gate: against ${acceptedFile}${acceptedAt ? ` (accepted ${acceptedAt})` : ''}; a figure may drop ${result.tolerance} points (at least one question), an intent's CV recall ${result.intentTolerance}`,
  );
  const width = Math.max(...result.checks.map((c) => c.label.length));
  const cw = Math.max(0, ...result.checks.map((c) => c.counts?.current.length ?? 0), ...result.checks.map((c) => c.counts?.accepted.length ?? 0));
  const counted = (share: number, count: string | undefined) => `${(count ?? '').padStart(cw)} ${pct(share).padStart(6)}`;
  for (const c of result.checks) {
    const verdict = !c.gated ? '(not gated)' : `${c.failed ? 'FAILED' : 'ok'}${c.allowed > result.tolerance + 1e-9 ? ` (may drop ${c.allowed.toFixed(1)}: one question)` : ''}`;
    lines.push(
      `  ${c.label.padEnd(width)}  ${counted(c.accepted, c.counts?.accepted)} -> ${counted(c.current, c.counts?.current)}  ${signed(c.change).padStart(6)}  ${verdict}`.replace(/\s+$/, ''),
    );
  }
  for (const s of result.skipped) lines.push(`  ${s.set}: not measured (${s.file} not found here): its accepted figures are skipped, not failed`);
  if (result.worse.length) {
    lines.push(`Intents that got worse (CV recall down more than ${result.intentTolerance} points):`);
    const w = Math.max(...result.worse.map((c) => c.intent.length));
    for (const c of result.worse) lines.push(`  ${c.intent.padEnd(w)}  ${pct(c.accepted).padStart(6)} -> ${pct(c.current).padStart(6)}  ${signed(c.change).padStart(6)}`);
  }
  if (result.better.length) lines.push(`Intents that got better: ${result.better.map((c) => `${c.intent} ${signed(c.change)}`).join(', ')}`);
  if (result.removed.length) lines.push(`No longer in the knowledge base: ${result.removed.join(', ')}`);
  if (result.added.length) lines.push(`New since the accepted figures: ${result.added.join(', ')}`);
  for (const w of result.warnings) lines.push(`Warning: ${w}`);
  if (result.passed) {
    lines.push('GATE PASSED' + (result.checks.some((c) => c.change > result.tolerance) ? ' (figures improved: `chartpath eval --accept` records them)' : ''));
  } else {
    const failed = result.checks.filter((c) => c.failed).map((c) => c.label);
    lines.push(
      `GATE FAILED: ${failed.join(', ')} dropped more than allowed` +
        (result.worse.length ? `; look first at ${result.worse.map((c) => c.intent).join(', ')}` : '') +
        '. Open the report (chartpath eval) to see the failures and the confusions; if the drop is intended, run `chartpath eval --accept`.',
    );
  }
  return lines.join('\n');
}
