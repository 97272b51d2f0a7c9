import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULTS } from '../../src/eval/command.js';
import { acceptedFrom, allowedDrop, checkGate, DEFAULT_TOLERANCE, formatGate, readAccepted, type AcceptedFigures, type Figures } from '../../src/eval/gate.js';
import { inspectKnowledge } from '../../src/knowledge/load.js';
import { DEFAULT_THRESHOLDS } from '../../src/understanding/thresholds.js';
import { runCli } from '../helpers/cli.js';
import { repoRoot } from '../helpers/core.js';
import { copyKnowledge, rotateExamples } from '../helpers/eval.js';

const kind = (passed: number, total: number) => ({ passed, total, share: passed / total });
const base: Figures = {
  cvAccuracy: 0.8,
  cvMacroF1: 0.78,
  cvExamples: 3000,
  intentRecall: { a: 0.9, b: 0.8, c: 1, gone: 0.5 },
  sets: {
    dev: { file: '../shared/eval/dev-questions.jsonl', kinds: { in: kind(160, 200), oos: kind(48, 50), conv: kind(20, 25) } },
    holdout: { file: 'eval/holdout/questions.jsonl', kinds: { in: kind(140, 160), 'ctx-in': kind(138, 160) } },
  },
};
const settings = { folds: 5, seed: 1, thresholds: { ...DEFAULT_THRESHOLDS } };
const accepted: AcceptedFigures = acceptedFrom(base, settings);
/** The figures with one kind of one set at `passed`. */
const withKind = (set: string, k: string, passed: number): Figures => {
  const s = base.sets[set]!;
  return { ...base, sets: { ...base.sets, [set]: { ...s, kinds: { ...s.kinds, [k]: kind(passed, s.kinds[k]!.total) } } } };
};

