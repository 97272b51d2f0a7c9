// `chartpath eval`: the options of the command line turned into a run (the question sets, cross-validation,
// the sweep), its output, the report, the gate and --accept. Returns the exit code: 0, 1 when the gate fails, 2 when the input is unusable.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig, loadDotEnv } from '../config.js';
import { loadKnowledge } from '../knowledge/load.js';
import { packageRoot } from '../paths.js';
import { acceptedFrom, checkGate, DEFAULT_INTENT_TOLERANCE, DEFAULT_TOLERANCE, formatGate, readAccepted, writeAccepted, type AcceptedFigures, type GateResult } from './gate.js';
import { EvalDataError } from './errors.js';
import { summary } from './json.js';
import { renderReport } from './report.js';
import { evaluate, type SetSpec } from './run.js';
import { formatEvaluation } from './text.js';

export interface EvalCliOptions {
  folds?: string;
  seed?: string;
  /** The question sets (each a JSON-lines file; a missing one is skipped). */
  dev?: string;
  tune?: string;
  tune2?: string;
  holdout?: string;
  holdout2?: string;
  holdout3?: string;
  tune3?: string;
  tune4?: string;
  tune5?: string;
  holdout5?: string;
  tune6?: string;
  tune7?: string;
  tune8?: string;
  holdout8?: string;
  holdout9?: string;
  tune9?: string;
  tune10?: string;
  holdout10?: string;
  tune11?: string;
  tune12?: string;
  tune13?: string;
  holdout11?: string;
  tune14?: string;
  holdout12?: string;
  tune15?: string;
  holdout13?: string;
  tune16?: string;
  holdout14?: string;
  tune17?: string;
  holdout15?: string;
  tune18?: string;
  holdout16?: string;
  tune19?: string;
  holdout17?: string;
  holdout18?: string;
  tune20?: string;
  tune21?: string;
  tune22?: string;
  holdout19?: string;
  holdout20?: string;
  tune23?: string;
  tune24?: string;
  holdout21?: string;
  holdout22?: string;
  holdout23?: string;
  holdout24?: string;
  tune25?: string;
  holdout25?: string;
  holdout26?: string;
  holdout27?: string;
  tune26?: string;
  tune27?: string;
  holdout28?: string;
  holdout6?: string;
  holdout4?: string;
  /** The old name of --holdout. */
  heldout?: string;
  /** Gone: follow-ups are the conv items of each set. */
  followups?: string;
  /** A file name, or false for --no-report. */
  report?: string | boolean;
  json?: boolean;
  gate?: boolean;
  accept?: boolean;
  accepted?: string;
  tolerance?: string;
  intentTolerance?: string;
  knowledge?: string;
}

