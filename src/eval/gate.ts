// The quality gate: today's figures against the last accepted ones (eval/accepted.json). A headline figure
// that drops more than the tolerance fails the gate; intents whose cross-validation recall dropped more than
// the per-intent tolerance are named, so the curator knows where to look.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { EvalDataError } from './errors.js';

/** Percentage points a headline figure may drop before the gate fails. */
export const DEFAULT_TOLERANCE = 1.5;
/**
 * Percentage points an intent's cross-validation recall may drop before it is named: about 4 of its ~24
 * examples. Smaller drops happen to untouched intents whenever other intents' examples change.
 */
export const DEFAULT_INTENT_TOLERANCE = 15;

/** The figures the gate compares; shares in [0, 1]. */
export interface Figures {
  cvAccuracy: number;
  cvMacroF1: number;
  heldoutInScope: number;
  oosRejection: number;
  followupAccuracy: number;
  /** Cross-validation recall of every intent. */
  intentRecall: Record<string, number>;
  /** How many questions each headline figure is measured on (one question is worth 100/n points). */
  sizes?: Partial<Record<FigureKey, number>> | undefined;
}

export type FigureKey = 'cvAccuracy' | 'cvMacroF1' | 'heldoutInScope' | 'oosRejection' | 'followupAccuracy';

/**
 * The drop a figure may take: the tolerance, but never less than one question of the set it is measured on
 * (with 58 follow-up turns one turn is worth 1.7 points: a single question changing must not fail the gate).
 */
export function allowedDrop(tolerance: number, size: number | undefined): number {
  return size ? Math.max(tolerance, 100 / size) : tolerance;
}

export interface AcceptedFigures extends Figures {
  /** How the figures were measured; the gate warns when today's run differs. */
  settings: { folds: number; seed: number; heldout: string; followups: string; threshold: number };
  acceptedAt: string;
}

/** The headline figures the gate fails on (macro-F1 is shown but does not fail it on its own). */
export const GATED: readonly { key: FigureKey; label: string; gated: boolean }[] = [
  { key: 'cvAccuracy', label: 'CV accuracy', gated: true },
  { key: 'cvMacroF1', label: 'CV macro-F1', gated: false },
  { key: 'heldoutInScope', label: 'held-out in-scope accuracy', gated: true },
  { key: 'oosRejection', label: 'out-of-scope rejection', gated: true },
  { key: 'followupAccuracy', label: 'follow-up accuracy', gated: true },
];

export interface FigureCheck {
  key: string;
  label: string;
  accepted: number;
  current: number;
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
  for (const { key } of GATED) {
    if (typeof d[key] !== 'number') throw new EvalDataError(`${file}: "${key}" is missing or not a number`);
  }
  if (!d.intentRecall || typeof d.intentRecall !== 'object') throw new EvalDataError(`${file}: "intentRecall" is missing`);
  return d as AcceptedFigures;
}

export function acceptedFrom(figures: Figures, settings: AcceptedFigures['settings'], now = new Date()): AcceptedFigures {
  return {
    acceptedAt: now.toISOString().slice(0, 10),
    settings,
    cvAccuracy: round6(figures.cvAccuracy),
    cvMacroF1: round6(figures.cvMacroF1),
    heldoutInScope: round6(figures.heldoutInScope),
    oosRejection: round6(figures.oosRejection),
    followupAccuracy: round6(figures.followupAccuracy),
    sizes: figures.sizes,
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

export function checkGate(
  current: Figures,
  accepted: AcceptedFigures,
  options: { tolerance?: number; intentTolerance?: number; settings?: Partial<AcceptedFigures['settings']> } = {},
): GateResult {
  const tolerance = options.tolerance ?? DEFAULT_TOLERANCE;
  const intentTolerance = options.intentTolerance ?? DEFAULT_INTENT_TOLERANCE;
  // Figures are stored to 6 decimals: compare with a hair of slack so rounding never fails the gate.
  const slack = 1e-6;
  const checks = GATED.map(({ key, label, gated }) => {
    const change = points(current[key]) - points(accepted[key]);
    const allowed = allowedDrop(tolerance, current.sizes?.[key] ?? accepted.sizes?.[key]);
    return { key, label, accepted: accepted[key], current: current[key], change, allowed, gated, failed: gated && change < -allowed - slack };
  });
  const worse: IntentChange[] = [];
  const better: IntentChange[] = [];
  for (const [intent, before] of Object.entries(accepted.intentRecall)) {
    const now = current.intentRecall[intent];
    if (now === undefined) continue;
    const change = points(now) - points(before);
    if (change < -intentTolerance - slack) worse.push({ intent, accepted: before, current: now, change });
    else if (change > intentTolerance + slack) better.push({ intent, accepted: before, current: now, change });
  }
  worse.sort((a, b) => a.change - b.change || a.intent.localeCompare(b.intent));
  better.sort((a, b) => b.change - a.change || a.intent.localeCompare(b.intent));
  const warnings: string[] = [];
  const s = options.settings;
  if (s && accepted.settings) {
    for (const k of ['folds', 'seed', 'threshold'] as const) {
      if (s[k] !== undefined && s[k] !== accepted.settings[k]) warnings.push(`${k} is ${s[k]} but the accepted figures were measured with ${accepted.settings[k]}`);
    }
  }
  return {
    passed: !checks.some((c) => c.failed),
    tolerance,
    intentTolerance,
    checks,
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
  for (const c of result.checks) {
    const verdict = !c.gated ? '(not gated)' : `${c.failed ? 'FAILED' : 'ok'}${c.allowed > result.tolerance + 1e-9 ? ` (may drop ${c.allowed.toFixed(1)}: one question)` : ''}`;
    lines.push(`  ${c.label.padEnd(width)}  ${pct(c.accepted).padStart(6)} -> ${pct(c.current).padStart(6)}  ${signed(c.change).padStart(6)}  ${verdict}`);
  }
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
        '. Open the report (chartpath eval) to see the confusions; if the drop is intended, run `chartpath eval --accept`.',
    );
  }
  return lines.join('\n');
}