describe('gate decisions', () => {
  it('passes on the accepted figures themselves', () => {
    const r = checkGate(base, accepted);
    expect(r.passed).toBe(true);
    expect(r.worse).toEqual([]);
    expect(r.checks.map((c) => c.label)).toEqual(['CV accuracy', 'CV macro-F1', 'dev in', 'dev oos', 'dev conv', 'holdout in', 'holdout ctx-in']);
    expect(formatGate(r, 'eval/accepted.json')).toMatch(/GATE PASSED/);
  });

  it('fails when a set figure drops more than 1.5 points on a large set, and names it', () => {
    // 200 questions: one is 0.5 points; 4 fewer is 2 points.
    const worse = checkGate(withKind('dev', 'in', 156), accepted);
    expect(worse.passed).toBe(false);
    expect(worse.checks.find((c) => c.key === 'dev.in')!.failed).toBe(true);
    const text = formatGate(worse, 'x');
    expect(text).toContain('GATE FAILED: dev in dropped more than allowed');
    expect(text).toMatch(/dev in\s+160\/200 +80\.0% -> 156\/200 +78\.0%\s+-2\.0\s+FAILED/);
    expect(checkGate(withKind('dev', 'in', 157), accepted).passed).toBe(true);
    expect(checkGate(withKind('dev', 'in', 150), accepted, { tolerance: 5 }).passed).toBe(true);
    expect(checkGate(withKind('holdout', 'ctx-in', 134), accepted).passed).toBe(false);
  });

  it('never fails on a single question: on a small set the allowed drop is one question', () => {
    const one = checkGate(withKind('dev', 'conv', 19), accepted);
    expect(one.passed).toBe(true);
    expect(one.checks.find((c) => c.key === 'dev.conv')!.allowed).toBeCloseTo(4);
    expect(formatGate(one, 'x')).toMatch(/dev conv .* ok \(may drop 4\.0: one question\)/);
    expect(checkGate(withKind('dev', 'conv', 18), accepted).passed).toBe(false);
    expect(checkGate(withKind('dev', 'oos', 47), accepted).passed).toBe(true);
    expect(checkGate(withKind('dev', 'oos', 46), accepted).passed).toBe(false);
    expect(allowedDrop(1.5, 1873)).toBe(1.5);
    expect(allowedDrop(1.5, undefined)).toBe(1.5);
  });

  it('CV accuracy is gated; macro-F1 is reported but does not fail the gate on its own', () => {
    expect(checkGate({ ...base, cvAccuracy: 0.78 }, accepted).passed).toBe(false);
    expect(checkGate({ ...base, cvAccuracy: 0.79 }, accepted).passed).toBe(true);
    expect(checkGate({ ...base, cvMacroF1: 0.5 }, accepted).passed).toBe(true);
  });

  it('a set missing today is skipped with a clear line, not failed; a new set is not gated yet', () => {
    const { dev: _dev, ...others } = base.sets;
    const r = checkGate({ ...base, sets: { ...others, tune2: { file: 'eval/tune2/questions.jsonl', kinds: { in: kind(1, 10) } } } }, accepted);
    expect(r.passed).toBe(true);
    expect(r.skipped).toEqual([{ set: 'dev', file: '../shared/eval/dev-questions.jsonl' }]);
    const text = formatGate(r, 'x');
    expect(text).toContain('dev: not measured (../shared/eval/dev-questions.jsonl not found here): its accepted figures are skipped, not failed');
    expect(text).toContain('the set tune2 has no accepted figures: not gated until `chartpath eval --accept`');
  });

  it('accepting where a set is missing keeps its accepted figures', () => {
    const { dev: _dev, ...others } = base.sets;
    const again = acceptedFrom({ ...base, sets: others }, settings, accepted);
    expect(again.sets.dev).toEqual(accepted.sets.dev);
    expect(acceptedFrom({ ...base, sets: others }, settings).sets.dev).toBeUndefined();
  });

  it('names the intents whose recall dropped more than the per-intent tolerance, worst first', () => {
    const r = checkGate({ ...withKind('dev', 'in', 100), intentRecall: { a: 0.5, b: 0.75, c: 0.55, new: 1 } }, accepted, { intentTolerance: 10 });
    expect(r.passed).toBe(false);
    expect(r.worse.map((w) => w.intent)).toEqual(['c', 'a']);
    expect(r.removed).toEqual(['gone']);
    expect(r.added).toEqual(['new']);
    const text = formatGate(r, 'eval/accepted.json');
    expect(text).toMatch(/Intents that got worse[^\n]*\n\s+c\s+100\.0% ->\s+55\.0%\s+-45\.0\n\s+a /);
    expect(text).toMatch(/look first at c, a/);
  });

  it('warns when the set or the thresholds changed since the figures were accepted', () => {
    const grown = { ...base, sets: { ...base.sets, holdout: { ...base.sets.holdout!, kinds: { in: kind(150, 170), 'ctx-in': kind(138, 160) } } } };
    const r = checkGate(grown, accepted, { settings: { ...settings, thresholds: { ...DEFAULT_THRESHOLDS, topicMass: 0.9 } } });
    expect(r.warnings.join('\n')).toMatch(/holdout in has 170 items, 160 when accepted/);
    expect(r.warnings.join('\n')).toMatch(/the thresholds are .*"topicMass":0\.9/);
  });

  it('the default tolerance is 1.5 points', () => {
    expect(DEFAULT_TOLERANCE).toBe(1.5);
  });

  it('old accepted figures (intent labels, no sets) are refused with what to do', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'chartpath-acc-')), 'accepted.json');
    writeFileSync(file, JSON.stringify({ cvAccuracy: 0.7, cvMacroF1: 0.7, heldoutInScope: 0.9, intentRecall: {} }));
    expect(() => readAccepted(file)).toThrow(/"sets" is missing .*chartpath eval --accept/);
  });

  it('the accepted figures in the repository read, were measured with the default folds and seed, and hold every set', () => {
    const a = readAccepted(path.join(repoRoot, 'eval', 'accepted.json'));
    expect(a.settings).toMatchObject({ folds: DEFAULTS.folds, seed: DEFAULTS.seed });
    expect(Object.keys(a.sets)).toEqual(expect.arrayContaining(['dev', 'tune', 'holdout']));
    for (const name of ['dev', 'holdout']) expect(Object.keys(a.sets[name]!.kinds).sort()).toEqual(['conv', 'ctx-in', 'ctx-oos', 'in', 'oos']);
    const kb = inspectKnowledge(path.join(repoRoot, 'knowledge')).kb;
    const known = kb.intents.filter((i) => a.intentRecall[i.id] !== undefined).length;
    expect(known).toBeGreaterThan(kb.intents.length / 2);
  });
});