/** What each set is, for the output. */
export const SET_ABOUT = {
  dev: "the maintainers' development set; tuned on",
  tune: 'a tuning set written by another person; tuned on',
  tune2: 'a second tuning set written by another person; tuned on',
  holdout: 'written fresh and never tuned on: measure only',
  holdout2: 'a second set written fresh, blind, and never tuned on: measure only',
  holdout3: 'a third blind set, written after the first holdout was glimpsed: measure only',
  tune3: 'a tuning set in the style of career-site questions, written blind by a helper; tuned on',
  holdout4: 'its twin, written by the same helper at the same time: measure only',
  tune4: 'a tuning set weighted to conversations, written blind by a helper on 2026-12-06; tuned on',
  tune5: 'a second conversation-weighted tuning set, written blind on 2026-12-06 with its twin holdout5; tuned on',
  holdout5: "tune5's twin, written by the same helper at the same time: measure only",
  tune6: 'a terse-style tuning set (short, lowercase, misspelt), written blind on 2026-12-06 with its twin holdout6; tuned on',
  holdout6: "tune6's twin, written by the same helper at the same time: measure only",
  tune7: 'seventy follow-up conversations written blind on 2026-12-06 to find how follow-ups fail; tuned on',
  tune8: 'web-, long- and facts-style questions and sixty conversations, written blind on 2026-12-06 with its twin holdout8; tuned on',
  holdout8: "tune8's twin, written by the same helper at the same time: measure only",
  holdout9: 'written blind on 2026-12-06 (late evening) by a helper who never saw the bot, the knowledge base or another set, weighted to conversations and near-miss pivots: measure only',
  tune9: 'sixty conversations and single questions written blind on 2026-12-07 with its twin holdout10 (first measured before any tuning); tuned on',
  holdout10: "tune9's twin, written blind by another helper at the same time: measure only",
  tune10: 'eighty conversations (twenty must-decline) written blind on 2026-12-07 over every area of the fact sheet, first measured at ebd058b (conv 63/80); tuned on',
  tune11: 'a hundred conversations (twenty must-decline) written blind on 2026-12-07 to exercise context: pronouns, switches, drifting three-turn threads; tuned on',
  tune12: 'a hundred conversations written blind on 2026-12-07 in the style of real chat replies (short, corrections, details of the previous answer); tuned on',
  tune13: 'a hundred conversations written blind on 2026-12-07 by people who write more (supervisors, career changers, quoted web pages); tuned on',
  holdout11: 'written blind on 2026-12-07 by a helper who saw neither the bot nor another set, at the same time as tune11: measure only',
  tune14: 'a hundred conversations written blind on 2026-12-07 (session 27), weighted to narrow detail follow-ups and casual switches; tuned on',
  holdout12: 'written blind on 2026-12-07 (session 27) by a helper who saw neither the bot nor another set, at the same time as tune14: measure only',
  tune15: 'a hundred conversations written blind on 2026-12-07 (session 27) in the style of a study server: loose names, numbers and yes/no details asked, sibling switches; tuned on',
  holdout13: 'written blind on 2026-12-07 (session 27) by a helper who saw neither the bot nor another set, at the same time as tune15: measure only',
  tune16: 'a hundred conversations written blind on 2026-12-07 (session 27) from people at every stage: unusual words for a detail, a word of the last answer asked about, carry-ons; tuned on',
  holdout14: 'written blind on 2026-12-07 (session 27) by a helper who saw neither the bot nor another set, at the same time as tune16, and first measured at the end of that session\'s work: measure only',
  tune17: 'a hundred conversations written blind on 2026-12-07 (session 28): narrow follow-ups, moves to a related topic, comparisons across turns, going back, openers of another subject; tuned on',
  holdout15: 'written blind on 2026-12-07 (session 28) by a helper who saw neither the bot nor another set, at the same time as tune17: measure only',
  tune18: 'a hundred conversations written blind on 2026-12-07 (session 28): long follow-ups with the question buried, terse ones, details in unusual words, three turns going back, openers declined; tuned on',
  holdout16: 'written blind on 2026-12-07 (session 28) by a helper who saw neither the bot nor another set, at the same time as tune18: measure only',
  tune19: 'a hundred conversations written blind on 2026-12-07 (session 28) as people reply to a coworker: a detail asked in the same breath, the people who hold it, where a figure is from, corrections; tuned on',
  holdout17: 'written blind on 2026-12-07 (session 28) by a helper who saw neither the bot nor another set, at the same time as tune19: measure only',
  holdout18: 'written blind on 2026-12-07 (session 29) by a helper who saw neither the bot nor another set: measure only',
  tune20: 'written blind on 2026-12-07 (session 29) by a helper who saw neither the bot nor another set: 100 conversations, tuned on',
  tune21: 'written blind on 2026-12-07 (session 30) by a helper who saw neither the bot nor another set: 100 conversations, tuned on',
  tune22: 'written blind on 2026-12-07 (session 30) by a helper who saw neither the bot nor another set, leaning to long, non-native, supervisor and terse messages: 100 conversations, tuned on',
  holdout20: 'written blind on 2026-12-07 (session 30) by a fourth helper who saw neither the bot nor another set, styles spread evenly, first measured at the end of the session: measure only',
  holdout19: 'written blind on 2026-12-07 (session 30) by a helper who saw neither the bot nor another set, leaning to long, non-native, supervisor and terse messages: measure only',
  tune23: 'written blind on 2026-12-07 (session 31) by a helper who saw neither the bot nor another set, as people chat on a study server and a hospital Slack: 100 conversations, tuned on',
  holdout21: 'written blind on 2026-12-07 (session 31) by a helper who saw neither the bot nor another set, styles and follow-up kinds spread evenly, first measured before the session changed any answer: measure only',
  holdout22: 'written blind on 2026-12-07 (session 31) by a third helper who saw neither the bot nor another set, as a study server and a hospital Slack write, first measured at the end of the session and at its first commit: measure only',
  tune24: 'written blind on 2026-12-07 (session 32) by a helper who saw neither the bot nor another set, styles spread widely: 100 conversations, first measured at 10517dc before any tuning on it, tuned on',
  holdout23: 'written blind on 2026-12-07 (session 32) by a helper who saw neither the bot nor another set, styles spread widely, first measured at the session\'s first commit 10517dc: measure only',
  holdout24: 'written blind on 2026-12-07 (session 32) by a second helper who saw neither the bot nor another set, leaning to conversation follow-ups, first measured at the session\'s first commit 10517dc: measure only',
  tune25: 'written blind on 2026-12-07 (session 33) by a third helper who saw neither the bot nor another set, leaning to forum and FAQ shapes like holdout26: first measured at 4c76988 and at a34bbfc before any tuning on it, tuned on',
  holdout25: 'written blind on 2026-12-07 (session 33) by a helper who saw neither the bot nor another set, styles spread widely, first measured at the session\'s first commit 4c76988: measure only',
  holdout26: 'written blind on 2026-12-07 (session 33) by a second helper who saw neither the bot nor another set, leaning to forum and FAQ shapes, first measured at the session\'s first commit 4c76988: measure only',
  tune26: 'written on 2026-12-08 (session 34) by a helper who saw neither the bot nor another set, aimed at a known weakness: neighbouring careers named in passing (the asker\'s past, a colleague or relative in the story, a comparison) beside ones asked about for themselves; first measured at 9feda3d before any tuning on it, tuned on',
  tune27: 'written on 2026-12-08 (session 34) by a helper who saw neither the bot nor another set, aimed at a known weakness: last turns that continue an earlier topic in words of other topics, and clear switches to a new one; first measured at 9feda3d before any tuning on it, tuned on',
  holdout27: 'written blind on 2026-12-08 (session 34) by a helper who saw neither the bot nor another set, styles spread widely, first measured at the session\'s first commit d474cdf: measure only',
  holdout28: 'written blind on 2026-12-08 (session 34) by a second helper who saw neither the bot nor another set, leaning to forum and FAQ shapes and near-miss careers, first measured at the session\'s first commit d474cdf: measure only',
} as const;

export const DEFAULTS = {
  folds: 5,
  seed: 1,
  /** The maintainers' development set, shared beside the repository. */
  dev: path.join(packageRoot, '..', 'shared', 'eval', 'dev-questions.jsonl'),
  tune: path.join(packageRoot, 'eval', 'tune', 'questions.jsonl'),
  tune2: path.join(packageRoot, 'eval', 'tune2', 'questions.jsonl'),
  holdout: path.join(packageRoot, 'eval', 'holdout', 'questions.jsonl'),
  holdout2: path.join(packageRoot, 'eval', 'holdout2', 'questions.jsonl'),
  holdout3: path.join(packageRoot, 'eval', 'holdout3', 'questions.jsonl'),
  tune3: path.join(packageRoot, 'eval', 'tune3', 'questions.jsonl'),
  holdout4: path.join(packageRoot, 'eval', 'holdout4', 'questions.jsonl'),
  tune4: path.join(packageRoot, 'eval', 'tune4', 'questions.jsonl'),
  tune5: path.join(packageRoot, 'eval', 'tune5', 'questions.jsonl'),
  holdout5: path.join(packageRoot, 'eval', 'holdout5', 'questions.jsonl'),
  tune6: path.join(packageRoot, 'eval', 'tune6', 'questions.jsonl'),
  tune7: path.join(packageRoot, 'eval', 'tune7', 'questions.jsonl'),
  tune8: path.join(packageRoot, 'eval', 'tune8', 'questions.jsonl'),
  holdout8: path.join(packageRoot, 'eval', 'holdout8', 'questions.jsonl'),
  holdout9: path.join(packageRoot, 'eval', 'holdout9', 'questions.jsonl'),
  tune9: path.join(packageRoot, 'eval', 'tune9', 'questions.jsonl'),
  tune10: path.join(packageRoot, 'eval', 'tune10', 'questions.jsonl'),
  holdout10: path.join(packageRoot, 'eval', 'holdout10', 'questions.jsonl'),
  tune11: path.join(packageRoot, 'eval', 'tune11', 'questions.jsonl'),
  tune12: path.join(packageRoot, 'eval', 'tune12', 'questions.jsonl'),
  tune13: path.join(packageRoot, 'eval', 'tune13', 'questions.jsonl'),
  holdout11: path.join(packageRoot, 'eval', 'holdout11', 'questions.jsonl'),
  tune14: path.join(packageRoot, 'eval', 'tune14', 'questions.jsonl'),
  holdout12: path.join(packageRoot, 'eval', 'holdout12', 'questions.jsonl'),
  tune15: path.join(packageRoot, 'eval', 'tune15', 'questions.jsonl'),
  holdout13: path.join(packageRoot, 'eval', 'holdout13', 'questions.jsonl'),
  tune16: path.join(packageRoot, 'eval', 'tune16', 'questions.jsonl'),
  holdout14: path.join(packageRoot, 'eval', 'holdout14', 'questions.jsonl'),
  tune17: path.join(packageRoot, 'eval', 'tune17', 'questions.jsonl'),
  holdout15: path.join(packageRoot, 'eval', 'holdout15', 'questions.jsonl'),
  tune18: path.join(packageRoot, 'eval', 'tune18', 'questions.jsonl'),
  holdout16: path.join(packageRoot, 'eval', 'holdout16', 'questions.jsonl'),
  tune19: path.join(packageRoot, 'eval', 'tune19', 'questions.jsonl'),
  holdout17: path.join(packageRoot, 'eval', 'holdout17', 'questions.jsonl'),
  holdout18: path.join(packageRoot, 'eval', 'holdout18', 'questions.jsonl'),
  tune20: path.join(packageRoot, 'eval', 'tune20', 'questions.jsonl'),
  tune21: path.join(packageRoot, 'eval', 'tune21', 'questions.jsonl'),
  tune22: path.join(packageRoot, 'eval', 'tune22', 'questions.jsonl'),
  holdout19: path.join(packageRoot, 'eval', 'holdout19', 'questions.jsonl'),
  holdout20: path.join(packageRoot, 'eval', 'holdout20', 'questions.jsonl'),
  tune23: path.join(packageRoot, 'eval', 'tune23', 'questions.jsonl'),
  tune24: path.join(packageRoot, 'eval', 'tune24', 'questions.jsonl'),
  holdout21: path.join(packageRoot, 'eval', 'holdout21', 'questions.jsonl'),
  holdout22: path.join(packageRoot, 'eval', 'holdout22', 'questions.jsonl'),
  holdout23: path.join(packageRoot, 'eval', 'holdout23', 'questions.jsonl'),
  holdout24: path.join(packageRoot, 'eval', 'holdout24', 'questions.jsonl'),
  tune25: path.join(packageRoot, 'eval', 'tune25', 'questions.jsonl'),
  holdout25: path.join(packageRoot, 'eval', 'holdout25', 'questions.jsonl'),
  holdout26: path.join(packageRoot, 'eval', 'holdout26', 'questions.jsonl'),
  tune26: path.join(packageRoot, 'eval', 'tune26', 'questions.jsonl'),
  tune27: path.join(packageRoot, 'eval', 'tune27', 'questions.jsonl'),
  holdout27: path.join(packageRoot, 'eval', 'holdout27', 'questions.jsonl'),
  holdout28: path.join(packageRoot, 'eval', 'holdout28', 'questions.jsonl'),
  holdout6: path.join(packageRoot, 'eval', 'holdout6', 'questions.jsonl'),
  accepted: path.join(packageRoot, 'eval', 'accepted.json'),
  report: path.join(packageRoot, 'reports', 'eval.html'),
};