describe('chartpath eval --accept, then --gate', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'chartpath-gate-'));
  const acceptedFile = path.join(dir, 'accepted.json');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const damaged = ['what-is-phi', 'cpt', 'cahiim-accreditation', 'ccs-p'];

  it('passes (exit 0) on the figures just accepted; an accepted set missing today is skipped, not failed', async () => {
    const accept = await runCli(['eval', '--accept', '--accepted', acceptedFile]);
    expect(accept.code, accept.stdout + accept.stderr).toBe(0);
    expect(accept.stdout).toContain('Accepted: the figures above are now the baseline');
    // A set accepted elsewhere whose file is not here (like ../shared on a clone).
    const written = JSON.parse(readFileSync(acceptedFile, 'utf8')) as AcceptedFigures;
    written.sets.ghost = { file: '../elsewhere/questions.jsonl', kinds: { in: kind(1, 1) } };
    writeFileSync(acceptedFile, JSON.stringify(written));

    const r = await runCli(['eval', '--gate', '--json', '--accepted', acceptedFile]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const out = JSON.parse(lines[0]!);
    expect(out.gate.passed).toBe(true);
    expect(out.gate.skipped).toEqual([{ set: 'ghost', file: '../elsewhere/questions.jsonl' }]);
    expect(out.figures.sets.holdout).toMatchObject({ in: expect.any(Number), oos: expect.any(Number), conv: expect.any(Number), 'ctx-in': expect.any(Number), 'ctx-oos': expect.any(Number) });
    expect(out.report).toBeNull();
  }, 240_000);

  it('fails (exit 1) on a deliberately worsened knowledge base, naming the set figures and the intents that fell', async () => {
    const kbDir = copyKnowledge();
    // Half of each one's examples move to the next: each becomes a mix of two topics.
    rotateExamples(kbDir, damaged, 1 / 2);
    // Still a valid knowledge base: only its quality dropped.
    expect(inspectKnowledge(kbDir).problems.filter((p) => p.severity === 'error')).toEqual([]);
    const r = await runCli(['eval', '--gate', '--knowledge', kbDir, '--accepted', acceptedFile]);
    rmSync(path.dirname(kbDir), { recursive: true, force: true });
    expect(r.stderr).toBe('');
    expect(r.code, r.stdout).toBe(1);
    expect(r.stdout).toMatch(/GATE FAILED: [^\n]*\b(dev|tune\d*|holdout\d*) (in|ctx-in)\b/);
    expect(r.stdout).toMatch(/\n {2}\S+ (in|ctx-in) +\d+\/\d+ +[\d.]+% -> +\d+\/\d+ +[\d.]+% +-[\d.]+ +FAILED/);
    // Named worst first: the damaged intents lead the list.
    const worse = r.stdout.split('Intents that got worse')[1]!.split(/\n(?! )/)[0]!;
    const named = [...worse.matchAll(/\n\s+([a-z0-9-]+)\s+[\d.]+% ->/g)].map((m) => m[1]);
    expect(named.slice(0, damaged.length).sort(), r.stdout).toEqual([...damaged].sort());
  }, 240_000);
});