interface Io {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  cwd: string;
}

function number(value: string | undefined, fallback: number, name: string, check: (n: number) => boolean): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || !check(n)) throw new EvalDataError(`${name} "${value}" is not valid`);
  return n;
}

export async function runEvalCommand(opts: EvalCliOptions, io: Io = { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() }): Promise<number> {
  try {
    return await run(opts, io);
  } catch (error) {
    if (error instanceof EvalDataError) {
      io.stderr.write(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

async function run(opts: EvalCliOptions, io: Io): Promise<number> {
  if (opts.gate && opts.accept) throw new EvalDataError('use --gate or --accept, not both');
  const resolve = (file: string | undefined, fallback: string) => (file ? path.resolve(io.cwd, file) : fallback);
  const folds = number(opts.folds, DEFAULTS.folds, '--folds', (n) => Number.isInteger(n) && n >= 2);
  const seed = number(opts.seed, DEFAULTS.seed, '--seed', Number.isInteger);
  const tolerance = number(opts.tolerance, DEFAULT_TOLERANCE, '--tolerance', (n) => n >= 0);
  const intentTolerance = number(opts.intentTolerance, DEFAULT_INTENT_TOLERANCE, '--intent-tolerance', (n) => n >= 0);
  if (opts.followups) throw new EvalDataError('--followups is gone: follow-ups are the conv items of each question set');
  if (opts.heldout && opts.holdout) throw new EvalDataError('--heldout is the old name of --holdout: give one');
  const sets: SetSpec[] = (['dev', 'tune', 'tune2', 'tune3', 'tune4', 'tune5', 'tune6', 'tune7', 'tune8', 'tune9', 'tune10', 'tune11', 'tune12', 'tune13', 'tune14', 'tune15', 'tune16', 'tune17', 'tune18', 'tune19', 'tune20', 'tune21', 'tune22', 'tune23', 'tune24', 'tune25', 'tune26', 'tune27', 'holdout', 'holdout2', 'holdout3', 'holdout4', 'holdout5', 'holdout6', 'holdout8', 'holdout9', 'holdout10', 'holdout11', 'holdout12', 'holdout13', 'holdout14', 'holdout15', 'holdout16', 'holdout17', 'holdout18', 'holdout19', 'holdout20', 'holdout21', 'holdout22', 'holdout23', 'holdout24', 'holdout25', 'holdout26', 'holdout27', 'holdout28'] as const).map((name) => ({
    name,
    file: resolve(name === 'holdout' ? (opts.holdout ?? opts.heldout) : opts[name], DEFAULTS[name]),
    about: SET_ABOUT[name],
    tunedOn: !name.startsWith('holdout'),
  }));
  const acceptedFile = resolve(opts.accepted, DEFAULTS.accepted);
  // The gate and --accept only need the figures: they skip the sweep and the report unless a report is asked for.
  const quick = Boolean(opts.gate || opts.accept);
  const reportFile = typeof opts.report === 'string' ? path.resolve(io.cwd, opts.report) : opts.report === false || quick ? undefined : DEFAULTS.report;

  let knowledgeDir: string;
  if (opts.knowledge) knowledgeDir = path.resolve(io.cwd, opts.knowledge);
  else {
    loadDotEnv(io.cwd);
    knowledgeDir = loadConfig().knowledgeDir;
  }
  // Read the accepted figures before the run: a missing file should not cost a run.
  const accepted = opts.gate ? readAccepted(acceptedFile) : undefined;
  const previous = opts.accept ? safeAccepted(acceptedFile) : undefined;

  const kb = loadKnowledge(knowledgeDir);
  const evaluation = await evaluate(kb, { sets, folds, seed, sweep: !quick || Boolean(reportFile) });
  const settings = { folds, seed, thresholds: evaluation.thresholds };

  let gate: GateResult | undefined;
  if (accepted) gate = checkGate(evaluation.figures, accepted, { tolerance, intentTolerance, settings });
  if (reportFile) {
    mkdirSync(path.dirname(reportFile), { recursive: true });
    const againstAccepted = accepted ?? safeAccepted(acceptedFile);
    writeFileSync(reportFile, renderReport(evaluation, { accepted: againstAccepted, tolerance, intentTolerance }));
  }
  // A set not measured here keeps its accepted figures (a clone without ../shared must not drop the dev set's).
  const kept = previous ? Object.keys(previous.sets).filter((name) => !evaluation.figures.sets[name]) : [];
  if (opts.accept) writeAccepted(acceptedFile, acceptedFrom(evaluation.figures, settings, previous));

  const rel = (f: string) => path.relative(io.cwd, f) || f;
  if (opts.json) {
    io.stdout.write(`${JSON.stringify({ ...summary(evaluation), report: reportFile ?? null, gate: gate ?? null, accepted: opts.accept ? acceptedFile : null })}\n`);
  } else {
    io.stdout.write(`${formatEvaluation(evaluation, { reportFile, cwd: io.cwd })}\n`);
    if (gate) io.stdout.write(`\n${formatGate(gate, rel(acceptedFile), accepted?.acceptedAt)}\n`);
    if (opts.accept) {
      io.stdout.write(`\nAccepted: the figures above are now the baseline in ${rel(acceptedFile)}\n`);
      if (kept.length) io.stdout.write(`Kept the accepted figures of ${kept.join(', ')}: not measured here (file not found)\n`);
    }
  }
  return gate && !gate.passed ? 1 : 0;
}

/** The accepted figures for the report's comparison column, when the file exists and reads. */
function safeAccepted(file: string): AcceptedFigures | undefined {
  try {
    return readAccepted(file);
  } catch {
    return undefined;
  }
}
